import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './load-config.js';

const problemsOf = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

describe('loadConfig', () => {
  it('starts with zero setup in development on embedded defaults', () => {
    const config = loadConfig({}, { cwd: '/srv/app' });
    expect(config.env).toBe('development');
    expect(config.server.port).toBe(3000);
    expect(config.dataDir).toBe('/srv/app/data');
    expect(config.database.url).toBeUndefined();
    expect(config.database.pgliteDir).toBe('/srv/app/data/pglite');
    expect(config.redis.url).toBeUndefined();
    expect(config.storage.s3).toBeUndefined();
    expect(config.worker.inProcess).toBe(true);
    expect(config.logLevel).toBe('debug');
  });

  it("reads the worker's metrics port (default 9464) and rejects one out of range", () => {
    expect(loadConfig({}).worker.metricsPort).toBe(9464);
    expect(loadConfig({ WORKER_METRICS_PORT: '0' }).worker.metricsPort).toBe(0);
    expect(loadConfig({ WORKER_METRICS_PORT: '9100' }).worker.metricsPort).toBe(9100);
    expect(problemsOf({ WORKER_METRICS_PORT: '70000' }).join('\n')).toContain('WORKER_METRICS_PORT');
  });

  it("reads the queue's stalled interval (default BullMQ's 30 s) within 1 s – 10 min", () => {
    expect(loadConfig({}).redis.stalledIntervalMs).toBe(30_000);
    expect(loadConfig({ QUEUE_STALLED_INTERVAL_MS: '5000' }).redis.stalledIntervalMs).toBe(5000);
    expect(problemsOf({ QUEUE_STALLED_INTERVAL_MS: '10' }).join('\n')).toContain('QUEUE_STALLED_INTERVAL_MS');
  });

  it('keeps finished renders 30 days by default; 0 keeps them all; a negative or fractional retention is refused', () => {
    expect(loadConfig({}).render.retentionDays).toBe(30);
    expect(loadConfig({ RENDER_RETENTION_DAYS: '0' }).render.retentionDays).toBe(0);
    expect(loadConfig({ RENDER_RETENTION_DAYS: '90' }).render.retentionDays).toBe(90);
    expect(problemsOf({ RENDER_RETENTION_DAYS: '-1' }).join('\n')).toContain('RENDER_RETENTION_DAYS');
    expect(problemsOf({ RENDER_RETENTION_DAYS: '1.5' }).join('\n')).toContain('RENDER_RETENTION_DAYS');
  });

  it('takes the seed values per environment', () => {
    const secrets = {
      JWT_SECRET: 'p'.repeat(40),
      DATABASE_URL: 'postgres://db/app',
      REDIS_URL: 'redis://cache:6379',
      S3_BUCKET: 'renders',
      TRUST_PROXY: '1',
      PREVIEW_ORIGIN: 'https://preview.anclora.com',
    };
    const prod = loadConfig({ NODE_ENV: 'production', ...secrets });
    expect(prod.database.pool).toEqual({ min: 10, max: 50 });
    expect(prod.database.ssl).toBe('require');
    expect(prod.redis).toMatchObject({ maxRetriesPerRequest: 5, connectTimeoutMs: 60_000, retryDelayOnFailoverMs: 500, lazyConnect: true });
    expect(prod.ai).toMatchObject({ maxTokens: 2000, timeoutMs: 60_000, retries: 5, rateLimit: { requests: 100, windowMs: 60_000 } });
    expect(prod.security.rateLimit).toEqual({ max: 1000, windowMs: 900_000 });
    expect(prod.security.hsts).toBe(true);
    expect(prod.security.corsOrigins).toEqual(['https://render.anclora.com', 'https://anclora.com']);
    expect(prod.logLevel).toBe('warn');
    expect(prod.monitoring.tracesSampleRate).toBe(0.1);
    expect(prod.worker.inProcess).toBe(false);
    expect(prod.render.previewOrigin).toBe('https://preview.anclora.com');

    const staging = loadConfig({ NODE_ENV: 'staging', ...secrets });
    expect(staging.database.pool).toEqual({ min: 5, max: 20 });
    expect(staging.ai).toMatchObject({ timeoutMs: 45_000, retries: 3 });
    expect(staging.logLevel).toBe('info');

    expect(loadConfig({ NODE_ENV: 'development' }).database.pool).toEqual({ min: 2, max: 10 });
  });

  it('refuses production without its secrets and names every missing variable', () => {
    const problems = problemsOf({ NODE_ENV: 'production' });
    expect(problems).toEqual([
      'JWT_SECRET is required when NODE_ENV=production',
      'DATABASE_URL is required when NODE_ENV=production',
      'REDIS_URL is required when NODE_ENV=production',
      'S3_BUCKET is required when NODE_ENV=production',
      'TRUST_PROXY is required when NODE_ENV=production',
      'PREVIEW_ORIGIN is required when NODE_ENV=production',
    ]);
    expect(problemsOf({ NODE_ENV: 'staging', JWT_SECRET: 'p'.repeat(40) })).toHaveLength(5);
    // Malformed and missing are reported in one go.
    const both = problemsOf({ NODE_ENV: 'production', JWT_SECRET: 'short', DATABASE_URL: 'postgres://db/x' });
    expect(both).toContain('JWT_SECRET: must be at least 32 characters');
    expect(both).toContain('REDIS_URL is required when NODE_ENV=production');
  });

  it('reports malformed values by name without echoing them', () => {
    const problems = problemsOf({ JWT_SECRET: 'short-secret-value', PORT: 'eighty', DATABASE_URL: 'mysql://x' });
    expect(problems.join('\n')).toContain('JWT_SECRET: must be at least 32 characters');
    expect(problems.join('\n')).toContain('PORT');
    expect(problems.join('\n')).toContain('DATABASE_URL: must be a URL starting with postgres:// or postgresql://');
    expect(problems.join('\n')).not.toContain('short-secret-value');
    expect(problemsOf({ NODE_ENV: 'prod' })[0]).toContain('NODE_ENV');
  });

  it('lets variables switch each adapter to its production service', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://primary/app',
      DATABASE_REPLICA_URL: 'postgres://replica/app',
      REDIS_URL: 'redis://cache:6379',
      S3_BUCKET: 'b',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      CORS_ORIGINS: 'https://a.example, https://b.example',
      TRUST_PROXY: '2',
    });
    expect(config.database.replicaUrl).toBe('postgres://replica/app');
    expect(config.worker.inProcess).toBe(false);
    expect(config.storage.s3).toMatchObject({ bucket: 'b', endpoint: 'http://127.0.0.1:9000', forcePathStyle: true });
    expect(config.security.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
    expect(config.server.trustProxy).toBe(2);
  });

  it('keeps the worker in the API process while the database is embedded, even with Redis', () => {
    expect(loadConfig({ REDIS_URL: 'redis://cache:6379' }).worker.inProcess).toBe(true);
    expect(loadConfig({ REDIS_URL: 'redis://cache:6379', DATABASE_URL: 'postgres://db/app' }).worker.inProcess).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://db/app' }).worker.inProcess).toBe(true);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', REDIS_URL: '' }).database.url).toBeUndefined();
  });
});

describe('loadConfig: errors and traces', () => {
  it('names the release SENTRY_RELEASE, else RELEASE, else the commit SHA, else the version', () => {
    const v = { version: '1.2.3' };
    expect(loadConfig({}, v).release).toBe('1.2.3');
    expect(loadConfig({ COMMIT_SHA: 'c0ffee' }, v).release).toBe('c0ffee');
    expect(loadConfig({ COMMIT_SHA: 'c0ffee', GIT_SHA: 'abc123' }, v).release).toBe('abc123');
    expect(loadConfig({ GIT_SHA: 'abc123', RELEASE: 'r1' }, v).release).toBe('r1');
    expect(loadConfig({ RELEASE: 'r1', SENTRY_RELEASE: 's1' }, v).release).toBe('s1');
  });

  it('turns Sentry on only in a profile that wants it and with a DSN; reads the OTLP endpoint', () => {
    expect(loadConfig({ SENTRY_DSN: 'http://public@127.0.0.1:9/1' }).monitoring.sentry).toBe(false); // development
    expect(loadConfig({}).monitoring.otlpEndpoint).toBeUndefined();
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' }).monitoring.otlpEndpoint).toBe('http://127.0.0.1:4318');
    expect(problemsOf({ OTEL_EXPORTER_OTLP_ENDPOINT: 'grpc://collector:4317' }).join('\n')).toContain('OTEL_EXPORTER_OTLP_ENDPOINT');
  });
});

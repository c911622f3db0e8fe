import path from 'node:path';
import { envSchema } from './env-schema.js';
import { ENVIRONMENTS, profiles, type DatabaseSsl, type Environment, type LogLevel, type Profile } from './profiles.js';

export interface Config {
  env: Environment;
  version: string;
  release: string;
  logLevel: LogLevel;
  dataDir: string;
  server: {
    host: string;
    port: number;
    bodyLimitBytes: number;
    /** Fastify trustProxy: true, a hop count or a list of addresses/CIDRs. */
    trustProxy: boolean | number | string[];
    shutdownTimeoutMs: number;
    webDistDir: string | undefined;
    /** When set, GET /metrics requires `Authorization: Bearer <token>` (Prometheus' bearer_token). */
    metricsToken: string | undefined;
  };
  database: Profile['database'] & {
    /** Absent: embedded PGlite under dataDir. */
    url: string | undefined;
    replicaUrl: string | undefined;
    ssl: DatabaseSsl;
    pgliteDir: string;
    migrateOnStart: boolean;
  };
  redis: Profile['redis'] & {
    url: string | undefined;
    queuePrefix: string;
    /** BullMQ lock and stalled-check interval: a job held by a crashed process runs again after one to two of these. */
    stalledIntervalMs: number;
  };
  storage: {
    localDir: string;
    s3:
      | {
          bucket: string;
          region: string;
          endpoint: string | undefined;
          accessKeyId: string | undefined;
          secretAccessKey: string | undefined;
          forcePathStyle: boolean;
        }
      | undefined;
  };
  auth: {
    /** Absent outside staging/production: the server keeps a generated one under dataDir. */
    jwtSecret: string | undefined;
    accessTokenTtlSeconds: number;
    refreshTokenTtlSeconds: number;
  };
  security: Profile['security'];
  worker: {
    concurrency: number;
    inProcess: boolean;
    /** The separate worker's GET /metrics listener (on server.host); 0 = any free port. */
    metricsPort: number;
  };
  render: {
    /** The preview origin's own listener (a separate origin from the app, so previews cannot touch its cookies or storage). */
    previewHost: string;
    /** 0 = the app's port + 1 (or any free port when the app's port is 0). */
    previewPort: number;
    /** The preview origin as browsers reach it (production: its own domain); default http://<host>:<port> of the listener. */
    previewOrigin: string | undefined;
    chromiumPath: string;
    poolSize: number;
    jobTimeoutMs: number;
    /** pixelmatch's per-pixel colour threshold (0–1). */
    diffThreshold: number;
    /** Days a finished render is kept unless a baseline, the component page or a kept diff shows it; 0 keeps all. */
    retentionDays: number;
  };
  ai: Omit<Profile['ai'], 'provider'> & {
    /** Which provider answers: explicit AI_PROVIDER, else Anthropic with a key, else an OpenAI-compatible URL, else offline. */
    provider: 'anthropic' | 'openai' | 'offline';
    anthropicApiKey: string | undefined;
    anthropicBaseUrl: string | undefined;
    openaiApiKey: string | undefined;
    openaiBaseUrl: string | undefined;
    openaiModel: string | undefined;
  };
  limits: {
    /** PRODUCT.md: Free is 50 generations a calendar month. */
    freeMonthlyGenerations: number;
    /** Anonymous visitors' trial, per signed visitor cookie and per IP. */
    anonymousTrialGenerations: number;
    /** Fair use for every plan, per user (or IP), shared by all instances through Redis. */
    generationsPerMinute: number;
  };
  monitoring: Profile['monitoring'] & {
    sentryDsn: string | undefined;
    datadogApiKey: string | undefined;
    /** OTLP/HTTP base URL for traces; absent: tracing is off. */
    otlpEndpoint: string | undefined;
  };
}

/** Thrown when the environment cannot start; lists every problem, never a value. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export interface LoadConfigOptions {
  version?: string;
  /** Base for relative DATA_DIR; defaults to the working directory. */
  cwd?: string;
}

/**
 * Builds the validated configuration from environment variables and the
 * profile of NODE_ENV. Pure: reads only `source`, so tests pass their own.
 */
export function loadConfig(source: Record<string, string | undefined> = process.env, options: LoadConfigOptions = {}): Config {
  const parsed = envSchema.safeParse(source);
  // Report malformed and missing variables together, so one failed start
  // names everything to fix.
  const nodeEnv = parsed.success ? parsed.data.NODE_ENV : ENVIRONMENTS.find((e) => e === source.NODE_ENV);
  const required = nodeEnv ? profiles[nodeEnv].required : [];
  const missing = required.filter((name) => !source[name]?.trim());
  const problems = [
    ...(parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`)),
    ...missing.map((name) => `${name} is required when NODE_ENV=${nodeEnv}`),
  ];
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const env = parsed.data;
  const profile = profiles[env.NODE_ENV];

  const dataDir = path.resolve(options.cwd ?? process.cwd(), env.DATA_DIR ?? 'data');
  const version = options.version ?? '0.0.0';
  return {
    env: env.NODE_ENV,
    version,
    release: env.SENTRY_RELEASE ?? env.RELEASE ?? env.GIT_SHA ?? env.COMMIT_SHA ?? version,
    logLevel: env.LOG_LEVEL ?? profile.monitoring.logLevel,
    dataDir,
    server: {
      host: env.HOST ?? '0.0.0.0',
      port: env.PORT ?? 3000,
      bodyLimitBytes: env.BODY_LIMIT_BYTES ?? 1024 * 1024,
      trustProxy: parseTrustProxy(env.TRUST_PROXY),
      shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS ?? 25_000,
      webDistDir: env.WEB_DIST_DIR,
      metricsToken: env.METRICS_TOKEN,
    },
    database: {
      ...profile.database,
      pool: { ...profile.database.pool, max: env.DATABASE_POOL_MAX ?? profile.database.pool.max },
      url: env.DATABASE_URL,
      replicaUrl: env.DATABASE_REPLICA_URL,
      ssl: env.DATABASE_SSL ?? profile.database.ssl,
      pgliteDir: path.join(dataDir, 'pglite'),
      migrateOnStart: env.MIGRATE_ON_START ?? true,
    },
    redis: { ...profile.redis, url: env.REDIS_URL, queuePrefix: env.QUEUE_PREFIX ?? 'anclora', stalledIntervalMs: env.QUEUE_STALLED_INTERVAL_MS ?? 30_000 },
    storage: {
      localDir: path.join(dataDir, 'objects'),
      s3: env.S3_BUCKET
        ? {
            bucket: env.S3_BUCKET,
            region: env.S3_REGION ?? 'us-east-1',
            endpoint: env.S3_ENDPOINT,
            accessKeyId: env.S3_ACCESS_KEY_ID,
            secretAccessKey: env.S3_SECRET_ACCESS_KEY,
            forcePathStyle: env.S3_FORCE_PATH_STYLE ?? env.S3_ENDPOINT !== undefined,
          }
        : undefined,
    },
    auth: {
      jwtSecret: env.JWT_SECRET,
      accessTokenTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS ?? 15 * 60,
      refreshTokenTtlSeconds: (env.REFRESH_TOKEN_TTL_DAYS ?? 30) * 24 * 3600,
    },
    security: {
      ...profile.security,
      corsOrigins: env.CORS_ORIGINS
        ? env.CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean)
        : profile.security.corsOrigins,
      rateLimit: {
        max: env.RATE_LIMIT_MAX ?? profile.security.rateLimit.max,
        windowMs: env.RATE_LIMIT_WINDOW_MS ?? profile.security.rateLimit.windowMs,
      },
      loginRateLimit: {
        ...profile.security.loginRateLimit,
        max: env.LOGIN_RATE_LIMIT_MAX ?? profile.security.loginRateLimit.max,
      },
    },
    worker: {
      concurrency: env.WORKER_CONCURRENCY ?? 4,
      // 9464: the port OpenTelemetry's Prometheus exporter uses by convention.
      metricsPort: env.WORKER_METRICS_PORT ?? 9464,
      // Without Redis the queue lives in this process, so its worker must too;
      // without DATABASE_URL the embedded database belongs to this process
      // alone (PGlite is single-process), so a separate worker cannot use it.
      inProcess: env.RUN_WORKER_IN_PROCESS ?? (env.REDIS_URL === undefined || env.DATABASE_URL === undefined),
    },
    ai: {
      ...profile.ai,
      provider: env.AI_PROVIDER ?? (env.ANTHROPIC_API_KEY ? 'anthropic' : env.OPENAI_BASE_URL || env.OPENAI_API_KEY ? 'openai' : 'offline'),
      model: env.AI_MODEL ?? profile.ai.model,
      anthropicApiKey: env.ANTHROPIC_API_KEY,
      anthropicBaseUrl: env.ANTHROPIC_BASE_URL,
      openaiApiKey: env.OPENAI_API_KEY,
      openaiBaseUrl: env.OPENAI_BASE_URL,
      openaiModel: env.OPENAI_MODEL,
    },
    render: {
      previewHost: env.PREVIEW_HOST ?? env.HOST ?? '0.0.0.0',
      previewPort: env.PREVIEW_PORT ?? (env.PORT === 0 ? 0 : (env.PORT ?? 3000) + 1),
      previewOrigin: env.PREVIEW_ORIGIN,
      chromiumPath: env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      poolSize: env.RENDER_POOL_SIZE ?? 2,
      jobTimeoutMs: env.RENDER_JOB_TIMEOUT_MS ?? 30_000,
      diffThreshold: env.RENDER_DIFF_THRESHOLD ?? 0.1,
      retentionDays: env.RENDER_RETENTION_DAYS ?? 30,
    },
    limits: {
      freeMonthlyGenerations: env.FREE_MONTHLY_GENERATIONS ?? 50,
      anonymousTrialGenerations: env.ANONYMOUS_TRIAL_GENERATIONS ?? 3,
      generationsPerMinute: env.GENERATION_RATE_LIMIT_PER_MINUTE ?? 20,
    },
    monitoring: {
      ...profile.monitoring,
      sentry: profile.monitoring.sentry && env.SENTRY_DSN !== undefined,
      datadog: profile.monitoring.datadog && env.DATADOG_API_KEY !== undefined,
      sentryDsn: env.SENTRY_DSN,
      datadogApiKey: env.DATADOG_API_KEY,
      otlpEndpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT,
    },
  };
}

function parseTrustProxy(value: string | undefined): boolean | number | string[] {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value.split(',').map((v) => v.trim()).filter(Boolean);
}

/** Names of the configuration fields whose values must never be logged. */
export const SECRET_ENV_NAMES = [
  'JWT_SECRET',
  'DATABASE_URL',
  'DATABASE_REPLICA_URL',
  'REDIS_URL',
  'S3_SECRET_ACCESS_KEY',
  'ANTHROPIC_API_KEY',
  'SENTRY_DSN',
  'DATADOG_API_KEY',
  'METRICS_TOKEN',
  'OPENAI_API_KEY',
] as const;

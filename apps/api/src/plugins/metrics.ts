import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { errors } from '@anclora/shared';
import {
  createCollectGuard,
  createJobMetrics,
  DEFAULT_COLLECT_TIMEOUT_MS,
  metricsTokenMatches,
  registerInfraCollectors,
  type JobMetrics,
} from '@anclora/observability';
import { registerActiveUsers } from '../observability/active-users.js';

declare module 'fastify' {
  interface FastifyInstance {
    metrics: Metrics;
  }
}

export interface Metrics {
  registry: Registry;
  httpRequestDuration: Histogram<'method' | 'route' | 'status_code'>;
  httpRequestsTotal: Counter<'method' | 'route' | 'status'>;
  ai: AiMetrics;
  renders: RenderMetrics;
  /** queue_job_duration_seconds, and the wrapper that feeds it. */
  jobs: JobMetrics;
}

/** Render jobs: how long they take and how they end (status: succeeded, failed; target: a target id or "all"). */
export interface RenderMetrics {
  record(r: { target: string; status: string; seconds: number }): void;
}

export const RENDER_DURATION_BUCKETS = [0.5, 1, 2, 5, 10, 20, 30, 60, 120];

function createRenderMetrics(registry: Registry): RenderMetrics {
  const duration = new Histogram({ name: 'render_duration_seconds', help: 'Render job duration in seconds (all viewports)', labelNames: ['target', 'status'], buckets: RENDER_DURATION_BUCKETS, registers: [registry] });
  const total = new Counter({ name: 'render_jobs_total', help: 'Render jobs finished, by target and status', labelNames: ['target', 'status'], registers: [registry] });
  return {
    record({ target, status, seconds }) {
      duration.observe({ target, status }, seconds);
      total.inc({ target, status });
    },
  };
}

/** The seed's AI metrics (names, labels, buckets from monitoring/metrics.js), plus tokens and cache lookups. */
export interface AiMetrics {
  cacheLookups: Counter<'result'>;
  tokens: Counter<'provider' | 'model' | 'kind'>;
  recordGeneration(g: { model: string; framework: string; status: 'success' | 'error'; seconds: number }): void;
}

export const AI_DURATION_BUCKETS = [1, 5, 10, 15, 30, 60, 120];

function createAiMetrics(registry: Registry): AiMetrics {
  const duration = new Histogram({
    name: 'ai_generation_duration_seconds',
    help: 'Duration of AI component generation in seconds',
    labelNames: ['model', 'framework', 'status'],
    buckets: AI_DURATION_BUCKETS,
    registers: [registry],
  });
  const total = new Counter({
    name: 'ai_generation_total',
    help: 'Total number of AI generations',
    labelNames: ['model', 'framework', 'status'],
    registers: [registry],
  });
  // A real sliding minute: completion times of the last 60 s, read at scrape time.
  const recent: number[] = [];
  const prune = (now: number) => {
    while (recent.length > 0 && recent[0]! <= now - 60_000) recent.shift();
  };
  new Gauge({
    name: 'components_generated_per_minute',
    help: 'Components generated in the last minute',
    registers: [registry],
    collect() {
      prune(Date.now());
      this.set(recent.length);
    },
  });
  return {
    cacheLookups: new Counter({ name: 'generation_cache_lookups_total', help: 'Generation cache lookups by result (hit or miss)', labelNames: ['result'], registers: [registry] }),
    tokens: new Counter({ name: 'ai_tokens_total', help: 'Model tokens used, by provider, model and kind (input or output)', labelNames: ['provider', 'model', 'kind'], registers: [registry] }),
    recordGeneration({ model, framework, status, seconds }) {
      duration.observe({ model, framework, status }, seconds);
      total.inc({ model, framework, status });
      if (status === 'success') {
        const now = Date.now();
        prune(now);
        recent.push(now);
      }
    },
  };
}

/** The seed's buckets for http_request_duration_seconds (monitoring/metrics.js). */
export const HTTP_DURATION_BUCKETS = [0.1, 0.3, 0.5, 0.7, 1, 3, 5, 7, 10];

// Requests that matched no route are labelled with one constant, so scanners
// probing random URLs cannot blow up the series count.
const UNMATCHED_ROUTE = 'unmatched';

export function createMetrics(): Metrics {
  // One registry per app instance: tests build many apps in one process.
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    httpRequestDuration: new Histogram({
      name: 'http_request_duration_seconds',
      help: 'Duration of HTTP requests in seconds',
      labelNames: ['method', 'route', 'status_code'],
      buckets: HTTP_DURATION_BUCKETS,
      registers: [registry],
    }),
    // The seed's alerts select on status=~"5..", so the label is `status` here.
    httpRequestsTotal: new Counter({
      name: 'http_requests_total',
      help: 'Total number of HTTP requests',
      labelNames: ['method', 'route', 'status'],
      registers: [registry],
    }),
    ai: createAiMetrics(registry),
    renders: createRenderMetrics(registry),
    jobs: createJobMetrics(registry),
  };
}

export interface MetricsPluginOptions {
  token?: string | undefined;
  /** Deadline of each scrape-time read (database, queue); default 2 s. */
  collectTimeoutMs?: number;
}

export const metricsPlugin = fp(
  async (app: FastifyInstance, options: MetricsPluginOptions) => {
    const metrics = createMetrics();
    app.decorate('metrics', metrics);

    // Gauges fed from real values at scrape time. This plugin registers
    // before the infrastructure (so every request is counted), hence the
    // getters: they answer undefined until the infra plugin has run.
    const infra = () => (app.hasDecorator('infra') ? app.infra : undefined);
    const guard = createCollectGuard(metrics.registry, options.collectTimeoutMs ?? DEFAULT_COLLECT_TIMEOUT_MS);
    registerInfraCollectors(metrics.registry, infra, guard);
    // Reads may go to a replica: a few seconds of lag do not matter here.
    registerActiveUsers(metrics.registry, () => infra()?.database.db, guard);

    // prom-client hashes the label object on every observe; the label sets
    // are few (routes are templates), so bind each one once and reuse it.
    const bound = new Map<string, { duration: ReturnType<Metrics['httpRequestDuration']['labels']>; total: ReturnType<Metrics['httpRequestsTotal']['labels']> }>();
    app.addHook('onResponse', (request, reply, done) => {
      const route = request.routeOptions.url ?? UNMATCHED_ROUTE;
      const key = `${request.method} ${reply.statusCode} ${route}`;
      let series = bound.get(key);
      if (!series) {
        const status = String(reply.statusCode);
        series = {
          duration: metrics.httpRequestDuration.labels({ method: request.method, route, status_code: status }),
          total: metrics.httpRequestsTotal.labels({ method: request.method, route, status }),
        };
        bound.set(key, series);
      }
      series.duration.observe(reply.elapsedTime / 1000);
      series.total.inc();
      done();
    });

    app.get(
      '/metrics',
      { schema: { hide: true }, config: { rateLimit: false } },
      async (request, reply) => {
        // Metrics describe the service's internals; with a token set, only
        // the scraper that holds it may read them.
        if (options.token && !metricsTokenMatches(request.headers.authorization, options.token)) throw errors.unauthorized('A metrics token is required.');
        void reply.type(metrics.registry.contentType);
        return metrics.registry.metrics();
      },
    );
  },
  { name: 'metrics' },
);

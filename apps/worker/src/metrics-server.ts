import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { timingSafeEqual } from 'node:crypto';
import type { Infra, Processor, QueueBackend, WorkerOptions } from '@anclora/infra';
import { QUEUES } from '@anclora/shared';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

// The worker's side of monitoring/prometheus.yml (job "anclora-render-worker").
// Names, labels and buckets match the API's (apps/api/src/observability), so
// one dashboard and one set of alerts cover both; a shared package for these
// collectors is the next step (apps may not import each other).

export const JOB_DURATION_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 180, 300];
const COLLECT_TIMEOUT_MS = 2000;

export interface WorkerMetrics {
  registry: Registry;
  /** The same queue with every processor timed (queue_job_duration_seconds); processing is unchanged. */
  instrument(queue: QueueBackend): QueueBackend;
}

async function withDeadline<T>(read: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([read, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

export function createWorkerMetrics(infra: Infra, timeoutMs = COLLECT_TIMEOUT_MS): WorkerMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const failures = new Counter({ name: 'metrics_collector_failures_total', help: 'Scrape-time metric reads that failed or timed out (the last value was served)', labelNames: ['collector'], registers: [registry] });
  new Gauge({
    name: 'app_backend_info',
    help: 'Which adapter each dependency runs on (always 1)',
    labelNames: ['database', 'cache', 'queue', 'storage'],
    registers: [registry],
    collect() {
      this.reset();
      this.set({ database: infra.database.kind, cache: infra.cache.kind, queue: infra.queue.kind, storage: infra.storage.kind }, 1);
    },
  });
  new Gauge({
    name: 'database_connections_active',
    help: 'Number of active database connections',
    registers: [registry],
    collect() {
      this.set(infra.database.poolStats().total);
    },
  });
  new Gauge({
    name: 'redis_connections_active',
    help: 'Number of active Redis connections',
    registers: [registry],
    collect() {
      this.set([infra.redis, infra.redisFailFast].filter((c) => c?.status === 'ready').length);
    },
  });
  new Gauge({
    name: 'queue_depth',
    help: 'Jobs per queue and state (waiting, active, delayed), read from the queue backend at scrape time',
    labelNames: ['queue', 'state'],
    registers: [registry],
    async collect() {
      await Promise.all(
        Object.values(QUEUES).map(async (queue) => {
          try {
            const counts = await withDeadline(infra.queue.counts(queue), timeoutMs);
            for (const state of ['waiting', 'active', 'delayed'] as const) this.set({ queue, state }, counts[state]);
          } catch {
            failures.inc({ collector: `queue_depth:${queue}` }); // keep the last value
          }
        }),
      );
    },
  });
  const duration = new Histogram({
    name: 'queue_job_duration_seconds',
    help: 'Duration of one job attempt in seconds, by queue and outcome (completed or failed)',
    labelNames: ['queue', 'status'],
    buckets: JOB_DURATION_BUCKETS,
    registers: [registry],
  });
  return {
    registry,
    instrument: (backend) => ({
      get kind() {
        return backend.kind;
      },
      add: (queue, name, data, options) => backend.add(queue, name, data, options),
      getJob: (queue, id) => backend.getJob(queue, id),
      counts: (queue) => backend.counts(queue),
      ping: () => backend.ping(),
      close: () => backend.close(),
      process: <Data, Result>(queue: string, processor: Processor<Data, Result>, options?: WorkerOptions) =>
        backend.process<Data, Result>(
          queue,
          async (job) => {
            const end = duration.startTimer({ queue });
            try {
              const result = await processor(job);
              end({ status: 'completed' });
              return result;
            } catch (error) {
              end({ status: 'failed' });
              throw error;
            }
          },
          options,
        ),
    }),
  };
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.startsWith('Bearer ') ? header.slice(7) : '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export interface MetricsServer {
  url: string;
  close(): Promise<void>;
}

/**
 * GET /metrics on its own small listener: the worker has no HTTP server
 * otherwise. With a token set (METRICS_TOKEN, shared with the API), only a
 * scraper that holds it may read.
 */
export async function startMetricsServer(metrics: WorkerMetrics, options: { host: string; port: number; token?: string | undefined }): Promise<MetricsServer> {
  const server: Server = createServer((request, response) => {
    void (async () => {
      if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
        return;
      }
      if (options.token && !tokenMatches(request.headers.authorization, options.token)) {
        response.writeHead(401, { 'content-type': 'text/plain' }).end('a metrics token is required\n');
        return;
      }
      try {
        const body = await metrics.registry.metrics();
        response.writeHead(200, { 'content-type': metrics.registry.contentType }).end(body);
      } catch {
        response.writeHead(500, { 'content-type': 'text/plain' }).end('metrics unavailable\n');
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}/metrics`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

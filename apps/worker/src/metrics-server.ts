import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Infra } from '@anclora/infra';
import { createCollectGuard, createJobMetrics, metricsTokenMatches, registerInfraCollectors, type JobMetrics } from '@anclora/observability';
import { collectDefaultMetrics, Registry } from 'prom-client';

// The worker's side of monitoring/prometheus.yml (job "anclora-render-worker").
// The collectors and the job timing are the API's own (@anclora/observability),
// so one dashboard and one set of alerts cover both processes.

export interface WorkerMetrics {
  registry: Registry;
  /** queue_job_duration_seconds; its observer goes into the worker's observed queue. */
  jobs: JobMetrics;
}

export function createWorkerMetrics(infra: Infra, collectTimeoutMs?: number): WorkerMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  registerInfraCollectors(registry, () => infra, createCollectGuard(registry, collectTimeoutMs));
  return { registry, jobs: createJobMetrics(registry) };
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
      if (options.token && !metricsTokenMatches(request.headers.authorization, options.token)) {
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

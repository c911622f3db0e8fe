import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase, type Database } from '@anclora/db';
import { createMemoryCache, createMemoryQueueBackend, type Infra } from '@anclora/infra';
import { QUEUES } from '@anclora/shared';
import { createWorkerMetrics, startMetricsServer, type MetricsServer } from './metrics-server.js';

describe("the worker's /metrics listener", () => {
  let database: Database;
  let infra: Infra;
  let server: MetricsServer;
  const token = 'worker-scrape-token-0123';

  beforeAll(async () => {
    database = await openDatabase({ kind: 'pglite', dataDir: undefined });
    infra = {
      database,
      cache: createMemoryCache(),
      queue: createMemoryQueueBackend(),
      storage: { kind: 'local' } as Infra['storage'],
      redis: undefined,
      redisFailFast: undefined,
      close: async () => {},
    };
  });
  afterAll(async () => {
    await server?.close();
    await infra.queue.close();
    await database.close();
  });

  it('serves queue depth, job durations and connection gauges, behind the metrics token', async () => {
    const metrics = createWorkerMetrics(infra);
    const queue = metrics.jobs.instrument(infra.queue);
    server = await startMetricsServer(metrics, { host: '127.0.0.1', port: 0, token });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);

    expect((await fetch(server.url)).status).toBe(401);
    expect((await fetch(server.url.replace('/metrics', '/other'), { headers: { authorization: `Bearer ${token}` } })).status).toBe(404);
    const scrape = async () => {
      const res = await fetch(server.url, { headers: { authorization: `Bearer ${token}` } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/plain');
      return res.text();
    };

    // A job waits (no consumer yet), then is processed through the instrumented queue.
    const { id } = await queue.add(QUEUES.maintenance, 'sessions.cleanup', {});
    expect(await scrape()).toContain('queue_depth{queue="maintenance",state="waiting"} 1');
    const worker = queue.process(QUEUES.maintenance, async () => ({ deleted: 0 }));
    await vi.waitFor(async () => expect((await queue.getJob(QUEUES.maintenance, id))?.status).toBe('completed'));
    await worker.close();

    const text = await scrape();
    expect(text).toContain('queue_depth{queue="maintenance",state="waiting"} 0');
    expect(text).toMatch(/queue_job_duration_seconds_count\{queue="maintenance",status="completed"\} 1/);
    expect(text).toContain('queue_job_duration_seconds_bucket{le="300",queue="maintenance",status="completed"} 1');
    expect(text).toContain('database_connections_active 1');
    expect(text).toContain('redis_connections_active 0');
    expect(text).toContain('process_cpu_user_seconds_total');
  });
});

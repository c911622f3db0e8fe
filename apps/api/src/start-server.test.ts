import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '@anclora/config';
import { QUEUES } from '@anclora/shared';
import { receivedSpans, spanAttributes, startFakeEndpoint, waitFor, type FakeEndpoint } from '@anclora/observability/testing';
import { startServer, type StartedServer } from './start-server.js';
import { TEST_JWT_SECRET } from './testing/test-app.js';

/** The span of another process that queued a job. */
const QUEUER = { traceId: randomBytes(16).toString('hex'), spanId: randomBytes(8).toString('hex') };

describe('the in-process worker of a server on embedded defaults', () => {
  let otlp: FakeEndpoint;
  let dataDir: string;
  let server: StartedServer | undefined;
  beforeAll(async () => {
    otlp = await startFakeEndpoint();
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'anclora-start-server-'));
  });
  afterAll(async () => {
    await server?.stop();
    await otlp.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('times and traces its maintenance jobs as the worker does; a malformed traceparent gives a root span and the job still runs', async () => {
    const loaded = loadConfig(
      { NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', JWT_SECRET: TEST_JWT_SECRET, DATA_DIR: dataDir, OTEL_EXPORTER_OTLP_ENDPOINT: otlp.url },
      { version: '0.0.0-test' },
    );
    server = await startServer({ ...loaded, monitoring: { ...loaded.monitoring, tracesSampleRate: 1 } });
    const queue = server.app.infra.queue;
    expect(queue.kind).toBe('memory');
    const traced = await queue.add(QUEUES.maintenance, 'sessions.cleanup', { traceparent: `00-${QUEUER.traceId}-${QUEUER.spanId}-01` }, { jobId: 'traced-cleanup' });
    const garbled = await queue.add(QUEUES.maintenance, 'sessions.cleanup', { traceparent: `00-${QUEUER.traceId}-not-hex-01` }, { jobId: 'garbled-cleanup' });
    await vi.waitFor(
      async () => {
        for (const { id } of [traced, garbled]) expect((await queue.getJob(QUEUES.maintenance, id))?.status).toBe('completed');
      },
      { timeout: 15_000 },
    );

    // Timed in the app's own histogram: one metric name, with the maintenance series.
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics.match(/^# TYPE queue_job_duration_seconds histogram$/gm)).toHaveLength(1);
    const completed = /^queue_job_duration_seconds_count\{queue="maintenance",status="completed"\} (\d+)$/m.exec(metrics);
    expect(Number(completed?.[1])).toBeGreaterThanOrEqual(2);

    // Stopping flushes the spans.
    await server.stop();
    server = undefined;
    const spanOf = (id: string) => receivedSpans(otlp).find((s) => s.name === 'process maintenance' && spanAttributes(s)['messaging.message.id'] === id);
    await waitFor(() => Boolean(spanOf(traced.id) && spanOf(garbled.id)));
    expect(spanOf(traced.id)).toMatchObject({ traceId: QUEUER.traceId, parentSpanId: QUEUER.spanId });
    expect(spanAttributes(spanOf(traced.id)!)).toMatchObject({ 'service.name': 'anclora-api', 'anclora.job.name': 'sessions.cleanup', 'anclora.job.outcome': 'completed' });
    expect(spanOf(garbled.id)?.parentSpanId).toBeUndefined();
    expect(spanOf(garbled.id)?.traceId).not.toBe(QUEUER.traceId);
    expect(spanAttributes(spanOf(garbled.id)!)).toMatchObject({ 'anclora.job.outcome': 'completed' });
  });
});

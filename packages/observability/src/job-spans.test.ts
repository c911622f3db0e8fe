import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMemoryQueueBackend } from '@anclora/infra';
import { errors } from '@anclora/shared';
import { observeJobAttempts } from './job-attempts.js';
import { traceJobAttempts } from './job-spans.js';
import { startTracing } from './tracing.js';
import { receivedSpans, spanAttributes, startFakeEndpoint, waitFor, type FakeEndpoint } from './testing/index.js';

const SECRET = randomBytes(12).toString('hex');
/** The span that queued a job, in another process. */
const QUEUER = { traceId: randomBytes(16).toString('hex'), spanId: randomBytes(8).toString('hex') };
const traceparent = (flags: '00' | '01') => `00-${QUEUER.traceId}-${QUEUER.spanId}-${flags}`;

/** Runs each payload as one job (its renderId the job id) on an observed in-process queue and waits until all completed. */
async function runJobs(otlp: FakeEndpoint, sampleRate: number, payloads: Array<{ renderId: string; traceparent?: string }>): Promise<string[]> {
  const tracing = await startTracing({ endpoint: otlp.url, sampleRate, serviceVersion: 'w1', environment: 'test' }, 'anclora-worker', 2_000);
  const queue = observeJobAttempts(createMemoryQueueBackend(), [traceJobAttempts(tracing)]);
  queue.process('renders', async () => 'done');
  const ids = await Promise.all(payloads.map(async (data) => (await queue.add('renders', 'renders.run', data, { jobId: data.renderId })).id));
  await vi.waitFor(
    async () => {
      for (const id of ids) expect((await queue.getJob('renders', id))?.status).toBe('completed');
    },
    { timeout: 10_000 },
  );
  await queue.close();
  await tracing.shutdown();
  return ids;
}

describe('a span per job attempt over OTLP', () => {
  let otlp: FakeEndpoint;
  beforeAll(async () => {
    otlp = await startFakeEndpoint();
  });
  afterAll(() => otlp.close());

  it('exports one consumer span per attempt with queue, job, attempt and outcome; failures are errors by type, never by message', async () => {
    const tracing = await startTracing({ endpoint: otlp.url, sampleRate: 1, serviceVersion: 'w1', environment: 'staging' }, 'anclora-worker', 2_000);
    const queue = observeJobAttempts(createMemoryQueueBackend(), [traceJobAttempts(tracing)]);
    queue.process<{ kind: string; secret: string }, string>('renders', async (job) => {
      if (job.data.kind === 'invalid') throw errors.validation(`rejected ${job.data.secret}`);
      if (job.attempt === 1) throw new Error(`first try failed for ${job.data.secret}`);
      return 'done';
    });
    const retried = await queue.add('renders', 'renders.run', { kind: 'flaky', secret: SECRET }, { attempts: 2, backoff: { type: 'fixed', delayMs: 10 } });
    const invalid = await queue.add('renders', 'renders.run', { kind: 'invalid', secret: SECRET });
    await vi.waitFor(
      async () => {
        expect((await queue.getJob('renders', retried.id))?.status).toBe('completed');
        expect((await queue.getJob('renders', invalid.id))?.status).toBe('failed');
      },
      { timeout: 10_000 },
    );
    await queue.close();
    // Shutdown exports what the batch processor still holds.
    await tracing.shutdown();
    await waitFor(() => receivedSpans(otlp).length >= 3);

    expect(otlp.received.every((r) => r.method === 'POST' && r.url === '/v1/traces')).toBe(true);
    const spans = receivedSpans(otlp);
    expect(spans).toHaveLength(3);
    const byAttempt = spans.map((s) => ({ name: s.name, kind: s.kind, status: s.status?.code ?? 0, ...spanAttributes(s) }));
    const common = { name: 'process renders', kind: 5, 'messaging.destination.name': 'renders', 'anclora.job.name': 'renders.run', 'service.name': 'anclora-worker', 'service.version': 'w1', 'deployment.environment.name': 'staging' };
    expect(byAttempt).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ...common, 'messaging.message.id': retried.id, 'anclora.job.attempt': 1, 'anclora.job.outcome': 'failed', 'error.type': 'Error', status: 2 }),
        expect.objectContaining({ ...common, 'messaging.message.id': retried.id, 'anclora.job.attempt': 2, 'anclora.job.outcome': 'completed', status: 0 }),
        expect.objectContaining({ ...common, 'messaging.message.id': invalid.id, 'anclora.job.attempt': 1, 'anclora.job.outcome': 'failed', 'error.type': 'VALIDATION_ERROR', status: 2 }),
      ]),
    );
    expect(otlp.received.map((r) => r.body).join('')).not.toContain(SECRET);
  });

  it('continues the trace a job was queued in; a malformed or missing traceparent gives a root span and the job still runs', async () => {
    otlp.received.length = 0;
    const [child, malformed, missing] = await runJobs(otlp, 1, [
      { renderId: 'a', traceparent: traceparent('01') },
      { renderId: 'b', traceparent: `00-${QUEUER.traceId}-zz-01` },
      { renderId: 'c' },
    ]);
    await waitFor(() => receivedSpans(otlp).length >= 3);
    const spanOf = (id: string | undefined) => receivedSpans(otlp).find((s) => spanAttributes(s)['messaging.message.id'] === id);
    expect(spanOf(child)).toMatchObject({ name: 'process renders', traceId: QUEUER.traceId, parentSpanId: QUEUER.spanId });
    for (const root of [spanOf(malformed), spanOf(missing)]) {
      expect(root?.parentSpanId).toBeUndefined();
      expect(root?.traceId).toMatch(/^[0-9a-f]{32}$/);
      expect(root?.traceId).not.toBe(QUEUER.traceId);
    }
    // The trace context is how the span links up, never an attribute of its own.
    expect(spanAttributes(spanOf(child)!)).not.toHaveProperty('traceparent');
  });

  it("follows the queueing span's sampled flag whatever the sample rate; only jobs without one are sampled by ratio", async () => {
    otlp.received.length = 0;
    const [sampledParent, unsampledAtZero, rootAtZero] = await runJobs(otlp, 0, [
      { renderId: 'a', traceparent: traceparent('01') },
      { renderId: 'b', traceparent: traceparent('00') },
      { renderId: 'c' },
    ]);
    const [unsampledAtOne, rootAtOne] = await runJobs(otlp, 1, [{ renderId: 'd', traceparent: traceparent('00') }, { renderId: 'e' }]);
    await waitFor(() => receivedSpans(otlp).length >= 2);
    const exported = receivedSpans(otlp).map((s) => spanAttributes(s)['messaging.message.id']);
    expect(exported).toContain(sampledParent);
    expect(exported).toContain(rootAtOne);
    for (const dropped of [unsampledAtZero, rootAtZero, unsampledAtOne]) expect(exported).not.toContain(dropped);
  });
});

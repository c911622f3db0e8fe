import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMemoryQueueBackend } from '@anclora/infra';
import { errors } from '@anclora/shared';
import { observeJobAttempts } from './job-attempts.js';
import { traceJobAttempts } from './job-spans.js';
import { startTracing } from './tracing.js';
import { receivedSpans, spanAttributes, startFakeEndpoint, waitFor, type FakeEndpoint } from './testing/index.js';

const SECRET = randomBytes(12).toString('hex');

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
    await vi.waitFor(async () => {
      expect((await queue.getJob('renders', retried.id))?.status).toBe('completed');
      expect((await queue.getJob('renders', invalid.id))?.status).toBe('failed');
    });
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
});

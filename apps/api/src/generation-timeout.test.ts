import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SpecGenerator } from '@anclora/ai';
import { generationsRepository } from '@anclora/db';
import { QUEUES, type JobPayloads } from '@anclora/shared';
import { createTestApp, type TestApp } from './testing/test-app.js';

/** A provider that never answers on its own: it only stops when its request is aborted. */
function hangingProvider() {
  const seen = { calls: 0, abortedBy: undefined as unknown };
  const generator: SpecGenerator = {
    provider: 'offline',
    model: 'hanging',
    generate: ({ signal }) => {
      seen.calls += 1;
      return new Promise((_resolve, reject) => {
        signal?.addEventListener(
          'abort',
          () => {
            seen.abortedBy = signal.reason;
            reject(signal.reason);
          },
          { once: true },
        );
      });
    },
  };
  return { generator, seen };
}

describe('a queued generation that outlives its job timeout', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('stops the provider call at the timeout and is recorded as failed with JOB_TIMEOUT', async () => {
    const { generator, seen } = hangingProvider();
    t = await createTestApp({ generator });
    // What POST /api/generations with async: true leaves for the consumer, with a short timeout.
    const visitorId = randomUUID();
    const generations = generationsRepository(t.infra.database.primary);
    const row = await generations.create({ anonymousId: visitorId, prompt: 'pricing card', target: 'html-css', provider: 'offline', model: 'hanging', status: 'queued' });
    const payload: JobPayloads['generations.run'] = {
      generationId: row.id,
      request: { prompt: 'pricing card', target: 'html-css' },
      requester: { visitorId, ip: '203.0.113.9' },
    };
    await t.infra.queue.add(QUEUES.generations, 'generations.run', payload, { jobId: row.id, timeoutMs: 300 });

    await vi.waitFor(async () => expect((await generations.findById(row.id))?.status).toBe('failed'), { timeout: 10_000 });
    expect(await generations.findById(row.id)).toMatchObject({ status: 'failed', error: { code: 'JOB_TIMEOUT' } });
    expect(seen.calls).toBe(1);
    expect((seen.abortedBy as Error).name).toBe('JobTimeoutError');
    expect((await t.infra.queue.getJob(QUEUES.generations, row.id))?.status).toBe('failed');
  });
});

import { Registry } from 'prom-client';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryQueueBackend } from '@anclora/infra';
import { observeJobAttempts } from './job-attempts.js';
import { createJobMetrics } from './job-metrics.js';

describe('queue_job_duration_seconds', () => {
  it('times every job attempt by queue and outcome without changing the result', async () => {
    const registry = new Registry();
    const metrics = createJobMetrics(registry);
    const queue = metrics.instrument(createMemoryQueueBackend());
    try {
      const worker = queue.process<{ fail: boolean }, string>('renders', async (job) => {
        if (job.data.fail) throw new Error('boom');
        return 'done';
      });
      const ok = await queue.add('renders', 'renders.run', { fail: false });
      const bad = await queue.add('renders', 'renders.run', { fail: true });
      await vi.waitFor(async () => {
        expect((await queue.getJob('renders', bad.id))?.status).toBe('failed');
        expect((await queue.getJob('renders', ok.id))?.status).toBe('completed');
      });
      expect((await queue.getJob<unknown, string>('renders', ok.id))?.result).toBe('done');
      expect((await queue.getJob('renders', bad.id))?.failedReason).toBe('boom');
      await worker.close();
      const text = await registry.getSingleMetricAsString('queue_job_duration_seconds');
      expect(text).toMatch(/queue_job_duration_seconds_count\{queue="renders",status="completed"\} 1/);
      expect(text).toMatch(/queue_job_duration_seconds_count\{queue="renders",status="failed"\} 1/);
      // The seed's buckets, up to the longest job timeout and beyond.
      expect(text).toContain('queue_job_duration_seconds_bucket{le="0.05",queue="renders",status="completed"}');
      expect(text).toContain('queue_job_duration_seconds_bucket{le="300",queue="renders",status="failed"} 1');
    } finally {
      await queue.close();
    }
  });
});

describe('observeJobAttempts', () => {
  it('shows every attempt to every observer, in order, and a broken observer changes nothing', async () => {
    const backend = createMemoryQueueBackend();
    const seen: string[] = [];
    const queue = observeJobAttempts(backend, [
      {
        start: (job) => {
          seen.push(`start ${job.queue} ${job.name} #${job.attempt}`);
          return (outcome) => seen.push(`end ${job.name} #${job.attempt} ${outcome.status}`);
        },
      },
      {
        start: () => {
          throw new Error('observer broke at start');
        },
      },
      {
        start: () => () => {
          throw new Error('observer broke at the end');
        },
      },
    ]);
    try {
      expect(queue.kind).toBe('memory');
      expect(queue.connections()).toBe(0);
      let tries = 0;
      queue.process('retried', async () => {
        tries += 1;
        if (tries === 1) throw new Error('first try fails');
        return 'second try';
      });
      const { id } = await queue.add('retried', 'flaky', {}, { attempts: 2, backoff: { type: 'fixed', delayMs: 10 } });
      await vi.waitFor(async () => expect((await queue.getJob('retried', id))?.status).toBe('completed'));
      expect((await backend.getJob('retried', id))?.result).toBe('second try');
      expect(seen).toEqual(['start retried flaky #1', 'end flaky #1 failed', 'start retried flaky #2', 'end flaky #2 completed']);
    } finally {
      await queue.close();
    }
    await expect(backend.add('retried', 'x', {})).rejects.toThrow(/closed/);
  });

  it('ends an attempt the queue timed out as failed, at the timeout, and ignores the processor finishing late', async () => {
    const seen: Array<{ outcome: string; error: string; atMs: number }> = [];
    const started = Date.now();
    const queue = observeJobAttempts(createMemoryQueueBackend(), [
      {
        start: () => (outcome) =>
          seen.push({ outcome: outcome.status, error: outcome.status === 'failed' ? (outcome.error as Error).name : '', atMs: Date.now() - started }),
      },
    ]);
    let finishedLate = false;
    try {
      // A processor that ignores its signal and resolves well after the timeout.
      queue.process('slow', async () => {
        await new Promise((resolve) => setTimeout(resolve, 600));
        finishedLate = true;
        return 'too late';
      });
      const { id } = await queue.add('slow', 'slow.run', {}, { timeoutMs: 100 });
      await vi.waitFor(async () => expect((await queue.getJob('slow', id))?.status).toBe('failed'), { timeout: 10_000 });
      await vi.waitFor(() => expect(finishedLate).toBe(true), { timeout: 10_000 });
      expect(seen).toHaveLength(1);
      expect(seen[0]).toMatchObject({ outcome: 'failed', error: 'JobTimeoutError' });
      expect(seen[0]!.atMs).toBeLessThan(550);
    } finally {
      await queue.close();
    }
  });

  it('returns the queue itself when nothing observes it', () => {
    const backend = createMemoryQueueBackend();
    expect(observeJobAttempts(backend, [])).toBe(backend);
  });
});

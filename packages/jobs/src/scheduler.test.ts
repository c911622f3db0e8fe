import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryQueueBackend, type QueueBackend } from '@anclora/infra';
import { QUEUES } from '@anclora/shared';
import { PERIODIC_JOBS, startScheduler } from './scheduler.js';

describe('startScheduler', () => {
  let queue: QueueBackend | undefined;
  afterEach(async () => {
    vi.useRealTimers();
    await queue?.close();
  });

  it('enqueues each periodic job once per period, however many worker processes schedule it', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    vi.setSystemTime(new Date('2026-11-28T10:02:00Z'));
    queue = createMemoryQueueBackend();
    // Two worker processes start in the same minute.
    const first = startScheduler({ queue });
    const second = startScheduler({ queue });
    await vi.waitFor(async () => expect((await queue!.counts(QUEUES.maintenance)).waiting).toBe(PERIODIC_JOBS.length));
    const reconcilePeriod = Math.floor(Date.now() / (5 * 60_000));
    expect(await queue.getJob(QUEUES.maintenance, `jobs.reconcile-${reconcilePeriod}`)).toMatchObject({ name: 'jobs.reconcile', status: 'waiting' });

    // Five minutes on: a new reconcile period, the same cleanup hour.
    vi.advanceTimersByTime(5 * 60_000);
    await vi.waitFor(async () => expect((await queue!.counts(QUEUES.maintenance)).waiting).toBe(PERIODIC_JOBS.length + 1));
    expect(await queue.getJob(QUEUES.maintenance, `jobs.reconcile-${reconcilePeriod + 1}`)).toMatchObject({ status: 'waiting' });

    first.stop();
    second.stop();
    vi.advanceTimersByTime(60 * 60_000);
    expect((await queue.counts(QUEUES.maintenance)).waiting).toBe(PERIODIC_JOBS.length + 1);
  });

  it('prunes renders daily with the configured retention, and not at all with a retention of 0', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    vi.setSystemTime(new Date('2026-11-28T10:02:00Z'));
    queue = createMemoryQueueBackend();
    const day = Math.floor(Date.now() / (24 * 60 * 60_000));
    const scheduler = startScheduler({ queue }, { renderRetentionDays: 14 });
    await vi.waitFor(async () => expect(await queue!.getJob(QUEUES.maintenance, `renders.prune-${day}`)).toMatchObject({ name: 'renders.prune', data: { olderThanDays: 14 } }));
    scheduler.stop();
    await queue.close();

    queue = createMemoryQueueBackend();
    const keepAll = startScheduler({ queue }, { renderRetentionDays: 0 });
    await vi.waitFor(async () => expect((await queue!.counts(QUEUES.maintenance)).waiting).toBe(PERIODIC_JOBS.length - 1));
    expect(await queue.getJob(QUEUES.maintenance, `renders.prune-${day}`)).toBeUndefined();
    keepAll.stop();
  });
});

import type { Infra } from '@anclora/infra';
import type { JobName } from '@anclora/shared';
import { enqueue } from './start-workers.js';

export interface Scheduler {
  stop(): void;
}

const MINUTE_MS = 60 * 1000;

/** Maintenance that runs on a period: expired sessions hourly, lost jobs every five minutes. */
export const PERIODIC_JOBS: ReadonlyArray<{ name: Extract<JobName, 'sessions.cleanup' | 'jobs.reconcile'>; everyMs: number }> = [
  { name: 'sessions.cleanup', everyMs: 60 * MINUTE_MS },
  { name: 'jobs.reconcile', everyMs: 5 * MINUTE_MS },
];

/**
 * Enqueues periodic maintenance. Every worker process runs a scheduler, so
 * the job id is derived from the period: however many schedulers fire in
 * the same period, the queue holds one job for it.
 */
export function startScheduler(infra: Pick<Infra, 'queue'>, options: { onError?: (e: unknown) => void } = {}): Scheduler {
  const timers = PERIODIC_JOBS.map(({ name, everyMs }) => {
    const tick = () => {
      const period = Math.floor(Date.now() / everyMs);
      enqueue(infra, name, {}, `${name}-${period}`).catch((e: unknown) => options.onError?.(e));
    };
    tick();
    const timer = setInterval(tick, everyMs);
    timer.unref();
    return timer;
  });
  return { stop: () => timers.forEach((timer) => clearInterval(timer)) };
}

import type { Infra } from '@anclora/infra';
import type { JobName, JobPayloads } from '@anclora/shared';
import { DEFAULT_RENDER_RETENTION_DAYS } from './prune-renders.js';
import { enqueue } from './start-workers.js';

export interface Scheduler {
  stop(): void;
}

type PeriodicJobName = Extract<JobName, 'sessions.cleanup' | 'jobs.reconcile' | 'renders.prune'>;

const MINUTE_MS = 60 * 1000;

/** Maintenance that runs on a period: expired sessions hourly, lost jobs every five minutes, old renders daily. */
export const PERIODIC_JOBS: ReadonlyArray<{ name: PeriodicJobName; everyMs: number }> = [
  { name: 'sessions.cleanup', everyMs: 60 * MINUTE_MS },
  { name: 'jobs.reconcile', everyMs: 5 * MINUTE_MS },
  { name: 'renders.prune', everyMs: 24 * 60 * MINUTE_MS },
];

export interface SchedulerOptions {
  /** Days a finished render is kept (RENDER_RETENTION_DAYS); 0 keeps every render for ever. */
  renderRetentionDays?: number;
  onError?: (e: unknown) => void;
}

/**
 * Enqueues periodic maintenance. Every worker process runs a scheduler, so
 * the job id is derived from the period: however many schedulers fire in
 * the same period, the queue holds one job for it.
 */
export function startScheduler(infra: Pick<Infra, 'queue'>, options: SchedulerOptions = {}): Scheduler {
  const retentionDays = options.renderRetentionDays ?? DEFAULT_RENDER_RETENTION_DAYS;
  const payloads: { [K in PeriodicJobName]: JobPayloads[K] } = {
    'sessions.cleanup': {},
    'jobs.reconcile': {},
    'renders.prune': { olderThanDays: retentionDays },
  };
  const jobs = PERIODIC_JOBS.filter(({ name }) => name !== 'renders.prune' || retentionDays > 0);
  const timers = jobs.map(({ name, everyMs }) => {
    const tick = () => {
      const period = Math.floor(Date.now() / everyMs);
      enqueue(infra, name, payloads[name], `${name}-${period}`).catch((e: unknown) => options.onError?.(e));
    };
    tick();
    const timer = setInterval(tick, everyMs);
    timer.unref();
    return timer;
  });
  return { stop: () => timers.forEach((timer) => clearInterval(timer)) };
}

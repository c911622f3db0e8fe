import type { Infra } from '@anclora/infra';
import { enqueue } from './start-workers.js';

export interface Scheduler {
  stop(): void;
}

const HOUR_MS = 3600 * 1000;

/**
 * Enqueues periodic maintenance. Every worker process runs a scheduler, so
 * the job id is derived from the period: however many schedulers fire in
 * the same hour, the queue holds one job for it.
 */
export function startScheduler(infra: Pick<Infra, 'queue'>, options: { intervalMs?: number; onError?: (e: unknown) => void } = {}): Scheduler {
  const intervalMs = options.intervalMs ?? HOUR_MS;
  const tick = () => {
    const period = Math.floor(Date.now() / intervalMs);
    enqueue(infra, 'sessions.cleanup', {}, `sessions.cleanup-${period}`).catch((e: unknown) => options.onError?.(e));
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

import type { Backoff, JobOptions } from './queue.js';

/**
 * Argument checks shared by both adapters. The memory queue enforces BullMQ's
 * own restrictions (queue names and custom job ids) so that code which works
 * on the embedded default cannot fail only once it runs against Redis.
 */

/** setTimeout fires at once for longer delays, so timeouts must stay below. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export const DEFAULT_RETAIN_COMPLETED = 1000;
export const DEFAULT_RETAIN_FAILED = 1000;

export interface NormalizedJobOptions {
  attempts: number;
  backoff?: Backoff;
  timeoutMs?: number;
  jobId?: string;
}

export function normalizeJobOptions(options: JobOptions = {}): NormalizedJobOptions {
  const { attempts = 1, backoff, timeoutMs, jobId } = options;
  if (!Number.isInteger(attempts) || attempts < 1) {
    throw new RangeError(`attempts must be an integer >= 1, got ${attempts}`);
  }
  if (backoff !== undefined) {
    if (backoff.type !== 'fixed' && backoff.type !== 'exponential') {
      throw new RangeError(`backoff.type must be 'fixed' or 'exponential', got ${String(backoff.type)}`);
    }
    if (!Number.isInteger(backoff.delayMs) || backoff.delayMs < 0) {
      throw new RangeError(`backoff.delayMs must be an integer >= 0, got ${backoff.delayMs}`);
    }
  }
  if (timeoutMs !== undefined && (!Number.isInteger(timeoutMs) || timeoutMs < 1 || timeoutMs > MAX_TIMER_MS)) {
    throw new RangeError(`timeoutMs must be an integer between 1 and ${MAX_TIMER_MS}, got ${timeoutMs}`);
  }
  if (jobId !== undefined) assertJobId(jobId);
  return {
    attempts,
    ...(backoff ? { backoff: { type: backoff.type, delayMs: backoff.delayMs } } : {}),
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    ...(jobId !== undefined ? { jobId } : {}),
  };
}

/**
 * BullMQ numbers its own jobs "1", "2"…, so a custom id must not look like an
 * integer (it could collide), and ":" separates its Redis key segments.
 */
function assertJobId(jobId: string): void {
  if (typeof jobId !== 'string' || jobId === '') throw new TypeError('jobId must be a non-empty string');
  if (`${Number.parseInt(jobId, 10)}` === jobId) throw new RangeError(`jobId must not be an integer, got "${jobId}"`);
  if (jobId.includes(':')) throw new RangeError(`jobId must not contain ":", got "${jobId}"`);
}

/** BullMQ builds Redis keys as prefix:queue:…, so a queue name cannot hold ":". */
export function assertQueueName(queue: string): void {
  if (typeof queue !== 'string' || queue === '') throw new TypeError('queue name must be a non-empty string');
  if (queue.includes(':')) throw new RangeError(`queue name must not contain ":", got "${queue}"`);
}

export function normalizeConcurrency(concurrency = 1): number {
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError(`concurrency must be an integer >= 1, got ${concurrency}`);
  }
  return concurrency;
}

/** How many finished jobs of each kind stay readable; older ones are dropped. */
export function normalizeRetention(options: { retainCompleted?: number; retainFailed?: number }): {
  completed: number;
  failed: number;
} {
  const { retainCompleted = DEFAULT_RETAIN_COMPLETED, retainFailed = DEFAULT_RETAIN_FAILED } = options;
  for (const [name, value] of [
    ['retainCompleted', retainCompleted],
    ['retainFailed', retainFailed],
  ] as const) {
    if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be an integer >= 0, got ${value}`);
  }
  return { completed: retainCompleted, failed: retainFailed };
}

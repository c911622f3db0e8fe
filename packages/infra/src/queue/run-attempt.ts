import type { Backoff, JobContext, Processor } from './queue.js';

/**
 * What "one attempt" and "the wait before the next one" mean, in one place:
 * both adapters call runAttempt() and backoffDelay(), so the memory queue and
 * BullMQ cannot drift apart on timeout or retry semantics.
 */

/** The error an attempt fails with when it outlives its timeoutMs. */
export class JobTimeoutError extends Error {
  override readonly name = 'JobTimeoutError';

  constructor(readonly timeoutMs: number) {
    super(`Job timed out after ${timeoutMs} ms`);
  }
}

/**
 * Runs one attempt of `processor`. Resolves with its result, or rejects with
 * an Error (non-Error throws are wrapped so failedReason is always a message).
 *
 * With `timeoutMs`, a timer races the processor: when it fires first, the
 * context's signal is aborted with a JobTimeoutError and the attempt rejects
 * with that same error, whatever the processor does afterwards. The processor
 * is not (and cannot be) stopped: it must honour the signal. Until it does, it
 * keeps running outside the worker's concurrency count.
 *
 * The signal is not aborted by a graceful worker close: close() waits for the
 * attempt instead, which the timeout bounds.
 */
export async function runAttempt<Data, Result>(
  processor: Processor<Data, Result>,
  job: Omit<JobContext<Data>, 'signal'>,
  timeoutMs?: number,
): Promise<Result> {
  const controller = new AbortController();
  // The executor turns a synchronous throw from a non-async processor into a rejection.
  const run = new Promise<Result>((resolve) => resolve(processor({ ...job, signal: controller.signal })));
  if (timeoutMs === undefined) {
    try {
      return await run;
    } catch (error) {
      throw toError(error);
    }
  }

  let timer: NodeJS.Timeout | undefined;
  let timedOut: JobTimeoutError | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      timedOut = new JobTimeoutError(timeoutMs);
      reject(timedOut);
      controller.abort(timedOut);
    }, timeoutMs);
  });
  try {
    const result = await Promise.race([run, timeout]);
    // Invariant: once the timer has fired, the attempt failed by timeout, even
    // if the processor settles from its abort listener. The race's microtask
    // order gives the same answer today; this check makes it not depend on it.
    if (timedOut) throw timedOut;
    return result;
  } catch (error) {
    throw timedOut ?? toError(error);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Milliseconds to wait before the next attempt, after `attemptsMade` attempts
 * have failed (so attemptsMade >= 1). Fixed: delayMs every time; exponential:
 * delayMs, 2×delayMs, 4×delayMs… No backoff: retry at once. This is also
 * BullMQ's built-in formula (without jitter), which bullmq-queue.test.ts checks.
 */
export function backoffDelay(backoff: Backoff | undefined, attemptsMade: number): number {
  if (!backoff) return 0;
  if (backoff.type === 'fixed') return backoff.delayMs;
  return Math.round(backoff.delayMs * 2 ** (attemptsMade - 1));
}

/** Anything thrown, as an Error whose message can serve as failedReason. */
export function toError(value: unknown): Error {
  if (value instanceof Error) return value;
  if (typeof value === 'string') return new Error(value);
  try {
    return new Error(`Non-error thrown: ${JSON.stringify(value)}`);
  } catch {
    return new Error(`Non-error thrown: ${String(value)}`);
  }
}

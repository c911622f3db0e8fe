import { describe, expect, it } from 'vitest';
import { normalizeJobOptions } from './normalize-job-options.js';
import type { JobContext } from './queue.js';
import { backoffDelay, JobTimeoutError, runAttempt } from './run-attempt.js';

const job = { id: '1', name: 'test', data: { n: 1 }, attempt: 1 };
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('runAttempt', () => {
  it('passes the job to the processor and resolves with its result', async () => {
    let seen: Omit<JobContext<{ n: number }>, 'signal'> | undefined;
    const result = await runAttempt<{ n: number }, number>(async ({ signal: _signal, ...rest }) => {
      seen = rest;
      return rest.data.n + 1;
    }, job);
    expect(result).toBe(2);
    expect(seen).toEqual(job);
  });

  it('turns a synchronous throw and a non-Error rejection into Errors with a usable message', async () => {
    const throwsSync = (() => {
      throw new Error('sync');
    }) as unknown as () => Promise<never>;
    await expect(runAttempt(throwsSync, job)).rejects.toThrow('sync');
    await expect(runAttempt(() => Promise.reject('plain string'), job, 1000)).rejects.toThrow(/^plain string$/);
    await expect(runAttempt(() => Promise.reject({ code: 7 }), job)).rejects.toThrow('Non-error thrown: {"code":7}');
  });

  it('on timeout aborts the signal and rejects with the timeout, even if the processor rejects on abort', async () => {
    let signal: AbortSignal | undefined;
    const started = Date.now();
    const attempt = runAttempt(
      (ctx) =>
        new Promise((_resolve, reject) => {
          signal = ctx.signal;
          // Rejects synchronously inside abort(): the attempt must still report the timeout.
          ctx.signal.addEventListener('abort', () => reject(new Error('processor saw abort')));
        }),
      job,
      50,
    );
    const error = await attempt.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JobTimeoutError);
    expect((error as Error).message).toBe('Job timed out after 50 ms');
    expect(Date.now() - started).toBeGreaterThanOrEqual(49);
    expect(signal?.aborted).toBe(true);
    expect(signal?.reason).toBe(error);
  });

  it('does not wait for a processor that ignores the signal', async () => {
    const started = Date.now();
    await expect(runAttempt(() => sleep(1000), job, 50)).rejects.toThrow(JobTimeoutError);
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('clears the timer when the attempt finishes in time, so the signal never fires', async () => {
    let signal: AbortSignal | undefined;
    await runAttempt(async (ctx) => {
      signal = ctx.signal;
    }, job, 30);
    await sleep(60);
    expect(signal?.aborted).toBe(false);
  });
});

describe('backoffDelay', () => {
  it('is 0 without backoff, constant when fixed, doubling per attempt when exponential', () => {
    expect(backoffDelay(undefined, 1)).toBe(0);
    expect([1, 2, 3].map((n) => backoffDelay({ type: 'fixed', delayMs: 250 }, n))).toEqual([250, 250, 250]);
    expect([1, 2, 3, 4].map((n) => backoffDelay({ type: 'exponential', delayMs: 100 }, n))).toEqual([100, 200, 400, 800]);
  });
});

describe('normalizeJobOptions', () => {
  it('defaults to one attempt and keeps only the options given', () => {
    expect(normalizeJobOptions()).toEqual({ attempts: 1 });
    expect(normalizeJobOptions({ attempts: 3, backoff: { type: 'fixed', delayMs: 5 }, timeoutMs: 10, jobId: 'x-1' })).toEqual({
      attempts: 3,
      backoff: { type: 'fixed', delayMs: 5 },
      timeoutMs: 10,
      jobId: 'x-1',
    });
  });

  it('rejects values no adapter could honour', () => {
    expect(() => normalizeJobOptions({ attempts: 1.5 })).toThrow(/attempts/);
    expect(() => normalizeJobOptions({ backoff: { type: 'linear' as 'fixed', delayMs: 1 } })).toThrow(/backoff.type/);
    expect(() => normalizeJobOptions({ backoff: { type: 'fixed', delayMs: -1 } })).toThrow(/delayMs/);
    // setTimeout would fire at once for longer delays.
    expect(() => normalizeJobOptions({ timeoutMs: 2 ** 31 })).toThrow(/timeoutMs/);
    expect(() => normalizeJobOptions({ jobId: '' })).toThrow(/jobId/);
  });
});

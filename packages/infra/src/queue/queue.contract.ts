import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { QueueBackend } from './queue.js';
import { FINISHED, waitForStatus } from './wait-for-status.js';

export interface QueueUnderTest {
  backend: QueueBackend;
  /** Removes everything the backend stored. Runs after the suite has closed the backend. */
  cleanup(): Promise<void>;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/**
 * The behaviour both QueueBackend adapters share, so callers never branch on
 * kind. Each test gets a fresh backend from make() and closes it afterwards.
 * Timings are small (≤ 400 ms waits) so every test stays well under a second
 * or two even against Redis.
 */
export function queueContract(name: string, make: () => Promise<QueueUnderTest>): void {
  describe(name, () => {
    let backend: QueueBackend;
    let cleanup: () => Promise<void>;

    beforeEach(async () => {
      ({ backend, cleanup } = await make());
    });

    afterEach(async () => {
      await backend.close();
      await cleanup();
    });

    it('completes a job; its result, data and attemptsMade 1 are readable by id', async () => {
      const seen: unknown[] = [];
      backend.process<{ n: number }, { doubled: number }>('jobs', async (job) => {
        seen.push({ id: job.id, name: job.name, data: job.data, attempt: job.attempt, aborted: job.signal.aborted });
        return { doubled: job.data.n * 2 };
      });
      const before = Date.now();
      const { id } = await backend.add('jobs', 'double', { n: 21 });

      const job = await waitForStatus(backend, 'jobs', id, FINISHED);
      expect(job).toMatchObject({
        id,
        queue: 'jobs',
        name: 'double',
        data: { n: 21 },
        status: 'completed',
        attemptsMade: 1,
        result: { doubled: 42 },
      });
      expect(job.failedReason).toBeUndefined();
      expect(job.createdAt).toBeGreaterThanOrEqual(before);
      expect(job.finishedAt).toBeGreaterThanOrEqual(job.createdAt);
      expect(seen).toEqual([{ id, name: 'double', data: { n: 21 }, attempt: 1, aborted: false }]);
    });

    it('stores data and results as JSON would, and a null or undefined result reads back as none', async () => {
      const received: unknown[] = [];
      backend.process<{ kind: string }, unknown>('json', async (job) => {
        received.push(job.data);
        if (job.data.kind === 'null') return null;
        if (job.data.kind === 'undefined') return undefined;
        return { at: new Date(0), gone: undefined };
      });
      const dated = await backend.add('json', 'dated', { kind: 'date', at: new Date(0), gone: undefined });
      const returnsNull = await backend.add('json', 'null', { kind: 'null' });
      const returnsUndefined = await backend.add('json', 'undefined', { kind: 'undefined' });

      const job = await waitForStatus(backend, 'json', dated.id, FINISHED);
      expect(job.data).toStrictEqual({ kind: 'date', at: '1970-01-01T00:00:00.000Z' });
      expect(job.result).toStrictEqual({ at: '1970-01-01T00:00:00.000Z' });
      expect(received[0]).toStrictEqual({ kind: 'date', at: '1970-01-01T00:00:00.000Z' });
      for (const { id } of [returnsNull, returnsUndefined]) {
        const finished = await waitForStatus(backend, 'json', id, FINISHED);
        expect(finished.status).toBe('completed');
        expect(finished.result).toBeUndefined();
      }
    });

    it('runs the jobs of a queue in the order they were added', async () => {
      for (const letter of ['a', 'b', 'c', 'd', 'e']) await backend.add('fifo', letter, { letter });
      const order: string[] = [];
      const done = deferred();
      backend.process<{ letter: string }, void>('fifo', async (job) => {
        order.push(job.data.letter);
        if (order.length === 5) done.resolve();
      });
      await done.promise;
      expect(order).toEqual(['a', 'b', 'c', 'd', 'e']);
    });

    it('respects the worker concurrency: 6 slow jobs on concurrency 2 run 2 at a time, never more', async () => {
      const ids: string[] = [];
      for (let i = 0; i < 6; i += 1) ids.push((await backend.add('slow', 'sleep', { i })).id);
      let running = 0;
      let maxRunning = 0;
      backend.process(
        'slow',
        async () => {
          running += 1;
          maxRunning = Math.max(maxRunning, running);
          await sleep(100);
          running -= 1;
        },
        { concurrency: 2 },
      );
      for (const id of ids) expect((await waitForStatus(backend, 'slow', id, FINISHED)).status).toBe('completed');
      expect(maxRunning).toBe(2);
    });

    it('retries a failing job `attempts` times, then marks it failed with the last reason', async () => {
      const attempts: number[] = [];
      backend.process('flaky', async (job) => {
        attempts.push(job.attempt);
        throw new Error(`boom on try ${job.attempt}`);
      });
      const { id } = await backend.add('flaky', 'always-fails', {}, { attempts: 3 });

      const job = await waitForStatus(backend, 'flaky', id, ['failed']);
      expect(job).toMatchObject({ status: 'failed', attemptsMade: 3, failedReason: 'boom on try 3' });
      expect(job.finishedAt).toBeGreaterThanOrEqual(job.createdAt);
      expect(attempts).toEqual([1, 2, 3]);
    });

    it('completes a job that fails twice then succeeds, with attemptsMade 3 and no failedReason', async () => {
      backend.process('flaky', async (job) => {
        if (job.attempt < 3) throw new Error('not yet');
        return 'third time lucky';
      });
      const { id } = await backend.add('flaky', 'eventually', {}, { attempts: 5 });

      const job = await waitForStatus(backend, 'flaky', id, FINISHED);
      expect(job).toMatchObject({ status: 'completed', attemptsMade: 3, result: 'third time lucky' });
      expect(job.failedReason).toBeUndefined();
    });

    it('waits the exponential backoff between attempts (100 ms, then 200 ms)', async () => {
      const startedAt: number[] = [];
      const failedAt: number[] = [];
      backend.process('backoff', async (job) => {
        startedAt.push(Date.now());
        if (job.attempt < 3) {
          failedAt.push(Date.now());
          throw new Error('retry me');
        }
      });
      const { id } = await backend.add('backoff', 'exp', {}, { attempts: 3, backoff: { type: 'exponential', delayMs: 100 } });

      expect((await waitForStatus(backend, 'backoff', id, FINISHED)).status).toBe('completed');
      expect(startedAt).toHaveLength(3);
      expect(startedAt[1]! - failedAt[0]!).toBeGreaterThanOrEqual(100);
      expect(startedAt[2]! - failedAt[1]!).toBeGreaterThanOrEqual(200);
    });

    it("keeps a job 'delayed' with its failure reason while it waits for a fixed-backoff retry", async () => {
      const startedAt: number[] = [];
      const failedAt: number[] = [];
      backend.process('backoff', async (job) => {
        startedAt.push(Date.now());
        if (job.attempt === 1) {
          failedAt.push(Date.now());
          throw new Error('first try fails');
        }
        return 'second try';
      });
      const { id } = await backend.add('backoff', 'fixed', {}, { attempts: 2, backoff: { type: 'fixed', delayMs: 400 } });

      const delayed = await waitForStatus(backend, 'backoff', id, ['delayed', ...FINISHED]);
      expect(delayed).toMatchObject({ status: 'delayed', attemptsMade: 1, failedReason: 'first try fails' });
      expect(await backend.counts('backoff')).toEqual({ waiting: 0, delayed: 1, active: 0, completed: 0, failed: 0 });

      const job = await waitForStatus(backend, 'backoff', id, FINISHED);
      expect(job).toMatchObject({ status: 'completed', attemptsMade: 2, result: 'second try' });
      expect(startedAt[1]! - failedAt[0]!).toBeGreaterThanOrEqual(400);
    });

    it('fails an attempt that exceeds timeoutMs with a timeout reason, and aborts its signal', async () => {
      let signal: AbortSignal | undefined;
      backend.process('timeouts', async (job) => {
        signal = job.signal;
        // Honours the signal, as processors must; returning afterwards does not rescue the attempt.
        await new Promise((resolve) => job.signal.addEventListener('abort', resolve, { once: true }));
        return 'too late';
      });
      const { id } = await backend.add('timeouts', 'hangs', {}, { timeoutMs: 100 });

      const job = await waitForStatus(backend, 'timeouts', id, FINISHED);
      expect(job).toMatchObject({ status: 'failed', attemptsMade: 1 });
      expect(job.failedReason).toMatch(/timed out after 100 ms/);
      expect(job.result).toBeUndefined();
      expect(signal?.aborted).toBe(true);
      expect(String((signal?.reason as Error | undefined)?.message)).toMatch(/timed out after 100 ms/);
    });

    it('counts a timed-out attempt as an attempt and retries it', async () => {
      backend.process('timeouts', async (job) => {
        if (job.attempt === 1) await new Promise((resolve) => job.signal.addEventListener('abort', resolve));
        return `done on try ${job.attempt}`;
      });
      const { id } = await backend.add('timeouts', 'slow-then-fast', {}, { attempts: 2, timeoutMs: 100 });

      const job = await waitForStatus(backend, 'timeouts', id, FINISHED);
      expect(job).toMatchObject({ status: 'completed', attemptsMade: 2, result: 'done on try 2' });
    });

    it('reports counts per status: waiting before a worker runs, then completed and failed', async () => {
      const zero = { waiting: 0, delayed: 0, active: 0, completed: 0, failed: 0 };
      expect(await backend.counts('counted')).toEqual(zero);
      const ids = [
        (await backend.add('counted', 'ok', { fail: false })).id,
        (await backend.add('counted', 'ok', { fail: false })).id,
        (await backend.add('counted', 'bad', { fail: true })).id,
      ];
      expect(await backend.counts('counted')).toEqual({ ...zero, waiting: 3 });

      backend.process<{ fail: boolean }, void>('counted', async (job) => {
        if (job.data.fail) throw new Error('bad job');
      });
      for (const id of ids) await waitForStatus(backend, 'counted', id, FINISHED);
      expect(await backend.counts('counted')).toEqual({ ...zero, completed: 2, failed: 1 });
      expect(await backend.counts('other')).toEqual(zero);
    });

    it('adds a job once per jobId, even after it finished', async () => {
      const first = await backend.add('idem', 'render', { version: 1 }, { jobId: 'render-abc' });
      const second = await backend.add('idem', 'render', { version: 2 }, { jobId: 'render-abc' });
      expect(first.id).toBe('render-abc');
      expect(second.id).toBe('render-abc');
      expect(await backend.counts('idem')).toMatchObject({ waiting: 1 });

      const runs: unknown[] = [];
      backend.process('idem', async (job) => {
        runs.push(job.data);
      });
      const job = await waitForStatus(backend, 'idem', 'render-abc', FINISHED);
      expect(job).toMatchObject({ status: 'completed', data: { version: 1 } });

      expect((await backend.add('idem', 'render', { version: 3 }, { jobId: 'render-abc' })).id).toBe('render-abc');
      await sleep(100);
      expect(runs).toEqual([{ version: 1 }]);
      expect(await backend.counts('idem')).toEqual({ waiting: 0, delayed: 0, active: 0, completed: 1, failed: 0 });
    });

    it('returns undefined for an unknown job id', async () => {
      await backend.add('known', 'x', {});
      expect(await backend.getJob('known', 'no-such-job')).toBeUndefined();
      expect(await backend.getJob('never-used', 'no-such-job')).toBeUndefined();
    });

    it('runs jobs that were added before any processor was registered', async () => {
      const { id } = await backend.add('early', 'queued-first', { hello: 'world' });
      await sleep(50);
      expect((await backend.getJob('early', id))?.status).toBe('waiting');

      backend.process<{ hello: string }, string>('early', async (job) => job.data.hello.toUpperCase());
      expect(await waitForStatus(backend, 'early', id, FINISHED)).toMatchObject({ status: 'completed', result: 'WORLD' });
    });

    it('closing a worker waits for its active job, and it then takes no new jobs', async () => {
      const started = deferred();
      let finished = false;
      const handle = backend.process('closing', async (job) => {
        started.resolve();
        await sleep(300);
        finished = true;
        return job.signal.aborted ? 'aborted' : 'finished calmly';
      });
      const { id } = await backend.add('closing', 'slow', {});
      await started.promise;

      await handle.close();
      expect(finished).toBe(true);
      expect(await backend.getJob('closing', id)).toMatchObject({ status: 'completed', result: 'finished calmly' });

      const later = await backend.add('closing', 'after-close', {});
      await sleep(100);
      expect((await backend.getJob('closing', later.id))?.status).toBe('waiting');
    });

    it('close() waits for an active job to finish without aborting it, then refuses new work', async () => {
      const started = deferred();
      let outcome = 'not finished';
      backend.process('closing', async (job) => {
        started.resolve();
        await sleep(300);
        outcome = job.signal.aborted ? 'aborted' : 'finished calmly';
      });
      await backend.add('closing', 'slow', {});
      await started.promise;

      await backend.close();
      expect(outcome).toBe('finished calmly');
      await expect(backend.add('closing', 'too-late', {})).rejects.toThrow(/closed/);
      expect(() => backend.process('closing', async () => undefined)).toThrow(/closed/);
      await expect(backend.close()).resolves.toBeUndefined();
    });

    it('rejects options BullMQ would reject, on every adapter', async () => {
      await expect(backend.add('checks', 'x', {}, { jobId: '42' })).rejects.toThrow(/integer/);
      await expect(backend.add('checks', 'x', {}, { jobId: 'a:b' })).rejects.toThrow(/":"/);
      await expect(backend.add('checks', 'x', {}, { attempts: 0 })).rejects.toThrow(/attempts/);
      await expect(backend.add('checks', 'x', {}, { timeoutMs: 0 })).rejects.toThrow(/timeoutMs/);
      await expect(backend.add('bad:queue', 'x', {})).rejects.toThrow(/queue name/);
      expect(() => backend.process('checks', async () => undefined, { concurrency: 0 })).toThrow(/concurrency/);
      expect(await backend.counts('checks')).toEqual({ waiting: 0, delayed: 0, active: 0, completed: 0, failed: 0 });
    });

    it('answers ping', async () => {
      await expect(backend.ping()).resolves.toBeUndefined();
    });

    it('reports its open connections as a plain number, and none once closed', async () => {
      backend.process('connections', async () => undefined);
      await backend.ping();
      const open = backend.connections();
      expect(Number.isInteger(open) && open >= 0).toBe(true);
      await backend.close();
      expect(backend.connections()).toBe(0);
    });
  });
}

import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { Backoffs } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { deleteKeysWithPrefix } from '../testing/delete-keys-with-prefix.js';
import { createBullmqBackend } from './bullmq-queue.js';
import { queueContract } from './queue.contract.js';
import type { QueueBackend } from './queue.js';
import { backoffDelay } from './run-attempt.js';
import { FINISHED, waitForStatus } from './wait-for-status.js';

const url = process.env.TEST_REDIS_URL;
const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const fixture = fileURLToPath(new URL('./stalling-worker.fixture.ts', import.meta.url));

// Every key of this run lives under runPrefix; each backend gets its own sub-prefix.
const runPrefix = `anclora:test:queue:${randomUUID()}`;
const uniquePrefix = (): string => `${runPrefix}:${randomUUID().slice(0, 8)}`;

describe('bullmq backend without Redis', () => {
  it("uses BullMQ's built-in backoff formulas, which must equal backoffDelay()", () => {
    for (const type of ['fixed', 'exponential'] as const) {
      for (const attemptsMade of [1, 2, 3, 4, 5]) {
        const bull = Backoffs.calculate({ type, delay: 150 }, attemptsMade, new Error('x'), {} as never);
        expect(bull, `${type} after ${attemptsMade}`).toBe(backoffDelay({ type, delayMs: 150 }, attemptsMade));
      }
    }
  });

  it('ping rejects within pingTimeoutMs when Redis is unreachable, and errors go to onError', async () => {
    const errors: Error[] = [];
    const backend = createBullmqBackend({
      connection: { host: '127.0.0.1', port: 1 },
      pingTimeoutMs: 200,
      onError: (error) => errors.push(error),
    });
    const started = Date.now();
    await expect(backend.ping()).rejects.toThrow(/did not answer PING within 200 ms/);
    expect(Date.now() - started).toBeLessThan(1500);
    // The client exists but is not connected: it is not counted.
    expect(backend.connections()).toBe(0);
    await backend.close();
    expect(errors.some((error) => /ECONNREFUSED/.test(error.message))).toBe(true);
  });
});

describe.skipIf(!url)('bullmq backend [redis]', () => {
  let redis: Redis;

  beforeAll(() => {
    redis = new Redis(url!);
  });

  afterAll(async () => {
    await deleteKeysWithPrefix(redis, `${runPrefix}:`);
    expect(await redis.scan('0', 'MATCH', `${runPrefix}:*`, 'COUNT', 1000).then(([, keys]) => keys)).toEqual([]);
    await redis.quit();
  });

  queueContract('contract [redis]', async () => {
    const prefix = uniquePrefix();
    return { backend: createBullmqBackend({ connection: url!, prefix }), cleanup: () => deleteKeysWithPrefix(redis, `${prefix}:`) };
  });

  describe('durability [redis]', () => {
    const open: QueueBackend[] = [];
    let child: ChildProcess | undefined;
    const track = (backend: QueueBackend): QueueBackend => (open.push(backend), backend);

    afterEach(async () => {
      child?.kill('SIGKILL');
      child = undefined;
      await Promise.all(open.splice(0).map((backend) => backend.close()));
    });

    it('runs a job added while no worker ran, in a brand-new backend, timeout included', async () => {
      const prefix = uniquePrefix();
      const api = createBullmqBackend({ connection: url!, prefix });
      const greeting = await api.add('durable', 'greet', { name: 'Ada' });
      const hanging = await api.add('durable', 'hang', { name: 'Bob' }, { timeoutMs: 150 });
      expect(await api.counts('durable')).toMatchObject({ waiting: 2, active: 0 });
      await api.close();

      const worker = track(createBullmqBackend({ connection: url!, prefix }));
      worker.process<{ name: string }, string>('durable', async (job) => {
        if (job.name === 'hang') await new Promise((resolve) => job.signal.addEventListener('abort', resolve));
        return `hello ${job.data.name}`;
      });
      expect(await waitForStatus(worker, 'durable', greeting.id, FINISHED)).toMatchObject({
        status: 'completed',
        result: 'hello Ada',
        attemptsMade: 1,
      });
      // The timeout was stored with the job by the first backend and enforced by the second.
      const timedOut = await waitForStatus(worker, 'durable', hanging.id, FINISHED);
      expect(timedOut.status).toBe('failed');
      expect(timedOut.failedReason).toMatch(/timed out after 150 ms/);
    });

    it('takes over a job whose worker process was SIGKILLed mid-job', { timeout: 20_000 }, async () => {
      const testStarted = Date.now();
      const prefix = uniquePrefix();
      const producer = track(createBullmqBackend({ connection: url!, prefix }));
      const { id } = await producer.add('durable', 'crash-me', { n: 7 });

      child = spawn(process.execPath, ['--import', 'tsx', fixture], {
        cwd: repoRoot,
        env: { ...process.env, REDIS_URL: url, QUEUE_PREFIX: prefix, QUEUE_NAME: 'durable' },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      await new Promise<void>((resolve, reject) => {
        let output = '';
        child!.stdout!.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes(`started ${id}\n`)) resolve();
        });
        child!.once('exit', (code) => reject(new Error(`worker exited early with ${code}: ${output}`)));
      });
      expect((await producer.getJob('durable', id))?.status).toBe('active');

      const victim = child;
      victim.kill('SIGKILL');
      await once(victim, 'exit');
      expect(victim.signalCode).toBe('SIGKILL');
      const killedAt = Date.now();

      const rescuer = track(createBullmqBackend({ connection: url!, prefix, stalledIntervalMs: 500 }));
      rescuer.process<{ n: number }, string>('durable', async (job) => `recovered ${job.data.n} on try ${job.attempt}`);
      const job = await waitForStatus(rescuer, 'durable', id, FINISHED, 10_000);
      // A stall is not a failed attempt: the job completes on its first counted attempt.
      expect(job).toMatchObject({ status: 'completed', result: 'recovered 7 on try 1', attemptsMade: 1 });
      console.log(
        `[redis] SIGKILL test: stalled job recovered ${Date.now() - killedAt} ms after the kill; ` +
          `test took ${Date.now() - testStarted} ms`,
      );
    });
  });

  it("counts its own client and, per worker, the worker's connection and BullMQ's blocking duplicate", async () => {
    const prefix = uniquePrefix();
    const backend = createBullmqBackend({ connection: url!, prefix });
    // BullMQ names each blocking duplicate "<prefix>:<queue in base64>" (CLIENT SETNAME).
    const blockingInRedis = async (): Promise<number> => {
      const list = String(await redis.call('CLIENT', 'LIST'));
      return list.split('\n').filter((line) => line.includes(` name=${prefix}:`)).length;
    };
    try {
      await backend.ping();
      expect(backend.connections()).toBe(1);

      const first = backend.process('renders', async () => undefined);
      backend.process('maintenance', async () => undefined);
      await expect.poll(() => backend.connections()).toBe(5);
      expect(await blockingInRedis()).toBe(2);

      await first.close();
      expect(backend.connections()).toBe(3);
      await expect.poll(blockingInRedis).toBe(1);
    } finally {
      await backend.close();
    }
    expect(backend.connections()).toBe(0);
    await expect.poll(blockingInRedis).toBe(0);
  });

  it('keeps only the newest retainCompleted/retainFailed finished jobs readable', async () => {
    const prefix = uniquePrefix();
    const backend = createBullmqBackend({ connection: url!, prefix, retainCompleted: 2, retainFailed: 1 });
    try {
      backend.process<{ fail: boolean }, void>('kept', async (job) => {
        if (job.data.fail) throw new Error('fails');
      });
      const ids: string[] = [];
      for (const fail of [false, false, false, true, true]) ids.push((await backend.add('kept', 'job', { fail })).id);
      await expect.poll(() => backend.counts('kept')).toMatchObject({ completed: 2, failed: 1, waiting: 0, active: 0 });

      const statuses = await Promise.all(ids.map(async (id) => (await backend.getJob('kept', id))?.status));
      expect(statuses).toEqual([undefined, 'completed', 'completed', undefined, 'failed']);
    } finally {
      await backend.close();
    }
  });
});

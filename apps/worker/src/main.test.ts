import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempDatabase, openDatabase, runMigrations, schema, type Database, type TempDatabase } from '@anclora/db';
import { createBullmqBackend, type QueueBackend } from '@anclora/infra';
import { QUEUES } from '@anclora/shared';
import { Redis } from 'ioredis';

const root = path.resolve(import.meta.dirname, '../../..');
const databaseUrl = process.env.TEST_DATABASE_URL;
const redisUrl = process.env.TEST_REDIS_URL;

async function until<T>(probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.skipIf(!databaseUrl || !redisUrl)('the worker process (npm run worker) [postgres] [redis]', () => {
  const prefix = `anclora-test-worker-${randomBytes(4).toString('hex')}`;
  let temp: TempDatabase;
  let database: Database;
  let queue: QueueBackend;

  beforeAll(async () => {
    temp = await createTempDatabase(databaseUrl!, 'worker');
    database = await openDatabase({ kind: 'postgres', url: temp.url, pool: { min: 0, max: 2 }, ssl: 'off', connectionTimeoutMs: 5000 });
    await runMigrations(database, { connection: { url: temp.url, ssl: 'off' } });
    queue = createBullmqBackend({ connection: redisUrl!, prefix });
  });
  afterAll(async () => {
    await queue?.close();
    await database?.close();
    await temp?.drop();
    const redis = new Redis(redisUrl!);
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  });

  it('processes jobs the API enqueues, runs the scheduled cleanup, and stops gracefully on SIGTERM [postgres]', async () => {
    // A user with one long-expired session the cleanup job must delete.
    const [user] = await database.db.insert(schema.users).values({ email: 'w@example.com', passwordHash: 'h' }).returning();
    await database.db.insert(schema.sessions).values({
      ownerId: user!.id,
      refreshTokenHash: 'expired',
      familyId: '00000000-0000-4000-8000-000000000002',
      expiresAt: new Date(Date.now() - 30 * 24 * 3600 * 1000),
    });

    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'apps/worker/src/main.ts')], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', DATABASE_URL: temp.url, REDIS_URL: redisUrl!, QUEUE_PREFIX: prefix, LOG_LEVEL: 'info', WORKER_METRICS_PORT: '0', HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      // The worker's own scheduler enqueues the hourly cleanup at start.
      const period = Math.floor(Date.now() / 3_600_000);
      const scheduled = await until(async () => {
        const job = await queue.getJob(QUEUES.maintenance, `sessions.cleanup-${period}`);
        return job?.status === 'completed' ? job : undefined;
      }, 20_000);
      expect(scheduled.result).toEqual({ deleted: 1 });
      expect(await database.db.select().from(schema.sessions)).toHaveLength(0);

      // A job added from outside (as the API does) is processed too.
      const { id } = await queue.add(QUEUES.maintenance, 'sessions.cleanup', { olderThanDays: 0 });
      const done = await until(async () => {
        const job = await queue.getJob(QUEUES.maintenance, id);
        return job?.status === 'completed' ? job : undefined;
      }, 10_000);
      expect(done.result).toEqual({ deleted: 0 });

      // Its /metrics listener (WORKER_METRICS_PORT=0: a free port, logged) reports what it did.
      const url = /"url":"(http:[^"]+\/metrics)"/.exec(output)?.[1];
      expect(url, output).toBeDefined();
      const metrics = await (await fetch(url!)).text();
      expect(metrics).toMatch(/queue_job_duration_seconds_count\{queue="maintenance",status="completed"\} [2-9]/);
      expect(metrics).toMatch(/^database_connections_active [1-9]/m);
      expect(metrics).toMatch(/^redis_connections_active [1-9]/m);
      expect(metrics).toContain('app_backend_info{database="postgres",cache="redis",queue="bullmq",storage="local"} 1');
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited, output).toBe(0);
    expect(output).toContain('worker stopping');
  });

  it('refuses to start without DATABASE_URL, since the embedded database belongs to the API [redis]', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'apps/worker/src/main.ts')], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', REDIS_URL: redisUrl! },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(78);
    expect(output).toContain('needs REDIS_URL and DATABASE_URL');
  });
});

import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTempDatabase, schema, type Database, type OpenTempDatabase } from '@anclora/db';
import type { QueueBackend } from '@anclora/infra';
import { createTempQueue, type TempQueue } from '@anclora/infra/testing';
import { fakeDsn, sentryEvents, startFakeEndpoint, waitFor } from '@anclora/observability/testing';
import { QUEUES } from '@anclora/shared';

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
  let temp: OpenTempDatabase;
  let tempQueue: TempQueue;
  let database: Database;
  let queue: QueueBackend;

  beforeAll(async () => {
    temp = await openTempDatabase(databaseUrl!, 'worker');
    tempQueue = createTempQueue(redisUrl!, 'worker');
    database = temp.database;
    queue = tempQueue.queue;
  });
  afterAll(async () => {
    await tempQueue?.drop();
    await temp?.drop();
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
      env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', DATABASE_URL: temp.url, REDIS_URL: redisUrl!, QUEUE_PREFIX: tempQueue.prefix, LOG_LEVEL: 'info', WORKER_METRICS_PORT: '0', HOST: '127.0.0.1' },
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

  it('reports a job failure that is its fault and an uncaught crash to Sentry, in a profile that wants it [postgres]', async () => {
    const sentry = await startFakeEndpoint();
    const child = spawn(process.execPath, ['--import', 'tsx', '--import', path.join(root, 'apps/worker/src/crash-on-stdin.fixture.ts'), path.join(root, 'apps/worker/src/main.ts')], {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        // Staging reports to Sentry; everything it requires points at loopback and is never used by these jobs.
        NODE_ENV: 'staging',
        DATABASE_URL: temp.url,
        DATABASE_SSL: 'off',
        REDIS_URL: redisUrl!,
        QUEUE_PREFIX: tempQueue.prefix,
        JWT_SECRET: randomBytes(32).toString('hex'),
        S3_BUCKET: 'unused',
        S3_ENDPOINT: 'http://127.0.0.1:9',
        TRUST_PROXY: 'false',
        PREVIEW_ORIGIN: 'http://127.0.0.1:9',
        SENTRY_DSN: fakeDsn(sentry, 5),
        SENTRY_RELEASE: 'worker-e2e',
        WORKER_METRICS_PORT: '0',
        HOST: '127.0.0.1',
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      await until(async () => (output.includes('"worker started"') ? true : undefined), 20_000);
      expect(output).toContain('"errorReports":true');
      // The hourly cleanup the worker scheduled at start has run, before its table goes away.
      const period = Math.floor(Date.now() / 3_600_000);
      await until(async () => ((await queue.getJob(QUEUES.maintenance, `sessions.cleanup-${period}`))?.status === 'completed' ? true : undefined), 20_000);

      await database.db.execute('ALTER TABLE sessions RENAME TO sessions_away');
      try {
        const { id } = await queue.add(QUEUES.maintenance, 'sessions.cleanup', { olderThanDays: 1 });
        await until(async () => ((await queue.getJob(QUEUES.maintenance, id))?.status === 'failed' ? true : undefined), 10_000);
        await waitFor(() => sentryEvents(sentry).length === 1, 10_000);
        expect(sentryEvents(sentry)[0]).toMatchObject({
          environment: 'staging',
          release: 'worker-e2e',
          tags: { service: 'anclora-worker', queue: 'maintenance', 'job.name': 'sessions.cleanup', 'job.id': id, 'job.attempt': '1' },
        });
      } finally {
        await database.db.execute('ALTER TABLE sessions_away RENAME TO sessions');
      }

      child.stdin.write('crash\n');
      // close-with-grace stops the worker, which sends the report before it exits.
      expect(await exited, output).toBe(1);
      expect(output).toContain('worker stopping after an uncaught error');
      const crash = sentryEvents(sentry).find((e) => JSON.stringify(e.exception).includes('unexpected crash (test)'));
      expect(crash, JSON.stringify(sentryEvents(sentry).map((e) => e.exception))).toMatchObject({ level: 'fatal', release: 'worker-e2e', tags: { service: 'anclora-worker' } });
    } finally {
      child.kill('SIGKILL');
      await sentry.close();
    }
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

import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { componentsRepository, createTempDatabase, generationsRepository, openDatabase, rendersRepository, runMigrations, schema, type Database, type TempDatabase } from '@anclora/db';
import { createBullmqBackend, type QueueBackend } from '@anclora/infra';
import { QUEUES } from '@anclora/shared';
import { Redis } from 'ioredis';
import { reconcileJobs } from './reconcile.js';

const databaseUrl = process.env.TEST_DATABASE_URL;
const redisUrl = process.env.TEST_REDIS_URL;

// The rows and the queue as a crash leaves them: PostgreSQL and BullMQ on Redis, as in production.
describe.skipIf(!databaseUrl || !redisUrl)('reconcileJobs: rows whose job was lost [postgres] [redis]', () => {
  const prefix = `anclora-test-reconcile-${randomBytes(4).toString('hex')}`;
  let temp: TempDatabase;
  let database: Database;
  let queue: QueueBackend;

  beforeAll(async () => {
    temp = await createTempDatabase(databaseUrl!, 'reconcile');
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

  it('fails old queued or running rows that no queue holds, and leaves pending, young and finished ones alone [postgres] [redis]', async () => {
    const db = database.primary;
    const [user] = await db.insert(schema.users).values({ email: 'r@example.com', passwordHash: 'h' }).returning();
    const { component } = await componentsRepository(db).create({ ownerId: user!.id, name: 'Card', description: null, designSystemId: null, designSystemPreset: null, spec: {}, note: 'test' });
    const longAgo = new Date(Date.now() - 20 * 60 * 1000);
    const generations = generationsRepository(db);
    const generation = async (status: 'queued' | 'running' | 'succeeded', old: boolean) => {
      const row = await generations.create({ ownerId: user!.id, prompt: 'p', target: 'html-css', provider: 'offline', model: 'offline', status });
      if (old) await generations.backdate(row.id, longAgo);
      return row.id;
    };
    const renders = rendersRepository(db);
    const render = async (status: 'queued' | 'running' | 'succeeded') =>
      (await renders.create({ componentId: component.id, ownerId: user!.id, version: 1, target: 'html-css', viewports: [375], status, createdAt: longAgo })).id;

    const lostGeneration = await generation('queued', true);
    const lostRunning = await generation('running', true);
    const waitingGeneration = await generation('queued', true);
    await queue.add(QUEUES.generations, 'generations.run', {}, { jobId: waitingGeneration });
    const youngGeneration = await generation('queued', false);
    const doneGeneration = await generation('succeeded', true);
    const lostRender = await render('running');
    const waitingRender = await render('queued');
    await queue.add(QUEUES.renders, 'renders.run', { renderId: waitingRender }, { jobId: waitingRender });
    const doneRender = await render('succeeded');

    expect(await reconcileJobs({ database, queue }, 600)).toEqual({ generations: 2, renders: 1 });

    const statusOf = async (id: string) => (await generations.findById(id))?.status;
    expect(await generations.findById(lostGeneration)).toMatchObject({ status: 'failed', error: { code: 'JOB_LOST' } });
    expect(await statusOf(lostRunning)).toBe('failed');
    expect(await statusOf(waitingGeneration)).toBe('queued');
    expect(await statusOf(youngGeneration)).toBe('queued');
    expect(await statusOf(doneGeneration)).toBe('succeeded');
    expect(await renders.findById(lostRender)).toMatchObject({ status: 'failed', error: { code: 'JOB_LOST' } });
    expect((await renders.findById(waitingRender))?.status).toBe('queued');
    expect((await renders.findById(doneRender))?.status).toBe('succeeded');

    // A second run finds nothing left to close.
    expect(await reconcileJobs({ database, queue }, 600)).toEqual({ generations: 0, renders: 0 });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { componentsRepository, generationsRepository, openTempDatabase, rendersRepository, schema, type Database, type OpenTempDatabase } from '@anclora/db';
import type { QueueBackend } from '@anclora/infra';
import { createTempQueue, type TempQueue } from '@anclora/infra/testing';
import { QUEUES } from '@anclora/shared';
import { reconcileJobs } from './reconcile.js';

const databaseUrl = process.env.TEST_DATABASE_URL;
const redisUrl = process.env.TEST_REDIS_URL;

// The rows and the queue as a crash leaves them: PostgreSQL and BullMQ on Redis, as in production.
describe.skipIf(!databaseUrl || !redisUrl)('reconcileJobs: rows whose job was lost [postgres] [redis]', () => {
  let temp: OpenTempDatabase;
  let tempQueue: TempQueue;
  let database: Database;
  let queue: QueueBackend;

  beforeAll(async () => {
    temp = await openTempDatabase(databaseUrl!, 'reconcile');
    tempQueue = createTempQueue(redisUrl!, 'reconcile');
    database = temp.database;
    queue = tempQueue.queue;
  });
  afterAll(async () => {
    await tempQueue?.drop();
    await temp?.drop();
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

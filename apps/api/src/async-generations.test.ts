import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '@anclora/config';
import { generationsRepository } from '@anclora/db';
import { QUEUES, type JobPayloads } from '@anclora/shared';
import { consumeGenerations } from './plugins/services.js';
import { createTestApp, realServices, TEST_JWT_SECRET, type TestApp } from './testing/test-app.js';
import { signUp } from './testing/accounts.js';
import { startServer, type StartedServer } from './start-server.js';

type Status = { status: string; componentId: string | null; result?: { code: { target: string }; fromCache: boolean } };

async function waitForStatus(read: () => Promise<Status>, until: (s: Status) => boolean, timeoutMs = 15_000): Promise<Status> {
  const deadline = Date.now() + timeoutMs;
  let state = await read();
  while (!until(state) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    state = await read();
  }
  return state;
}

// Async generations on the production queue: BullMQ on the real Redis, the
// generation log in a real PostgreSQL database. The API that accepts a job
// need not be the one that runs it.
describe.skipIf(!realServices.available)('async generations on BullMQ [redis] [postgres]', () => {
  let accepting: TestApp | undefined;
  let server: StartedServer | undefined;
  afterEach(async () => {
    await server?.stop();
    await accepting?.close();
    server = undefined;
    accepting = undefined;
  });

  it('keeps an accepted job in Redis until an API server subscribes, which then runs it and shows the result [redis] [postgres]', async () => {
    // An instance that accepts but does not consume (buildApp alone never subscribes to a shared queue).
    accepting = await createTestApp({ backend: 'real' });
    expect(accepting.infra.queue.kind).toBe('bullmq');
    const owner = await signUp(accepting.app, 'bullmq-owner');
    const res = await accepting.app.inject({
      method: 'POST',
      url: '/api/generations',
      headers: { authorization: owner.authorization },
      payload: { prompt: 'tarjeta de perfil con avatar', target: 'svelte-css', async: true },
    });
    expect(res.statusCode).toBe(202);
    const { id } = res.json<{ id: string }>();
    const read = async () =>
      (await accepting!.app.inject({ method: 'GET', url: `/api/generations/${id}`, headers: { authorization: owner.authorization } })).json<Status>();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await read()).status).toBe('queued');

    // A real server on the same database, Redis and queue prefix: it subscribes once listening.
    server = await startServer(
      loadConfig(
        {
          NODE_ENV: 'test',
          PORT: '0',
          HOST: '127.0.0.1',
          LOG_LEVEL: 'warn',
          JWT_SECRET: TEST_JWT_SECRET,
          DATABASE_URL: accepting.config.database.url!,
          REDIS_URL: realServices.redisUrl!,
          QUEUE_PREFIX: accepting.config.redis.queuePrefix,
          DATA_DIR: accepting.config.dataDir,
          // This server counts requests in Redis's shared default namespace, where suites running in
          // parallel from 127.0.0.1 also count: a limit they cannot reach keeps this test about the queue.
          RATE_LIMIT_MAX: '1000000',
        },
        { version: '0.0.0-test' },
      ),
    );
    const done = await waitForStatus(read, (s) => s.status === 'succeeded' || s.status === 'failed');
    expect(done.status).toBe('succeeded');
    expect(done.result?.code.target).toBe('svelte-css');
    expect(done.componentId).toMatch(/^[0-9a-f-]{36}$/);

    // The component is the owner's, visible through the server that ran it.
    const component = await fetch(`${server.url}/api/components/${done.componentId}`, { headers: { authorization: owner.authorization } });
    expect(component.status).toBe(200);
  });

  it('records a job that fails in the worker as failed, with its code, and never as a success [redis] [postgres]', async () => {
    accepting = await createTestApp({ backend: 'real' });
    const owner = await signUp(accepting.app, 'bullmq-revoked');
    const res = await accepting.app.inject({
      method: 'POST',
      url: '/api/generations',
      headers: { authorization: owner.authorization },
      payload: { prompt: 'alert banner', target: 'html-css', async: true },
    });
    const { id } = res.json<{ id: string }>();
    // The owner signs out before any consumer runs the job: it must not run on a revoked session.
    const logout = await accepting.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { authorization: owner.authorization } });
    expect(logout.statusCode).toBeLessThan(300);
    const consumer = consumeGenerations(accepting.app, 1);
    try {
      const rows = generationsRepository(accepting.infra.database.primary);
      const deadline = Date.now() + 15_000;
      let row = await rows.findById(id);
      while (row?.status === 'queued' && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        row = await rows.findById(id);
      }
      expect(row).toMatchObject({ status: 'failed', error: { code: 'SESSION_REVOKED' } });
    } finally {
      await consumer.close();
    }
  });

  it('saves a job delivered more than once a single time, even when two deliveries overlap [redis] [postgres]', async () => {
    accepting = await createTestApp({ backend: 'real' });
    const owner = await signUp(accepting.app, 'bullmq-twice');
    const res = await accepting.app.inject({
      method: 'POST',
      url: '/api/generations',
      headers: { authorization: owner.authorization },
      // A prompt of its own: Redis outlives runs, and a cached answer is not charged.
      payload: { prompt: `pricing table with 3 plans ${crypto.randomUUID()}`, target: 'react-tailwind', async: true },
    });
    expect(res.statusCode).toBe(202);
    const { id } = res.json<{ id: string }>();
    const job = await accepting.infra.queue.getJob<JobPayloads['generations.run']>(QUEUES.generations, id);
    expect(job?.data.generationId).toBe(id);
    // BullMQ delivers at least once: a worker taken for dead while still running, and a third
    // delivery after a crash that came after the commit.
    const service = accepting.app.services.generations;
    await Promise.all([service.runQueued(job!.data), service.runQueued(job!.data)]);
    await service.runQueued(job!.data);

    const row = await generationsRepository(accepting.infra.database.primary).findById(id);
    expect(row).toMatchObject({ status: 'succeeded', componentId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    const list = await accepting.app.inject({ method: 'GET', url: '/api/components', headers: { authorization: owner.authorization } });
    const components = list.json<{ items: Array<{ id: string }> }>().items;
    expect(components.map((c) => c.id)).toEqual([row!.componentId]);
    const credits = await accepting.app.inject({ method: 'GET', url: '/api/generations/credits', headers: { authorization: owner.authorization } });
    expect(credits.json<{ used: number }>().used).toBe(1);
  });

  it('lets a job closed as lost that runs after all succeed, without the old error [redis] [postgres]', async () => {
    accepting = await createTestApp({ backend: 'real' });
    const owner = await signUp(accepting.app, 'bullmq-late');
    const res = await accepting.app.inject({
      method: 'POST',
      url: '/api/generations',
      headers: { authorization: owner.authorization },
      payload: { prompt: `alert banner ${crypto.randomUUID()}`, target: 'html-css', async: true },
    });
    const { id } = res.json<{ id: string }>();
    const rows = generationsRepository(accepting.infra.database.primary);
    expect(await rows.failUnfinished(id, { code: 'JOB_LOST', message: 'lost' })).toBe(true);
    const job = await accepting.infra.queue.getJob<JobPayloads['generations.run']>(QUEUES.generations, id);
    await accepting.app.services.generations.runQueued(job!.data);
    expect(await rows.findById(id)).toMatchObject({ status: 'succeeded', error: null });
  });
});

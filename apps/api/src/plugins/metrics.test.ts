import Fastify from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase, runMigrations, schema, usersRepository, type Database } from '@anclora/db';
import type { Infra } from '@anclora/infra';
import { QUEUES } from '@anclora/shared';
import { signUp } from '../testing/accounts.js';
import { backends, createTestApp, type TestApp } from '../testing/test-app.js';
import { countActiveUsers } from '../observability/active-users.js';
import { createMetrics, metricsPlugin } from './metrics.js';

/** The metric names of the seed's monitoring/metrics.js, plus the one its alerts use. */
const SEED_METRICS = [
  'http_request_duration_seconds',
  'http_requests_total',
  'ai_generation_duration_seconds',
  'ai_generation_total',
  'active_users_total',
  'database_connections_active',
  'redis_connections_active',
  'components_generated_per_minute',
];

async function scrape(t: TestApp): Promise<string> {
  const res = await t.app.inject({ method: 'GET', url: '/metrics' });
  expect(res.statusCode).toBe(200);
  return res.body;
}

/** The value of one sample line, e.g. sample(text, 'active_users_total{plan="free"}'). */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe.each(backends())('/metrics fed from real values ($tag)', ({ backend }) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ backend });
  });
  afterAll(async () => t?.close());

  it('exposes every seed metric name, with samples once the app has served a generation', async () => {
    await t.app.inject({ method: 'POST', url: '/api/generations', payload: { prompt: 'pricing card', target: 'vue-tailwind' } });
    const text = await scrape(t);
    for (const name of SEED_METRICS) {
      expect(text, name).toContain(`# TYPE ${name} `);
      expect(text, name).toMatch(new RegExp(`^${name}(_bucket|_sum|_count)?(\\{[^}]*\\})? \\d`, 'm'));
    }
  });

  it('a signed-in user makes active_users_total{plan="free"} 1; the other plans report 0', async () => {
    // A fresh app: its first scrape runs the query (values are kept ~10 s between queries).
    const fresh = await createTestApp({ backend });
    try {
      await signUp(fresh.app, 'metrics-active');
      const text = await scrape(fresh);
      expect(sample(text, 'active_users_total{plan="free"}')).toBe(1);
      expect(sample(text, 'active_users_total{plan="pro"}')).toBe(0);
      expect(sample(text, 'active_users_total{plan="enterprise"}')).toBe(0);
    } finally {
      await fresh.close();
    }
  });

  it('reports the real database pool and Redis connections of this backend', async () => {
    await t.infra.queue.ping();
    const text = await scrape(t);
    const connections = sample(text, 'database_connections_active')!;
    if (backend === 'embedded') {
      expect(connections).toBe(1); // PGlite: one in-process connection
      expect(sample(text, 'redis_connections_active')).toBe(0);
      expect(text).toContain('app_backend_info{database="pglite",cache="memory",queue="memory",storage="local"} 1');
    } else {
      expect(connections).toBeGreaterThan(0);
      expect(connections).toBe(t.infra.database.poolStats().total);
      // The cache client, the rate limiter's fail-fast client and the queue backend's own client.
      expect(sample(text, 'redis_connections_active')).toBe(3);
      expect(text).toContain('app_backend_info{database="postgres",cache="redis",queue="bullmq",storage="local"} 1');
      // A BullMQ worker adds its connection and the blocking duplicate BullMQ makes of it.
      const worker = t.infra.queue.process('metrics-connections', async () => undefined);
      try {
        await vi.waitFor(async () => expect(sample(await scrape(t), 'redis_connections_active')).toBe(5));
      } finally {
        await worker.close();
      }
      expect(sample(await scrape(t), 'redis_connections_active')).toBe(3);
    }
  });

  it('reads queue depth per queue and state from the queue backend', async () => {
    // Nobody consumes the maintenance queue in a test app: the job stays waiting.
    const before = sample(await scrape(t), 'queue_depth{queue="maintenance",state="waiting"}') ?? 0;
    await t.infra.queue.add(QUEUES.maintenance, 'sessions.cleanup', {});
    const text = await scrape(t);
    expect(sample(text, 'queue_depth{queue="maintenance",state="waiting"}')).toBe(before + 1);
    for (const queue of Object.values(QUEUES)) {
      for (const state of ['waiting', 'active', 'delayed']) expect(sample(text, `queue_depth{queue="${queue}",state="${state}"}`), `${queue} ${state}`).toBeGreaterThanOrEqual(0);
    }
  });

  it('derives the cache hit ratio from the cache adapter', async () => {
    await t.infra.cache.set('metrics-test:k', 1);
    await t.infra.cache.get('metrics-test:k');
    await t.infra.cache.get('metrics-test:absent');
    const { hits, misses } = t.infra.cache.stats();
    const text = await scrape(t);
    expect(sample(text, 'cache_lookups_total{result="hit"}')).toBe(hits);
    expect(sample(text, 'cache_lookups_total{result="miss"}')).toBe(misses);
    expect(sample(text, 'cache_hit_ratio')).toBeCloseTo(hits / (hits + misses), 6);
  });
});

describe('countActiveUsers', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openDatabase({ kind: 'pglite', dataDir: undefined });
    await runMigrations(database);
  });
  afterAll(async () => database.close());

  it('counts distinct users per plan with a live session seen in the last 15 minutes', async () => {
    const now = new Date();
    const ago = (min: number) => new Date(now.getTime() - min * 60_000);
    const later = new Date(now.getTime() + 24 * 3600_000);
    const user = async (email: string, plan: 'free' | 'pro' | 'enterprise') => {
      const [row] = await database.db.insert(schema.users).values({ email, passwordHash: 'h', plan }).returning();
      return row!.id;
    };
    let n = 0;
    const session = (ownerId: string, s: { at: Date; expiresAt?: Date; revokedAt?: Date }) =>
      database.db.insert(schema.sessions).values({
        ownerId,
        refreshTokenHash: `hash-${(n += 1)}`,
        familyId: crypto.randomUUID(),
        expiresAt: s.expiresAt ?? later,
        revokedAt: s.revokedAt ?? null,
        createdAt: s.at,
        updatedAt: s.at,
      });

    const twoTabs = await user('two-sessions@example.com', 'pro');
    await session(twoTabs, { at: ago(1) });
    await session(twoTabs, { at: ago(5) }); // the same user twice counts once
    await session(await user('idle@example.com', 'pro'), { at: ago(30) }); // outside the window
    await session(await user('out@example.com', 'free'), { at: ago(2), revokedAt: ago(1) }); // logged out
    await session(await user('expired@example.com', 'free'), { at: ago(2), expiresAt: ago(1) });
    await session(await user('ent@example.com', 'enterprise'), { at: ago(14) });
    await user('never@example.com', 'free'); // no session at all

    expect(await countActiveUsers(database.db, now)).toEqual({ free: 0, pro: 1, enterprise: 1 });

    // A plan change moves the user's series.
    await usersRepository(database.db).setPlan(twoTabs, 'free');
    expect(await countActiveUsers(database.db, now)).toEqual({ free: 1, pro: 0, enterprise: 1 });
  });
});

describe('components_generated_per_minute', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is a sliding one-minute window of successful generations, not a counter rate', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-01-01T00:00:00Z'));
    const metrics = createMetrics();
    const value = async () => (await metrics.registry.getSingleMetric('components_generated_per_minute')!.get()).values[0]?.value;

    expect(await value()).toBe(0);
    metrics.ai.recordGeneration({ model: 'm', framework: 'html-css', status: 'success', seconds: 1 });
    metrics.ai.recordGeneration({ model: 'm', framework: 'html-css', status: 'error', seconds: 1 }); // failures do not count
    vi.setSystemTime(new Date('2025-01-01T00:00:40Z'));
    metrics.ai.recordGeneration({ model: 'm', framework: 'react-tailwind', status: 'success', seconds: 1 });
    expect(await value()).toBe(2);
    vi.setSystemTime(new Date('2025-01-01T00:01:00.001Z')); // the first one left the window
    expect(await value()).toBe(1);
    vi.setSystemTime(new Date('2025-01-01T00:01:41Z'));
    expect(await value()).toBe(0);
  });
});

describe('a slow dependency never hangs /metrics', () => {
  it('answers within the collect deadline, keeps the other series and counts the failure', async () => {
    const never = () => new Promise<never>(() => {});
    // A database whose queries never return and a queue whose counts never come back.
    const stuckDb = { select: () => ({ from: () => ({ innerJoin: () => ({ where: () => ({ groupBy: never }) }) }) }) };
    const infra = {
      database: { kind: 'postgres', db: stuckDb, poolStats: () => ({ total: 7, idle: 2, waiting: 3 }) },
      cache: { kind: 'memory', stats: () => ({ hits: 0, misses: 0 }) },
      queue: { kind: 'bullmq', counts: never, connections: () => 0 },
      storage: { kind: 'local' },
      redis: undefined,
      redisFailFast: undefined,
    } as unknown as Infra;
    const app = Fastify();
    await app.register(metricsPlugin, { collectTimeoutMs: 150 });
    app.decorate('infra', infra);
    await app.ready();
    try {
      const started = performance.now();
      const res = await app.inject({ method: 'GET', url: '/metrics' });
      const elapsed = performance.now() - started;
      expect(res.statusCode).toBe(200);
      expect(elapsed).toBeLessThan(1500);
      expect(sample(res.body, 'database_connections_active')).toBe(7);
      expect(sample(res.body, 'database_connections_waiting')).toBe(3);
      // prom-client reads every metric at once, so a failure shows from the next scrape.
      const next = (await app.inject({ method: 'GET', url: '/metrics' })).body;
      expect(sample(next, 'metrics_collector_failures_total{collector="active_users_total"}')).toBe(1);
      expect(sample(next, 'metrics_collector_failures_total{collector="queue_depth:generations"}')).toBe(1);
    } finally {
      await app.close();
    }
  });
});

import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase, type Database } from '@anclora/db';
import { createMemoryCache, createMemoryQueueBackend, type Infra, type QueueBackend } from '@anclora/infra';
import { createTempQueue } from '@anclora/infra/testing';
import { createCollectGuard } from './guarded-collect.js';
import { registerInfraCollectors } from './infra-collectors.js';

const redisUrl = process.env.TEST_REDIS_URL;

/** The value of one sample line, e.g. sample(text, 'queue_depth{queue="renders",state="waiting"}'). */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

function infraWith(database: Database, queue: QueueBackend): Infra {
  return {
    database,
    cache: createMemoryCache(),
    queue,
    storage: { kind: 'local' } as Infra['storage'],
    redis: undefined,
    redisFailFast: undefined,
    close: async () => {},
  };
}

describe('registerInfraCollectors', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openDatabase({ kind: 'pglite', dataDir: undefined });
  });
  afterAll(async () => database.close());

  it('reports nothing before the infrastructure exists, then the adapters, pool, queue depth and cache', async () => {
    const registry = new Registry();
    const current: { infra?: Infra } = {};
    registerInfraCollectors(registry, () => current.infra, createCollectGuard(registry));
    expect(await registry.metrics()).not.toMatch(/^app_backend_info\{/m);

    const infra = (current.infra = infraWith(database, createMemoryQueueBackend()));
    try {
      await infra.queue.add('maintenance', 'sessions.cleanup', {});
      await infra.cache.get('absent');
      const text = await registry.metrics();
      expect(text).toContain('app_backend_info{database="pglite",cache="memory",queue="memory",storage="local"} 1');
      expect(sample(text, 'database_connections_active')).toBe(1);
      expect(sample(text, 'redis_connections_active')).toBe(0);
      expect(sample(text, 'queue_depth{queue="maintenance",state="waiting"}')).toBe(1);
      expect(sample(text, 'queue_depth{queue="renders",state="active"}')).toBe(0);
      expect(sample(text, 'cache_lookups_total{result="miss"}')).toBe(1);
      expect(sample(text, 'cache_hit_ratio')).toBe(0);
    } finally {
      await infra.queue.close();
    }
  });

  it.skipIf(!redisUrl)("counts BullMQ's connections in redis_connections_active [redis]", async () => {
    const registry = new Registry();
    // Reading queue depth creates each queue's keys; drop() deletes them again.
    const { queue, drop } = createTempQueue(redisUrl!, 'collectors');
    registerInfraCollectors(registry, () => infraWith(database, queue), createCollectGuard(registry));
    const connections = async () => sample(await registry.metrics(), 'redis_connections_active');
    try {
      await queue.ping();
      expect(await connections()).toBe(1);
      const worker = queue.process('renders', async () => undefined);
      // The worker's own connection and the blocking duplicate BullMQ makes of it.
      await vi.waitFor(async () => expect(await connections()).toBe(3));
      await worker.close();
      expect(await connections()).toBe(1);
    } finally {
      await drop();
    }
    expect(await connections()).toBe(0);
  });
});

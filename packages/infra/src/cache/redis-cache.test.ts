import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { deleteKeysWithPrefix } from '../testing/delete-keys-with-prefix.js';
import { cacheContract } from './cache.contract.js';
import { createRedisCache } from './redis-cache.js';

const url = process.env.TEST_REDIS_URL;

const uniquePrefix = (): string => `anclora:test:cache:${randomUUID()}:`;

describe.skipIf(!url)('redis cache [redis]', () => {
  cacheContract('contract [redis]', async () => {
    const redis = new Redis(url!);
    const prefix = uniquePrefix();
    const cache = createRedisCache({ redis, prefix, ownsConnection: true });
    return {
      cache,
      async cleanup() {
        await deleteKeysWithPrefix(redis, prefix);
        await cache.close();
      },
    };
  });

  describe('adapter specifics [redis]', () => {
    let redis: Redis;
    const prefixes: string[] = [];
    const prefix = (): string => {
      const value = uniquePrefix();
      prefixes.push(value);
      return value;
    };

    beforeAll(() => {
      redis = new Redis(url!);
    });

    afterEach(async () => {
      for (const value of prefixes.splice(0)) await deleteKeysWithPrefix(redis, value);
    });

    afterAll(async () => {
      await redis.quit();
    });

    it('stores JSON under the prefixed key with a Redis TTL', async () => {
      const p = prefix();
      const cache = createRedisCache({ redis: redis, prefix: p });
      await cache.set('k', { a: 1 }, 30);
      await cache.set('fractional', 1, 1.5);
      expect(await redis.get(`${p}k`)).toBe('{"a":1}');
      expect(await redis.ttl(`${p}k`)).toBeGreaterThan(25);
      const pttl = await redis.pttl(`${p}fractional`);
      expect(pttl).toBeGreaterThan(1000);
      expect(pttl).toBeLessThanOrEqual(1500);
      expect(await redis.exists('k')).toBe(0);
    });

    it("uses 'anclora:cache:' as the default prefix", async () => {
      const key = `default-prefix-${randomUUID()}`;
      prefixes.push(`anclora:cache:${key}`);
      await createRedisCache({ redis: redis }).set(key, 'v');
      expect(await redis.get(`anclora:cache:${key}`)).toBe('"v"');
    });

    it('treats a corrupt stored value as a miss instead of throwing', async () => {
      const p = prefix();
      const cache = createRedisCache({ redis: redis, prefix: p });
      await redis.set(`${p}bad`, 'not json {');
      await expect(cache.get('bad')).resolves.toBeUndefined();
      expect(cache.stats()).toEqual({ hits: 0, misses: 1 });
    });

    it('keeps a shared connection open on close and quits an owned one', async () => {
      const shared = createRedisCache({ redis: redis, prefix: prefix() });
      await shared.close();
      await expect(redis.ping()).resolves.toBe('PONG');

      const own = new Redis(url!);
      const owned = createRedisCache({ redis: own, prefix: prefix(), ownsConnection: true });
      await owned.ping();
      await owned.close();
      expect(own.status).toBe('end');
    });
  });
});

// Needs no Redis: the point is that there is none to answer.
describe('redis cache without a reachable server', () => {
  let redis: Redis | undefined;

  afterEach(() => {
    redis?.disconnect();
  });

  it('rejects ping within pingTimeoutMs even when the connection queues commands forever', async () => {
    const port = await freePort();
    // maxRetriesPerRequest: null is what BullMQ requires; PING would otherwise wait indefinitely.
    redis = new Redis({ host: '127.0.0.1', port, maxRetriesPerRequest: null, retryStrategy: () => 50 });
    redis.on('error', () => {}); // connection refused is the expected state here
    const cache = createRedisCache({ redis, pingTimeoutMs: 300 });
    const started = Date.now();
    await expect(cache.ping()).rejects.toThrow(/did not answer PING within 300 ms/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('closes an owned connection promptly while it is retrying', async () => {
    redis = new Redis({ host: '127.0.0.1', port: await freePort(), retryStrategy: () => 50 });
    redis.on('error', () => {});
    // Not events.once(): it rejects on the 'error' each refused attempt emits.
    await new Promise((resolve) => redis!.once('reconnecting', resolve));
    await createRedisCache({ redis, ownsConnection: true }).close();
    const reconnects = vi.fn();
    redis.on('reconnecting', reconnects);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(reconnects).not.toHaveBeenCalled();
  });
});

/** A port nothing listens on: bind to 0, read the port, close. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

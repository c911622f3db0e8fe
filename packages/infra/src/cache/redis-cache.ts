import { once } from 'node:events';
import type { Redis } from 'ioredis';
import type { Cache } from './cache.js';
import { encodeValue, ttlMilliseconds } from './cache-value.js';

export interface RedisCacheOptions {
  redis: Redis;
  /** Prepended to every key so the cache shares a Redis with queues and other apps. Default 'anclora:cache:'. */
  prefix?: string;
  /** When true, close() quits the connection; leave false for a connection shared with other users. */
  ownsConnection?: boolean;
  /**
   * ping() rejects after this long. A shared connection configured for BullMQ
   * (maxRetriesPerRequest: null) queues commands forever while Redis is down,
   * so without a limit a readiness check would hang instead of failing.
   * Default 2000 ms.
   */
  pingTimeoutMs?: number;
}

const INCREMENT_SCRIPT = `
local value = redis.call('INCRBY', KEYS[1], ARGV[1])
if tonumber(ARGV[2]) > 0 and redis.call('PTTL', KEYS[1]) == -1 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return value`;

/** The production cache: JSON values in Redis, shared by every API and worker process. */
export function createRedisCache(options: RedisCacheOptions): Cache {
  const { redis, ownsConnection = false, pingTimeoutMs = 2000 } = options;
  const prefix = options.prefix ?? 'anclora:cache:';
  let hits = 0;
  let misses = 0;

  return {
    kind: 'redis',

    async get<T = unknown>(key: string): Promise<T | undefined> {
      const json = await redis.get(prefix + key);
      if (json !== null) {
        try {
          const value = JSON.parse(json) as T;
          hits += 1;
          return value;
        } catch {
          // Written by something else (or an older format): a cache may always
          // miss, so recompute rather than fail the request.
        }
      }
      misses += 1;
      return undefined;
    },

    async set(key: string, value: unknown, ttlSeconds?: number): Promise<void> {
      const json = encodeValue(value);
      const ttl = ttlMilliseconds(ttlSeconds);
      if (ttl === undefined) await redis.set(prefix + key, json);
      // EX for whole seconds; PX keeps a fractional TTL exact instead of rounding it.
      else if (ttl % 1000 === 0) await redis.set(prefix + key, json, 'EX', ttl / 1000);
      else await redis.set(prefix + key, json, 'PX', ttl);
    },

    async increment(key: string, ttlSeconds?: number, by = 1): Promise<number> {
      // A script so the counter and its expiry are set together: a crash
      // between INCRBY and PEXPIRE would otherwise leave a counter that never resets.
      // The expiry is set whenever the key has none (a new counter, or one written without a TTL).
      const ttl = ttlMilliseconds(ttlSeconds) ?? 0;
      try {
        return Number(await redis.eval(INCREMENT_SCRIPT, 1, prefix + key, by, ttl));
      } catch (error) {
        if ((error as Error).message.includes('not an integer')) throw new TypeError(`Cannot increment "${key}": it does not hold an integer.`);
        throw error;
      }
    },

    async delete(key: string): Promise<void> {
      await redis.del(prefix + key);
    },

    stats: () => ({ hits, misses }),

    async ping(): Promise<void> {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`Redis did not answer PING within ${pingTimeoutMs} ms.`)), pingTimeoutMs);
      });
      try {
        await Promise.race([redis.ping(), timeout]);
      } finally {
        clearTimeout(timer);
      }
    },

    async close(): Promise<void> {
      if (!ownsConnection || redis.status === 'end') return;
      if (redis.status !== 'ready') {
        // Nothing to flush while down, and QUIT would wait for a reconnect.
        // (ioredis emits no 'end' here when it is between retries, so do not wait for one.)
        redis.disconnect();
        return;
      }
      // quit() resolves on the server's OK, before the socket has closed;
      // waiting for 'end' means close() returns with the connection gone.
      const ended = once(redis, 'end');
      await redis.quit();
      await ended;
    },
  };
}

import { LRUCache } from 'lru-cache';
import type { Cache } from './cache.js';
import { encodeValue, ttlMilliseconds } from './cache-value.js';

export interface MemoryCacheOptions {
  /** Least-recently-used entries are evicted beyond this count. Default 10 000. */
  maxEntries?: number;
}

/**
 * The embedded cache: an in-process LRU. Values are kept as JSON text, not as
 * the caller's objects, so a caller mutating an object after set() (or after
 * get()) cannot change what is cached, and a Date or Map comes back exactly as
 * it would from Redis.
 */
export function createMemoryCache(options: MemoryCacheOptions = {}): Cache {
  const entries = new LRUCache<string, string>({ max: options.maxEntries ?? 10_000 });
  let hits = 0;
  let misses = 0;

  return {
    kind: 'memory',

    async get<T = unknown>(key: string): Promise<T | undefined> {
      // lru-cache drops an expired entry on read, so expiry needs no timer.
      const json = entries.get(key);
      if (json === undefined) {
        misses += 1;
        return undefined;
      }
      hits += 1;
      return JSON.parse(json) as T;
    },

    async set(key: string, value: unknown, ttlSeconds?: number): Promise<void> {
      const json = encodeValue(value);
      const ttl = ttlMilliseconds(ttlSeconds);
      // ttl 0 also clears the expiry of an entry being overwritten, like a plain SET in Redis.
      entries.set(key, json, { ttl: ttl ?? 0 });
    },

    async increment(key: string, ttlSeconds?: number, by = 1): Promise<number> {
      // One synchronous read-modify-write: nothing else runs in between in one process.
      const current = entries.get(key);
      const value = (current === undefined ? 0 : integerOf(current, key)) + by;
      const remaining = current === undefined ? (ttlMilliseconds(ttlSeconds) ?? 0) : entries.getRemainingTTL(key);
      entries.set(key, String(value), { ttl: Number.isFinite(remaining) ? remaining : 0 });
      return value;
    },

    async delete(key: string): Promise<void> {
      entries.delete(key);
    },

    stats: () => ({ hits, misses }),

    async ping(): Promise<void> {},

    async close(): Promise<void> {
      entries.clear();
    },
  };
}

function integerOf(json: string, key: string): number {
  const value = JSON.parse(json) as unknown;
  if (!Number.isSafeInteger(value)) throw new TypeError(`Cannot increment "${key}": it does not hold an integer.`);
  return value as number;
}

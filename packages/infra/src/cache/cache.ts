/**
 * A key/value cache for JSON-serialisable values. Production: Redis; embedded
 * default: an in-process LRU. Both adapters pass the same contract suite
 * (cache.contract.ts), so callers never branch on the adapter.
 */
export interface Cache {
  readonly kind: 'redis' | 'memory';
  /** The stored value, or undefined when absent or expired. */
  get<T = unknown>(key: string): Promise<T | undefined>;
  /** Stores a JSON-serialisable value; ttlSeconds > 0 makes it expire. */
  set(key: string, value: unknown, ttlSeconds?: number): Promise<void>;
  /** Removes the key; removing an absent key is not an error. */
  delete(key: string): Promise<void>;
  /** Hit/miss counters since start, for the cache hit-ratio metric. */
  stats(): { hits: number; misses: number };
  /** Rejects when the backing service cannot be reached (readiness check). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

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
  /**
   * Adds `by` (default 1) to an integer counter and returns the new value, as
   * one atomic step shared by every process on the same backend. A counter
   * that did not exist starts at 0 and gets ttlSeconds as its expiry (a fixed
   * window); later increments keep that expiry.
   */
  increment(key: string, ttlSeconds?: number, by?: number): Promise<number>;
  /** Removes the key; removing an absent key is not an error. */
  delete(key: string): Promise<void>;
  /** Hit/miss counters since start, for the cache hit-ratio metric. */
  stats(): { hits: number; misses: number };
  /** Rejects when the backing service cannot be reached (readiness check). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

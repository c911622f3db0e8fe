import { Redis } from 'ioredis';

/**
 * Deletes every key that starts with `prefix`, walking with SCAN so Redis is
 * never blocked; never FLUSHDB, since other suites share this Redis. The
 * prefix goes into a MATCH pattern, so it must not contain * ? [ or a backslash.
 */
export async function deleteKeysWithPrefix(redis: Redis, prefix: string): Promise<void> {
  // An empty prefix would match every key of the Redis other suites (and CI) share.
  if (prefix.length === 0 || /[*?[\]\\]/.test(prefix)) throw new Error(`refusing to delete keys under the prefix ${JSON.stringify(prefix)}: it must be non-empty, without * ? [ ] or \\`);
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
    if (keys.length > 0) await redis.unlink(...keys);
    cursor = next;
  } while (cursor !== '0');
}

/** The same over a connection of its own, for callers that have closed theirs (or never had one). */
export async function deleteKeysAt(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await deleteKeysWithPrefix(redis, prefix);
  } finally {
    redis.disconnect();
  }
}

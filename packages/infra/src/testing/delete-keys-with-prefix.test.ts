import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { deleteKeysAt, deleteKeysWithPrefix } from './delete-keys-with-prefix.js';

const redisUrl = process.env.TEST_REDIS_URL;

describe('deleteKeysWithPrefix', () => {
  it('refuses a prefix that would match other suites’ keys, before touching Redis', async () => {
    const untouched = {} as Redis;
    for (const prefix of ['', '*', 'anclora-test-*', 'a?b', 'a[bc]', 'a\\b']) {
      await expect(deleteKeysWithPrefix(untouched, prefix)).rejects.toThrow(/refusing to delete keys/);
    }
  });

  it.skipIf(!redisUrl)('deletes every key under the prefix, across SCAN pages, and nothing else [redis]', async () => {
    const prefix = `anclora-test-delete-${randomBytes(4).toString('hex')}`;
    const redis = new Redis(redisUrl!);
    try {
      const pipeline = redis.pipeline();
      for (let i = 0; i < 1200; i++) pipeline.set(`${prefix}:k${i}`, '1');
      pipeline.set(`${prefix}-neighbour:k`, '1');
      await pipeline.exec();
      await deleteKeysAt(redisUrl!, `${prefix}:`);
      expect(await redis.keys(`${prefix}:*`)).toEqual([]);
      expect(await redis.get(`${prefix}-neighbour:k`)).toBe('1');
    } finally {
      await redis.del(`${prefix}-neighbour:k`);
      await redis.quit();
    }
  });
});

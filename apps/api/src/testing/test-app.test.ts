import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { QUEUES } from '@anclora/shared';
import { createTestApp, realServices } from './test-app.js';

// Hundreds of suites share the machine's Redis: a test app that left its queues behind would fill it.
describe.skipIf(!realServices.available)('createTestApp on real services [postgres] [redis]', () => {
  it('removes its queue keys from Redis when it closes', async () => {
    const t = await createTestApp({ backend: 'real' });
    const prefix = t.config.redis.queuePrefix;
    await t.infra.queue.add(QUEUES.maintenance, 'sessions.cleanup', {}, { jobId: 'left-behind' });
    const redis = new Redis(realServices.redisUrl!);
    try {
      const keys = () => redis.keys(`${prefix}:*`);
      expect(await keys()).not.toEqual([]);
      await t.close();
      expect(await keys()).toEqual([]);
    } finally {
      redis.disconnect();
    }
  });
});

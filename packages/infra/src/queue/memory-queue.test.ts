import { describe, expect, it } from 'vitest';
import { createMemoryQueueBackend } from './memory-queue.js';
import { queueContract } from './queue.contract.js';

queueContract('memory queue', async () => ({ backend: createMemoryQueueBackend(), cleanup: async () => {} }));

describe('memory queue retention', () => {
  it('keeps only the newest retainCompleted/retainFailed finished jobs readable', async () => {
    const backend = createMemoryQueueBackend({ retainCompleted: 2, retainFailed: 1 });
    try {
      backend.process<{ fail: boolean }, void>('kept', async (job) => {
        if (job.data.fail) throw new Error('fails');
      });
      const ids: string[] = [];
      for (const fail of [false, false, false, true, true]) ids.push((await backend.add('kept', 'job', { fail })).id);
      await expect.poll(() => backend.counts('kept')).toMatchObject({ completed: 2, failed: 1, waiting: 0, active: 0 });

      const statuses = await Promise.all(ids.map(async (id) => (await backend.getJob('kept', id))?.status));
      expect(statuses).toEqual([undefined, 'completed', 'completed', undefined, 'failed']);
      // A dropped id is free again: adding it creates a new job.
      const again = await backend.add('kept', 'job', { fail: false }, { jobId: 'custom' });
      expect(again.id).toBe('custom');
    } finally {
      await backend.close();
    }
  });

  it('holds no Redis connection, workers or not', async () => {
    const backend = createMemoryQueueBackend();
    try {
      backend.process('busy', async () => undefined, { concurrency: 3 });
      await backend.add('busy', 'job', {});
      expect(backend.connections()).toBe(0);
    } finally {
      await backend.close();
    }
  });

  it('rejects a negative retention', () => {
    expect(() => createMemoryQueueBackend({ retainCompleted: -1 })).toThrow(/retainCompleted/);
  });
});

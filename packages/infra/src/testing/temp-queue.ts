import { randomBytes } from 'node:crypto';
import { createBullmqBackend } from '../queue/bullmq-queue.js';
import type { QueueBackend } from '../queue/queue.js';
import { deleteKeysAt } from './delete-keys-with-prefix.js';

export interface TempQueue {
  /** Key prefix of every queue key; hand it to a worker process as QUEUE_PREFIX to share the queues. */
  prefix: string;
  queue: QueueBackend;
  /** Closes the backend, then deletes every key under the prefix. */
  drop(): Promise<void>;
}

/**
 * A BullMQ backend on the shared test Redis under a key prefix of its own
 * (anclora-test-<label>-<random>), so suites running at the same time never
 * take each other's jobs and nothing is left behind once it is dropped.
 */
export function createTempQueue(redisUrl: string, label: string): TempQueue {
  const prefix = `anclora-test-${label}-${randomBytes(4).toString('hex')}`;
  const queue = createBullmqBackend({ connection: redisUrl, prefix });
  return {
    prefix,
    queue,
    drop: async () => {
      try {
        await queue.close();
      } finally {
        await deleteKeysAt(redisUrl, `${prefix}:`);
      }
    },
  };
}

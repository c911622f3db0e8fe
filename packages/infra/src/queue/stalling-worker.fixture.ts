/**
 * Child process for the SIGKILL durability test in bullmq-queue.test.ts: a
 * worker that takes one job, says so on stdout, and holds it until it is
 * killed. Run with `node --import tsx` (one process, so SIGKILL hits the worker
 * itself rather than a wrapper).
 */
import { createBullmqBackend } from './bullmq-queue.js';

const { REDIS_URL, QUEUE_PREFIX, QUEUE_NAME } = process.env;
if (!REDIS_URL || !QUEUE_PREFIX || !QUEUE_NAME) throw new Error('REDIS_URL, QUEUE_PREFIX and QUEUE_NAME are required');

// A short stalledIntervalMs is also a short lock: the parent need not wait 30 s for it to expire.
const backend = createBullmqBackend({ connection: REDIS_URL, prefix: QUEUE_PREFIX, stalledIntervalMs: 500 });
backend.process(QUEUE_NAME, async (job) => {
  process.stdout.write(`started ${job.id}\n`);
  await new Promise(() => {});
});

import type { JobInfo, JobStatus, QueueBackend } from './queue.js';

// Test helper for the queue suites; lives outside *.test.ts so several suites can share it.

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls getJob until the job reaches one of `statuses`; the adapters offer no completion event. */
export async function waitForStatus(
  backend: QueueBackend,
  queue: string,
  id: string,
  statuses: JobStatus[],
  timeoutMs = 4000,
): Promise<JobInfo> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = await backend.getJob(queue, id);
    if (job && statuses.includes(job.status)) return job;
    if (Date.now() > deadline) {
      throw new Error(`job ${id} did not reach ${statuses.join('/')} in ${timeoutMs} ms: ${JSON.stringify(job)}`);
    }
    await sleep(10);
  }
}

export const FINISHED: JobStatus[] = ['completed', 'failed'];

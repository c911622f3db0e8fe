import type { Infra, WorkerHandle } from '@anclora/infra';
import { AppError, JOBS, QUEUES, type JobName, type JobPayloads } from '@anclora/shared';
import { processors, type WorkerJobName } from './processors.js';

export interface Workers {
  close(): Promise<void>;
}

export interface StartWorkersOptions {
  concurrency: number;
  onJobFailed?: (info: { queue: string; name: string; id: string; error: unknown }) => void;
}

/**
 * Subscribes one worker per queue and dispatches each job by name through
 * the processors table. A job name the table does not know fails with
 * UNKNOWN_JOB (a newer API talking to an older worker during a rolling
 * deploy) instead of being dropped silently.
 */
export function startWorkers(infra: Infra, options: StartWorkersOptions): Workers {
  // The worker process serves the maintenance queue; generations are consumed
  // by API processes, which own the generation pipeline.
  const handles: WorkerHandle[] = [QUEUES.maintenance].map((queue) =>
    infra.queue.process<unknown, unknown>(
      queue,
      async (job) => {
        const processor = processors[job.name as WorkerJobName] as ((p: unknown, i: Infra) => Promise<unknown>) | undefined;
        if (!processor || JOBS[job.name as JobName]?.queue !== queue) {
          throw new AppError('UNKNOWN_JOB', 400, `No processor for job "${job.name}" on queue "${queue}".`);
        }
        try {
          return await processor(job.data, infra);
        } catch (error) {
          options.onJobFailed?.({ queue, name: job.name, id: job.id, error });
          throw error;
        }
      },
      { concurrency: options.concurrency },
    ),
  );
  return {
    close: async () => {
      await Promise.all(handles.map((h) => h.close()));
    },
  };
}

/** Enqueues a job with its declared queue, attempts and timeout. */
export function enqueue<K extends JobName>(
  infra: Pick<Infra, 'queue'>,
  name: K,
  payload: JobPayloads[K],
  jobId?: string,
): Promise<{ id: string }> {
  const job = JOBS[name];
  return infra.queue.add(job.queue, name, payload, {
    attempts: job.attempts,
    timeoutMs: job.timeoutMs,
    backoff: { type: 'exponential', delayMs: 1000 },
    ...(jobId ? { jobId } : {}),
  });
}

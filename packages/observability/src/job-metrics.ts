import { Histogram, type Registry } from 'prom-client';
import type { QueueBackend } from '@anclora/infra';
import { observeJobAttempts, type JobAttemptObserver } from './job-attempts.js';

/** Job attempts last from milliseconds (session cleanup) to minutes (renders, generations: 180 s timeout). */
export const JOB_DURATION_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 180, 300];

export interface JobMetrics {
  duration: Histogram<'queue' | 'status'>;
  /** Times each attempt in queue_job_duration_seconds; combine with other observers in observeJobAttempts. */
  observer: JobAttemptObserver;
  /** The same queue with every processor timed (this observer alone); processing is unchanged. */
  instrument(queue: QueueBackend): QueueBackend;
}

export function createJobMetrics(registry: Registry): JobMetrics {
  const duration = new Histogram({
    name: 'queue_job_duration_seconds',
    help: 'Duration of one job attempt in seconds, by queue and outcome (completed or failed)',
    labelNames: ['queue', 'status'],
    buckets: JOB_DURATION_BUCKETS,
    registers: [registry],
  });
  const observer: JobAttemptObserver = {
    start({ queue }) {
      const end = duration.startTimer({ queue });
      return (outcome) => {
        end({ status: outcome.status });
      };
    },
  };
  return { duration, observer, instrument: (queue) => observeJobAttempts(queue, [observer]) };
}

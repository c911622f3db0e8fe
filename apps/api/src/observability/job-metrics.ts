import { Histogram, type Registry } from 'prom-client';
import type { Processor, QueueBackend, WorkerOptions } from '@anclora/infra';

/** Job attempts last from milliseconds (session cleanup) to minutes (renders, generations: 180 s timeout). */
export const JOB_DURATION_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 180, 300];

export interface JobMetrics {
  duration: Histogram<'queue' | 'status'>;
  /**
   * The same queue, with every processor timed: one place wraps every
   * processor (rather than each one timing itself). Processing is
   * unchanged: the processor's result or error passes through untouched.
   */
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
  return {
    duration,
    instrument(backend) {
      return {
        get kind() {
          return backend.kind;
        },
        add: (queue, name, data, options) => backend.add(queue, name, data, options),
        getJob: (queue, id) => backend.getJob(queue, id),
        counts: (queue) => backend.counts(queue),
        ping: () => backend.ping(),
        close: () => backend.close(),
        process: <Data, Result>(queue: string, processor: Processor<Data, Result>, options?: WorkerOptions) =>
          backend.process<Data, Result>(
            queue,
            async (job) => {
              const end = duration.startTimer({ queue });
              try {
                const result = await processor(job);
                end({ status: 'completed' });
                return result;
              } catch (error) {
                end({ status: 'failed' });
                throw error;
              }
            },
            options,
          ),
      };
    },
  };
}

import type { Processor, QueueBackend, WorkerOptions } from '@anclora/infra';

/** One attempt of one job, as every observer sees it: names, numbers and trace context, never the payload. */
export interface JobAttempt {
  queue: string;
  name: string;
  id: string;
  /** 1 for the first try (JobContext.attempt). */
  attempt: number;
  /** The W3C traceparent of the span that queued the job (its data's `traceparent`), unchecked. */
  traceparent?: string;
}

export type JobOutcome = { status: 'completed' } | { status: 'failed'; error: unknown };

/**
 * Something that watches job attempts: timing, error reports, spans.
 * start() runs as the attempt begins and returns what runs when it ends.
 */
export interface JobAttemptObserver {
  start(attempt: JobAttempt): (outcome: JobOutcome) => void;
}

/** An observer must never change what a job does, so its own failures are swallowed. */
function safely<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch {
    return undefined;
  }
}

/** The traceparent a producer put in the job's data; any payload may lack it or hold something else. */
function traceparentIn(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const value = (data as { traceparent?: unknown }).traceparent;
  return typeof value === 'string' ? value : undefined;
}

/**
 * The same queue, with every processor's attempts shown to the observers: one
 * place wraps every processor rather than each one watching itself.
 * Processing is unchanged: the processor's result or error passes through
 * untouched. Written out member by member, so a new QueueBackend method fails
 * type checking here instead of being dropped.
 */
export function observeJobAttempts(backend: QueueBackend, observers: readonly JobAttemptObserver[]): QueueBackend {
  if (observers.length === 0) return backend;
  return {
    get kind() {
      return backend.kind;
    },
    add: (queue, name, data, options) => backend.add(queue, name, data, options),
    getJob: (queue, id) => backend.getJob(queue, id),
    counts: (queue) => backend.counts(queue),
    ping: () => backend.ping(),
    connections: () => backend.connections(),
    close: () => backend.close(),
    process: <Data, Result>(queue: string, processor: Processor<Data, Result>, options?: WorkerOptions) =>
      backend.process<Data, Result>(
        queue,
        async (job) => {
          const traceparent = traceparentIn(job.data);
          const attempt: JobAttempt = { queue, name: job.name, id: job.id, attempt: job.attempt, ...(traceparent ? { traceparent } : {}) };
          const ends = observers.map((observer) => safely(() => observer.start(attempt)));
          let ended = false;
          const end = (outcome: JobOutcome) => {
            if (ended) return;
            ended = true;
            for (const finish of ends) if (finish) safely(() => finish(outcome));
          };
          // The queue fails an attempt at its timeout by aborting the signal, whatever the processor
          // does afterwards: the attempt ends there, as a failure, and a late result changes nothing.
          const timedOut = () => end({ status: 'failed', error: job.signal.reason });
          job.signal.addEventListener('abort', timedOut, { once: true });
          try {
            const result = await processor(job);
            end({ status: 'completed' });
            return result;
          } catch (error) {
            end({ status: 'failed', error });
            throw error;
          } finally {
            job.signal.removeEventListener('abort', timedOut);
          }
        },
        options,
      ),
  };
}

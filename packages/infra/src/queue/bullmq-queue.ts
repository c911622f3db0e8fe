import { Queue, Worker, type Job, type JobsOptions, type JobState } from 'bullmq';
import { Redis, type RedisOptions } from 'ioredis';
import {
  assertQueueName,
  normalizeConcurrency,
  normalizeJobOptions,
  normalizeRetention,
} from './normalize-job-options.js';
import type { JobInfo, JobStatus, Processor, QueueBackend, WorkerHandle, WorkerOptions } from './queue.js';
import { runAttempt } from './run-attempt.js';

/**
 * Production queue on BullMQ/Redis: several API and worker processes share the
 * queues, and jobs survive restarts. A worker that dies mid-job leaves the job
 * 'active' with a lock that nobody renews; once the lock expires, a live
 * worker's stalled check moves it back to 'waiting' (this is not counted as an
 * attempt). Timeouts are enforced here, in the worker, through runAttempt().
 */

export interface BullmqBackendOptions {
  /** ioredis options or a redis:// URL. ioredis' keyPrefix is not supported: use `prefix`. */
  connection: RedisOptions | string;
  /** Namespace of every Redis key. Default 'anclora'. */
  prefix?: string;
  /**
   * How often workers look for stalled jobs, and how long a worker's lock on a
   * job lasts without renewal (renewed every half of it). A crashed worker's
   * job is taken up again after roughly one to two intervals. Keep it well above
   * the longest event-loop block a processor can cause, or a live worker's job
   * is taken for stalled and runs twice. Default 30 000 (BullMQ's defaults).
   */
  stalledIntervalMs?: number;
  /** Completed jobs kept readable per queue; the oldest is dropped first. Default 1000. */
  retainCompleted?: number;
  /** Failed jobs kept readable per queue; the oldest is dropped first. Default 1000. */
  retainFailed?: number;
  /** ping() rejects when Redis has not answered within this time. Default 2000. */
  pingTimeoutMs?: number;
  /** Connection and worker errors that have no caller to reject. Default: console.error. */
  onError?: (error: Error) => void;
}

/**
 * What add() stores as BullMQ job data. BullMQ has no job timeout, so the
 * timeout travels with the job to whichever worker runs it. Invariant: every
 * job in these queues was written by add() below.
 */
interface StoredData {
  data: unknown;
  timeoutMs?: number;
}

// A Record over BullMQ's own union: a new BullMQ state fails type checking here.
const STATUS: Record<JobState, JobStatus> = {
  waiting: 'waiting',
  prioritized: 'waiting',
  'waiting-children': 'waiting',
  delayed: 'delayed',
  active: 'active',
  completed: 'completed',
  failed: 'failed',
};

const COUNTED_STATES = ['waiting', 'prioritized', 'waiting-children', 'delayed', 'active', 'completed', 'failed'] as const;

function createClient(connection: RedisOptions | string, overrides: RedisOptions = {}): Redis {
  return typeof connection === 'string' ? new Redis(connection, overrides) : new Redis({ ...connection, ...overrides });
}

/** QUIT when connected (lets queued replies arrive); otherwise drop the socket rather than wait for Redis. */
async function closeClient(client: Redis): Promise<void> {
  if (client.status !== 'ready') {
    client.disconnect();
    return;
  }
  try {
    await client.quit();
  } catch {
    client.disconnect();
  }
}

export function createBullmqBackend(options: BullmqBackendOptions): QueueBackend {
  const prefix = options.prefix ?? 'anclora';
  const stalledIntervalMs = options.stalledIntervalMs ?? 30_000;
  const pingTimeoutMs = options.pingTimeoutMs ?? 2000;
  const retention = normalizeRetention(options);
  const onError = options.onError ?? ((error: Error) => console.error('[queue:bullmq]', error));
  if (!Number.isInteger(stalledIntervalMs) || stalledIntervalMs < 1) {
    throw new RangeError(`stalledIntervalMs must be an integer >= 1, got ${stalledIntervalMs}`);
  }

  // BullMQ forwards a client's errors to each Queue/Worker using it: report each error once.
  const reported = new WeakSet<Error>();
  const report = (error: Error): void => {
    if (reported.has(error)) return;
    reported.add(error);
    onError(error);
  };

  // One connection for every Queue (producing and reading). It keeps ioredis'
  // bounded per-command retries, so add() fails rather than hangs when Redis is gone.
  const client = createClient(options.connection);
  client.on('error', report);
  const queues = new Map<string, Queue<StoredData>>();
  const workers = new Set<WorkerHandle>();
  // Every connection a worker holds, for connections(): its own, and the
  // blocking duplicate BullMQ makes of it (known once BullMQ has connected it).
  const workerConnections = new Map<WorkerHandle, Array<{ status: string }>>();
  let closing: Promise<void> | undefined;
  let allClosed = false;

  const assertOpen = (): void => {
    if (closing) throw new Error('The queue backend is closed');
  };

  const queueFor = (name: string): Queue<StoredData> => {
    assertQueueName(name);
    let queue = queues.get(name);
    if (!queue) {
      queue = new Queue<StoredData>(name, { connection: client, prefix });
      queue.on('error', report);
      queues.set(name, queue);
    }
    return queue;
  };

  const toJobInfo = <Data, Result>(queue: string, job: Job<StoredData>, state: JobState): JobInfo<Data, Result> => {
    const status = STATUS[state];
    const info: JobInfo<Data, Result> = {
      id: job.id ?? '',
      queue,
      name: job.name,
      data: job.data.data as Data,
      status,
      attemptsMade: job.attemptsMade,
      createdAt: job.timestamp,
    };
    // BullMQ stores an undefined result as null; both read back as "no result".
    const result: unknown = job.returnvalue ?? undefined;
    if (status === 'completed' && result !== undefined) info.result = result as Result;
    // BullMQ keeps the last failure's reason even after a retry succeeds.
    if (status !== 'completed' && job.failedReason) info.failedReason = job.failedReason;
    if ((status === 'completed' || status === 'failed') && job.finishedOn !== undefined) info.finishedAt = job.finishedOn;
    return info;
  };

  return {
    kind: 'bullmq',

    async add(queue, name, data, jobOptions) {
      assertOpen();
      const normalized = normalizeJobOptions(jobOptions);
      const stored: StoredData = { data, ...(normalized.timeoutMs !== undefined ? { timeoutMs: normalized.timeoutMs } : {}) };
      const bullOptions: JobsOptions = {
        attempts: normalized.attempts,
        // BullMQ's built-in fixed/exponential formulas equal backoffDelay() without jitter.
        ...(normalized.backoff ? { backoff: { type: normalized.backoff.type, delay: normalized.backoff.delayMs } } : {}),
        // An existing id makes BullMQ return that job untouched: idempotent add.
        ...(normalized.jobId !== undefined ? { jobId: normalized.jobId } : {}),
        removeOnComplete: retention.completed === 0 ? true : { count: retention.completed },
        removeOnFail: retention.failed === 0 ? true : { count: retention.failed },
      };
      const job = await queueFor(queue).add(name, stored, bullOptions);
      if (job.id === undefined) throw new Error(`BullMQ returned no id for a job added to ${queue}`);
      return { id: job.id };
    },

    async getJob<Data = unknown, Result = unknown>(queue: string, id: string) {
      const bullQueue = queueFor(queue);
      // The job hash and its state are separate reads, and a worker may move
      // the job in between (read 'active' fields, then see 'delayed'). Reading
      // the state on both sides and retrying until it holds still pairs the
      // fields with the state they belong to; attemptsMade and failedReason
      // only ever move forward, so an a→b→a change in between is harmless.
      for (let tries = 0; ; tries += 1) {
        const before = await bullQueue.getJobState(id);
        if (before === 'unknown') return undefined;
        const job = await bullQueue.getJob(id);
        if (!job) return undefined;
        const after = await job.getState();
        if (after === 'unknown') return undefined;
        if (after === before || tries >= 5) return toJobInfo<Data, Result>(queue, job, after);
      }
    },

    async counts(queue) {
      const raw = await queueFor(queue).getJobCounts(...COUNTED_STATES);
      const n = (state: (typeof COUNTED_STATES)[number]): number => raw[state] ?? 0;
      return {
        waiting: n('waiting') + n('prioritized') + n('waiting-children'),
        delayed: n('delayed'),
        active: n('active'),
        completed: n('completed'),
        failed: n('failed'),
      };
    },

    process<Data, Result>(queue: string, processor: Processor<Data, Result>, workerOptions?: WorkerOptions): WorkerHandle {
      assertOpen();
      assertQueueName(queue);
      const concurrency = normalizeConcurrency(workerOptions?.concurrency);
      // A worker's own connection: BullMQ requires maxRetriesPerRequest null for
      // it and duplicates it for its blocking fetch. Passing a client (not
      // options) also keeps BullMQ from loading ioredis itself.
      const connection = createClient(options.connection, { maxRetriesPerRequest: null });
      connection.on('error', report);
      let worker: Worker<StoredData, Result>;
      try {
        // A one-argument function, so BullMQ does not wire its own cancellation signal.
        worker = new Worker<StoredData, Result>(
          queue,
          (job) =>
            runAttempt(
              processor,
              { id: job.id ?? '', name: job.name, data: job.data.data as Data, attempt: job.attemptsMade + 1 },
              job.data.timeoutMs,
            ),
          { connection, prefix, concurrency, stalledInterval: stalledIntervalMs, lockDuration: stalledIntervalMs },
        );
      } catch (error) {
        connection.disconnect();
        throw error;
      }
      worker.on('error', report);

      let closed: Promise<void> | undefined;
      const handle: WorkerHandle = {
        close: () => {
          closed ??= (async () => {
            // worker.close() stops fetching and waits for active jobs to finish.
            await worker.close();
            await closeClient(connection);
            workers.delete(handle);
            workerConnections.delete(handle);
          })();
          return closed;
        },
      };
      workers.add(handle);
      const held: Array<{ status: string }> = [connection];
      workerConnections.set(handle, held);
      // BullMQ's public escape hatch to its blocking client; the promise settles
      // once that client is connected (or rejects if the worker closes first).
      worker.getBackend().blockingClient?.then(
        (blocking) => {
          if (workerConnections.has(handle)) held.push(blocking);
        },
        () => {},
      );
      return handle;
    },

    async ping() {
      assertOpen();
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => reject(new Error(`Redis did not answer PING within ${pingTimeoutMs} ms`)), pingTimeoutMs);
      });
      try {
        await Promise.race([client.ping(), timeout]);
      } finally {
        clearTimeout(timer);
      }
    },

    connections() {
      // ioredis reports 'end' only once the socket has closed, a moment after QUIT returns.
      if (allClosed) return 0;
      const held = [client, ...[...workerConnections.values()].flat()];
      return held.filter((connection) => connection.status === 'ready').length;
    },

    close() {
      closing ??= (async () => {
        // Workers first: their active jobs still need Redis to record the outcome.
        // Every step runs even if an earlier one failed, so no connection is left open.
        const outcomes = await Promise.allSettled([...workers].map((worker) => worker.close()));
        outcomes.push(...(await Promise.allSettled([...queues.values()].map((queue) => queue.close()))));
        await closeClient(client);
        allClosed = true;
        const failure = outcomes.find((outcome) => outcome.status === 'rejected');
        if (failure) throw failure.reason;
      })();
      return closing;
    },
  };
}

import {
  assertQueueName,
  normalizeConcurrency,
  normalizeJobOptions,
  normalizeRetention,
  type NormalizedJobOptions,
} from './normalize-job-options.js';
import type { JobInfo, JobStatus, Processor, QueueBackend, WorkerHandle, WorkerOptions } from './queue.js';
import { backoffDelay, runAttempt, toError } from './run-attempt.js';

/**
 * The embedded default: one process, no Redis, same semantics as BullMQ as far
 * as the contract suite can tell. Jobs live only as long as the process.
 *
 * Invariants, per queue:
 * - `waiting` holds exactly the jobs with status 'waiting', oldest first (FIFO);
 *   a retried job goes to the back.
 * - a job is 'delayed' only while a retry timer for it is armed (or the backend
 *   is closed, which drops the timers).
 * - each worker runs at most `concurrency` attempts; `running` holds them.
 * - data and results are stored as a JSON round trip, as Redis would store
 *   them, and every read returns a fresh copy.
 * - nothing polls: work starts from add(), process(), a finished attempt or a
 *   retry timer, each of which schedules one dispatch pass.
 */

export interface MemoryQueueOptions {
  /** Completed jobs kept readable per queue; the oldest is dropped first. Default 1000. */
  retainCompleted?: number;
  /** Failed jobs kept readable per queue; the oldest is dropped first. Default 1000. */
  retainFailed?: number;
}

interface MemoryJob {
  id: string;
  name: string;
  /** JSON text, so each attempt and each read gets its own copy. */
  data: string | undefined;
  options: NormalizedJobOptions;
  status: JobStatus;
  attemptsMade: number;
  result?: string;
  failedReason?: string;
  createdAt: number;
  finishedAt?: number;
}

interface MemoryWorker {
  processor: Processor<unknown, unknown>;
  concurrency: number;
  running: Set<Promise<void>>;
  closing?: Promise<void>;
}

interface QueueState {
  name: string;
  jobs: Map<string, MemoryJob>;
  waiting: MemoryJob[];
  /** Ids of finished jobs, oldest first, for bounded retention. */
  completed: string[];
  failed: string[];
  workers: MemoryWorker[];
  lastId: number;
  dispatchScheduled: boolean;
}

/** Node timers cap at about 24.8 days; longer retry waits re-arm. */
const MAX_TIMER_MS = 2 ** 31 - 1;

const toJson = (value: unknown): string | undefined => JSON.stringify(value);
const fromJson = (text: string | undefined): unknown => (text === undefined ? undefined : JSON.parse(text));

export function createMemoryQueueBackend(options: MemoryQueueOptions = {}): QueueBackend {
  const retention = normalizeRetention(options);
  const queues = new Map<string, QueueState>();
  const retryTimers = new Set<NodeJS.Timeout>();
  let closing: Promise<void> | undefined;

  const assertOpen = (): void => {
    if (closing) throw new Error('The queue backend is closed');
  };

  const stateOf = (name: string): QueueState => {
    assertQueueName(name);
    let state = queues.get(name);
    if (!state) {
      state = { name, jobs: new Map(), waiting: [], completed: [], failed: [], workers: [], lastId: 0, dispatchScheduled: false };
      queues.set(name, state);
    }
    return state;
  };

  // One dispatch pass per microtask at most: starting processors outside the
  // caller's stack keeps add()/process() free of re-entrancy.
  const scheduleDispatch = (state: QueueState): void => {
    if (state.dispatchScheduled) return;
    state.dispatchScheduled = true;
    queueMicrotask(() => {
      state.dispatchScheduled = false;
      dispatch(state);
    });
  };

  const dispatch = (state: QueueState): void => {
    for (const worker of state.workers) {
      while (!worker.closing && worker.running.size < worker.concurrency) {
        const job = state.waiting.shift();
        if (!job) return;
        start(state, worker, job);
      }
    }
  };

  const start = (state: QueueState, worker: MemoryWorker, job: MemoryJob): void => {
    job.status = 'active';
    const attempt = runAttempt(
      worker.processor,
      { id: job.id, name: job.name, data: fromJson(job.data), attempt: job.attemptsMade + 1 },
      job.options.timeoutMs,
    )
      // Serialising the result can throw (cycles, BigInt); BullMQ fails the attempt then too.
      .then((result) => complete(state, job, toJson(result)))
      .catch((error: unknown) => fail(state, job, toError(error)))
      .finally(() => {
        worker.running.delete(attempt);
        scheduleDispatch(state);
      });
    worker.running.add(attempt);
  };

  const complete = (state: QueueState, job: MemoryJob, result: string | undefined): void => {
    job.attemptsMade += 1;
    job.status = 'completed';
    job.result = result;
    delete job.failedReason;
    job.finishedAt = Date.now();
    retain(state, state.completed, job.id, retention.completed);
  };

  const fail = (state: QueueState, job: MemoryJob, error: Error): void => {
    job.attemptsMade += 1;
    job.failedReason = error.message;
    if (job.attemptsMade >= job.options.attempts) {
      job.status = 'failed';
      job.finishedAt = Date.now();
      retain(state, state.failed, job.id, retention.failed);
      return;
    }
    const delay = backoffDelay(job.options.backoff, job.attemptsMade);
    if (delay > 0) {
      job.status = 'delayed';
      if (!closing) armRetry(state, job, Date.now() + delay);
    } else {
      enqueue(state, job);
    }
  };

  // Re-checks the clock when the timer fires: timers may fire a millisecond
  // early, and the contract promises a retry never starts before its delay.
  const armRetry = (state: QueueState, job: MemoryJob, dueAt: number): void => {
    const remaining = dueAt - Date.now();
    if (remaining <= 0) {
      enqueue(state, job);
      return;
    }
    const timer = setTimeout(() => {
      retryTimers.delete(timer);
      armRetry(state, job, dueAt);
    }, Math.min(remaining, MAX_TIMER_MS));
    retryTimers.add(timer);
  };

  const enqueue = (state: QueueState, job: MemoryJob): void => {
    job.status = 'waiting';
    state.waiting.push(job);
    scheduleDispatch(state);
  };

  const retain = (state: QueueState, finished: string[], id: string, limit: number): void => {
    finished.push(id);
    while (finished.length > limit) {
      const dropped = finished.shift();
      if (dropped !== undefined) state.jobs.delete(dropped);
    }
  };

  const closeWorker = (state: QueueState, worker: MemoryWorker): Promise<void> => {
    worker.closing ??= (async () => {
      state.workers = state.workers.filter((w) => w !== worker);
      // No attempt starts on a closing worker, so this set only shrinks. An
      // attempt that fails meanwhile may requeue its job for other workers.
      await Promise.all(worker.running);
    })();
    return worker.closing;
  };

  return {
    kind: 'memory',

    async add(queue, name, data, jobOptions) {
      assertOpen();
      const state = stateOf(queue);
      const normalized = normalizeJobOptions(jobOptions);
      if (normalized.jobId !== undefined) {
        const existing = state.jobs.get(normalized.jobId);
        if (existing) return { id: existing.id };
      }
      // Automatic ids are integers, which custom ids may not be: no collision.
      const id = normalized.jobId ?? String(++state.lastId);
      const job: MemoryJob = {
        id,
        name,
        data: toJson(data),
        options: normalized,
        status: 'waiting',
        attemptsMade: 0,
        createdAt: Date.now(),
      };
      state.jobs.set(id, job);
      enqueue(state, job);
      return { id };
    },

    async getJob<Data = unknown, Result = unknown>(queue: string, id: string) {
      const job = stateOf(queue).jobs.get(id);
      if (!job) return undefined;
      const info: JobInfo<Data, Result> = {
        id: job.id,
        queue,
        name: job.name,
        data: fromJson(job.data) as Data,
        status: job.status,
        attemptsMade: job.attemptsMade,
        createdAt: job.createdAt,
      };
      // null and undefined both read back as "no result", as with BullMQ.
      const result = fromJson(job.result) ?? undefined;
      if (job.status === 'completed' && result !== undefined) info.result = result as Result;
      if (job.failedReason !== undefined) info.failedReason = job.failedReason;
      if (job.finishedAt !== undefined) info.finishedAt = job.finishedAt;
      return info;
    },

    async counts(queue) {
      const counts: Record<JobStatus, number> = { waiting: 0, delayed: 0, active: 0, completed: 0, failed: 0 };
      for (const job of stateOf(queue).jobs.values()) counts[job.status] += 1;
      return counts;
    },

    process<Data, Result>(
      queue: string,
      processor: Processor<Data, Result>,
      workerOptions?: WorkerOptions,
    ): WorkerHandle {
      assertOpen();
      const state = stateOf(queue);
      const worker: MemoryWorker = {
        processor: processor as Processor<unknown, unknown>,
        concurrency: normalizeConcurrency(workerOptions?.concurrency),
        running: new Set(),
      };
      state.workers.push(worker);
      scheduleDispatch(state);
      return { close: () => closeWorker(state, worker) };
    },

    async ping() {
      assertOpen();
    },

    connections: () => 0,

    close() {
      closing ??= (async () => {
        // Delayed jobs could never run after close; dropping their timers lets the process exit.
        for (const timer of retryTimers) clearTimeout(timer);
        retryTimers.clear();
        const workers = [...queues.values()].flatMap((state) => state.workers.map((w) => closeWorker(state, w)));
        await Promise.all(workers);
      })();
      return closing;
    },
  };
}

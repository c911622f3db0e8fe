/**
 * Background jobs. Production: BullMQ on Redis (several API and worker
 * processes share it, jobs survive restarts); embedded default: an in-process
 * queue with the same semantics. Both pass the contract suite in
 * queue.contract.ts: concurrency limit, retries with fixed/exponential backoff,
 * a per-job timeout (the processor's AbortSignal fires and the attempt fails),
 * and completed/failed state readable by id afterwards.
 */
export type JobStatus = 'waiting' | 'delayed' | 'active' | 'completed' | 'failed';

export interface Backoff {
  type: 'fixed' | 'exponential';
  /** Delay before the first retry; exponential doubles it per attempt. */
  delayMs: number;
}

export interface JobOptions {
  /** Total tries including the first. Default 1 (no retry). */
  attempts?: number;
  backoff?: Backoff;
  /** An attempt running longer than this fails with a timeout error. */
  timeoutMs?: number;
  /**
   * Idempotency: adding a job whose id exists returns the existing job (its
   * data unchanged), until retention drops it. BullMQ's rules, enforced by both
   * adapters: not an integer ("42") and no ":".
   */
  jobId?: string;
}

export interface JobInfo<Data = unknown, Result = unknown> {
  id: string;
  queue: string;
  name: string;
  /** As a JSON round trip (what Redis stores): Dates become strings, undefined fields vanish. */
  data: Data;
  status: JobStatus;
  /** Attempts that ended (succeeded, failed or timed out); a run cut short by a worker crash does not count. */
  attemptsMade: number;
  /** Once completed: the processor's return value as JSON; null and undefined both read back as absent. */
  result?: Result;
  /** The last failed attempt's error message, while waiting to retry or once failed; absent once completed. */
  failedReason?: string;
  createdAt: number;
  /** When the job completed or finally failed. */
  finishedAt?: number;
}

export interface JobContext<Data> {
  id: string;
  name: string;
  data: Data;
  /** 1 for the first try: attemptsMade + 1, so a rerun after a worker crash keeps its number. */
  attempt: number;
  /**
   * Aborted, with a JobTimeoutError as reason, when the attempt times out. The
   * processor must then stop by itself: nothing can stop it from outside, and
   * until it does it runs beyond the worker's concurrency. A graceful close does
   * not abort it: close() waits for the attempt, which timeoutMs bounds.
   */
  signal: AbortSignal;
}

export type Processor<Data = unknown, Result = unknown> = (job: JobContext<Data>) => Promise<Result>;

export interface WorkerOptions {
  concurrency?: number;
}

export interface WorkerHandle {
  /** Stops taking jobs and waits for the active ones to finish (without aborting them). Idempotent. */
  close(): Promise<void>;
}

export interface QueueBackend {
  readonly kind: 'bullmq' | 'memory';
  /** Queue names are non-empty and have no ":" (BullMQ's key separator), on both adapters. */
  add<Data>(queue: string, name: string, data: Data, options?: JobOptions): Promise<{ id: string }>;
  getJob<Data = unknown, Result = unknown>(queue: string, id: string): Promise<JobInfo<Data, Result> | undefined>;
  /** Number of jobs per status, for queue-depth metrics. */
  counts(queue: string): Promise<Record<JobStatus, number>>;
  process<Data, Result>(queue: string, processor: Processor<Data, Result>, options?: WorkerOptions): WorkerHandle;
  /** Rejects when the backing service cannot be reached (readiness check). */
  ping(): Promise<void>;
  /**
   * Redis connections this backend holds open and ready right now, read
   * without I/O (for the redis_connections_active gauge): BullMQ's shared
   * client, and each worker's connection and its blocking duplicate. 0 for
   * the in-process queue, and 0 once closed.
   */
  connections(): number;
  /**
   * Closes workers (waiting for active jobs) and connections. Idempotent;
   * afterwards add() rejects and process() throws.
   */
  close(): Promise<void>;
}

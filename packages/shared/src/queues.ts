/**
 * Queue names and payloads: the one home of the contract between producers
 * (API) and consumers (worker). Payload fields are only ever added, and
 * optional, so API and worker can be deployed one after the other.
 */
export const QUEUES = {
  maintenance: 'maintenance',
  /** Consumed by API processes, which own the generation pipeline (providers, compile, storage). */
  generations: 'generations',
  /** Consumed by workers (and by the API process on embedded defaults): screenshots, audits, diffs in Chromium. */
  renders: 'renders',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/**
 * A job queued while a request is traced also carries `traceparent`: the W3C
 * traceparent of the request's span, so the job's span joins its trace.
 */
export interface JobPayloads {
  /** Deletes sessions that expired longer ago than `olderThanDays` (default 7). */
  'sessions.cleanup': { olderThanDays?: number };
  /**
   * Closes generations and renders left queued or running with no job behind them (a process died
   * between writing the row and queueing the job, or a job was lost): failed with JOB_LOST, once
   * older than `olderThanSeconds` (default 600, well past the 180 s job timeouts).
   */
  'jobs.reconcile': { olderThanSeconds?: number };
  /**
   * Deletes finished renders older than `olderThanDays` (default 30) with their images, except those
   * still shown: baselines, the newest succeeded render per component and target, and the baselines
   * kept renders were diffed against.
   */
  'renders.prune': { olderThanDays?: number };
  /** Renders a component version; the row `renderId` already exists (status queued). */
  'renders.run': { renderId: string; traceparent?: string };
  /** Runs a generation accepted with `async: true`; the row `generationId` already exists (status queued). */
  'generations.run': {
    generationId: string;
    request: { prompt: string; target: string; designSystemId?: string; viewport?: number; componentId?: string; provider?: 'anthropic' | 'openai' | 'offline' };
    requester: { userId: string; sessionId: string } | { visitorId: string; ip: string };
    traceparent?: string;
  };
}
export type JobName = keyof JobPayloads;

/** Which queue each job goes to, with its default retry policy. */
export const JOBS: { [K in JobName]: { queue: QueueName; attempts: number; timeoutMs: number } } = {
  'sessions.cleanup': { queue: QUEUES.maintenance, attempts: 3, timeoutMs: 60_000 },
  'jobs.reconcile': { queue: QUEUES.maintenance, attempts: 1, timeoutMs: 60_000 },
  // A run stops itself after 4 minutes (a backlog is worked off day by day); tomorrow's run retries.
  'renders.prune': { queue: QUEUES.maintenance, attempts: 1, timeoutMs: 300_000 },
  // A generation is charged and logged once: no automatic retry.
  'generations.run': { queue: QUEUES.generations, attempts: 1, timeoutMs: 180_000 },
  // The browser pool retries a crashed or hung page once itself; the queue does not retry on top.
  'renders.run': { queue: QUEUES.renders, attempts: 1, timeoutMs: 180_000 },
};

import { sessionsRepository } from '@anclora/db';
import type { Infra } from '@anclora/infra';
import type { JobName, JobPayloads } from '@anclora/shared';
import { pruneRenders } from './prune-renders.js';
import { reconcileJobs } from './reconcile.js';

/**
 * One declarative table: job name → thin processor. A processor parses its
 * payload, calls a feature function and returns a small JSON result; retries
 * and timeouts come from JOBS in @anclora/shared, applied by the queue.
 */
// Generations and renders have their own consumers (they need the AI providers, the preview builder and the browser pool).
export type WorkerJobName = Exclude<JobName, 'generations.run' | 'renders.run'>;
export type JobProcessors = {
  [K in WorkerJobName]: (payload: JobPayloads[K], infra: Infra) => Promise<unknown>;
};

const DAY_MS = 24 * 3600 * 1000;

export const processors: JobProcessors = {
  'sessions.cleanup': async (payload, infra) => {
    const olderThanDays = payload.olderThanDays ?? 7;
    const deleted = await sessionsRepository(infra.database.primary).deleteExpired(new Date(Date.now() - olderThanDays * DAY_MS));
    return { deleted };
  },
  'jobs.reconcile': (payload, infra) => reconcileJobs(infra, payload.olderThanSeconds),
  'renders.prune': (payload, infra) => pruneRenders(infra, payload.olderThanDays),
};

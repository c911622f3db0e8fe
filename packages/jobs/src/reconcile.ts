import { generationsRepository, rendersRepository } from '@anclora/db';
import type { Infra } from '@anclora/infra';
import { QUEUES } from '@anclora/shared';

const DEFAULT_OLDER_THAN_SECONDS = 600;
/** Rows looked at per run: the job stays short; a backlog is worked off over the next runs. */
const BATCH = 500;
const LOST = { code: 'JOB_LOST', message: 'The job behind this request was lost (a process stopped before queueing it); ask again.' };

/**
 * A generation or render row is written before its job is queued, and a process can die in
 * between (or Redis can lose a job). Such a row would say "queued" forever. This closes every row
 * still queued or running after `olderThanSeconds` whose job the queue no longer holds as
 * waiting, delayed or active, and leaves the rest alone.
 */
export async function reconcileJobs(infra: Pick<Infra, 'database' | 'queue'>, olderThanSeconds = DEFAULT_OLDER_THAN_SECONDS): Promise<{ generations: number; renders: number }> {
  const before = new Date(Date.now() - olderThanSeconds * 1000);
  const db = infra.database.primary;
  const pending = async (queue: string, id: string): Promise<boolean> => {
    const status = (await infra.queue.getJob(queue, id))?.status;
    return status === 'waiting' || status === 'delayed' || status === 'active';
  };

  const generations = generationsRepository(db);
  let lostGenerations = 0;
  for (const row of await generations.unfinishedBefore(before, BATCH)) {
    if (await pending(QUEUES.generations, row.id)) continue;
    if (await generations.failUnfinished(row.id, LOST)) lostGenerations += 1;
  }

  const renders = rendersRepository(db);
  let lostRenders = 0;
  for (const row of await renders.unfinishedBefore(before, BATCH)) {
    if (await pending(QUEUES.renders, row.id)) continue;
    if (await renders.failUnfinished(row.id, LOST)) lostRenders += 1;
  }
  return { generations: lostGenerations, renders: lostRenders };
}

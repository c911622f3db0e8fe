import { renderRetentionRepository } from '@anclora/db';
import type { Infra } from '@anclora/infra';

export const DEFAULT_RENDER_RETENTION_DAYS = 30;
const DAY_MS = 24 * 3600 * 1000;
/** Renders looked at per query; a run keeps going until nothing is left or its time is up. */
const BATCH = 200;
/** Under the job's timeout, so a large first run stops cleanly and the next day's run carries on. */
const TIME_BUDGET_MS = 4 * 60 * 1000;

/**
 * Deletes renders older than `olderThanDays` that nothing shows any more (see
 * renderRetentionRepository), with their screenshots and diff images in object storage. Without
 * this, every render's PNGs (three viewports, plus diffs) stay in the bucket for ever.
 */
export async function pruneRenders(
  infra: Pick<Infra, 'database' | 'storage'>,
  olderThanDays = DEFAULT_RENDER_RETENTION_DAYS,
  options: { timeBudgetMs?: number } = {},
): Promise<{ renders: number; files: number }> {
  const before = new Date(Date.now() - olderThanDays * DAY_MS);
  const deadline = Date.now() + (options.timeBudgetMs ?? TIME_BUDGET_MS);
  const retention = renderRetentionRepository(infra.database.primary);
  let renders = 0;
  let files = 0;
  // Ids that stayed (made un-prunable meanwhile) are not asked about again in this run.
  const skipped = new Set<string>();
  while (Date.now() < deadline) {
    const ids = (await retention.prunableBefore(before, BATCH + skipped.size)).filter((id) => !skipped.has(id));
    if (ids.length === 0) break;
    for (const id of ids) {
      if (Date.now() >= deadline) break;
      let removed = 0;
      const deleted = await retention.deleteIfPrunable(id, async () => {
        // In parallel: the row stays locked (and on PGlite the one connection busy) until they are gone.
        const keys = await infra.storage.list(`renders/${id}/`);
        await Promise.all(keys.map((key) => infra.storage.delete(key)));
        removed = keys.length;
      });
      if (deleted) {
        renders += 1;
        files += removed;
      } else skipped.add(id);
    }
  }
  return { renders, files };
}

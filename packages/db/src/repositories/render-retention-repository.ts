import { and, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../database.js';
import { renders } from '../schema.js';

/**
 * Which finished renders may go once they are old, and their removal. A render is kept, whatever
 * its age, while something still shows it:
 * - a baseline was approved from it (later renders are diffed against its screenshots);
 * - it is the newest succeeded render of its component and target (the component page shows it);
 * - another render's diff names it as the baseline it was compared with (a diff viewer shows the pair);
 * - a render of its component is queued or running: that render may be diffing against it right now
 *   (it read the baselines before a newer approval replaced this one) and will name it when it finishes.
 * Queued and running renders are the reconcile job's business, never this one's.
 */
const PRUNABLE = sql`
  ${renders.status} in ('succeeded', 'failed')
  and not exists (select 1 from baselines b where b.render_id = ${renders.id})
  and ${renders.id} is distinct from (
    select newest.id from renders newest
    where newest.component_id = ${renders.componentId} and newest.target = ${renders.target} and newest.status = 'succeeded'
    order by newest.created_at desc, newest.id desc
    limit 1
  )
  and not exists (
    select 1 from renders later
    where later.component_id = ${renders.componentId}
      and later.id <> ${renders.id}
      and later.results @> jsonb_build_array(jsonb_build_object('diff', jsonb_build_object('baselineRenderId', ${renders.id}::text)))
  )
  and not exists (
    select 1 from renders busy
    where busy.component_id = ${renders.componentId} and busy.status in ('queued', 'running')
  )`;

export function renderRetentionRepository(db: Db) {
  return {
    /** Ids of renders created before `before` that nothing shows any more, oldest first. */
    async prunableBefore(before: Date, limit: number): Promise<string[]> {
      const rows = await db.select({ id: renders.id }).from(renders).where(and(lt(renders.createdAt, before), PRUNABLE)).orderBy(renders.createdAt).limit(limit);
      return rows.map((row) => row.id);
    },

    /**
     * Deletes a render if it is still prunable, after `removeFiles` removed what it stored; true when
     * it went. The row stays locked meanwhile: approving it as a baseline (whose foreign key needs
     * the row) waits, then finds it gone, instead of pointing a baseline at deleted screenshots. If
     * `removeFiles` fails the row stays, and the next run tries again.
     */
    async deleteIfPrunable(id: string, removeFiles: () => Promise<void>): Promise<boolean> {
      return db.transaction(async (tx) => {
        const locked = await tx.select({ id: renders.id }).from(renders).where(eq(renders.id, id)).for('update');
        if (locked.length === 0) return false;
        const still = await tx.select({ id: renders.id }).from(renders).where(and(eq(renders.id, id), PRUNABLE));
        if (still.length === 0) return false;
        await removeFiles();
        await tx.delete(renders).where(eq(renders.id, id));
        return true;
      });
    },
  };
}

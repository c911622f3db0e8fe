import { and, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Executor } from '../database.js';
import { baselines, renders } from '../schema.js';

export type RenderRow = typeof renders.$inferSelect;
export type NewRender = typeof renders.$inferInsert;
export type BaselineRow = typeof baselines.$inferSelect;

/** Render jobs and the baselines approved from them. */
export function rendersRepository(db: Executor) {
  return {
    async create(input: NewRender): Promise<RenderRow> {
      const rows = await db.insert(renders).values(input).returning();
      return rows[0]!;
    },

    /**
     * Inserts a render that carries its request's Idempotency-Key, unless the owner already has one
     * with that key: then nothing is inserted and the answer is undefined (findByIdempotencyKey
     * gives the one that was there). Of concurrent inserts with one key exactly one wins; PostgreSQL
     * makes the others wait for it and then skip.
     */
    async createUnlessKeyUsed(input: NewRender & { idempotencyKey: string }): Promise<RenderRow | undefined> {
      const rows = await db
        .insert(renders)
        .values(input)
        // The predicate names the partial unique index renders_owner_idempotency_key.
        .onConflictDoNothing({ target: [renders.ownerId, renders.idempotencyKey], where: sql`${sql.identifier('idempotency_key')} is not null` })
        .returning();
      return rows[0];
    },

    /** The owner's render queued with this Idempotency-Key, if any. */
    async findByIdempotencyKey(ownerId: string, key: string): Promise<RenderRow | undefined> {
      const rows = await db
        .select()
        .from(renders)
        .where(and(eq(renders.ownerId, ownerId), eq(renders.idempotencyKey, key)))
        .limit(1);
      return rows[0];
    },

    async update(id: string, changes: Partial<Pick<NewRender, 'status' | 'results' | 'error' | 'attempts' | 'durationMs' | 'idempotencyKey'>>): Promise<void> {
      await db.update(renders).set(changes).where(eq(renders.id, id));
    },

    /** Renders still queued or running that were created before `before`, oldest first. */
    async unfinishedBefore(before: Date, limit: number): Promise<Array<Pick<RenderRow, 'id' | 'status'>>> {
      return db
        .select({ id: renders.id, status: renders.status })
        .from(renders)
        .where(and(inArray(renders.status, ['queued', 'running']), lt(renders.createdAt, before)))
        .orderBy(renders.createdAt)
        .limit(limit);
    },

    /** Fails a render only if it has not finished meanwhile; true when it did. */
    async failUnfinished(id: string, error: { code: string; message: string }): Promise<boolean> {
      const rows = await db
        .update(renders)
        .set({ status: 'failed', error })
        .where(and(eq(renders.id, id), inArray(renders.status, ['queued', 'running'])))
        .returning({ id: renders.id });
      return rows.length > 0;
    },

    async findById(id: string): Promise<RenderRow | undefined> {
      const rows = await db.select().from(renders).where(eq(renders.id, id)).limit(1);
      return rows[0];
    },

    /** The newest succeeded render of a component in a target. */
    async latestSucceeded(componentId: string, target: string): Promise<RenderRow | undefined> {
      const rows = await db
        .select()
        .from(renders)
        .where(and(eq(renders.componentId, componentId), eq(renders.target, target), eq(renders.status, 'succeeded')))
        // The same order as the retention job's "newest", so both name the same render on a tie.
        .orderBy(desc(renders.createdAt), desc(renders.id))
        .limit(1);
      return rows[0];
    },

    async baselinesOf(componentId: string, target: string): Promise<BaselineRow[]> {
      return db.select().from(baselines).where(and(eq(baselines.componentId, componentId), eq(baselines.target, target)));
    },

    /** Approves a render's screenshot as the baseline for its viewport, replacing the previous one. */
    async approve(input: { componentId: string; target: string; viewport: number; renderId: string; version: number; screenshotKey: string; approvedBy: string }): Promise<BaselineRow> {
      const rows = await db
        .insert(baselines)
        .values(input)
        .onConflictDoUpdate({
          target: [baselines.componentId, baselines.target, baselines.viewport],
          set: { renderId: input.renderId, version: input.version, screenshotKey: input.screenshotKey, approvedBy: input.approvedBy, updatedAt: new Date() },
        })
        .returning();
      return rows[0]!;
    },
  };
}

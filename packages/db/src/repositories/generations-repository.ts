import { and, count, eq, gte, inArray, lt, ne, or, sql } from 'drizzle-orm';
import type { Executor } from '../database.js';
import { generations } from '../schema.js';

export type GenerationRow = typeof generations.$inferSelect;
export type NewGeneration = typeof generations.$inferInsert;

/** The generation log: every request, its outcome, usage and timing — the basis of quotas and history. */
export function generationsRepository(db: Executor) {
  return {
    async create(input: NewGeneration): Promise<GenerationRow> {
      const rows = await db.insert(generations).values(input).returning();
      return rows[0]!;
    },

    async finish(
      id: string,
      result: Partial<Pick<NewGeneration, 'status' | 'componentId' | 'inputTokens' | 'outputTokens' | 'durationMs' | 'fromCache' | 'error' | 'model'>>,
    ): Promise<boolean> {
      // Succeeded is final: a late or repeated run of the same job (queues deliver at least once)
      // must not mark it running or failed again. False when nothing changed for that reason.
      const rows = await db
        .update(generations)
        .set(result)
        .where(and(eq(generations.id, id), ne(generations.status, 'succeeded')))
        .returning({ id: generations.id });
      return rows.length > 0;
    },

    /**
     * What a quota counts since `since`: charged generations (succeeded, not answered from the
     * cache) plus those still queued or running, which may yet be charged.
     */
    async countUsed(who: { ownerId: string } | { anonymousId: string }, since: Date): Promise<number> {
      const owner = 'ownerId' in who ? eq(generations.ownerId, who.ownerId) : eq(generations.anonymousId, who.anonymousId);
      const [row] = await db
        .select({ n: count() })
        .from(generations)
        .where(
          and(
            owner,
            gte(generations.createdAt, since),
            or(and(eq(generations.status, 'succeeded'), eq(generations.fromCache, false)), inArray(generations.status, ['queued', 'running'])),
          ),
        );
      return row?.n ?? 0;
    },

    /** Generations still queued or running that were created before `before`, oldest first. */
    async unfinishedBefore(before: Date, limit: number): Promise<Array<Pick<GenerationRow, 'id' | 'status'>>> {
      return db
        .select({ id: generations.id, status: generations.status })
        .from(generations)
        .where(and(inArray(generations.status, ['queued', 'running']), lt(generations.createdAt, before)))
        .orderBy(generations.createdAt)
        .limit(limit);
    },

    /** Fails a generation only if it has not finished meanwhile; true when it did. */
    async failUnfinished(id: string, error: { code: string; message: string }): Promise<boolean> {
      const rows = await db
        .update(generations)
        .set({ status: 'failed', error })
        .where(and(eq(generations.id, id), inArray(generations.status, ['queued', 'running'])))
        .returning({ id: generations.id });
      return rows.length > 0;
    },

    /** The row, locked until the caller's transaction ends (call it inside one). */
    async findForUpdate(id: string): Promise<GenerationRow | undefined> {
      const rows = await db.select().from(generations).where(eq(generations.id, id)).for('update');
      return rows[0];
    },

    /** The requester's generation accepted with this Idempotency-Key, if any. */
    async findByIdempotencyKey(who: { ownerId: string } | { anonymousId: string }, key: string): Promise<GenerationRow | undefined> {
      const owner = 'ownerId' in who ? eq(generations.ownerId, who.ownerId) : eq(generations.anonymousId, who.anonymousId);
      const rows = await db.select().from(generations).where(and(owner, eq(generations.idempotencyKey, key))).limit(1);
      return rows[0];
    },

    async findById(id: string): Promise<GenerationRow | undefined> {
      const rows = await db.select().from(generations).where(eq(generations.id, id)).limit(1);
      return rows[0];
    },

    /** Moves a generation's timestamp (tests of the monthly reset). */
    async backdate(id: string, to: Date): Promise<void> {
      await db.update(generations).set({ createdAt: sql`${to.toISOString()}::timestamptz` }).where(eq(generations.id, id));
    },
  };
}

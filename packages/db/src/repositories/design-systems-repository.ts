import { and, count, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../database.js';
import { designSystems } from '../schema.js';

export type DesignSystemRow = typeof designSystems.$inferSelect;

/** Design systems, always scoped to their owner: there is no unscoped read. */
export function designSystemsRepository(db: Executor) {
  return {
    async listByOwner(ownerId: string): Promise<DesignSystemRow[]> {
      return db.select().from(designSystems).where(eq(designSystems.ownerId, ownerId)).orderBy(desc(designSystems.createdAt));
    },

    async countByOwner(ownerId: string): Promise<number> {
      const [row] = await db.select({ n: count() }).from(designSystems).where(eq(designSystems.ownerId, ownerId));
      return row?.n ?? 0;
    },

    async findOwned(id: string, ownerId: string): Promise<DesignSystemRow | undefined> {
      const rows = await db
        .select()
        .from(designSystems)
        .where(and(eq(designSystems.id, id), eq(designSystems.ownerId, ownerId)))
        .limit(1);
      return rows[0];
    },

    async create(input: { ownerId: string; name: string; tokens: unknown; sourceFormat: string | null }): Promise<DesignSystemRow> {
      const rows = await db.insert(designSystems).values(input).returning();
      return rows[0]!;
    },

    /** Updates name and/or tokens; a token change bumps the version (caches key on it). */
    async update(
      id: string,
      ownerId: string,
      patch: { name?: string; tokens?: unknown; sourceFormat?: string | null },
    ): Promise<DesignSystemRow | undefined> {
      const rows = await db
        .update(designSystems)
        .set({
          ...(patch.name !== undefined ? { name: patch.name } : {}),
          ...(patch.tokens !== undefined ? { tokens: patch.tokens, sourceFormat: patch.sourceFormat ?? null, version: sql`${designSystems.version} + 1` } : {}),
        })
        .where(and(eq(designSystems.id, id), eq(designSystems.ownerId, ownerId)))
        .returning();
      return rows[0];
    },

    async delete(id: string, ownerId: string): Promise<boolean> {
      const rows = await db
        .delete(designSystems)
        .where(and(eq(designSystems.id, id), eq(designSystems.ownerId, ownerId)))
        .returning({ id: designSystems.id });
      return rows.length === 1;
    },
  };
}

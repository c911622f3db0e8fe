import { and, count, desc, eq, ilike, or, sql } from 'drizzle-orm';
import type { Executor } from '../database.js';
import { components, componentVersions } from '../schema.js';

export type ComponentRow = typeof components.$inferSelect;
export type ComponentVersionRow = typeof componentVersions.$inferSelect;

/** Components and their versions. Writes that touch both run in one transaction (callers pass `tx`). */
export function componentsRepository(db: Executor) {
  return {
    async create(input: {
      ownerId: string;
      name: string;
      description: string | null;
      designSystemId: string | null;
      designSystemPreset: string | null;
      spec: unknown;
      note: string;
    }): Promise<{ component: ComponentRow; version: ComponentVersionRow }> {
      const [component] = await db
        .insert(components)
        .values({
          ownerId: input.ownerId,
          name: input.name,
          description: input.description,
          designSystemId: input.designSystemId,
          designSystemPreset: input.designSystemPreset,
        })
        .returning();
      const [version] = await db
        .insert(componentVersions)
        .values({ componentId: component!.id, ownerId: input.ownerId, version: 1, spec: input.spec, note: input.note })
        .returning();
      return { component: component!, version: version! };
    },

    /** A component with its current version's spec; public components are readable by anyone (the caller checks). */
    async findWithCurrent(id: string): Promise<{ component: ComponentRow; version: ComponentVersionRow } | undefined> {
      const rows = await db
        .select({ component: components, version: componentVersions })
        .from(components)
        .innerJoin(
          componentVersions,
          and(eq(componentVersions.componentId, components.id), eq(componentVersions.version, components.currentVersion)),
        )
        .where(eq(components.id, id))
        .limit(1);
      return rows[0];
    },

    /** A component with one of its versions (renders pin the version they were asked for). */
    async findVersion(id: string, version: number): Promise<{ component: ComponentRow; version: ComponentVersionRow } | undefined> {
      const rows = await db
        .select({ component: components, version: componentVersions })
        .from(components)
        .innerJoin(componentVersions, and(eq(componentVersions.componentId, components.id), eq(componentVersions.version, version)))
        .where(eq(components.id, id))
        .limit(1);
      return rows[0];
    },

    async update(id: string, changes: Partial<Pick<ComponentRow, 'name' | 'description' | 'isPublic' | 'visualThreshold'>>): Promise<ComponentRow | undefined> {
      const rows = await db.update(components).set(changes).where(eq(components.id, id)).returning();
      return rows[0];
    },

    async remove(id: string): Promise<void> {
      await db.delete(components).where(eq(components.id, id));
    },

    /**
     * Appends a version and makes it current; the previous versions stay. Only
     * the owner's component moves (undefined otherwise, or when it is gone).
     * Run it in a transaction: the counter update locks the row, so concurrent
     * appends get consecutive numbers.
     */
    async addVersion(input: { componentId: string; ownerId: string; spec: unknown; note: string }): Promise<{ component: ComponentRow; version: ComponentVersionRow } | undefined> {
      const [component] = await db
        .update(components)
        .set({ currentVersion: sql`${components.currentVersion} + 1` })
        .where(and(eq(components.id, input.componentId), eq(components.ownerId, input.ownerId)))
        .returning();
      if (!component) return undefined;
      const [version] = await db
        .insert(componentVersions)
        .values({ componentId: input.componentId, ownerId: input.ownerId, version: component.currentVersion, spec: input.spec, note: input.note })
        .returning();
      return { component, version: version! };
    },

    /** Every version of a component, newest first, without the specs (a history list). */
    async listVersions(componentId: string): Promise<Array<Pick<ComponentVersionRow, 'version' | 'note' | 'createdAt'>>> {
      return db
        .select({ version: componentVersions.version, note: componentVersions.note, createdAt: componentVersions.createdAt })
        .from(componentVersions)
        .where(eq(componentVersions.componentId, componentId))
        .orderBy(desc(componentVersions.version));
    },

    /** One page of an owner's components, newest first; `search` matches the name or description (case-insensitive). */
    async listByOwner(ownerId: string, page: number, limit: number, search?: string): Promise<{ items: ComponentRow[]; total: number }> {
      // LIKE's wildcards in the user's text are literal characters, not patterns.
      const pattern = search ? `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
      const where = pattern ? and(eq(components.ownerId, ownerId), or(ilike(components.name, pattern), ilike(components.description, pattern))) : eq(components.ownerId, ownerId);
      const [items, [totals]] = await Promise.all([
        db
          .select()
          .from(components)
          .where(where)
          .orderBy(desc(components.createdAt), desc(components.id))
          .limit(limit)
          .offset((page - 1) * limit),
        db.select({ n: count() }).from(components).where(where),
      ]);
      return { items, total: totals?.n ?? 0 };
    },
  };
}

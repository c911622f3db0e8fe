import { and, countDistinct, eq, gt, gte, isNull, lt, or, sql } from 'drizzle-orm';
import type { Executor } from '../database.js';
import { planEnum, sessions, users, type Session } from '../schema.js';

export type UsersByPlan = Record<(typeof planEnum.enumValues)[number], number>;

/** Refresh-token sessions. Only hashes of tokens are ever stored or queried. */
export function sessionsRepository(db: Executor) {
  return {
    /**
     * Distinct users per plan with a live session (not revoked, not expired)
     * opened or refreshed since `since`, or who logged in since then. Sessions
     * rotate on every refresh (a new row) and access tokens live 15 minutes, so
     * a user who keeps using the app shows up. Every plan is present (0 included).
     */
    async activeUsersByPlan(since: Date, now = new Date()): Promise<UsersByPlan> {
      const rows = await db
        .select({ plan: users.plan, users: countDistinct(sessions.ownerId) })
        .from(sessions)
        .innerJoin(users, eq(users.id, sessions.ownerId))
        .where(and(isNull(sessions.revokedAt), gt(sessions.expiresAt, now), or(gte(sessions.createdAt, since), gte(sessions.updatedAt, since), gte(users.lastActiveAt, since))))
        .groupBy(users.plan);
      const result = Object.fromEntries(planEnum.enumValues.map((plan) => [plan, 0])) as UsersByPlan;
      for (const row of rows) result[row.plan] = Number(row.users);
      return result;
    },

    async create(input: {
      ownerId: string;
      refreshTokenHash: string;
      familyId: string;
      expiresAt: Date;
      userAgent?: string | null;
      ip?: string | null;
    }): Promise<Session> {
      const rows = await db
        .insert(sessions)
        .values({ ...input, userAgent: input.userAgent ?? null, ip: input.ip ?? null })
        .returning();
      return rows[0]!;
    },

    async findByTokenHash(refreshTokenHash: string): Promise<Session | undefined> {
      const rows = await db.select().from(sessions).where(eq(sessions.refreshTokenHash, refreshTokenHash)).limit(1);
      return rows[0];
    },

    /**
     * Marks a session rotated, only if it still is the live one. Resolves
     * false when another request rotated or revoked it first, so two
     * concurrent refreshes with one token cannot both succeed.
     */
    async markRotated(id: string): Promise<boolean> {
      const rows = await db
        .update(sessions)
        .set({ rotatedAt: sql`now()`, revokedAt: sql`now()` })
        .where(and(eq(sessions.id, id), isNull(sessions.revokedAt)))
        .returning({ id: sessions.id });
      return rows.length === 1;
    },

    async revoke(id: string): Promise<void> {
      await db.update(sessions).set({ revokedAt: sql`now()` }).where(and(eq(sessions.id, id), isNull(sessions.revokedAt)));
    },

    async revokeFamily(familyId: string): Promise<number> {
      const rows = await db
        .update(sessions)
        .set({ revokedAt: sql`now()` })
        .where(and(eq(sessions.familyId, familyId), isNull(sessions.revokedAt)))
        .returning({ id: sessions.id });
      return rows.length;
    },

    /**
     * Deletes sessions that expired before `before`; returns how many.
     * Revoked sessions are kept until they expire: a rotated token presented
     * later must still be recognised as reuse and revoke its family.
     */
    async deleteExpired(before: Date): Promise<number> {
      const rows = await db.delete(sessions).where(lt(sessions.expiresAt, before)).returning({ id: sessions.id });
      return rows.length;
    },
  };
}

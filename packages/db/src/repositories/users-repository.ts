import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../database.js';
import { sessions, users, type User } from '../schema.js';

export type PublicUser = Pick<User, 'id' | 'email' | 'name' | 'plan' | 'createdAt'>;

const publicColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  plan: users.plan,
  createdAt: users.createdAt,
};

/** Users, by id or email. Emails are compared lower-cased. */
export function usersRepository(db: Executor) {
  return {
    /** Inserts a user; resolves undefined when the email is already taken. */
    async create(input: { email: string; passwordHash: string; name?: string | null }): Promise<PublicUser | undefined> {
      const rows = await db
        .insert(users)
        .values({ email: input.email.toLowerCase(), passwordHash: input.passwordHash, name: input.name ?? null })
        .onConflictDoNothing({ target: users.email })
        .returning(publicColumns);
      return rows[0];
    },

    async findByEmail(email: string): Promise<User | undefined> {
      const rows = await db.select().from(users).where(eq(users.email, email.toLowerCase())).limit(1);
      return rows[0];
    },

    async findById(id: string): Promise<PublicUser | undefined> {
      const rows = await db.select(publicColumns).from(users).where(eq(users.id, id)).limit(1);
      return rows[0];
    },

    /**
     * The user behind an access token, only while the session it was issued
     * for is neither revoked nor expired — so logout takes effect at once.
     */
    async findBySession(userId: string, sessionId: string): Promise<PublicUser | undefined> {
      const rows = await db
        .select(publicColumns)
        .from(users)
        .innerJoin(sessions, eq(sessions.ownerId, users.id))
        .where(
          and(
            eq(users.id, userId),
            eq(sessions.id, sessionId),
            isNull(sessions.revokedAt),
            gt(sessions.expiresAt, sql`now()`),
          ),
        )
        .limit(1);
      return rows[0];
    },

    /** Billing moves a user between plans (Stripe webhooks, and tests). */
    async setPlan(id: string, plan: User['plan']): Promise<void> {
      await db.update(users).set({ plan }).where(eq(users.id, id));
    },

    async touch(id: string, at: Date = new Date()): Promise<void> {
      await db.update(users).set({ lastActiveAt: at }).where(eq(users.id, id));
    },
  };
}

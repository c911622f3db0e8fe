import { generationsRepository, type Db } from '@anclora/db';
import { sql } from 'drizzle-orm';
import type { Cache } from '@anclora/infra';
import { AppError } from '@anclora/shared';
import type { Actor } from '../authorization/policy.js';

/** The first instant of the next calendar month (UTC): when monthly quotas reset. */
export const nextMonthStart = (now: Date): Date => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
export const monthStart = (now: Date): Date => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));

export interface QuotaLimits {
  freeMonthlyGenerations: number;
  anonymousTrialGenerations: number;
}

type GenerationsLog = ReturnType<typeof generationsRepository>;

export type Requester = { actor: Actor } | { visitorId: string; ip: string };

/**
 * Credits: Free users have a monthly allowance counted from the generation
 * log (so it resets by calendar month, and cached answers are free); paid
 * plans have none here (fair use is the rate limit); anonymous visitors have
 * a small trial per signed visitor id and per IP.
 */
export function createQuota(db: Db, cache: Cache, limits: QuotaLimits, now: () => Date = () => new Date()) {
  const generations = generationsRepository(db);
  const ipKey = (ip: string, at: Date) => `trial-ip:${at.getUTCFullYear()}-${at.getUTCMonth() + 1}:${ip}`;

  const exceeded = (limit: number, what: string, resetAt: Date | undefined) =>
    new AppError(
      'QUOTA_EXCEEDED',
      402,
      resetAt
        ? `${what} of ${limit} generations is used up; it resets on ${resetAt.toISOString().slice(0, 10)}. Upgrade to Pro for unlimited generations.`
        : `${what} of ${limit} generations is used up; sign up to keep generating.`,
      { limit, ...(resetAt ? { resetAt: resetAt.toISOString() } : {}) },
    );

  /** Generations this month that count against the requester's allowance (charged or still in flight). */
  async function used(repo: GenerationsLog, who: Requester, at: Date): Promise<number> {
    if ('actor' in who) return repo.countUsed({ ownerId: who.actor.userId }, monthStart(at));
    const byVisitor = await repo.countUsed({ anonymousId: who.visitorId }, monthStart(at));
    const byIp = (await cache.get<number>(ipKey(who.ip, at))) ?? 0;
    return Math.max(byVisitor, byIp);
  }

  const unlimited = (who: Requester) => 'actor' in who && (who.actor.user?.plan ?? 'free') !== 'free';

  async function assertAvailable(repo: GenerationsLog, who: Requester): Promise<void> {
    if (unlimited(who)) return;
    const at = now();
    if ('actor' in who) {
      if ((await used(repo, who, at)) >= limits.freeMonthlyGenerations) throw exceeded(limits.freeMonthlyGenerations, 'The Free plan’s monthly allowance', nextMonthStart(at));
      return;
    }
    if ((await used(repo, who, at)) >= limits.anonymousTrialGenerations) throw exceeded(limits.anonymousTrialGenerations, 'The free trial', undefined);
  }

  return {
    /** Throws 402 QUOTA_EXCEEDED when the requester has no generation left (an early answer; reserve() decides). */
    assertAvailable: (who: Requester) => assertAvailable(generations, who),

    /**
     * Checks the allowance and writes the generation's row (queued or running) in one
     * transaction, holding a lock per requester, so parallel requests on any instance cannot all
     * take the last credit: the row counts from the moment it exists.
     */
    async reserve<T>(who: Requester, create: (tx: Db) => Promise<T>): Promise<T> {
      if (unlimited(who)) return create(db);
      return db.transaction(async (transaction) => {
        const tx = transaction as unknown as Db;
        const key = 'actor' in who ? `user:${who.actor.userId}` : `visitor:${who.visitorId}`;
        await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`quota:${key}`}, 0))`);
        await assertAvailable(generationsRepository(tx), who);
        return create(tx);
      });
    },

    /** What the requester has left this month (the workspace shows it); null limits mean unlimited (fair use applies). */
    async remaining(who: Requester): Promise<{ plan: string; limit: number | null; used: number; remaining: number | null; resetAt: string | null }> {
      const at = now();
      if ('actor' in who) {
        const plan = who.actor.user?.plan ?? 'free';
        if (plan !== 'free') return { plan, limit: null, used: 0, remaining: null, resetAt: null };
        const count = await used(generations, who, at);
        const limit = limits.freeMonthlyGenerations;
        return { plan, limit, used: count, remaining: Math.max(0, limit - count), resetAt: nextMonthStart(at).toISOString() };
      }
      const count = await used(generations, who, at);
      const limit = limits.anonymousTrialGenerations;
      return { plan: 'trial', limit, used: count, remaining: Math.max(0, limit - count), resetAt: null };
    },

    /** Records a charged anonymous generation against the IP (the visitor id is counted from the log). */
    async charge(who: Requester): Promise<void> {
      if ('actor' in who) return;
      const at = now();
      // INCR, not read-then-write: two instances charging at once must both count.
      await cache.increment(ipKey(who.ip, at), Math.ceil((nextMonthStart(at).getTime() - at.getTime()) / 1000));
    },
  };
}
export type Quota = ReturnType<typeof createQuota>;

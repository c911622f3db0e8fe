import { generationsRepository, type Db } from '@anclora/db';
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

  return {
    /** Throws 402 QUOTA_EXCEEDED when the requester has no generation left. */
    async assertAvailable(who: Requester): Promise<void> {
      const at = now();
      if ('actor' in who) {
        const plan = who.actor.user?.plan ?? 'free';
        if (plan !== 'free') return;
        const used = await generations.countCharged({ ownerId: who.actor.userId }, monthStart(at));
        if (used >= limits.freeMonthlyGenerations) throw exceeded(limits.freeMonthlyGenerations, 'The Free plan’s monthly allowance', nextMonthStart(at));
        return;
      }
      const byVisitor = await generations.countCharged({ anonymousId: who.visitorId }, monthStart(at));
      const byIp = (await cache.get<number>(ipKey(who.ip, at))) ?? 0;
      if (Math.max(byVisitor, byIp) >= limits.anonymousTrialGenerations) throw exceeded(limits.anonymousTrialGenerations, 'The free trial', undefined);
    },

    /** What the requester has left this month (the workspace shows it); null limits mean unlimited (fair use applies). */
    async remaining(who: Requester): Promise<{ plan: string; limit: number | null; used: number; remaining: number | null; resetAt: string | null }> {
      const at = now();
      if ('actor' in who) {
        const plan = who.actor.user?.plan ?? 'free';
        if (plan !== 'free') return { plan, limit: null, used: 0, remaining: null, resetAt: null };
        const used = await generations.countCharged({ ownerId: who.actor.userId }, monthStart(at));
        const limit = limits.freeMonthlyGenerations;
        return { plan, limit, used, remaining: Math.max(0, limit - used), resetAt: nextMonthStart(at).toISOString() };
      }
      const byVisitor = await generations.countCharged({ anonymousId: who.visitorId }, monthStart(at));
      const byIp = (await cache.get<number>(ipKey(who.ip, at))) ?? 0;
      const used = Math.max(byVisitor, byIp);
      const limit = limits.anonymousTrialGenerations;
      return { plan: 'trial', limit, used, remaining: Math.max(0, limit - used), resetAt: null };
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

import { Gauge, type Registry } from 'prom-client';
import { sessionsRepository, type Db, type UsersByPlan } from '@anclora/db';
import type { CollectGuard } from '@anclora/observability';

/** The seed's window: a user is active if seen in the last 15 minutes. */
export const ACTIVE_WINDOW_MS = 15 * 60 * 1000;
/** Several Prometheus servers (or a fast scrape interval) share one query per this period. */
export const ACTIVE_USERS_REFRESH_MS = 10_000;

export type ActiveUsersByPlan = UsersByPlan;

/** Users active in the seed's window (see sessionsRepository.activeUsersByPlan). */
export function countActiveUsers(db: Db, now = new Date()): Promise<ActiveUsersByPlan> {
  return sessionsRepository(db).activeUsersByPlan(new Date(now.getTime() - ACTIVE_WINDOW_MS), now);
}
/**
 * active_users_total{plan}: every plan always has a series (0 included), so
 * dashboards and `sum()` alerts see a value from the first scrape. The value
 * is global (read from the shared database): each API instance reports the
 * same number, so aggregate with max by (plan), not sum.
 */
export function registerActiveUsers(registry: Registry, db: () => Db | undefined, guard: CollectGuard, refreshMs = ACTIVE_USERS_REFRESH_MS): void {
  let last: { at: number; value: ActiveUsersByPlan } | undefined;
  let pending: Promise<ActiveUsersByPlan | undefined> | undefined;
  new Gauge({
    name: 'active_users_total',
    help: 'Number of currently active users',
    labelNames: ['plan'],
    registers: [registry],
    async collect() {
      const database = db();
      if (!database) return;
      if (!last || Date.now() - last.at >= refreshMs) {
        // Concurrent scrapes share one query.
        pending ??= guard.run('active_users_total', () => countActiveUsers(database)).finally(() => {
          pending = undefined;
        });
        const value = await pending;
        if (value) last = { at: Date.now(), value };
      }
      if (!last) return;
      for (const [plan, n] of Object.entries(last.value)) this.set({ plan }, n);
    },
  });
}

import { Counter, Gauge, type Registry } from 'prom-client';
import type { Infra } from '@anclora/infra';
import { QUEUES } from '@anclora/shared';
import type { CollectGuard } from './guarded-collect.js';

/** The queue states a depth gauge reports: work not yet finished. */
export const QUEUE_DEPTH_STATES = ['waiting', 'active', 'delayed'] as const;

/**
 * The process's Redis connections that are up: the cache client and the
 * rate limiter's fail-fast client (ioredis says 'ready' once connected and
 * able to take commands), plus those the queue backend holds for BullMQ.
 */
function connectedRedisClients(infra: Infra): number {
  const own = [infra.redis, infra.redisFailFast].filter((client) => client?.status === 'ready').length;
  return own + infra.queue.connections();
}

/**
 * Gauges read from the process's infrastructure at scrape time (prom-client
 * `collect()`), so they are exact when Prometheus looks and cost nothing in
 * between. `infra` is a getter because the API's metrics plugin registers
 * before its infrastructure plugin; it answers undefined until then.
 *
 * Every value here is per process: several API and worker processes each
 * report their own pools and connections (sum them), but the same shared
 * queue depth (take the max, not the sum).
 */
export function registerInfraCollectors(registry: Registry, infra: () => Infra | undefined, guard: CollectGuard): void {
  new Gauge({
    name: 'app_backend_info',
    help: 'Which adapter each dependency runs on (always 1); alerts use it to tell "no Redis configured" from "Redis lost"',
    labelNames: ['database', 'cache', 'queue', 'storage'],
    registers: [registry],
    collect() {
      const i = infra();
      if (!i) return;
      this.reset();
      this.set({ database: i.database.kind, cache: i.cache.kind, queue: i.queue.kind, storage: i.storage.kind }, 1);
    },
  });

  // The seed's name. It counts the primary pool's open connections (what
  // PostgreSQL's max_connections is spent on), busy or idle; PGlite is one
  // in-process connection.
  new Gauge({
    name: 'database_connections_active',
    help: 'Number of active database connections',
    registers: [registry],
    collect() {
      const i = infra();
      if (i) this.set(i.database.poolStats().total);
    },
  });
  new Gauge({
    name: 'database_connections_idle',
    help: 'Open database connections not running a query',
    registers: [registry],
    collect() {
      const i = infra();
      if (i) this.set(i.database.poolStats().idle);
    },
  });
  new Gauge({
    name: 'database_connections_waiting',
    help: 'Queries waiting for a pooled connection (pool exhausted)',
    registers: [registry],
    collect() {
      const i = infra();
      if (i) this.set(i.database.poolStats().waiting);
    },
  });

  new Gauge({
    name: 'redis_connections_active',
    help: 'Number of active Redis connections',
    registers: [registry],
    collect() {
      const i = infra();
      if (i) this.set(connectedRedisClients(i));
    },
  });

  new Gauge({
    name: 'queue_depth',
    help: 'Jobs per queue and state (waiting, active, delayed), read from the queue backend at scrape time',
    labelNames: ['queue', 'state'],
    registers: [registry],
    async collect() {
      const i = infra();
      if (!i) return;
      await Promise.all(
        Object.values(QUEUES).map(async (queue) => {
          const counts = await guard.run(`queue_depth:${queue}`, () => i.queue.counts(queue));
          if (!counts) return; // keep the last value
          for (const state of QUEUE_DEPTH_STATES) this.set({ queue, state }, counts[state]);
        }),
      );
    },
  });

  // The cache adapter counts hits and misses since start; the counters
  // follow those totals (a counter only moves up, so it adds the difference).
  const seen = { hits: 0, misses: 0 };
  const lookups = new Counter({
    name: 'cache_lookups_total',
    help: 'Cache reads by result (hit or miss), all keys',
    labelNames: ['result'],
    registers: [registry],
    collect() {
      const i = infra();
      if (!i) return;
      const { hits, misses } = i.cache.stats();
      if (hits > seen.hits) this.inc({ result: 'hit' }, hits - seen.hits);
      if (misses > seen.misses) this.inc({ result: 'miss' }, misses - seen.misses);
      seen.hits = Math.max(seen.hits, hits);
      seen.misses = Math.max(seen.misses, misses);
    },
  });
  lookups.inc({ result: 'hit' }, 0);
  lookups.inc({ result: 'miss' }, 0);
  new Gauge({
    name: 'cache_hit_ratio',
    help: 'Cache hits / lookups since the process started (0 before the first lookup); rate() the counters for a windowed ratio',
    registers: [registry],
    collect() {
      const i = infra();
      if (!i) return;
      const { hits, misses } = i.cache.stats();
      this.set(hits + misses === 0 ? 0 : hits / (hits + misses));
    },
  });
}

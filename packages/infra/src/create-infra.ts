import type { Config } from '@anclora/config';
import { migrateFromConfig, openDatabaseFromConfig, type Database } from '@anclora/db';
import { Redis } from 'ioredis';
import type { Cache } from './cache/cache.js';
import { createMemoryCache } from './cache/memory-cache.js';
import { createRedisCache } from './cache/redis-cache.js';
import type { QueueBackend } from './queue/queue.js';
import { createMemoryQueueBackend } from './queue/memory-queue.js';
import { createBullmqBackend } from './queue/bullmq-queue.js';
import type { ObjectStorage } from './storage/storage.js';
import { createLocalStorage } from './storage/local-storage.js';
import { createS3Storage } from './storage/s3-storage.js';

/**
 * Everything a process needs from the outside world, chosen by configuration:
 * each dependency has a production adapter and an embedded default, so a
 * fresh clone runs with nothing installed and production runs on real
 * services with the same code.
 */
export interface Infra {
  database: Database;
  cache: Cache;
  queue: QueueBackend;
  storage: ObjectStorage;
  /** The shared Redis connection (cache), when REDIS_URL is set. */
  redis: Redis | undefined;
  /**
   * A second connection that fails commands at once while Redis is
   * unreachable instead of queueing them through reconnects: the rate
   * limiter runs on every request and must never wait for Redis.
   */
  redisFailFast: Redis | undefined;
  /** Closes in reverse order of opening; safe to call twice. */
  close(): Promise<void>;
}

export interface CreateInfraOptions {
  /** Apply pending migrations before returning (API start, `npm run db:migrate`). */
  migrate?: boolean;
  /** Shown in pg_stat_activity and Redis CLIENT LIST. */
  processName?: string;
  /** Connection and worker errors that have no caller to reject (default: ignored). */
  onError?: (source: string, error: Error) => void;
  /** Replaces an adapter, e.g. an in-memory database in tests. */
  overrides?: Partial<Pick<Infra, 'database' | 'cache' | 'queue' | 'storage'>>;
}

export function createRedisClient(
  config: Config,
  connectionName: string,
  options: { failFast?: boolean; onError?: (error: Error) => void } = {},
): Redis {
  const { redis } = config;
  const client = new Redis(redis.url!, {
    connectionName,
    maxRetriesPerRequest: options.failFast ? 0 : redis.maxRetriesPerRequest,
    connectTimeout: redis.connectTimeoutMs,
    // A fail-fast client must already be connected: it queues nothing.
    lazyConnect: options.failFast ? false : redis.lazyConnect,
    ...(options.failFast ? { enableOfflineQueue: false, commandTimeout: 250 } : {}),
    // Reconnect with a growing delay capped at 5 s; the seed's
    // retryDelayOnFailover is the first step.
    retryStrategy: (times) => Math.min(redis.retryDelayOnFailoverMs * times, 5000),
  });
  // Without a listener ioredis prints every reconnect failure to stderr.
  client.on('error', (error: Error) => options.onError?.(error));
  return client;
}

export async function createInfra(config: Config, options: CreateInfraOptions = {}): Promise<Infra> {
  const name = options.processName ?? 'anclora-render';
  const opened: Array<() => Promise<unknown>> = [];
  const closeAll = async () => {
    while (opened.length > 0) await opened.pop()!().catch(() => {});
  };
  try {
    const database = options.overrides?.database ?? (await openDatabaseFromConfig(config, name));
    if (!options.overrides?.database) opened.push(() => database.close());
    if (options.migrate) await migrateFromConfig(database, config);

    const onRedisError = (error: Error) => options.onError?.('redis', error);
    const redis = config.redis.url ? createRedisClient(config, name, { onError: onRedisError }) : undefined;
    if (redis) opened.push(() => redis.quit().catch(() => redis.disconnect()));
    const redisFailFast = config.redis.url
      ? createRedisClient(config, `${name}-ratelimit`, { failFast: true, onError: onRedisError })
      : undefined;
    if (redisFailFast) opened.push(async () => redisFailFast.disconnect());

    const cache =
      options.overrides?.cache ?? (redis ? createRedisCache({ redis, ownsConnection: false, prefix: `${config.redis.queuePrefix}:cache:` }) : createMemoryCache());
    opened.push(() => cache.close());

    const queue =
      options.overrides?.queue ??
      (config.redis.url
        ? createBullmqBackend({
            connection: config.redis.url,
            prefix: config.redis.queuePrefix,
            stalledIntervalMs: config.redis.stalledIntervalMs,
            onError: (error) => options.onError?.('queue', error),
          })
        : createMemoryQueueBackend());
    opened.push(() => queue.close());

    const s3 = config.storage.s3;
    const storage =
      options.overrides?.storage ??
      (s3
        ? createS3Storage({
            bucket: s3.bucket,
            region: s3.region,
            endpoint: s3.endpoint,
            accessKeyId: s3.accessKeyId,
            secretAccessKey: s3.secretAccessKey,
            forcePathStyle: s3.forcePathStyle,
          })
        : createLocalStorage({ dir: config.storage.localDir }));
    opened.push(() => storage.close());

    let closing: Promise<void> | undefined;
    return { database, cache, queue, storage, redis, redisFailFast, close: () => (closing ??= closeAll()) };
  } catch (error) {
    await closeAll();
    throw error;
  }
}

export type { Cache } from './cache/cache.js';
export type { ObjectStorage, StoredObject, PutOptions } from './storage/storage.js';
export type {
  QueueBackend,
  JobOptions,
  JobInfo,
  JobStatus,
  JobContext,
  Processor,
  WorkerOptions,
  WorkerHandle,
  Backoff,
} from './queue/queue.js';
export { createInfra, createRedisClient, type Infra, type CreateInfraOptions } from './create-infra.js';
export { createMemoryCache, type MemoryCacheOptions } from './cache/memory-cache.js';
export { createRedisCache, type RedisCacheOptions } from './cache/redis-cache.js';
export { createLocalStorage, type LocalStorageOptions } from './storage/local-storage.js';
export { createS3Storage, type S3StorageOptions } from './storage/s3-storage.js';
export { assertValidKey, assertValidPrefix, MAX_KEY_BYTES } from './storage/object-key.js';
export { createMemoryQueueBackend, type MemoryQueueOptions } from './queue/memory-queue.js';
export { createBullmqBackend, type BullmqBackendOptions } from './queue/bullmq-queue.js';
export { JobTimeoutError } from './queue/run-attempt.js';

// Test-only entry point (@anclora/infra/testing): contract suites, the local
// S3 server and throwaway queues. Kept out of the main index so production
// code never loads vitest or s3rver.
export { cacheContract, type CacheUnderTest } from '../cache/cache.contract.js';
export { storageContract, type StorageUnderTest } from '../storage/storage.contract.js';
export { startS3Server, type S3TestServer } from './s3-server.js';
export { createTempQueue, type TempQueue } from './temp-queue.js';
export { deleteKeysAt, deleteKeysWithPrefix } from './delete-keys-with-prefix.js';

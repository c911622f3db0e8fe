import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { loadConfig, type Config } from '@anclora/config';
import { createTempDatabase, openDatabase, runMigrations, type Database } from '@anclora/db';
import { createInfra, type Infra } from '@anclora/infra';
import { deleteKeysAt } from '@anclora/infra/testing';
import type { GeneratorCatalog, SpecGenerator } from '@anclora/ai';
import { buildApp } from '../app.js';

/** Which services a test app runs on: embedded defaults, or the real ones from TEST_*_URL. */
export type Backend = 'embedded' | 'real';

export const realServices = {
  databaseUrl: process.env.TEST_DATABASE_URL,
  redisUrl: process.env.TEST_REDIS_URL,
  available: Boolean(process.env.TEST_DATABASE_URL && process.env.TEST_REDIS_URL),
};

export interface TestApp {
  app: FastifyInstance;
  config: Config;
  infra: Infra;
  /** Every log line the app wrote, raw. */
  logs: string[];
  close(): Promise<void>;
}

export interface TestAppOptions {
  backend?: Backend;
  env?: Record<string, string>;
  /** Reuse one infra (e.g. two API instances on one Redis). */
  infra?: Infra;
  rateLimitNamespace?: string;
  database?: Database;
  /** The spec generator (a provider on a fake server); default: what the config selects (offline). */
  generator?: SpecGenerator;
  /** Every provider a request may choose (overrides generator). */
  generators?: GeneratorCatalog;
}

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-000';

/**
 * Builds the app exactly as production does (same buildApp, same plugins),
 * on a temporary data folder; 'real' adds a fresh PostgreSQL database and the
 * shared Redis with a unique rate-limit namespace.
 */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const backend = options.backend ?? 'embedded';
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'anclora-test-'));
  const cleanups: Array<() => Promise<unknown>> = [() => rm(dataDir, { recursive: true, force: true })];

  const env: Record<string, string> = { NODE_ENV: 'test', DATA_DIR: dataDir, LOG_LEVEL: 'info', ...options.env };
  if (backend === 'real') {
    if (!realServices.available) throw new Error('real backend needs TEST_DATABASE_URL and TEST_REDIS_URL');
    const temp = await createTempDatabase(realServices.databaseUrl!, 'api');
    cleanups.push(() => temp.drop());
    env.DATABASE_URL = temp.url;
    env.REDIS_URL = realServices.redisUrl!;
    // Each test app its own queues, so parallel suites never take each other's jobs.
    if (!env.QUEUE_PREFIX) {
      const prefix = `anclora-test-${randomBytes(4).toString('hex')}`;
      env.QUEUE_PREFIX = prefix;
      // Runs after the infra closed (cleanups run last first): BullMQ's keys never expire by themselves.
      cleanups.push(() => deleteKeysAt(realServices.redisUrl!, `${prefix}:`));
    }
  }
  const config = loadConfig(env, { version: '0.0.0-test' });

  let infra = options.infra;
  if (!infra) {
    // Embedded: an in-memory PGlite is enough and much faster than one on disk.
    const database = options.database ?? (backend === 'embedded' ? await openDatabase({ kind: 'pglite', dataDir: undefined }) : undefined);
    if (database && !options.database) await runMigrations(database);
    infra = await createInfra(config, { migrate: backend === 'real', ...(database ? { overrides: { database } } : {}) });
    const owned = infra;
    cleanups.push(async () => {
      await owned.close();
      if (database && !options.database) await database.close().catch(() => {}); // a test may have closed it
    });
  }

  const logs: string[] = [];
  const logStream = new Writable({
    write(chunk: Buffer, _enc, done) {
      logs.push(chunk.toString());
      done();
    },
  });
  const app = await buildApp({
    config,
    infra,
    jwtSecret: TEST_JWT_SECRET,
    logStream,
    rateLimitNamespace: options.rateLimitNamespace ?? `anclora-test:${randomBytes(4).toString('hex')}:`,
    ...(options.generator ? { generator: options.generator } : {}),
    ...(options.generators ? { generators: options.generators } : {}),
  });
  await app.ready();
  return {
    app,
    config,
    infra,
    logs,
    close: async () => {
      await app.close();
      while (cleanups.length > 0) await cleanups.pop()!();
    },
  };
}

/** The backends a suite should run on: always embedded, plus real services when configured. */
export function backends(): Array<{ backend: Backend; tag: string }> {
  return [
    { backend: 'embedded', tag: 'embedded' },
    ...(realServices.available ? [{ backend: 'real' as const, tag: '[postgres] [redis]' }] : []),
  ];
}

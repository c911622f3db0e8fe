import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { loadConfig, type Config } from '@anclora/config';
import { openDatabase, runMigrations } from '@anclora/db';
import { createInfra } from '@anclora/infra';
import { buildApp } from '../app.js';
import { TEST_JWT_SECRET } from '../testing/test-app.js';

/**
 * Test support: the app exactly as buildApp makes it, with the monitoring
 * part of the profile overridden (the test profile keeps Sentry off), and a
 * hook to add throwaway routes before it is ready. The fake Sentry and OTLP
 * endpoints are @anclora/observability/testing's.
 */
export async function createMonitoredApp(
  env: Record<string, string>,
  monitoring: Partial<Config['monitoring']>,
  addRoutes: (app: FastifyInstance) => void,
): Promise<{ app: FastifyInstance; config: Config; close(): Promise<void> }> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'anclora-telemetry-'));
  const loaded = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...env }, { version: '0.0.0-test' });
  const config: Config = { ...loaded, monitoring: { ...loaded.monitoring, ...monitoring } };
  const database = await openDatabase({ kind: 'pglite', dataDir: undefined });
  await runMigrations(database);
  const infra = await createInfra(config, { migrate: false, overrides: { database } });
  const app = await buildApp({ config, infra, jwtSecret: TEST_JWT_SECRET });
  addRoutes(app);
  await app.ready();
  return {
    app,
    config,
    close: async () => {
      await app.close();
      await infra.close();
      await database.close().catch(() => {});
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

import type { Config } from '@anclora/config';
import { openDatabase, type Database } from './database.js';
import { runMigrations } from './migrate.js';

/** DATABASE_URL set: PostgreSQL (plus replica); otherwise embedded PGlite under DATA_DIR. */
export function openDatabaseFromConfig(config: Config, applicationName?: string): Promise<Database> {
  const { database } = config;
  if (!database.url) return openDatabase({ kind: 'pglite', dataDir: database.pgliteDir });
  return openDatabase({
    kind: 'postgres',
    url: database.url,
    replicaUrl: database.replicaUrl,
    pool: database.pool,
    ssl: database.ssl,
    connectionTimeoutMs: database.connectionTimeoutMs,
    ...(applicationName ? { applicationName } : {}),
  });
}

/** Applies pending migrations to the database the config names. */
export function migrateFromConfig(database: Database, config: Config, migrationsFolder?: string): Promise<void> {
  return runMigrations(database, {
    ...(database.kind === 'postgres' ? { connection: { url: config.database.url!, ssl: config.database.ssl } } : {}),
    ...(migrationsFolder ? { migrationsFolder } : {}),
  });
}

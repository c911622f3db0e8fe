import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import pg from 'pg';
import { sslOption, type Database, type PostgresOptions } from './database.js';

/**
 * The committed SQL migrations. From source they sit beside src/; the server
 * bundles (apps/\*\/dist) get a copy next to the bundle at build time.
 */
export function defaultMigrationsFolder(): string {
  const candidates = [new URL('./migrations', import.meta.url), new URL('../migrations', import.meta.url)];
  const found = candidates.map((u) => fileURLToPath(u)).find((p) => existsSync(`${p}/meta/_journal.json`));
  if (!found) throw new Error('SQL migrations folder not found next to the db package or the server bundle');
  return found;
}

// Any constant works; it only has to be the same for every instance.
const MIGRATION_LOCK_KEY = 727_011_2026;

/**
 * Applies pending migrations. On PostgreSQL several API instances may start
 * at once, so the run holds a session-level advisory lock on one dedicated
 * connection; the others wait and then find nothing left to apply.
 */
export async function runMigrations(
  database: Database,
  options: { connection?: { url: string; ssl: PostgresOptions['ssl'] }; migrationsFolder?: string } = {},
): Promise<void> {
  const migrationsFolder = options.migrationsFolder ?? defaultMigrationsFolder();
  if (database.kind === 'pglite') {
    await migratePglite(database.primary as unknown as PgliteDatabase, { migrationsFolder });
    return;
  }
  if (!options.connection) throw new Error('runMigrations needs the primary connection on PostgreSQL');
  const client = new pg.Client({ connectionString: options.connection.url, ssl: sslOption(options.connection.ssl) });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await migrateNodePg(drizzleNodePg({ client }), { migrationsFolder });
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => {});
    await client.end();
  }
}

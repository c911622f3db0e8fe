import { openDatabase, type Database } from '../database.js';
import { runMigrations } from '../migrate.js';
import { createTempDatabase } from './temp-database.js';

export interface OpenTempDatabase {
  /** Connection string of the throwaway database, for a child process or a second handle. */
  url: string;
  /** An open, migrated handle on it. */
  database: Database;
  /** Closes the handle, then drops the database. */
  drop(): Promise<void>;
}

/**
 * A throwaway PostgreSQL database (see createTempDatabase), opened and
 * migrated: what a real-service test needs before its first row. If opening
 * or migrating fails, the database is dropped before the error is rethrown,
 * because the caller never gets a handle to drop it with.
 */
export async function openTempDatabase(baseUrl: string, label: string, { maxConnections = 4 } = {}): Promise<OpenTempDatabase> {
  const temp = await createTempDatabase(baseUrl, label);
  const database = await openDatabase({ kind: 'postgres', url: temp.url, pool: { min: 0, max: maxConnections }, ssl: 'off', connectionTimeoutMs: 5000 }).catch(
    async (error: unknown) => {
      await temp.drop();
      throw error;
    },
  );
  const drop = async (): Promise<void> => {
    await database.close();
    await temp.drop();
  };
  await runMigrations(database, { connection: { url: temp.url, ssl: 'off' } }).catch(async (error: unknown) => {
    await drop();
    throw error;
  });
  return { url: temp.url, database, drop };
}

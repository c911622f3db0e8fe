import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { withReplicas, type PgDatabase, type PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema.js';

export type Schema = typeof schema;
/** The query API shared by the PGlite and node-postgres drivers (and their transactions). */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** What a repository accepts: the database or a transaction on it. */
export type Executor = Db | Tx;

export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
}

export interface Database {
  readonly kind: 'pglite' | 'postgres';
  /** Writes and reads; with a replica configured, reads outside transactions go there. */
  readonly db: Db;
  /** Always the primary (read-your-writes). */
  readonly primary: Db;
  readonly hasReplica: boolean;
  ping(): Promise<void>;
  /** Connections of the primary pool (PGlite: one in-process connection). */
  poolStats(): PoolStats;
  close(): Promise<void>;
}

export interface PostgresOptions {
  url: string;
  replicaUrl?: string | undefined;
  pool: { min: number; max: number };
  ssl: 'off' | 'require' | 'verify-full';
  connectionTimeoutMs: number;
  applicationName?: string;
}

export type DatabaseOptions = { kind: 'pglite'; dataDir: string | undefined } | ({ kind: 'postgres' } & PostgresOptions);

/** Opens the embedded PGlite (dataDir undefined: in memory) or a PostgreSQL pool. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.kind === 'pglite' ? openPglite(options.dataDir) : openPostgres(options);
}

async function openPglite(dataDir: string | undefined): Promise<Database> {
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const client = new PGlite(dataDir);
  await client.waitReady;
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    primary: db,
    hasReplica: false,
    ping: async () => {
      await client.query('select 1');
    },
    // PGlite is one in-process connection that serialises queries.
    poolStats: () => ({ total: 1, idle: 1, waiting: 0 }),
    close: () => client.close(),
  };
}

export function sslOption(ssl: PostgresOptions['ssl']): pg.PoolConfig['ssl'] {
  if (ssl === 'off') return false;
  // 'require' encrypts without verifying the certificate (the seed's
  // rejectUnauthorized: false, as managed providers often need);
  // 'verify-full' also checks it against the system CAs.
  return { rejectUnauthorized: ssl === 'verify-full' };
}

function makePool(url: string, options: PostgresOptions): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    min: options.pool.min,
    max: options.pool.max,
    ssl: sslOption(options.ssl),
    connectionTimeoutMillis: options.connectionTimeoutMs,
    idleTimeoutMillis: 30_000,
    application_name: options.applicationName ?? 'anclora-render',
  });
  // An idle client losing its connection (server restart, failover) emits
  // 'error' on the pool; without a listener that would crash the process.
  pool.on('error', () => {});
  return pool;
}

async function openPostgres(options: PostgresOptions): Promise<Database> {
  const primaryPool = makePool(options.url, options);
  const replicaPool = options.replicaUrl ? makePool(options.replicaUrl, options) : undefined;
  const primary = drizzleNodePg({ client: primaryPool, schema }) as unknown as Db;
  const db = replicaPool
    ? (withReplicas(primary, [drizzleNodePg({ client: replicaPool, schema }) as unknown as Db]) as unknown as Db)
    : primary;
  const database: Database = {
    kind: 'postgres',
    db,
    primary,
    hasReplica: replicaPool !== undefined,
    ping: async () => {
      await primary.execute(sql`select 1`);
      if (replicaPool) await replicaPool.query('select 1');
    },
    poolStats: () => ({ total: primaryPool.totalCount, idle: primaryPool.idleCount, waiting: primaryPool.waitingCount }),
    close: async () => {
      await Promise.all([primaryPool.end(), replicaPool?.end()]);
    },
  };
  try {
    await database.ping();
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

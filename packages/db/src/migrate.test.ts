import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from './database.js';
import { readFileSync } from 'node:fs';
import { defaultMigrationsFolder, runMigrations } from './migrate.js';
import { createTempDatabase, type TempDatabase } from './testing/temp-database.js';
import { usersRepository } from './repositories/users-repository.js';
import { sessionsRepository } from './repositories/sessions-repository.js';

const pgUrl = process.env.TEST_DATABASE_URL;

type Column = { table_name: string; column_name: string; data_type: string; is_nullable: string };

async function describeSchema(database: Database): Promise<Column[]> {
  const result = await database.primary.execute(sql`
    select table_name, column_name, data_type, is_nullable
    from information_schema.columns
    where table_schema = 'public'
    order by table_name, column_name`);
  return (result as unknown as { rows: Column[] }).rows;
}

const EXPECTED_TABLES = [
  'analytics_events',
  'baselines',
  'component_versions',
  'components',
  'design_systems',
  'generations',
  'renders',
  'sessions',
  'users',
];

async function exerciseRepositories(database: Database) {
  const users = usersRepository(database.db);
  const created = await users.create({ email: 'Mixed.Case@Example.com', passwordHash: 'h' });
  expect(created?.email).toBe('mixed.case@example.com');
  expect(await users.create({ email: 'mixed.case@EXAMPLE.com', passwordHash: 'h' })).toBeUndefined();
  const sessions = sessionsRepository(database.db);
  const s = await sessions.create({
    ownerId: created!.id,
    refreshTokenHash: 'abc',
    familyId: '00000000-0000-4000-8000-000000000001',
    expiresAt: new Date(Date.now() + 60_000),
  });
  expect(await users.findBySession(created!.id, s.id)).toMatchObject({ id: created!.id });
  expect(await sessions.markRotated(s.id)).toBe(true);
  expect(await sessions.markRotated(s.id)).toBe(false);
  expect(await users.findBySession(created!.id, s.id)).toBeUndefined();
  // Revoked but unexpired sessions stay (reuse detection); expired ones go.
  expect(await sessions.deleteExpired(new Date())).toBe(0);
  expect(await sessions.deleteExpired(new Date(Date.now() + 120_000))).toBe(1);
}

describe('migrations on PGlite (embedded)', () => {
  it('apply to an empty database, are idempotent, and give the full schema', async () => {
    const database = await openDatabase({ kind: 'pglite', dataDir: undefined });
    try {
      await runMigrations(database);
      await runMigrations(database);
      const columns = await describeSchema(database);
      expect([...new Set(columns.map((c) => c.table_name))]).toEqual(EXPECTED_TABLES);
      // Timestamps everywhere.
      for (const table of EXPECTED_TABLES) {
        const names = columns.filter((c) => c.table_name === table).map((c) => c.column_name);
        expect(names, table).toEqual(expect.arrayContaining(['created_at', 'updated_at']));
      }
      await exerciseRepositories(database);
    } finally {
      await database.close();
    }
  });
});

describe.skipIf(!pgUrl)('migrations on PostgreSQL [postgres]', () => {
  const temps: TempDatabase[] = [];
  afterAll(async () => {
    for (const t of temps) await t.drop();
  });

  it('produce exactly the schema PGlite gets [postgres]', async () => {
    const temp = await createTempDatabase(pgUrl!, 'migrate');
    temps.push(temp);
    const pgDb = await openDatabase({ kind: 'postgres', url: temp.url, pool: { min: 0, max: 4 }, ssl: 'off', connectionTimeoutMs: 5000 });
    const lite = await openDatabase({ kind: 'pglite', dataDir: undefined });
    try {
      await runMigrations(pgDb, { connection: { url: temp.url, ssl: 'off' } });
      await runMigrations(lite);
      expect(await describeSchema(pgDb)).toEqual(await describeSchema(lite));
      await exerciseRepositories(pgDb);
    } finally {
      await pgDb.close();
      await lite.close();
    }
  });

  it('serialise concurrent runs from several instances with an advisory lock [postgres]', async () => {
    const temp = await createTempDatabase(pgUrl!, 'migrate');
    temps.push(temp);
    const instances = await Promise.all(
      [1, 2, 3].map(() => openDatabase({ kind: 'postgres', url: temp.url, pool: { min: 0, max: 2 }, ssl: 'off', connectionTimeoutMs: 5000 })),
    );
    try {
      await Promise.all(instances.map((db) => runMigrations(db, { connection: { url: temp.url, ssl: 'off' } })));
      const applied = await instances[0]!.primary.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
      const journal = JSON.parse(readFileSync(`${defaultMigrationsFolder()}/meta/_journal.json`, 'utf8')) as { entries: unknown[] };
      // Each migration applied exactly once, although three instances ran them at the same time.
      expect((applied as unknown as { rows: Array<{ n: number }> }).rows[0]!.n).toBe(journal.entries.length);
    } finally {
      await Promise.all(instances.map((db) => db.close()));
    }
  });

  it('sends reads to the replica and writes to the primary [postgres]', async () => {
    const primary = await createTempDatabase(pgUrl!, 'primary');
    const replica = await createTempDatabase(pgUrl!, 'replica');
    temps.push(primary, replica);
    const options = { pool: { min: 0, max: 2 }, ssl: 'off' as const, connectionTimeoutMs: 5000 };
    const database = await openDatabase({ kind: 'postgres', url: primary.url, replicaUrl: replica.url, ...options });
    // A second handle straight on the "replica" database, to migrate it.
    const replicaDirect = await openDatabase({ kind: 'postgres', url: replica.url, ...options });
    try {
      await runMigrations(database, { connection: { url: primary.url, ssl: 'off' } });
      await runMigrations(replicaDirect, { connection: { url: replica.url, ssl: 'off' } });
      expect(database.hasReplica).toBe(true);
      await usersRepository(database.db).create({ email: 'written@primary.io', passwordHash: 'h' });
      // Two separate databases stand in for primary and replica, so the
      // written row is visible on the primary handle only.
      expect(await usersRepository(database.primary).findByEmail('written@primary.io')).toBeDefined();
      expect(await usersRepository(database.db).findByEmail('written@primary.io')).toBeUndefined();
    } finally {
      await database.close();
      await replicaDirect.close();
    }
  });
});

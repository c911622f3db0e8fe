import { describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../database.js';
import { runMigrations } from '../migrate.js';
import { openTempDatabase } from '../testing/open-temp-database.js';
import { componentsRepository } from './components-repository.js';
import { rendersRepository } from './renders-repository.js';
import { usersRepository } from './users-repository.js';

const pgUrl = process.env.TEST_DATABASE_URL;

/** A user with one component, and the fields of a render of it. */
async function ownerWithComponent(database: Database, email: string) {
  const user = (await usersRepository(database.db).create({ email, passwordHash: 'h' }))!;
  const { component } = await componentsRepository(database.db).create({
    ownerId: user.id,
    name: 'Card',
    description: null,
    designSystemId: null,
    designSystemPreset: null,
    spec: {},
    note: 'test',
  });
  return { userId: user.id, render: { componentId: component.id, ownerId: user.id, version: 1, target: 'html-css', viewports: [375], status: 'queued' as const } };
}

async function exerciseIdempotencyKeys(database: Database) {
  const renders = rendersRepository(database.primary);
  const a = await ownerWithComponent(database, 'a@example.com');
  const b = await ownerWithComponent(database, 'b@example.com');

  const first = await renders.createUnlessKeyUsed({ ...a.render, idempotencyKey: 'key-1' });
  expect(first?.idempotencyKey).toBe('key-1');
  // The same owner and key again: nothing inserted, and the first row is the one found.
  expect(await renders.createUnlessKeyUsed({ ...a.render, target: 'react-css', idempotencyKey: 'key-1' })).toBeUndefined();
  expect((await renders.findByIdempotencyKey(a.userId, 'key-1'))?.id).toBe(first!.id);
  // Keys belong to their owner: another owner's identical key is a row of its own.
  const other = await renders.createUnlessKeyUsed({ ...b.render, idempotencyKey: 'key-1' });
  expect(other?.id).not.toBe(first!.id);
  expect((await renders.findByIdempotencyKey(b.userId, 'key-1'))?.id).toBe(other!.id);
  expect(await renders.findByIdempotencyKey(a.userId, 'key-2')).toBeUndefined();
  // Renders without a key are not limited by the index.
  const plain = await Promise.all([renders.create(a.render), renders.create(a.render)]);
  expect(plain[0].id).not.toBe(plain[1].id);
  expect(plain.map((row) => row.idempotencyKey)).toEqual([null, null]);

  // Concurrent inserts with one new key: exactly one row, the one the key finds.
  const racing = await Promise.all(Array.from({ length: 6 }, () => renders.createUnlessKeyUsed({ ...a.render, idempotencyKey: 'key-race' })));
  const inserted = racing.filter((row) => row !== undefined);
  expect(inserted).toHaveLength(1);
  expect((await renders.findByIdempotencyKey(a.userId, 'key-race'))?.id).toBe(inserted[0]!.id);

  // A released key (a render that could not be queued) can be used again.
  await renders.update(first!.id, { status: 'failed', idempotencyKey: null });
  const again = await renders.createUnlessKeyUsed({ ...a.render, idempotencyKey: 'key-1' });
  expect(again?.id).not.toBe(first!.id);
}

describe('renders with Idempotency-Keys', () => {
  it('keep one row per owner and key, also when inserts race [pglite]', async () => {
    const database = await openDatabase({ kind: 'pglite', dataDir: undefined });
    try {
      await runMigrations(database);
      await exerciseIdempotencyKeys(database);
    } finally {
      await database.close();
    }
  });

  it.skipIf(!pgUrl)('keep one row per owner and key, also when inserts race on separate connections [postgres]', async () => {
    // One connection per racing insert, so they really run side by side.
    const temp = await openTempDatabase(pgUrl!, 'renders', { maxConnections: 6 });
    try {
      await exerciseIdempotencyKeys(temp.database);
    } finally {
      await temp.drop();
    }
  });
});

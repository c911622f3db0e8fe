import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  componentsRepository,
  openDatabase,
  openTempDatabase,
  renderRetentionRepository,
  rendersRepository,
  runMigrations,
  schema,
  type Database,
  type OpenTempDatabase,
} from '@anclora/db';
import { createLocalStorage, type ObjectStorage } from '@anclora/infra';
import { pruneRenders } from './prune-renders.js';

const databaseUrl = process.env.TEST_DATABASE_URL;
const DAY_MS = 24 * 3600 * 1000;

type Status = 'queued' | 'running' | 'succeeded' | 'failed';

/** A user with components, and renders created `daysAgo`, each with its PNGs in storage. */
async function seed(database: Database, storage: ObjectStorage) {
  const db = database.primary;
  const [user] = await db.insert(schema.users).values({ email: `prune-${Date.now()}@example.com`, passwordHash: 'h' }).returning();
  const component = async (name: string) =>
    (await componentsRepository(db).create({ ownerId: user!.id, name, description: null, designSystemId: null, designSystemPreset: null, spec: {}, note: 'test' })).component.id;
  const renders = rendersRepository(db);
  const render = async (componentId: string, daysAgo: number, status: Status, diffedWith?: string, target = 'html-css') => {
    const row = await renders.create({
      componentId,
      ownerId: user!.id,
      version: 1,
      target,
      viewports: [375],
      status,
      results: status === 'succeeded' ? [{ viewport: 375, screenshotKey: 'k', ...(diffedWith ? { diff: { baselineRenderId: diffedWith, ratio: 0 } } : {}) }] : null,
      createdAt: new Date(Date.now() - daysAgo * DAY_MS),
    });
    await storage.put(`renders/${row.id}/375.png`, 'png');
    if (diffedWith) await storage.put(`renders/${row.id}/375-diff.png`, 'diff');
    return row.id;
  };
  return { user: user!, component, render, renders };
}

function retentionSuite(open: () => Promise<{ database: Database; close: () => Promise<void> }>) {
  let database: Database;
  let close: () => Promise<void>;
  let storage: ObjectStorage;
  let storageDir: string;

  beforeAll(async () => {
    ({ database, close } = await open());
    storageDir = await mkdtemp(path.join(os.tmpdir(), 'anclora-prune-'));
    storage = createLocalStorage({ dir: storageDir });
  });
  afterAll(async () => {
    await close?.();
    await rm(storageDir, { recursive: true, force: true });
  });

  it('deletes old finished renders and their images, and keeps what is still shown', async () => {
    const { user, component, render, renders } = await seed(database, storage);
    const card = await component('Card');
    const approved = await render(card, 60, 'succeeded');
    await renders.approve({ componentId: card, target: 'html-css', viewport: 375, renderId: approved, version: 1, screenshotKey: `renders/${approved}/375.png`, approvedBy: user.id });
    const forgotten = await render(card, 50, 'succeeded');
    const failed = await render(card, 45, 'failed');
    // Still queued (the reconcile job's business), on a component of its own: see the next test.
    const stuck = await render(await component('Stuck'), 45, 'queued');
    // A former baseline, replaced since, that a kept render was compared with.
    const formerBaseline = await render(card, 40, 'succeeded');
    const young = await render(card, 3, 'succeeded');
    const newest = await render(card, 1, 'succeeded', formerBaseline);
    // The only render of another component: old, but the newest it has.
    const onlyOne = await render(await component('Badge'), 90, 'succeeded');
    // Newest per target: an old html-css render stays beside a newer one in another framework.
    const alert = await component('Alert');
    const oldHtml = await render(alert, 80, 'succeeded');
    const newerReact = await render(alert, 70, 'succeeded', undefined, 'react-css');

    expect(await pruneRenders({ database, storage }, 30)).toEqual({ renders: 2, files: 2 });

    const left = async (id: string) => (await renders.findById(id)) !== undefined;
    expect(await left(forgotten)).toBe(false);
    expect(await left(failed)).toBe(false);
    expect(await storage.list(`renders/${forgotten}/`)).toEqual([]);
    expect(await storage.list(`renders/${failed}/`)).toEqual([]);
    for (const kept of [approved, stuck, formerBaseline, young, newest, onlyOne, oldHtml, newerReact]) {
      expect(await left(kept)).toBe(true);
      expect(await storage.list(`renders/${kept}/`)).not.toEqual([]);
    }
    expect((await renders.baselinesOf(card, 'html-css')).map((b) => b.renderId)).toEqual([approved]);

    // Nothing left to do on a second run; a shorter retention reaches the young render.
    expect(await pruneRenders({ database, storage }, 30)).toEqual({ renders: 0, files: 0 });
    expect(await pruneRenders({ database, storage }, 2)).toEqual({ renders: 1, files: 1 });
    expect(await left(young)).toBe(false);
  });

  it('leaves a component alone while one of its renders is queued or running, which may be diffing against an old render', async () => {
    const { component, render, renders } = await seed(database, storage);
    const card = await component('Card');
    const old = await render(card, 40, 'succeeded');
    const running = await render(card, 0, 'running');
    await render(card, 1, 'succeeded');
    expect(await pruneRenders({ database, storage }, 30)).toEqual({ renders: 0, files: 0 });
    await renders.update(running, { status: 'succeeded', results: [{ viewport: 375, screenshotKey: 'k', diff: { baselineRenderId: old, ratio: 0 } }] });
    // Finished, it names the old render as its baseline: that keeps it too, until the diffing render goes.
    expect(await pruneRenders({ database, storage }, 30)).toEqual({ renders: 0, files: 0 });
    expect(await renders.findById(old)).toBeDefined();
  });

  it('keeps a render whose image removal failed, and removes it on the next run', async () => {
    const { component, render, renders } = await seed(database, storage);
    const card = await component('Card');
    const old = await render(card, 40, 'succeeded');
    await render(card, 1, 'succeeded');
    const failing: ObjectStorage = { ...storage, delete: () => Promise.reject(new Error('storage is down')) };
    await expect(pruneRenders({ database, storage: failing }, 30)).rejects.toThrow('storage is down');
    expect(await renders.findById(old)).toBeDefined();
    expect(await pruneRenders({ database, storage }, 30)).toEqual({ renders: 1, files: 1 });
    expect(await renders.findById(old)).toBeUndefined();
  });

  it('stops when its time budget is spent, and the next run carries on', async () => {
    const { component, render, renders } = await seed(database, storage);
    const card = await component('Card');
    const old = [await render(card, 40, 'failed'), await render(card, 41, 'failed'), await render(card, 42, 'failed')];
    expect(await pruneRenders({ database, storage }, 30, { timeBudgetMs: 0 })).toEqual({ renders: 0, files: 0 });
    expect(await Promise.all(old.map((id) => renders.findById(id)))).not.toContain(undefined);
    expect(await pruneRenders({ database, storage }, 30)).toEqual({ renders: 3, files: 3 });
  });
}

describe('pruneRenders on PGlite (embedded)', () => {
  retentionSuite(async () => {
    const database = await openDatabase({ kind: 'pglite', dataDir: undefined });
    await runMigrations(database);
    return { database, close: () => database.close() };
  });
});

describe.skipIf(!databaseUrl)('pruneRenders [postgres]', () => {
  let temp: OpenTempDatabase;
  retentionSuite(async () => {
    temp = await openTempDatabase(databaseUrl!, 'prune');
    return { database: temp.database, close: temp.drop };
  });

  it('a baseline approved while the render is being deleted waits, then fails, instead of pointing at deleted images [postgres]', async () => {
    const database = await openDatabase({ kind: 'postgres', url: temp.url, pool: { min: 0, max: 4 }, ssl: 'off', connectionTimeoutMs: 5000 });
    const dir = await mkdtemp(path.join(os.tmpdir(), 'anclora-prune-race-'));
    try {
      const storage = createLocalStorage({ dir });
      const { user, component, render, renders } = await seed(database, storage);
      const card = await component('Card');
      const old = await render(card, 40, 'succeeded');
      await render(card, 1, 'succeeded');
      let approval: Promise<unknown> | undefined;
      let settledDuringRemoval = false;
      const deleted = await renderRetentionRepository(database.primary).deleteIfPrunable(old, async () => {
        approval = renders
          .approve({ componentId: card, target: 'html-css', viewport: 375, renderId: old, version: 1, screenshotKey: `renders/${old}/375.png`, approvedBy: user.id })
          .then(
            () => 'approved',
            (error: { code?: string; cause?: { code?: string } }) => error.code ?? error.cause?.code,
          );
        void approval.then(() => {
          settledDuringRemoval = true;
        });
        await new Promise((resolve) => setTimeout(resolve, 200));
        expect(settledDuringRemoval).toBe(false);
      });
      expect(deleted).toBe(true);
      // 23503: foreign_key_violation — the render it named is gone.
      expect(await approval).toBe('23503');
      expect(await renders.baselinesOf(card, 'html-css')).toEqual([]);
    } finally {
      await database.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

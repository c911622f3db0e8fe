/**
 * The restore drill, automated: a database populated through the real API is
 * backed up by scripts/backup.sh and restored by scripts/restore.sh into a second
 * database, and both must agree table by table — row counts, a checksum of every
 * row, and sequence positions — with the object store restored byte for byte.
 * A backup with one flipped byte must be refused before anything is touched.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempDatabase, openTempDatabase, rendersRepository, type Database, type OpenTempDatabase, type TempDatabase } from '@anclora/db';
import { startS3Server, type S3TestServer } from '@anclora/infra/testing';
import { createTestApp, type TestApp } from '../apps/api/src/testing/test-app.js';
import { signUp } from '../apps/api/src/testing/accounts.js';

const pgUrl = process.env.TEST_DATABASE_URL;
const root = path.resolve(import.meta.dirname, '..');
const run = promisify(execFile);

async function hasTool(name: string): Promise<boolean> {
  return run('bash', ['-c', `command -v ${name}`]).then(
    () => true,
    () => false,
  );
}

interface ScriptResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs one of our shell scripts; a non-zero exit is a result, not an exception. */
async function script(name: string, args: string[], env: Record<string, string>): Promise<ScriptResult> {
  try {
    const { stdout, stderr } = await run('bash', [path.join(root, 'scripts', name), ...args], { env: { ...process.env, ...env }, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

interface TableFingerprint {
  rows: number;
  md5: string;
}

/** Per table: row count and the md5 of every row as JSON, in a total order; plus every sequence's position. */
async function fingerprint(url: string): Promise<{ tables: Record<string, TableFingerprint>; sequences: Record<string, string> }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: names } = await client.query<{ name: string }>(
      `select quote_ident(table_schema) || '.' || quote_ident(table_name) as name from information_schema.tables
       where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema') order by 1`,
    );
    const tables: Record<string, TableFingerprint> = {};
    for (const { name } of names) {
      // Ordered by the row's own text, so no table needs an "id" column for the order to be total.
      const { rows } = await client.query<{ rows: string; md5: string }>(
        `select count(*)::text as rows, md5(coalesce(string_agg(row_to_json(t)::text, '' order by row_to_json(t)::text), '')) as md5 from ${name} t`,
      );
      tables[name] = { rows: Number(rows[0]!.rows), md5: rows[0]!.md5 };
    }
    const { rows: seqs } = await client.query<{ name: string; last_value: string | null }>(
      `select schemaname || '.' || sequencename as name, last_value::text from pg_sequences order by 1`,
    );
    return { tables, sequences: Object.fromEntries(seqs.map((s) => [s.name, s.last_value ?? 'unset'])) };
  } finally {
    await client.end();
  }
}

/** Every file under a folder with the sha256 of its bytes. */
async function treeDigest(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, file)] = createHash('sha256').update(await readFile(file)).digest('hex');
  }
  return out;
}

if (!pgUrl) console.warn('[notice] backup/restore drill skipped: set TEST_DATABASE_URL to run it against PostgreSQL.');

describe.skipIf(!pgUrl)('backup.sh and restore.sh [postgres]', () => {
  let source: OpenTempDatabase;
  let restored: TempDatabase;
  let database: Database;
  let t: TestApp;
  let work: string;
  let backup: string;
  let notifyServer: Server;
  const notifications: Array<Record<string, unknown>> = [];

  beforeAll(async () => {
    const tools = ['pg_dump', 'pg_restore', 'psql', 'sha256sum'];
    for (const tool of tools) if (!(await hasTool(tool))) throw new Error(`${tool} not found: apt-get install postgresql-client`);
    work = await mkdtemp(path.join(os.tmpdir(), 'anclora-backup-test-'));
    source = await openTempDatabase(pgUrl!, 'backup_src');
    database = source.database;
    // The restore target's name is only reserved here: restore.sh must create it.
    restored = await createTempDatabase(pgUrl!, 'backup_dst');
    await restored.drop();
    // The app as production builds it, on this database, with the local object store.
    t = await createTestApp({ database });

    notifyServer = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        notifications.push(JSON.parse(body) as Record<string, unknown>);
        res.end('ok');
      });
    });
    await new Promise<void>((resolve) => notifyServer.listen(0, '127.0.0.1', resolve));
  }, 60_000);

  afterAll(async () => {
    await t?.close();
    await source?.drop();
    await restored?.drop();
    notifyServer?.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('restores a populated database and object store exactly, and refuses a corrupted backup', async () => {
    // Populate through the HTTP surface: users, a design system, generations saved as components,
    // a refinement (version 2), an edited version, a component from pasted HTML, an anonymous trial.
    const alice = await signUp(t.app, 'alice');
    const bob = await signUp(t.app, 'bob');
    const ds = await t.app.inject({
      method: 'POST',
      url: '/api/design-systems',
      headers: { authorization: alice.authorization },
      payload: { name: 'Brand', format: 'css', source: ':root { --color-primary: #0b6477; --color-surface: #ffffff; }' },
    });
    expect(ds.statusCode).toBe(201);
    const generate = (authorization: string | undefined, prompt: string, extra: Record<string, unknown> = {}) =>
      t.app.inject({ method: 'POST', url: '/api/generations', headers: authorization ? { authorization } : {}, payload: { prompt, target: 'react-tailwind', ...extra } });
    const first = await generate(alice.authorization, 'Pricing table with 3 plans, the middle one highlighted');
    expect(first.statusCode).toBe(200);
    const componentId = first.json<{ componentId: string }>().componentId;
    expect((await generate(alice.authorization, 'make it dark', { componentId })).statusCode).toBe(200);
    expect((await generate(bob.authorization, 'tarjeta de perfil con avatar')).statusCode).toBe(200);
    expect((await generate(undefined, 'login form')).statusCode).toBe(200);
    const spec = (await t.app.inject({ method: 'GET', url: `/api/components/${componentId}/versions/1`, headers: { authorization: alice.authorization } })).json<{ spec: unknown }>().spec;
    expect((await t.app.inject({ method: 'POST', url: `/api/components/${componentId}/versions`, headers: { authorization: alice.authorization }, payload: { spec, note: 'edited' } })).statusCode).toBe(201);
    const pasted = await t.app.inject({ method: 'POST', url: '/api/components', headers: { authorization: bob.authorization }, payload: { source: '<button class="b">Buy</button><style>.b{color:#0b6477}</style>', format: 'html', name: 'Buy' } });
    expect(pasted.statusCode).toBe(201);
    // A render with its approved baseline and screenshots (rendering itself needs Chromium and is tested elsewhere).
    const render = await rendersRepository(database.db).create({ componentId, ownerId: alice.userId, version: 3, target: 'html-css', viewports: [375, 1200], status: 'succeeded' });
    for (const viewport of [375, 1200]) {
      const key = `renders/${render.id}/${viewport}.png`;
      await t.infra.storage.put(key, createHash('sha512').update(key).digest(), { contentType: 'image/png' });
      await rendersRepository(database.db).approve({ componentId, target: 'html-css', viewport, renderId: render.id, version: 3, screenshotKey: key, approvedBy: alice.userId });
    }

    const before = await fingerprint(source.url);
    expect(before.tables['public.users']!.rows).toBe(2);
    expect(before.tables['public.component_versions']!.rows).toBeGreaterThanOrEqual(4);
    expect(before.tables['public.generations']!.rows).toBe(4);
    expect(before.tables['public.baselines']!.rows).toBe(2);
    const objectsDir = t.config.storage.localDir;
    const objectsBefore = await treeDigest(objectsDir);
    expect(Object.keys(objectsBefore).filter((k) => k.startsWith('objects/'))).toHaveLength(2);

    // Back up while the app is running (pg_dump takes one consistent snapshot).
    const backupDir = path.join(work, 'backups');
    const backed = await script('backup.sh', ['--dir', backupDir, '--objects-dir', objectsDir], {
      DATABASE_URL: source.url,
      BACKUP_NOTIFY_URL: `http://127.0.0.1:${(notifyServer.address() as AddressInfo).port}/hook`,
    });
    expect(backed.code, backed.stderr).toBe(0);
    backup = backed.stdout.trim();
    expect((await readdir(backup)).sort()).toEqual(['SHA256SUMS', 'backup.json', 'database.dump', 'objects.tar.gz']);
    expect(notifications).toEqual([expect.objectContaining({ status: 'ok', backup: path.basename(backup), upload: 'none' })]);

    const objectsTarget = path.join(work, 'restored-objects');
    const restoredRun = await script('restore.sh', [backup, restored.url, '--objects-dir', objectsTarget], {});
    expect(restoredRun.code, restoredRun.stderr).toBe(0);
    const after = await fingerprint(restored.url);
    expect(after).toEqual(before);
    expect(await treeDigest(objectsTarget)).toEqual(objectsBefore);

    // Restoring again over a database that now has data needs --force.
    const again = await script('restore.sh', [backup, restored.url, '--no-objects'], {});
    expect(again.code).toBe(5);
    expect(again.stderr).toMatch(/pass --force/);

    // One flipped byte in the dump: refused by the checksums, the target untouched.
    const dump = path.join(backup, 'database.dump');
    const bytes = await readFile(dump);
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = bytes[middle]! ^ 0xff;
    await writeFile(dump, bytes);
    const corrupt = await script('restore.sh', [backup, restored.url, '--force'], {});
    expect(corrupt.code).toBe(4);
    expect(corrupt.stderr).toMatch(/checksum mismatch/);
    expect(await fingerprint(restored.url)).toEqual(before);
  }, 60_000);

  it('reports a failed backup to the notification hook and keeps nothing', async () => {
    notifications.length = 0;
    const dir = path.join(work, 'failed');
    const bad = new URL(source.url);
    bad.pathname = '/anclora_no_such_database';
    const result = await script('backup.sh', ['--dir', dir, '--no-objects'], {
      DATABASE_URL: bad.toString(),
      BACKUP_NOTIFY_URL: `http://127.0.0.1:${(notifyServer.address() as AddressInfo).port}/hook`,
    });
    expect(result.code).toBe(1);
    expect(await readdir(dir)).toEqual([]);
    expect(notifications).toEqual([expect.objectContaining({ status: 'failed', error: expect.stringMatching(/pg_dump/) })]);
  });

  describe('off-site copy [s3]', () => {
    let s3: S3TestServer | undefined;
    afterAll(async () => s3?.close());

    it('uploads the backup to S3-compatible storage and restores from the s3:// copy', async (ctx) => {
      if (!(await hasTool('aws'))) ctx.skip('aws CLI not installed');
      s3 = await startS3Server();
      const awsEnv = {
        AWS_ACCESS_KEY_ID: s3.accessKeyId,
        AWS_SECRET_ACCESS_KEY: s3.secretAccessKey,
        AWS_DEFAULT_REGION: 'us-east-1',
        BACKUP_S3_BUCKET: s3.bucket,
        BACKUP_S3_PREFIX: 'daily',
        BACKUP_S3_ENDPOINT: s3.endpoint,
      };
      const backed = await script('backup.sh', ['--dir', path.join(work, 'offsite'), '--no-objects'], { DATABASE_URL: source.url, ...awsEnv });
      expect(backed.code, backed.stderr).toBe(0);
      const name = path.basename(backed.stdout.trim());
      expect(backed.stderr).toContain(`uploaded to s3://${s3.bucket}/daily/${name}/`);

      const target = await createTempDatabase(pgUrl!, 'backup_s3');
      try {
        const restoredRun = await script('restore.sh', [`s3://${s3.bucket}/daily/${name}/`, target.url, '--no-objects', '--force'], awsEnv);
        expect(restoredRun.code, restoredRun.stderr).toBe(0);
        expect((await fingerprint(target.url)).tables).toEqual((await fingerprint(source.url)).tables);
      } finally {
        await target.drop();
      }
    }, 60_000);
  });
});

import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLocalStorage } from './local-storage.js';
import { storageContract } from './storage.contract.js';

const tempDir = (): Promise<string> => mkdtemp(join(tmpdir(), 'anclora-local-storage-'));

storageContract('local storage', async () => {
  const dir = await tempDir();
  const storage = createLocalStorage({ dir });
  return {
    storage,
    async cleanup() {
      await storage.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
});

describe('local storage', () => {
  let root: string;

  beforeEach(async () => {
    root = await tempDir();
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('creates its folder on first write, not before', async () => {
    const dir = join(root, 'data', 'objects-root');
    const storage = createLocalStorage({ dir });
    expect(await storage.list('')).toEqual([]);
    expect(await storage.get('a')).toBeUndefined();
    await expect(stat(dir)).rejects.toMatchObject({ code: 'ENOENT' });
    await storage.put('a/b.png', 'x');
    expect((await stat(dir)).isDirectory()).toBe(true);
  });

  it('stores the bytes at the key path and never lists sidecars or temp files', async () => {
    const storage = createLocalStorage({ dir: root });
    await storage.put('x.png', 'png', { contentType: 'image/png' });
    // Keys that look like internal files are ordinary objects here.
    await storage.put('x.png.meta.json', '{}', { contentType: 'application/json' });
    await storage.put('x.tmp', 'tmp');
    expect(await storage.list('')).toEqual(['x.png', 'x.png.meta.json', 'x.tmp']);
    expect((await storage.get('x.png'))?.contentType).toBe('image/png');
    expect((await storage.get('x.png.meta.json'))?.contentType).toBe('application/json');
    expect(await readdir(join(root, 'objects'))).toEqual(expect.arrayContaining(['x.png']));
    expect(await readdir(join(root, 'tmp'))).toEqual([]);
  });

  it('still serves an object whose sidecar is missing or damaged, as octet-stream', async () => {
    const storage = createLocalStorage({ dir: root });
    await storage.put('a.png', 'a', { contentType: 'image/png' });
    await storage.put('b.png', 'b', { contentType: 'image/png' });
    await rm(join(root, 'meta', 'a.png'));
    await writeFile(join(root, 'meta', 'b.png'), 'not json');
    expect(await storage.get('a.png')).toMatchObject({ contentType: 'application/octet-stream', size: 1 });
    expect(await storage.get('b.png')).toMatchObject({ contentType: 'application/octet-stream', size: 1 });
  });

  it('never shows a reader a partially written object', async () => {
    const storage = createLocalStorage({ dir: root });
    const small = Buffer.alloc(10, 1);
    const large = Buffer.alloc(4 * 1024 * 1024, 2);
    await storage.put('race', small);
    const sizes = new Set<number>();
    let writing = true;
    const writer = (async () => {
      for (let i = 0; i < 10; i += 1) await storage.put('race', i % 2 === 0 ? large : small);
      writing = false;
    })();
    while (writing) {
      const object = await storage.get('race');
      if (object) sizes.add(object.size);
    }
    await writer;
    expect([...sizes].every((size) => size === small.length || size === large.length)).toBe(true);
  });

  it('leaves nothing outside its folder for keys that try to escape', async () => {
    const dir = join(root, 'inner');
    const storage = createLocalStorage({ dir });
    await expect(storage.put('../escaped', 'x')).rejects.toMatchObject({ code: 'INVALID_STORAGE_KEY' });
    await expect(storage.put('/tmp/escaped', 'x')).rejects.toMatchObject({ code: 'INVALID_STORAGE_KEY' });
    expect(await readdir(root)).toEqual([]);
  });

  it('rejects ping when the folder cannot be written', async () => {
    // A path below a regular file can never become a folder (works even as root, unlike chmod).
    await writeFile(join(root, 'a-file'), '');
    await expect(createLocalStorage({ dir: join(root, 'a-file', 'data') }).ping()).rejects.toMatchObject({ code: 'ENOTDIR' });
  });

  it('reports its kind', () => {
    expect(createLocalStorage({ dir: root }).kind).toBe('local');
  });
});

import { isAppError } from '@anclora/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ObjectStorage } from './storage.js';

export interface StorageUnderTest {
  /** Must start empty: list('') is asserted to return only what the test wrote. */
  storage: ObjectStorage;
  /** Removes everything the storage wrote and closes it. */
  cleanup(): Promise<void>;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Deterministic "random" bytes (mulberry32), so a failure reproduces exactly. */
function seededBytes(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let i = 0; i < length; i += 1) {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    bytes[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return bytes;
}

async function expectInvalidKey(attempt: Promise<unknown>): Promise<void> {
  const error: unknown = await attempt.then(
    () => undefined,
    (rejection: unknown) => rejection,
  );
  expect(isAppError(error), `expected an AppError, got ${String(error)}`).toBe(true);
  expect(error).toMatchObject({ code: 'INVALID_STORAGE_KEY', statusCode: 400 });
}

/**
 * The behaviour every ObjectStorage adapter must share, so callers never
 * branch on kind. Each test gets a fresh, empty storage from make().
 */
export function storageContract(name: string, make: () => Promise<StorageUnderTest>): void {
  describe(name, () => {
    let storage: ObjectStorage;
    let cleanup: () => Promise<void>;

    beforeEach(async () => {
      ({ storage, cleanup } = await make());
    });

    afterEach(async () => {
      await cleanup();
    });

    it('stores bytes with their content type', async () => {
      await storage.put('renders/r1/375.png', Buffer.from([1, 2, 3]), { contentType: 'image/png' });
      const object = await storage.get('renders/r1/375.png');
      expect(object?.body).toEqual(Buffer.from([1, 2, 3]));
      expect(object?.body).toBeInstanceOf(Buffer);
      expect(object?.contentType).toBe('image/png');
      expect(object?.size).toBe(3);
    });

    it('accepts a plain Uint8Array body', async () => {
      await storage.put('bytes.bin', new Uint8Array([250, 0, 7]));
      expect((await storage.get('bytes.bin'))?.body).toEqual(Buffer.from([250, 0, 7]));
    });

    it('stores a string as UTF-8 with the default content type', async () => {
      await storage.put('notes/hello.txt', 'héllo ✓');
      const object = await storage.get('notes/hello.txt');
      expect(object?.body.toString('utf8')).toBe('héllo ✓');
      expect(object?.size).toBe(Buffer.byteLength('héllo ✓'));
      expect(object?.contentType).toBe('application/octet-stream');
    });

    it('keeps binary content byte-exact', async () => {
      // Every byte value, CR/LF pairs and a length that spans many network chunks.
      const body = Buffer.concat([Buffer.from(PNG_SIGNATURE), seededBytes(300_000, 20240601)]);
      await storage.put('diffs/d1.png', body, { contentType: 'image/png' });
      const object = await storage.get('diffs/d1.png');
      expect(object?.size).toBe(body.length);
      expect(object && Buffer.compare(object.body, body)).toBe(0);
    });

    it('stores an empty object', async () => {
      await storage.put('empty', Buffer.alloc(0), { contentType: 'text/plain' });
      const object = await storage.get('empty');
      expect(object).toMatchObject({ size: 0, contentType: 'text/plain' });
      expect(object?.body.length).toBe(0);
    });

    it('overwrites body and content type', async () => {
      await storage.put('exports/e1', 'first version, longer than the second', { contentType: 'text/plain' });
      await storage.put('exports/e1', '{"v":2}', { contentType: 'application/json' });
      const object = await storage.get('exports/e1');
      expect(object?.body.toString()).toBe('{"v":2}');
      expect(object?.contentType).toBe('application/json');
      expect(await storage.list('exports/')).toEqual(['exports/e1']);
    });

    it('deletes an object, and deleting a missing key resolves', async () => {
      await storage.put('a/doomed.png', 'x');
      await storage.put('a/kept.png', 'y');
      await storage.delete('a/doomed.png');
      expect(await storage.get('a/doomed.png')).toBeUndefined();
      expect(await storage.list('a/')).toEqual(['a/kept.png']);
      await expect(storage.delete('a/doomed.png')).resolves.toBeUndefined();
      await expect(storage.delete('never/written')).resolves.toBeUndefined();
    });

    it('lets a key reuse the name of a deleted folder', async () => {
      await storage.put('reuse/child', 'x');
      await storage.delete('reuse/child');
      await storage.put('reuse', 'now an object');
      expect((await storage.get('reuse'))?.body.toString()).toBe('now an object');
    });

    it('returns undefined for a missing key, including one naming a "folder"', async () => {
      await storage.put('renders/r1/375.png', 'x');
      expect(await storage.get('renders/r1/768.png')).toBeUndefined();
      expect(await storage.get('renders/r1')).toBeUndefined();
      expect(await storage.get('renders/r1/375.png/deeper')).toBeUndefined();
      expect(await storage.get('nothing')).toBeUndefined();
    });

    it('lists keys under a prefix, sorted, excluding other prefixes', async () => {
      const keys = ['renders/b/2.png', 'renders/a/10.png', 'renders/a/1.png', 'renders-old/x.png', 'diffs/a.png', 'renders.txt'];
      for (const key of keys) await storage.put(key, key);
      expect(await storage.list('renders/')).toEqual(['renders/a/1.png', 'renders/a/10.png', 'renders/b/2.png']);
      expect(await storage.list('renders/a/')).toEqual(['renders/a/1.png', 'renders/a/10.png']);
      // A prefix may stop mid-segment.
      expect(await storage.list('renders/a/1')).toEqual(['renders/a/1.png', 'renders/a/10.png']);
      expect(await storage.list('renders')).toEqual([
        'renders-old/x.png',
        'renders.txt',
        'renders/a/1.png',
        'renders/a/10.png',
        'renders/b/2.png',
      ]);
      expect(await storage.list('nothing/')).toEqual([]);
      expect(await storage.list('')).toHaveLength(6);
    });

    it('sorts by UTF-8 bytes, as S3 does, not by UTF-16 units', async () => {
      // U+FF61 sorts before U+1F600 in UTF-8 but after it in UTF-16 (surrogate pairs start at 0xD800).
      for (const key of ['sort/\u{1F600}', 'sort/\u{FF61}', 'sort/z']) await storage.put(key, 'x');
      expect(await storage.list('sort/')).toEqual(['sort/z', 'sort/\u{FF61}', 'sort/\u{1F600}']);
    });

    it('handles deeply nested keys and URL-unsafe characters', async () => {
      const keys = ['a/b/c/d/e/f.txt', 'odd chars/space+plus%20 & ü/€.png'];
      for (const key of keys) await storage.put(key, key, { contentType: 'text/plain' });
      for (const key of keys) expect((await storage.get(key))?.body.toString()).toBe(key);
      expect(await storage.list('a/b/')).toEqual(['a/b/c/d/e/f.txt']);
      expect(await storage.list('odd chars/')).toEqual(['odd chars/space+plus%20 & ü/€.png']);
    });

    it('accepts a key of exactly 1024 bytes', async () => {
      // Segments stay under the 255-byte filename limit of local filesystems.
      const key = `${'k'.repeat(200)}/`.repeat(5) + 'k'.repeat(19);
      expect(Buffer.byteLength(key)).toBe(1024);
      await storage.put(key, 'long');
      expect((await storage.get(key))?.body.toString()).toBe('long');
    });

    const badKeys: [string, string][] = [
      ['empty', ''],
      ['absolute', '/abs'],
      ['parent segment', 'a/../b'],
      ['only parent', '..'],
      ['trailing parent', 'a/..'],
      ['backslash', 'a\\b'],
      ['NUL byte', 'a\0b'],
      ['empty segment', 'a//b'],
      ['trailing slash', 'a/'],
      ['dot segment', 'a/./b'],
      ['over 1024 bytes (counted in UTF-8)', 'é'.repeat(513)],
    ];

    it.each(badKeys)('rejects a key that is %s with INVALID_STORAGE_KEY in put, get and delete', async (_label, key) => {
      await expectInvalidKey(storage.put(key, 'x'));
      await expectInvalidKey(storage.get(key));
      await expectInvalidKey(storage.delete(key));
      expect(await storage.list('')).toEqual([]);
    });

    it('rejects list prefixes that could escape, and accepts partial ones', async () => {
      for (const prefix of ['/abs', '..', '../x', 'a/../', 'a\\b', 'a\0']) await expectInvalidKey(storage.list(prefix));
      await expect(storage.list('renders/ab')).resolves.toEqual([]);
    });

    it('answers ping', async () => {
      await expect(storage.ping()).resolves.toBeUndefined();
    });
  });
}

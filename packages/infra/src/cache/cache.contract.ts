import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Cache } from './cache.js';

export interface CacheUnderTest {
  cache: Cache;
  /** Removes everything the cache wrote and closes it. */
  cleanup(): Promise<void>;
}

/**
 * The behaviour every Cache adapter must share, so callers never branch on
 * kind. Each test gets a fresh cache from make(), so counters start at zero and
 * keys never leak between tests.
 */
export function cacheContract(name: string, make: () => Promise<CacheUnderTest>): void {
  describe(name, () => {
    let cache: Cache;
    let cleanup: () => Promise<void>;

    beforeEach(async () => {
      ({ cache, cleanup } = await make());
    });

    afterEach(async () => {
      await cleanup();
    });

    it.each([
      ['an object', { id: 'r1', widths: [375, 768], nested: { ok: true, score: 0.5 } }],
      ['a string', 'hello ✓ "quoted"'],
      ['an empty string', ''],
      ['a number', 42.5],
      ['zero', 0],
      ['false', false],
      ['null', null],
      ['an array', [1, 'two', null, { three: 3 }]],
    ])('round-trips %s', async (_label, value) => {
      await cache.set('value', value);
      expect(await cache.get('value')).toEqual(value);
    });

    it('returns values as JSON would, so adapters agree on non-JSON types', async () => {
      await cache.set('json', { at: new Date(0), gone: undefined, nan: Number.NaN });
      expect(await cache.get('json')).toStrictEqual({ at: '1970-01-01T00:00:00.000Z', nan: null });
    });

    it('rejects undefined, which get() could not tell apart from a miss', async () => {
      await expect(cache.set('undefined', undefined)).rejects.toThrow(TypeError);
      expect(await cache.get('undefined')).toBeUndefined();
    });

    it('returns undefined for a missing key', async () => {
      expect(await cache.get('never-set')).toBeUndefined();
    });

    it('keeps keys apart, including ones with separators and unicode', async () => {
      await cache.set('a', 1);
      await cache.set('a:b', 2);
      await cache.set('ä b/ç', 3);
      expect([await cache.get('a'), await cache.get('a:b'), await cache.get('ä b/ç')]).toEqual([1, 2, 3]);
    });

    it('deletes a key, and deleting a missing key resolves', async () => {
      await cache.set('doomed', { x: 1 });
      await cache.set('kept', { x: 2 });
      await cache.delete('doomed');
      expect(await cache.get('doomed')).toBeUndefined();
      expect(await cache.get('kept')).toEqual({ x: 2 });
      await expect(cache.delete('never-set')).resolves.toBeUndefined();
    });

    it('overwrites a value', async () => {
      await cache.set('key', { version: 1 });
      await cache.set('key', 'version 2');
      expect(await cache.get('key')).toBe('version 2');
    });

    // The only test that waits in real time (about 1.2 s): every TTL rule is checked in this one wait.
    it('expires entries after their TTL; no, zero or negative TTL never expires; a plain overwrite clears the TTL', async () => {
      await cache.set('short', 'bye', 1);
      await cache.set('long', 'stays', 60);
      await cache.set('none', 'stays');
      await cache.set('zero', 'stays', 0);
      await cache.set('negative', 'stays', -5);
      await cache.set('overwritten', 'first', 1);
      await cache.set('overwritten', 'second');
      expect(await cache.get('short')).toBe('bye');

      await new Promise((resolve) => setTimeout(resolve, 1200));

      expect(await cache.get('short')).toBeUndefined();
      for (const key of ['long', 'none', 'zero', 'negative']) expect(await cache.get(key), key).toBe('stays');
      expect(await cache.get('overwritten')).toBe('second');
    });

    it('counts hits and misses', async () => {
      expect(cache.stats()).toEqual({ hits: 0, misses: 0 });
      await cache.get('missing');
      await cache.set('present', 1);
      await cache.get('present');
      await cache.get('present');
      await cache.set('deleted', 1);
      await cache.delete('deleted');
      await cache.get('deleted');
      expect(cache.stats()).toEqual({ hits: 2, misses: 2 });
    });

    it('stores a copy: mutating the original or a returned value does not change the cache', async () => {
      const original = { list: [1, 2], inner: { name: 'before' } };
      await cache.set('copy', original);
      original.list.push(3);
      original.inner.name = 'after';

      const first = await cache.get<typeof original>('copy');
      expect(first).toEqual({ list: [1, 2], inner: { name: 'before' } });
      first!.inner.name = 'changed by reader';
      expect(await cache.get('copy')).toEqual({ list: [1, 2], inner: { name: 'before' } });
    });

    it('increments a counter atomically: concurrent callers each see a distinct value', async () => {
      const values = await Promise.all(Array.from({ length: 25 }, () => cache.increment('counter', 60)));
      expect(values.sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
      expect(await cache.get('counter')).toBe(25);
      expect(await cache.increment('counter', 60, 5)).toBe(30);
    });

    it('rejects incrementing a value that is not an integer, leaving it unchanged', async () => {
      await cache.set('text', 'abc');
      await expect(cache.increment('text')).rejects.toThrow(TypeError);
      expect(await cache.get('text')).toBe('abc');
    });

    // Real time again (about 1.2 s): the window starts at the first increment and later ones do not extend it.
    it('gives a new counter the TTL as a fixed window', async () => {
      await cache.increment('window', 1);
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(await cache.increment('window', 1)).toBe(2);
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(await cache.get('window')).toBeUndefined();
      expect(await cache.increment('window', 1)).toBe(1);
    });

    it('answers ping', async () => {
      await expect(cache.ping()).resolves.toBeUndefined();
    });
  });
}

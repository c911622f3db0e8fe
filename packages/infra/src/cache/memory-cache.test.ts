import { describe, expect, it } from 'vitest';
import { cacheContract } from './cache.contract.js';
import { createMemoryCache } from './memory-cache.js';

cacheContract('memory cache', async () => {
  const cache = createMemoryCache();
  return { cache, cleanup: () => cache.close() };
});

describe('memory cache', () => {
  it('evicts the least recently used entry beyond maxEntries', async () => {
    const cache = createMemoryCache({ maxEntries: 2 });
    await cache.set('a', 1);
    await cache.set('b', 2);
    await cache.get('a'); // "a" is now more recent than "b"
    await cache.set('c', 3);
    expect(await cache.get('b')).toBeUndefined();
    expect([await cache.get('a'), await cache.get('c')]).toEqual([1, 3]);
  });

  it('reports its kind', () => {
    expect(createMemoryCache().kind).toBe('memory');
  });
});

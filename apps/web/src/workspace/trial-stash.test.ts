import { describe, expect, it } from 'vitest';
import type { ComponentSpec } from '../lib/anclora-api';
import { isKeepReturn, keepItHref, peekTrialWork, pendingTrialWork, STASH_MAX_AGE_MS, stashTrialWork, takeTrialWork, withKeepMarker, withoutKeepMarker } from './trial-stash';

const memory = () => {
  const map = new Map<string, string>();
  return {
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
    map,
  };
};
const spec = { name: 'PricingCard', root: { type: 'element', tag: 'div' } } as unknown as ComponentSpec;
const T0 = Date.UTC(2026, 0, 1, 12);

describe('trial stash', () => {
  it('keeps the work until it is taken, then it is gone (saved once)', () => {
    const store = memory();
    stashTrialWork(store, { spec, target: 'vue-css', designSystemId: 'material-3', prompt: 'a card' }, T0);
    expect(peekTrialWork(store, T0 + 1000)).toEqual({ spec, target: 'vue-css', designSystemId: 'material-3', prompt: 'a card' });
    expect(takeTrialWork(store, T0 + 1000)?.target).toBe('vue-css');
    expect(takeTrialWork(store, T0 + 1000)).toBeNull();
  });

  it('stores when it was stashed, and ignores a stash older than 30 minutes (taking it still clears it)', () => {
    const store = memory();
    stashTrialWork(store, { spec, target: 'html-css', designSystemId: 'anclora-ocean', prompt: '' }, T0);
    expect(JSON.parse(store.map.get('anclora.trial-work')!)).toMatchObject({ savedAt: T0 });
    expect(peekTrialWork(store, T0 + STASH_MAX_AGE_MS)).not.toBeNull();
    expect(peekTrialWork(store, T0 + STASH_MAX_AGE_MS + 1)).toBeNull();
    expect(takeTrialWork(store, T0 + 2 * STASH_MAX_AGE_MS)).toBeNull();
    expect(store.map.size).toBe(0);
  });

  it('ignores an undated stash (from before the expiry existed) and one dated in the future', () => {
    const store = memory();
    store.setItem('anclora.trial-work', JSON.stringify({ spec, target: 'html-css', designSystemId: 'anclora-ocean' }));
    expect(peekTrialWork(store, T0)).toBeNull();
    store.setItem('anclora.trial-work', JSON.stringify({ spec, target: 'html-css', designSystemId: 'anclora-ocean', savedAt: T0 + 60_000 }));
    expect(peekTrialWork(store, T0)).toBeNull();
    store.setItem('anclora.trial-work', JSON.stringify({ spec, target: 'html-css', designSystemId: 'anclora-ocean', savedAt: String(T0) }));
    expect(peekTrialWork(store, T0)).toBeNull();
  });

  it('ignores malformed or tampered entries, and clears them', () => {
    const store = memory();
    for (const raw of ['not json', 'null', `{"spec":null,"target":"x","designSystemId":"y","savedAt":${T0}}`, `{"spec":{},"target":1,"designSystemId":"y","savedAt":${T0}}`]) {
      store.setItem('anclora.trial-work', raw);
      expect(takeTrialWork(store, T0)).toBeNull();
      expect(store.map.size).toBe(0);
    }
    store.setItem('anclora.trial-work', JSON.stringify({ spec, target: 'html-css', designSystemId: 'anclora-ocean', savedAt: T0 }));
    expect(peekTrialWork(store, T0)?.prompt).toBe('');
  });

  it('survives a storage that throws (disabled or full)', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    expect(() => stashTrialWork(broken, { spec, target: 'html-css', designSystemId: 'x', prompt: '' })).not.toThrow();
    expect(takeTrialWork(broken)).toBeNull();
  });
});

describe('keep-it marker', () => {
  it('the keep-it links come back to /workspace?keep=1, encoded as one next parameter', () => {
    expect(keepItHref('signup')).toBe('/signup?next=%2Fworkspace%3Fkeep%3D1');
    expect(keepItHref('signin')).toBe('/signin?next=%2Fworkspace%3Fkeep%3D1');
    expect(new URLSearchParams(keepItHref('signup').split('?')[1]).get('next')).toBe('/workspace?keep=1');
  });

  it('only keep=1 marks a return from the prompt', () => {
    expect(isKeepReturn(new URLSearchParams('keep=1'))).toBe(true);
    expect(isKeepReturn(new URLSearchParams('example=x&keep=1'))).toBe(true);
    expect(isKeepReturn(new URLSearchParams(''))).toBe(false);
    expect(isKeepReturn(new URLSearchParams('keep=0'))).toBe(false);
    expect(isKeepReturn(new URLSearchParams('keep'))).toBe(false);
  });

  it('removes the marker and keeps the rest of the query, without touching the original', () => {
    const params = new URLSearchParams('designSystem=material-3&keep=1');
    expect(withoutKeepMarker(params).toString()).toBe('designSystem=material-3');
    expect(params.get('keep')).toBe('1');
    expect(withoutKeepMarker(new URLSearchParams('keep=1')).toString()).toBe('');
  });

  it('work is pending only on the keep-it return: the sign-in page peeks at it, the workspace takes it', () => {
    const store = memory();
    const work = { spec, target: 'vue-css', designSystemId: 'material-3', prompt: 'a card' };
    expect(pendingTrialWork(store, '/workspace?keep=1', { now: T0 })).toBeNull();
    stashTrialWork(store, work, T0);
    // The sign-in page's `next`, a path: the marker decides, the stash stays.
    expect(pendingTrialWork(store, '/workspace', { now: T0 })).toBeNull();
    expect(pendingTrialWork(store, '/workspace?designSystem=x&keep=0', { now: T0 })).toBeNull();
    expect(pendingTrialWork(store, new URLSearchParams(keepItHref('signup').split('?')[1]).get('next')!, { now: T0 })).toEqual(work);
    expect(pendingTrialWork(store, '/workspace?keep=1', { now: T0 + STASH_MAX_AGE_MS + 1 })).toBeNull();
    expect(store.map.size).toBe(1);
    // The workspace's own query, taking it: once.
    expect(pendingTrialWork(store, new URLSearchParams('keep=1'), { take: true, now: T0 })).toEqual(work);
    expect(pendingTrialWork(store, new URLSearchParams('keep=1'), { take: true, now: T0 })).toBeNull();
    expect(store.map.size).toBe(0);
  });

  it('taking on the keep-it return clears a stale stash too; without the marker nothing is touched', () => {
    const store = memory();
    stashTrialWork(store, { spec, target: 'html-css', designSystemId: 'anclora-ocean', prompt: '' }, T0);
    expect(pendingTrialWork(store, new URLSearchParams(''), { take: true, now: T0 })).toBeNull();
    expect(store.map.size).toBe(1);
    expect(pendingTrialWork(store, new URLSearchParams('keep=1'), { take: true, now: T0 + 2 * STASH_MAX_AGE_MS })).toBeNull();
    expect(store.map.size).toBe(0);
  });

  it('puts the marker back once, keeping the rest of the query', () => {
    const back = withKeepMarker(new URLSearchParams('designSystem=material-3'));
    expect(back.toString()).toBe('designSystem=material-3&keep=1');
    expect(isKeepReturn(back)).toBe(true);
    expect(withKeepMarker(back).getAll('keep')).toEqual(['1']);
  });
});

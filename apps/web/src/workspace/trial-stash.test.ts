import { describe, expect, it } from 'vitest';
import type { ComponentSpec } from '../lib/anclora-api';
import { peekTrialWork, stashTrialWork, takeTrialWork } from './trial-stash';

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

describe('trial stash', () => {
  it('keeps the work until it is taken, then it is gone (saved once)', () => {
    const store = memory();
    stashTrialWork(store, { spec, target: 'vue-css', designSystemId: 'material-3', prompt: 'a card' });
    expect(peekTrialWork(store)).toEqual({ spec, target: 'vue-css', designSystemId: 'material-3', prompt: 'a card' });
    expect(takeTrialWork(store)?.target).toBe('vue-css');
    expect(takeTrialWork(store)).toBeNull();
  });

  it('ignores malformed or tampered entries, and clears them', () => {
    const store = memory();
    for (const raw of ['not json', 'null', '{"spec":null,"target":"x","designSystemId":"y"}', '{"spec":{},"target":1,"designSystemId":"y"}']) {
      store.setItem('anclora.trial-work', raw);
      expect(takeTrialWork(store)).toBeNull();
      expect(store.map.size).toBe(0);
    }
    store.setItem('anclora.trial-work', JSON.stringify({ spec, target: 'html-css', designSystemId: 'anclora-ocean' }));
    expect(peekTrialWork(store)?.prompt).toBe('');
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

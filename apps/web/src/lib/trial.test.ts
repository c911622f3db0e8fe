import { describe, expect, it } from 'vitest';
import { recordTrial, trialLeft, TRIAL_TOTAL } from './trial';

const memory = () => {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
};

describe('anonymous trial counter', () => {
  it('counts down per charged generation and stops at zero', () => {
    const store = memory();
    const now = new Date('2026-07-10T00:00:00Z');
    expect(trialLeft(store, now)).toBe(TRIAL_TOTAL);
    expect(recordTrial(store, 'used', now)).toBe(2);
    expect(recordTrial(store, 'used', now)).toBe(1);
    expect(recordTrial(store, 'used', now)).toBe(0);
    expect(recordTrial(store, 'used', now)).toBe(0);
    expect(trialLeft(store, now)).toBe(0);
  });

  it('trusts the server when it says the trial is used up, and starts again next month', () => {
    const store = memory();
    expect(recordTrial(store, 'exhausted', new Date('2026-07-10T00:00:00Z'))).toBe(0);
    expect(trialLeft(store, new Date('2026-08-01T00:00:00Z'))).toBe(TRIAL_TOTAL);
  });

  it('survives corrupt storage', () => {
    const store = memory();
    store.setItem('anclora.trialUsed', '{oops');
    expect(trialLeft(store)).toBe(TRIAL_TOTAL);
  });
});

/**
 * The anonymous trial, as far as this browser knows: the API enforces the real limit
 * (per visitor cookie and per IP) but exposes no endpoint to read what is left, so the
 * app counts charged generations locally and trusts a 402 over its own count.
 */
export const TRIAL_TOTAL = 3;
const KEY = 'anclora.trialUsed';

export interface TrialStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const monthKey = (now: Date) => `${now.getUTCFullYear()}-${now.getUTCMonth() + 1}`;

export function trialLeft(store: TrialStore, now = new Date()): number {
  try {
    const raw = JSON.parse(store.getItem(KEY) ?? 'null') as { month?: string; used?: number } | null;
    if (!raw || raw.month !== monthKey(now) || typeof raw.used !== 'number') return TRIAL_TOTAL;
    return Math.max(0, TRIAL_TOTAL - raw.used);
  } catch {
    return TRIAL_TOTAL;
  }
}

/** Records a charged generation (`used` = 1), or that the server says none is left (`exhausted`). */
export function recordTrial(store: TrialStore, event: 'used' | 'exhausted', now = new Date()): number {
  const used = event === 'exhausted' ? TRIAL_TOTAL : TRIAL_TOTAL - trialLeft(store, now) + 1;
  try {
    store.setItem(KEY, JSON.stringify({ month: monthKey(now), used: Math.min(TRIAL_TOTAL, used) }));
  } catch {
    // Storage disabled: the count lasts for this page.
  }
  return Math.max(0, TRIAL_TOTAL - used);
}

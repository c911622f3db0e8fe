/**
 * The anonymous trial's work, kept in sessionStorage while the visitor signs up
 * or signs in, so the workspace can save it to the new account afterwards.
 * Session storage: it stays in this tab and is gone when the tab closes.
 */
import type { ComponentSpec } from '../lib/anclora-api';

const KEY = 'anclora.trial-work';

export interface TrialWork {
  spec: ComponentSpec;
  target: string;
  designSystemId: string;
  /** The prompt that produced it ('' for pasted code). */
  prompt: string;
}

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function stashTrialWork(store: Store, work: TrialWork): void {
  try {
    store.setItem(KEY, JSON.stringify(work));
  } catch {
    // Storage full or disabled: the sign-up still works, only the hand-over is lost.
  }
}

/** The stashed work, if any and well formed (a stale or tampered entry is ignored). */
export function peekTrialWork(store: Store): TrialWork | null {
  let raw: string | null;
  try {
    raw = store.getItem(KEY);
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<TrialWork> | null;
    if (
      typeof value !== 'object' ||
      value === null ||
      typeof value.spec !== 'object' ||
      value.spec === null ||
      typeof value.target !== 'string' ||
      typeof value.designSystemId !== 'string'
    ) {
      return null;
    }
    return { spec: value.spec, target: value.target, designSystemId: value.designSystemId, prompt: typeof value.prompt === 'string' ? value.prompt : '' };
  } catch {
    return null;
  }
}

/** Reads and removes the stash in one step, so the work is saved once even if effects run twice. */
export function takeTrialWork(store: Store): TrialWork | null {
  const work = peekTrialWork(store);
  try {
    store.removeItem(KEY);
  } catch {
    // Nothing to clean up.
  }
  return work;
}

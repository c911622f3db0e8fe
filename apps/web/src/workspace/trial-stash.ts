/**
 * The anonymous trial's work, kept in sessionStorage while the visitor signs up
 * or signs in, so the workspace can save it to the new account afterwards.
 * Session storage: it stays in this tab and is gone when the tab closes.
 *
 * Two guards keep an old stash from turning up as a surprise save later in the
 * same tab: it expires after STASH_MAX_AGE_MS, and the workspace only reads it
 * when reached from the keep-it links (their `next` carries `?keep=1`).
 */
import type { ComponentSpec } from '../lib/anclora-api';

const KEY = 'anclora.trial-work';
/** Long enough to create an account or recover a password; a stash older than this is ignored. */
export const STASH_MAX_AGE_MS = 30 * 60 * 1000;
/** The workspace query parameter that says "you are coming back from the keep-it prompt". */
export const KEEP_PARAM = 'keep';

export interface TrialWork {
  spec: ComponentSpec;
  target: string;
  designSystemId: string;
  /** The prompt that produced it ('' for pasted code). */
  prompt: string;
}

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function stashTrialWork(store: Store, work: TrialWork, now = Date.now()): void {
  try {
    store.setItem(KEY, JSON.stringify({ ...work, savedAt: now }));
  } catch {
    // Storage full or disabled: the sign-up still works, only the hand-over is lost.
  }
}

/** The stashed work, if any, well formed and fresh (a stale, undated or tampered entry is ignored). */
export function peekTrialWork(store: Store, now = Date.now()): TrialWork | null {
  let raw: string | null;
  try {
    raw = store.getItem(KEY);
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as (Partial<TrialWork> & { savedAt?: unknown }) | null;
    if (
      typeof value !== 'object' ||
      value === null ||
      typeof value.spec !== 'object' ||
      value.spec === null ||
      typeof value.target !== 'string' ||
      typeof value.designSystemId !== 'string' ||
      !isFresh(value.savedAt, now)
    ) {
      return null;
    }
    return { spec: value.spec, target: value.target, designSystemId: value.designSystemId, prompt: typeof value.prompt === 'string' ? value.prompt : '' };
  } catch {
    return null;
  }
}

// A time in the future (a clock set back) is as untrustworthy as an old one.
const isFresh = (savedAt: unknown, now: number) => typeof savedAt === 'number' && savedAt <= now && now - savedAt <= STASH_MAX_AGE_MS;

/** Reads and removes the stash in one step, so the work is saved once even if effects run twice. */
export function takeTrialWork(store: Store, now = Date.now()): TrialWork | null {
  const work = peekTrialWork(store, now);
  try {
    store.removeItem(KEY);
  } catch {
    // Nothing to clean up.
  }
  return work;
}

/** Where the keep-it prompt sends the visitor: sign-up or sign-in, then back to the workspace with the marker. */
export const keepItHref = (page: 'signup' | 'signin') => `/${page}?next=${encodeURIComponent(`/workspace?${KEEP_PARAM}=1`)}`;

/** True when the workspace was reached from the keep-it prompt (only then is the stash read). */
export const isKeepReturn = (params: URLSearchParams) => params.get(KEEP_PARAM) === '1';

/**
 * The trial work waiting to be saved at `destination` (an app path such as the sign-in page's `next`, or
 * the workspace's query): the stash, but only on the keep-it return. `take` also removes the stash, even
 * a stale or malformed one, so the workspace saves it once.
 */
export function pendingTrialWork(store: Store, destination: string | URLSearchParams, options: { take?: boolean; now?: number } = {}): TrialWork | null {
  // Any origin will do: only the query of a same-app path is read.
  const params = typeof destination === 'string' ? new URL(destination, 'http://app.invalid').searchParams : destination;
  if (!isKeepReturn(params)) return null;
  return options.take ? takeTrialWork(store, options.now) : peekTrialWork(store, options.now);
}

/** The same query without the marker, so a reload or a shared link never reads the stash again. */
export function withoutKeepMarker(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete(KEEP_PARAM);
  return next;
}

/** The same query with the marker (put back when a save failed in a way a reload may fix). */
export function withKeepMarker(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  next.set(KEEP_PARAM, '1');
  return next;
}

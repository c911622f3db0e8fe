import type { Highlight, Lang, Slots } from './types.js';

/**
 * Small, pure helpers archetypes use to apply slots: quoted texts over
 * default copy, requested counts over default lists, highlighted positions.
 */

/** Default copy with the prompt's quoted texts laid over the given fields, in order. */
export function withTexts<T extends Record<string, string>>(copy: T, texts: readonly string[], fields: ReadonlyArray<keyof T>): T {
  const out: Record<string, string> = { ...copy };
  fields.forEach((field, i) => {
    const value = texts[i];
    if (value !== undefined) out[field as string] = value;
  });
  return out as T;
}

/** The copy table entry for the prompt's language. */
export const copyFor = <T>(table: Readonly<Record<Lang, T>>, slots: Slots): T => table[slots.language];

export const clamp = (n: number, min: number, max: number): number => Math.min(max, Math.max(min, n));

export interface CountRange {
  min: number;
  max: number;
}

/** How many items to build: the requested count within the archetype's range, else the default. */
export const itemCount = (slots: Slots, fallback: number, range: CountRange): number => clamp(slots.count ?? fallback, range.min, range.max);

/**
 * `count` items from a default pool; beyond the pool, `extra(i)` makes
 * numbered items so any count within limits can be built.
 */
export function takeItems<T>(pool: readonly T[], count: number, extra: (index: number) => T): T[] {
  return Array.from({ length: count }, (_, i) => pool[i] ?? extra(i));
}

/** Quoted texts used as item labels (tabs, links, questions), when the archetype takes them so. */
export function labelsFromTexts<T>(items: T[], texts: readonly string[], apply: (item: T, label: string) => T, skip = 0): T[] {
  return items.map((item, i) => {
    const label = texts[i + skip];
    return label === undefined ? item : apply(item, label);
  });
}

/** The 0-based index of a highlight within `count` items (clamped), or the fallback. */
export function highlightIndex(highlight: Highlight | undefined, count: number, fallback: Highlight | undefined): number | undefined {
  const h = highlight ?? fallback;
  if (h === undefined || count < 1) return undefined;
  if (h === 'first') return 0;
  if (h === 'last') return count - 1;
  if (h === 'middle') return Math.floor((count - 1) / 2);
  return clamp(h, 0, count - 1);
}

/** "Plan 4" / "Plan 4" — numbered default labels beyond a pool. */
export const numbered = (label: string, index: number): string => `${label} ${index + 1}`;

/**
 * Token paths are lower-case and dot-separated ("color.primary-hover"). Every
 * importer turns its names into paths with these helpers so that the same name
 * gives the same path whatever the source format.
 */

/** camelCase and spaces become kebab-case; anything outside [a-z0-9_-] becomes "-". */
export function normalizeSegment(raw: string): string {
  return raw
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Joins raw names into a path, normalising each; empty segments are dropped. */
export function pathOf(segments: readonly string[]): string {
  return segments.map(normalizeSegment).filter((s) => s !== '').join('.');
}

/** Normalises a dotted reference such as "color.brandPrimary" → "color.brand-primary". */
export const normalizePath = (dotted: string): string => pathOf(dotted.split('.'));

/**
 * Leading words of a custom-property name that form one group (or two, for
 * the font-* compounds) rather than being split at each dash. Kept in step
 * with the role paths in model.ts (font.size.md, line-height.tight, …).
 */
const COMPOUND_GROUPS: ReadonlyArray<[words: string, segments: string]> = [
  ['font-family', 'font.family'],
  ['font-size', 'font.size'],
  ['font-weight', 'font.weight'],
  ['line-height', 'line-height'],
  ['letter-spacing', 'letter-spacing'],
  ['border-radius', 'border-radius'],
  ['border-width', 'border.width'],
  ['box-shadow', 'box-shadow'],
  ['z-index', 'z-index'],
  ['max-width', 'max-width'],
  ['min-width', 'min-width'],
  ['max-height', 'max-height'],
  ['min-height', 'min-height'],
];

const NUMERIC_STEP = /^\d+$/;

/**
 * The remainder after a group keeps its dashes (color.primary-hover), except
 * that a trailing numeric step becomes its own segment (color.blue.500), so
 * scales nest the way every design system writes them.
 */
export function splitRemainder(remainder: string): string {
  const words = remainder.split('-');
  const last = words[words.length - 1] ?? '';
  if (words.length >= 2 && NUMERIC_STEP.test(last)) return `${words.slice(0, -1).join('-')}.${last}`;
  return remainder;
}

/**
 * The token path of a CSS custom property. The rule, deterministic and the
 * inverse of cssVarName for lower-case kebab names:
 *   1. drop the leading "--", turn camelCase into kebab-case, lower-case;
 *      a "--" inside the name separates sub-properties (→ ".");
 *   2. the first word is the group ("color", "space", "radius", …), or the
 *      first two for the compounds above (font-size → font.size,
 *      line-height → line-height);
 *   3. the rest stays one segment, except a trailing number (see splitRemainder).
 * So --color-primary-hover → color.primary-hover, --font-size-lg →
 * font.size.lg, --color-blue-500 → color.blue.500, --space-md → space.md,
 * and cssVarName(pathFromCssVar(name)) === name whenever the name is
 * lower-case kebab-case without "--" inside.
 */
export function pathFromCssVar(name: string): string {
  const bare = name.replace(/^--/, '');
  const parts = bare.split('--').map((part) => pathFromWords(normalizeSegment(part)));
  return parts.filter((p) => p !== '').join('.');
}

function pathFromWords(kebab: string): string {
  if (kebab === '') return '';
  for (const [words, segments] of COMPOUND_GROUPS) {
    if (kebab === words) return segments;
    if (kebab.startsWith(`${words}-`)) return `${segments}.${splitRemainder(kebab.slice(words.length + 1))}`;
  }
  const dash = kebab.indexOf('-');
  if (dash < 0) return kebab;
  return `${kebab.slice(0, dash)}.${splitRemainder(kebab.slice(dash + 1))}`;
}

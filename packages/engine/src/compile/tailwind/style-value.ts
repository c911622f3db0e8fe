import { EngineError } from '../../engine-error.js';
import { StyleValue } from '../../spec/style.js';
import type { Breakpoint } from '../../spec/style.js';

/**
 * Value helpers shared by the Tailwind and Chakra styling compilers. A spec
 * style value is a space-separated list of parts, each a token reference
 * ("{space.md}") or a CSS literal; parentheses group ("calc(100% - 2rem)" is
 * one part, which `splitValue` from spec/style would cut in three).
 */

const PATH = '[a-z0-9]+(?:[.-][a-z0-9]+)*';
// One pass, so a rendered value that itself looks like a reference ({spacing.md}) is left alone.
const REF = new RegExp(`(^|[\\s(,])-\\{(${PATH})\\}|\\{(${PATH})\\}`, 'g');

/** Splits at top-level whitespace; whitespace inside parentheses stays in its part. */
export function splitParts(value: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of value.trim()) {
    if (ch === '(') depth += 1;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && /\s/.test(ch)) {
      if (current) parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  if (current) parts.push(current);
  return parts;
}

/**
 * Replaces every token reference with `render(path)`; a negated reference
 * ("-{space.md}", legal in a spec but not in CSS) becomes `calc(-1 * …)`.
 */
export function replaceRefs(value: string, render: (path: string) => string): string {
  return value.replace(REF, (_m, before: string | undefined, negated: string | undefined, path: string | undefined) =>
    negated === undefined ? render(path ?? '') : `${before ?? ''}calc(-1 * ${render(negated)})`,
  );
}

/**
 * The compilers re-check what the schema promised, because a class name or a
 * JSX string is only safe while the value keeps to the literal grammar (no
 * brackets, quotes, underscores, colons or url()).
 */
export function assertStyleValue(value: string, where: string): void {
  if (!StyleValue.safeParse(value).success) {
    throw new EngineError('INVALID_STYLE_VALUE', `${where}: "${value.slice(0, 60)}" is not a token reference or a plain CSS value`, [
      { code: 'INVALID_STYLE_VALUE', message: 'must be token references like {color.primary} or a plain CSS value', path: where },
    ]);
  }
}

/**
 * Widths used for a breakpoint the token set does not define: Tailwind v4's
 * defaults, so the Tailwind and Chakra targets agree with each other (and
 * with Tailwind's own `sm:`…`xl:`) when a set lacks breakpoint tokens.
 */
export const FALLBACK_BREAKPOINTS: Readonly<Record<Breakpoint, string>> = {
  sm: '40rem',
  md: '48rem',
  lg: '64rem',
  xl: '80rem',
};

/** camelCase style property → CSS property name. */
export const kebabCase = (property: string): string => property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

import { isTokenRef, tokenPathOf } from '../../spec/style.js';
import { cssVarName } from '../../tokens/model.js';
import type { TokenSet } from '../../tokens/model.js';
import { tailwindThemeEntry } from '../../tokens/tailwind-namespace.js';
import type { TailwindThemeEntry } from '../../tokens/tailwind-namespace.js';
import { replaceRefs } from './style-value.js';

/**
 * How one value becomes one Tailwind v4 utility class. Three outcomes, in
 * order of preference:
 *   1. a theme utility, for a token of the set in the namespace the utility
 *      reads: {color.primary} → bg-primary;
 *   2. the CSS-variable shorthand, for any other token (no namespace, another
 *      namespace, or unknown to the set): bg-(color:--color-brand);
 *   3. a named or bare utility for a literal Tailwind knows (p-0, border-2),
 *      else an arbitrary value: p-[12px], max-w-[40rem].
 */

export type Namespace = TailwindThemeEntry['namespace'];
/** Tailwind's data-type hints, written where a prefix serves several CSS properties (text-: color or size). */
export type Hint = 'color' | 'length' | 'percentage' | 'line-width' | 'family-name' | 'number';

export interface UtilitySpec {
  /** The theme namespace the utility resolves bare names from. */
  readonly ns?: Namespace | undefined;
  /** Type hint for var and arbitrary values; a function picks it per literal ('' for a variable). */
  readonly hint?: Hint | ((literal: string) => Hint | undefined) | undefined;
  /** Literals with a named utility; '' means the bare prefix ("1px" → `border`). */
  readonly keywords?: Readonly<Record<string, string>> | undefined;
  /** Literals Tailwind takes as bare values ("2px" → "2"); undefined falls through to an arbitrary value. */
  readonly bare?: ((literal: string) => string | undefined) | undefined;
  /** The utility has a `-prefix-…` negative form (margins, inset, translate…). */
  readonly negative?: boolean | undefined;
}

interface TokenInfo {
  /** Theme entry, only when the token is in the set (the theme exporter wrote its variable). */
  readonly entry: TailwindThemeEntry | undefined;
  /** The variable that holds the value at runtime. */
  readonly variable: string;
}

/** Per-token-set lookups, computed once and cached (token sets are not mutated after import): compilers call this per element. */
export class TailwindContext {
  private readonly infos = new Map<string, TokenInfo>();
  /** Theme suffix → namespaces that define it, to spot `text-lg` meaning both a colour and a size. */
  private readonly suffixes = new Map<string, Set<Namespace>>();

  private constructor(readonly tokens: TokenSet) {
    for (const path of Object.keys(tokens.tokens)) {
      const entry = tailwindThemeEntry(path);
      if (!entry) continue;
      const set = this.suffixes.get(entry.suffix) ?? new Set<Namespace>();
      set.add(entry.namespace);
      this.suffixes.set(entry.suffix, set);
    }
  }

  private static readonly cache = new WeakMap<TokenSet, TailwindContext>();
  static of(tokens: TokenSet): TailwindContext {
    let ctx = TailwindContext.cache.get(tokens);
    if (!ctx) {
      ctx = new TailwindContext(tokens);
      TailwindContext.cache.set(tokens, ctx);
    }
    return ctx;
  }

  token(path: string): TokenInfo {
    let info = this.infos.get(path);
    if (!info) {
      const entry = Object.hasOwn(this.tokens.tokens, path) ? tailwindThemeEntry(path) : undefined;
      info = { entry, variable: entry ? entry.variable : cssVarName(path) };
      this.infos.set(path, info);
    }
    return info;
  }

  /** Whether `prefix-suffix` would also match a theme value of another namespace the prefix reads. */
  ambiguous(prefix: string, entry: TailwindThemeEntry): boolean {
    const others = SHARED_PREFIXES[prefix];
    if (!others) return false;
    const defined = this.suffixes.get(entry.suffix);
    return others.some((ns) => ns !== entry.namespace && defined?.has(ns) === true);
  }

  /** CSS text of a value with every token reference as `var(--…)`. */
  css(value: string): string {
    return replaceRefs(value, (path) => `var(${this.token(path).variable})`);
  }
}

/** Prefixes whose bare names are looked up in more than one of our namespaces. */
const SHARED_PREFIXES: Readonly<Record<string, readonly Namespace[]>> = {
  text: ['text', 'color'],
  font: ['font', 'font-weight'],
  shadow: ['shadow', 'color'],
};

/** An arbitrary value: spaces become `_` (the spec grammar has no `_` to escape), no space after commas. */
export const arbitrary = (css: string): string => css.trim().replace(/\s*,\s*/g, ',').replace(/\s+/g, '_');

/** `[css-property:value]`: Tailwind's escape hatch for a declaration no utility covers. */
export const arbitraryProperty = (cssProperty: string, value: string, ctx: TailwindContext): string =>
  `[${cssProperty}:${arbitrary(ctx.css(value))}]`;

const hintOf = (spec: UtilitySpec, literal: string): string => {
  const hint = typeof spec.hint === 'function' ? spec.hint(literal) : spec.hint;
  return hint ? `${hint}:` : '';
};

const named = (prefix: string, suffix: string): string => (suffix === '' ? prefix : `${prefix}-${suffix}`);

/** The class for one value of one utility prefix. */
export function utility(prefix: string, value: string, spec: UtilitySpec, ctx: TailwindContext): string {
  const v = value.trim();
  if (isTokenRef(v)) {
    const { entry, variable } = ctx.token(tokenPathOf(v));
    if (entry && entry.namespace === spec.ns && !ctx.ambiguous(prefix, entry)) return named(prefix, entry.suffix);
    return `${prefix}-(${hintOf(spec, '')}${variable})`;
  }
  if (spec.negative && v.startsWith('-')) {
    const positive = v.slice(1);
    if (isTokenRef(positive)) {
      const { entry } = ctx.token(tokenPathOf(positive));
      if (entry && entry.namespace === spec.ns && !ctx.ambiguous(prefix, entry)) return `-${named(prefix, entry.suffix)}`;
    } else {
      const suffix = spec.keywords?.[positive] ?? spec.bare?.(positive);
      if (suffix !== undefined && suffix !== '' && suffix !== '0') return `-${named(prefix, suffix)}`;
    }
  }
  const suffix = spec.keywords?.[v] ?? spec.bare?.(v);
  if (suffix !== undefined) return named(prefix, suffix);
  return `${prefix}-[${hintOf(spec, v)}${arbitrary(ctx.css(v))}]`;
}

const DIMENSION = /^-?\d*\.?\d+(?:[a-z]+|%)$/;
const COLOR_FUNCTION = /^(?:#|(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\()/;

/**
 * Hints chosen per literal: none where Tailwind infers the type itself
 * (bg-[#fff], text-[14px]) so the class reads naturally, one otherwise.
 */
export const hints = {
  color: (literal: string): Hint | undefined => (COLOR_FUNCTION.test(literal) ? undefined : 'color'),
  length: (literal: string): Hint | undefined => (DIMENSION.test(literal) ? undefined : 'length'),
  lineWidth: (literal: string): Hint | undefined =>
    /^(?:thin|medium|thick)$/.test(literal) ? 'line-width' : DIMENSION.test(literal) ? undefined : 'length',
  weight: (literal: string): Hint | undefined => (/^\d+$/.test(literal) ? undefined : 'number'),
};

/** Bare-value parsers Tailwind v4 accepts. */
export const bareValues = {
  /** "2px" → "2" (border, outline, outline-offset widths). */
  px: (literal: string): string | undefined => /^(?:0|[1-9]\d*)px$/.exec(literal)?.[0].slice(0, -2),
  /** "3" → "3" (z-index, order, grid spans, flex-grow). */
  integer: (literal: string): string | undefined => (/^(?:0|[1-9]\d*)$/.test(literal) ? literal : undefined),
  /** "0.5" → "50", "50%" → "50" (opacity, scale): whole percentages only. */
  percent: (literal: string): string | undefined => {
    const m = /^(\d*\.?\d+)(%?)$/.exec(literal);
    if (!m?.[1]) return undefined;
    const pct = m[2] ? Number(m[1]) : Math.round(Number(m[1]) * 1e6) / 1e4;
    return Number.isInteger(pct) ? String(pct) : undefined;
  },
  /** "150ms" / "0.2s" → "150" / "200" (transition duration in whole ms). */
  ms: (literal: string): string | undefined => {
    const m = /^(\d*\.?\d+)(ms|s)$/.exec(literal);
    if (!m?.[1]) return undefined;
    const ms = m[2] === 's' ? Math.round(Number(m[1]) * 1e6) / 1e3 : Number(m[1]);
    return Number.isInteger(ms) ? String(ms) : undefined;
  },
  /** "45deg" → "45" (rotate). */
  deg: (literal: string): string | undefined => /^(?:0|[1-9]\d*)deg$/.exec(literal)?.[0].slice(0, -3),
};

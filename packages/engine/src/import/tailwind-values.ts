import { canonicalColor, parseColor } from '../quality/match-token.js';
import { tailwindThemeEntry, type TailwindThemeEntry } from '../tokens/tailwind-namespace.js';
import type { TokenSet } from '../tokens/model.js';
import type { ImportLog } from './import-log.js';
import { TAILWIND_COLORS } from './tailwind-theme.js';

/**
 * Reading the value part of a Tailwind utility ("4", "1/2", "primary",
 * "blue-600/50", "[13px]") as CSS. A name the design system's Tailwind theme
 * defines (the same mapping the Tailwind compilers write, see
 * tokens/tailwind-namespace) becomes that token's reference directly.
 */
export interface ValueContext {
  tokens: TokenSet;
  log: ImportLog;
  /** The full class, for the mapped-values report. */
  cls: string;
}

const themeIndexes = new WeakMap<TokenSet, Map<string, string>>();

/** The token path a Tailwind theme name stands for in this design system ("color", "primary" → "color.primary"). */
export function themeToken(namespace: TailwindThemeEntry['namespace'], suffix: string, tokens: TokenSet): string | undefined {
  let index = themeIndexes.get(tokens);
  if (!index) {
    index = new Map();
    for (const path of Object.keys(tokens.tokens)) {
      const entry = tailwindThemeEntry(path);
      if (entry) index.set(`${entry.namespace}:${entry.suffix}`, path);
    }
    themeIndexes.set(tokens, index);
  }
  return index.get(`${namespace}:${suffix}`);
}

/** A theme hit as a token reference, recorded in the report. */
export function themeRef(namespace: TailwindThemeEntry['namespace'], suffix: string, ctx: ValueContext): string | undefined {
  const path = themeToken(namespace, suffix, ctx.tokens);
  if (!path) return undefined;
  ctx.log.map(ctx.cls, path);
  return `{${path}}`;
}

/** "[13px]" → "13px", "[repeat(2,_1fr)]" → "repeat(2, 1fr)". */
export const arbitrary = (v: string): string | undefined => (/^\[.+\]$/.test(v) ? v.slice(1, -1).replace(/_/g, ' ').replace(/,(?=\S)/g, ', ') : undefined);

const rem = (n: number) => (n === 0 ? '0' : `${Math.round(n * 0.25 * 10000) / 10000}rem`);

/** Spacing scale: theme token, n × 0.25rem, "px", or an arbitrary value. */
export function spacingValue(v: string, ctx: ValueContext): string | undefined {
  const theme = themeRef('spacing', v, ctx);
  if (theme) return theme;
  if (/^\d+(\.\d+)?$/.test(v)) return rem(Number(v));
  if (v === 'px') return '1px';
  return arbitrary(v);
}

const SIZE_KEYWORDS: Record<string, string> = { auto: 'auto', full: '100%', min: 'min-content', max: 'max-content', fit: 'fit-content' };

/** Widths, heights and insets: spacing, fractions, keywords, the viewport. */
export function sizeValue(v: string, axis: 'x' | 'y', ctx: ValueContext): string | undefined {
  const fraction = /^(\d+)\/(\d+)$/.exec(v);
  if (fraction && Number(fraction[2]) > 0) return `${Math.round((Number(fraction[1]) / Number(fraction[2])) * 1e6) / 1e4}%`;
  if (v === 'screen') return axis === 'x' ? '100vw' : '100vh';
  return SIZE_KEYWORDS[v] ?? spacingValue(v, ctx);
}

/** Colours: theme token, default palette, with an optional /opacity; arbitrary colours. */
export function colorValue(v: string, ctx: ValueContext): string | undefined {
  const [name, opacity] = v.split('/') as [string, string | undefined];
  const alpha = opacity === undefined ? 1 : /^\d+$/.test(opacity) ? Number(opacity) / 100 : arbitrary(opacity) ? Number(arbitrary(opacity)) : Number.NaN;
  if (!Number.isFinite(alpha)) return undefined;
  const theme = themeToken('color', name, ctx.tokens);
  const raw = arbitrary(name);
  const base = theme ? ctx.tokens.tokens[theme]!.css : (TAILWIND_COLORS.get(name) ?? (raw && parseColor(raw) ? raw : undefined));
  if (base === undefined) return undefined;
  if (alpha === 1) {
    if (theme) ctx.log.map(ctx.cls, theme);
    return theme ? `{${theme}}` : base;
  }
  const c = parseColor(base);
  return c ? canonicalColor(`rgb(${c.r * 255} ${c.g * 255} ${c.b * 255} / ${c.alpha * alpha})`) : undefined;
}

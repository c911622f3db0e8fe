import { converter, differenceCiede2000, formatHex, formatHex8, parse, toGamut, type Color } from 'culori';
import type { DesignCategory } from '../spec/style.js';
import type { Token, TokenSet } from '../tokens/model.js';

/**
 * Finds the design token a literal CSS value stands for. Shared by the quality
 * report (suggestions for literals) and the HTML importer (literal → token).
 *
 * "strict" is what the importer uses: colours within one just-noticeable
 * difference (CIEDE2000 ΔE ≤ 2.3), everything else equal after normalising
 * units (rem/em at 16px, s → ms). "loose" is for suggestions: the nearest
 * token within ΔE 12 or 25 % of the value.
 */
export type MatchTolerance = 'strict' | 'loose';
export interface TokenMatch {
  /** Token path, e.g. "color.primary". */
  token: string;
  /** True when the value equals the token after normalisation. */
  exact: boolean;
}

const ROOT_FONT_PX = 16;
const DELTA_E = { exact: 0.5, strict: 2.3, loose: 12 } as const;
const RELATIVE = { strict: 0, loose: 0.25 } as const;

const toRgb = converter('rgb');
// Wide-gamut colours are mapped into sRGB as CSS Color 4 displays them (as tokens/contrast does).
const intoSrgb = toGamut('rgb', 'oklch');
const deltaE = differenceCiede2000();

/** A CSS colour as an sRGB colour with alpha, or undefined when it is not a colour. */
export function parseColor(value: string): { r: number; g: number; b: number; alpha: number } | undefined {
  const v = value.trim().toLowerCase();
  if (v === 'currentcolor' || v === 'inherit' || v === 'initial' || v === 'unset') return undefined;
  const parsed: Color | undefined = parse(v);
  if (!parsed) return undefined;
  const rgb = toRgb(intoSrgb(parsed));
  const clamp = (n: number | undefined) => Math.max(0, Math.min(1, Number.isFinite(n) ? (n as number) : 0));
  return { r: clamp(rgb.r), g: clamp(rgb.g), b: clamp(rgb.b), alpha: rgb.alpha === undefined ? 1 : clamp(rgb.alpha) };
}

/** A colour in its shortest exact hex form (#rrggbb, or #rrggbbaa with alpha); undefined if not a colour. */
export function canonicalColor(value: string): string | undefined {
  const c = parseColor(value);
  if (!c) return undefined;
  const color = { mode: 'rgb' as const, r: c.r, g: c.g, b: c.b, alpha: c.alpha };
  return c.alpha < 1 ? formatHex8(color) : formatHex(color);
}

/** A length in px (px, rem, em at 16px, pt; unitless 0), or undefined. */
export function toPx(value: string): number | undefined {
  const m = /^(-?(?:\d+(?:\.\d*)?|\.\d+))(px|rem|em|pt)?$/i.exec(value.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = m[2]?.toLowerCase();
  if (!unit) return n === 0 ? 0 : undefined;
  return unit === 'px' ? n : unit === 'pt' ? (n * 4) / 3 : n * ROOT_FONT_PX;
}

function toMs(value: string): number | undefined {
  const m = /^(\d+(?:\.\d*)?|\.\d+)(ms|s)$/i.exec(value.trim());
  if (!m) return undefined;
  return m[2]!.toLowerCase() === 's' ? Number(m[1]) * 1000 : Number(m[1]);
}

const WEIGHT_KEYWORDS: Record<string, number> = { normal: 400, bold: 700 };
function toWeight(value: string): number | undefined {
  const v = value.trim().toLowerCase();
  if (WEIGHT_KEYWORDS[v] !== undefined) return WEIGHT_KEYWORDS[v];
  return /^\d{1,4}$/.test(v) ? Number(v) : undefined;
}
// Number patterns are written without overlapping quantifiers, so hostile digit runs stay linear.
const toNumber = (value: string): number | undefined => (/^(?:\d+(?:\.\d+)?|\.\d+)$/.test(value.trim()) ? Number(value.trim()) : undefined);

/** Lower-case, unquoted, single-spaced, with every colour in canonical hex: comparable CSS text. */
export function normalizeCss(value: string): string {
  return value
    .toLowerCase()
    .replace(/["']/g, '')
    .replace(/(?:rgba?|hsla?|oklch|oklab|lab|lch|hwb)\([^)]*\)|#[0-9a-f]{3,8}\b/g, (c) => canonicalColor(c) ?? c)
    .replace(/\s*,\s*/g, ',')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Which token paths may stand for a value of each design category (path prefixes; empty = any path of the type). */
const CANDIDATES: Record<DesignCategory, { types: Token['type'][]; prefixes: string[] }> = {
  color: { types: ['color'], prefixes: [] },
  spacing: { types: ['dimension'], prefixes: ['space.', 'spacing.', 'size.'] },
  radius: { types: ['dimension'], prefixes: ['radius.', 'border-radius.', 'rounded.'] },
  borderWidth: { types: ['dimension'], prefixes: ['border.width', 'border-width.'] },
  fontSize: { types: ['dimension'], prefixes: ['font.size.', 'font-size.', 'text.'] },
  letterSpacing: { types: ['dimension'], prefixes: ['letter-spacing.', 'tracking.', 'font.letter-spacing.'] },
  lineHeight: { types: ['number', 'dimension'], prefixes: ['line-height.', 'leading.', 'font.line-height.'] },
  fontWeight: { types: ['fontWeight', 'number'], prefixes: ['font.weight.', 'font-weight.'] },
  fontFamily: { types: ['fontFamily'], prefixes: [] },
  shadow: { types: ['shadow'], prefixes: [] },
  duration: { types: ['duration'], prefixes: [] },
};

/** Which colour token names suit each colour property, most specific first. */
export const COLOR_ROLES: Record<string, readonly RegExp[]> = {
  color: [/(^|\.)text$/, /text/, /(^|\.)on-/, /foreground|fg/],
  backgroundColor: [/(^|\.)background$/, /background|surface|bg/],
  borderColor: [/border/],
  outlineColor: [/focus|ring|outline/],
};

type Measured = { path: string; n: number };
interface Index {
  byCategory: Map<DesignCategory, Token[]>;
  colors: Array<{ path: string; color: Color; alpha: number }>;
}
const indexes = new WeakMap<TokenSet, Index>();

function indexOf(tokens: TokenSet): Index {
  let index = indexes.get(tokens);
  if (index) return index;
  const all = Object.values(tokens.tokens);
  const byCategory = new Map<DesignCategory, Token[]>();
  for (const [category, { types, prefixes }] of Object.entries(CANDIDATES) as Array<[DesignCategory, (typeof CANDIDATES)[DesignCategory]]>) {
    const fits = all.filter((t) => types.includes(t.type) && (prefixes.length === 0 || prefixes.some((p) => t.path.startsWith(p))));
    byCategory.set(category, fits);
  }
  const colors = (byCategory.get('color') ?? []).flatMap((t) => {
    const c = parseColor(t.css);
    return c ? [{ path: t.path, color: { mode: 'rgb' as const, r: c.r, g: c.g, b: c.b }, alpha: c.alpha }] : [];
  });
  index = { byCategory, colors };
  indexes.set(tokens, index);
  return index;
}

function nearestNumber(candidates: Measured[], n: number, tolerance: MatchTolerance): TokenMatch | undefined {
  let best: Measured | undefined;
  for (const c of candidates) if (!best || Math.abs(c.n - n) < Math.abs(best.n - n)) best = c;
  if (!best) return undefined;
  const diff = Math.abs(best.n - n);
  if (diff < 0.01) return { token: best.path, exact: true };
  return diff <= Math.abs(n) * RELATIVE[tolerance] ? { token: best.path, exact: false } : undefined;
}

function matchColor(value: string, index: Index, tolerance: MatchTolerance, prefer: readonly RegExp[]): TokenMatch | undefined {
  const c = parseColor(value);
  if (!c) return undefined;
  const color: Color = { mode: 'rgb', r: c.r, g: c.g, b: c.b };
  const scored = index.colors.flatMap((t) => (Math.abs(t.alpha - c.alpha) > 0.02 ? [] : [{ path: t.path, d: deltaE(color, t.color) }]));
  const bestD = Math.min(...scored.map((s) => s.d));
  if (!Number.isFinite(bestD) || bestD > DELTA_E[tolerance]) return undefined;
  // Several tokens can share a colour (white is background, surface and on-primary): prefer the one named for the property's role.
  const ties = scored.filter((s) => s.d <= bestD + DELTA_E.exact);
  const best = prefer.map((re) => ties.find((t) => re.test(t.path))).find(Boolean) ?? ties.find((t) => t.d === bestD)!;
  return { token: best.path, exact: best.d <= DELTA_E.exact };
}

/** The token a literal value of the given category matches, or undefined. */
export function matchToken(
  value: string,
  category: DesignCategory,
  tokens: TokenSet,
  tolerance: MatchTolerance = 'strict',
  /** Among tokens of the same colour, the first path matching one of these wins (see COLOR_ROLES). */
  prefer: readonly RegExp[] = [],
): TokenMatch | undefined {
  const index = indexOf(tokens);
  const candidates = index.byCategory.get(category) ?? [];
  const measure = (fn: (v: string) => number | undefined): TokenMatch | undefined => {
    const n = fn(value);
    if (n === undefined) return undefined;
    const measured = candidates.flatMap((t) => {
      const m = fn(t.css);
      return m === undefined ? [] : [{ path: t.path, n: m }];
    });
    return nearestNumber(measured, n, tolerance);
  };
  switch (category) {
    case 'color':
      return matchColor(value, index, tolerance, prefer);
    case 'fontWeight':
      return measure(toWeight);
    case 'lineHeight':
      return measure(toNumber) ?? measure(toPx);
    case 'duration':
      return measure(toMs);
    case 'fontFamily': {
      const norm = normalizeCss(value);
      const first = norm.split(',')[0];
      const exact = candidates.find((t) => normalizeCss(t.css) === norm);
      if (exact) return { token: exact.path, exact: true };
      const close = tolerance === 'loose' ? candidates.find((t) => normalizeCss(t.css).split(',')[0] === first) : undefined;
      return close ? { token: close.path, exact: false } : undefined;
    }
    case 'shadow': {
      const norm = normalizeCss(value);
      const exact = candidates.find((t) => normalizeCss(t.css) === norm);
      return exact ? { token: exact.path, exact: true } : undefined;
    }
    default:
      return measure(toPx);
  }
}

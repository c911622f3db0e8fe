import { canonicalColor, dtcgColorToCss } from './dtcg-color.js';
import { collapseWhitespace, formatFontFamily, formatNumber, parseFontFamilyList, splitTopLevel } from './css-text.js';
import { own } from './own.js';

/**
 * Parsers for the DTCG primitive types. Each accepts the DTCG 2025.10 form
 * and, leniently, the CSS text older files (and CSS imports) use, and returns
 * the canonical CSS text plus the structured value stored on the Token.
 * They throw InvalidValue; buildToken turns that into an EngineError with the path.
 */
export class InvalidValue extends Error {}

export interface Parsed<V = unknown> {
  css: string;
  value: V;
}

const fail = (message: string): never => {
  throw new InvalidValue(message);
};
const describe = (raw: unknown): string => {
  const text = typeof raw === 'string' ? `"${raw}"` : JSON.stringify(raw) ?? String(raw);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

const MATH = /^(calc|clamp|min|max)\(.*\)$/i;
const COLOR_FUNCTIONS = /^(color-mix|light-dark)\(.*\)$/i;
export const LENGTH_UNITS = new Set(
  'px rem em % vw vh vmin vmax vi vb ch ex cap ic lh rlh pt pc cm mm in q dvh dvw svh svw lvh lvw cqw cqh cqi cqb cqmin cqmax'.split(' '),
);
const NUMBER_UNIT = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)([a-z%]*)$/i;

export function parseColor(raw: unknown): Parsed<string> {
  if (typeof raw === 'string') {
    const text = collapseWhitespace(raw);
    if (/^currentcolor$/i.test(text)) return { css: 'currentcolor', value: 'currentcolor' };
    if (COLOR_FUNCTIONS.test(text)) return { css: text, value: text };
    const css = canonicalColor(text);
    return css ? { css, value: css } : fail(`${describe(raw)} is not a colour`);
  }
  const css = dtcgColorToCss(raw);
  return css ? { css, value: css } : fail(`${describe(raw)} is not a colour object { colorSpace, components, alpha? }`);
}

/** `{ value, unit }` or "1.5rem"; numbers only when `unitlessPx` (Tokens Studio sub-values) or zero. */
export function parseDimension(raw: unknown, unitlessPx = false): Parsed<string> {
  const make = (n: number, unit: string): Parsed<string> => {
    const css = n === 0 ? '0' : `${formatNumber(n, 6)}${unit}`;
    return { css, value: css };
  };
  if (typeof raw === 'number' && Number.isFinite(raw)) {
    return raw === 0 || unitlessPx ? make(raw, 'px') : fail(`${raw} has no unit (write { "value": ${raw}, "unit": "px" })`);
  }
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    const { value, unit } = raw as { value?: unknown; unit?: unknown };
    if (typeof value === 'number' && Number.isFinite(value) && typeof unit === 'string' && LENGTH_UNITS.has(unit)) return make(value, unit);
    return fail(`${describe(raw)} is not a dimension { value: number, unit: "px" | "rem" | … }`);
  }
  if (typeof raw === 'string') {
    const text = collapseWhitespace(raw);
    if (MATH.test(text)) return { css: text, value: text };
    const m = NUMBER_UNIT.exec(text);
    if (m) {
      const n = Number(m[1]);
      const unit = m[2]!.toLowerCase();
      if (LENGTH_UNITS.has(unit)) return make(n, unit);
      if (unit === '' && (n === 0 || unitlessPx)) return make(n, 'px');
    }
  }
  return fail(`${describe(raw)} is not a dimension`);
}

export function parseDuration(raw: unknown): Parsed<string> {
  const make = (n: number, unit: string): Parsed<string> => {
    const css = `${formatNumber(n, 6)}${unit}`;
    return { css, value: css };
  };
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    const { value, unit } = raw as { value?: unknown; unit?: unknown };
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0 && (unit === 'ms' || unit === 's')) return make(value, unit);
  } else if (typeof raw === 'string') {
    const m = NUMBER_UNIT.exec(raw.trim());
    const unit = m?.[2]?.toLowerCase();
    if (m && (unit === 'ms' || unit === 's') && Number(m[1]) >= 0) return make(Number(m[1]), unit);
  }
  return fail(`${describe(raw)} is not a duration { value, unit: "ms" | "s" }`);
}

/** A number; also "1.5" and the calc(a / b) line heights of Tailwind's theme. */
export function parseNumber(raw: unknown): Parsed<number> {
  let n: number | undefined;
  if (typeof raw === 'number') n = raw;
  else if (typeof raw === 'string') {
    const text = raw.trim();
    const calc = /^calc\(\s*([+-]?[\d.]+(?:e[+-]?\d+)?)\s*([*/])\s*([+-]?[\d.]+(?:e[+-]?\d+)?)\s*\)$/i.exec(text);
    if (calc) n = calc[2] === '*' ? Number(calc[1]) * Number(calc[3]) : Number(calc[1]) / Number(calc[3]);
    else if (text !== '' && /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) n = Number(text);
  }
  if (n === undefined || !Number.isFinite(n)) return fail(`${describe(raw)} is not a number`);
  const css = formatNumber(n);
  return { css, value: Number(css) };
}

/** DTCG 2025.10 font-weight keywords (and CSS "normal"/"bold"). */
export const FONT_WEIGHT_KEYWORDS: Readonly<Record<string, number>> = {
  thin: 100,
  hairline: 100,
  'extra-light': 200,
  'ultra-light': 200,
  light: 300,
  normal: 400,
  regular: 400,
  book: 400,
  medium: 500,
  'semi-bold': 600,
  'demi-bold': 600,
  bold: 700,
  'extra-bold': 800,
  'ultra-bold': 800,
  black: 900,
  heavy: 900,
  'extra-black': 950,
  'ultra-black': 950,
};

export function parseFontWeight(raw: unknown): Parsed<number> {
  let n: number | undefined;
  if (typeof raw === 'number') n = raw;
  else if (typeof raw === 'string') {
    const key = raw.trim().toLowerCase().replace(/[\s_]+/g, '-');
    // "semibold", "extrabold" (Tailwind spelling) → the DTCG hyphenated keywords.
    n = own(FONT_WEIGHT_KEYWORDS, key) ?? own(FONT_WEIGHT_KEYWORDS, key.replace(/^(extra|ultra|semi|demi)(?=[a-z])/, '$1-'));
    if (n === undefined && /^\d+$/.test(key)) n = Number(key);
  }
  if (n === undefined || !Number.isInteger(n) || n < 1 || n > 1000) return fail(`${describe(raw)} is not a font weight (1–1000 or a keyword such as "bold")`);
  return { css: String(n), value: n };
}

export function parseFontFamily(raw: unknown): Parsed<string[]> {
  const families = typeof raw === 'string' ? parseFontFamilyList(raw) : Array.isArray(raw) && raw.every((f) => typeof f === 'string') ? raw.map((f) => f.trim()) : [];
  if (families.length === 0 || families.some((f) => f === '')) return fail(`${describe(raw)} is not a font family (a name or a list of names)`);
  return { css: formatFontFamily(families), value: families };
}

const EASING_KEYWORDS: Readonly<Record<string, [number, number, number, number]>> = {
  linear: [0, 0, 1, 1],
  ease: [0.25, 0.1, 0.25, 1],
  'ease-in': [0.42, 0, 1, 1],
  'ease-out': [0, 0, 0.58, 1],
  'ease-in-out': [0.42, 0, 0.58, 1],
};

export function parseCubicBezier(raw: unknown): Parsed<[number, number, number, number]> {
  let points: unknown[] | undefined;
  if (Array.isArray(raw)) points = raw;
  else if (typeof raw === 'string') {
    const text = raw.trim().toLowerCase();
    const m = /^cubic-bezier\((.*)\)$/.exec(text);
    points = m ? splitTopLevel(m[1]!, ',').map(Number) : own(EASING_KEYWORDS, text);
  }
  const ok =
    points?.length === 4 &&
    points.every((p) => typeof p === 'number' && Number.isFinite(p)) &&
    (points[0] as number) >= 0 &&
    (points[0] as number) <= 1 &&
    (points[2] as number) >= 0 &&
    (points[2] as number) <= 1;
  if (!ok) return fail(`${describe(raw)} is not a cubic Bézier [x1, y1, x2, y2] with x in 0–1`);
  const value = (points as number[]).map((p) => Number(formatNumber(p))) as [number, number, number, number];
  return { css: `cubic-bezier(${value.join(', ')})`, value };
}

export const STROKE_STYLES = ['solid', 'dashed', 'dotted', 'double', 'groove', 'ridge', 'outset', 'inset'] as const;
export type StrokeStyleValue = string | { dashArray: string[]; lineCap: 'round' | 'butt' | 'square' };

export function parseStrokeStyle(raw: unknown): Parsed<StrokeStyleValue> {
  if (typeof raw === 'string' && (STROKE_STYLES as readonly string[]).includes(raw.trim().toLowerCase())) {
    const css = raw.trim().toLowerCase();
    return { css, value: css };
  }
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    const { dashArray, lineCap } = raw as { dashArray?: unknown; lineCap?: unknown };
    if (Array.isArray(dashArray) && dashArray.length > 0 && (lineCap === 'round' || lineCap === 'butt' || lineCap === 'square')) {
      // CSS borders cannot draw a custom dash pattern; "dashed" is the closest.
      return { css: 'dashed', value: { dashArray: dashArray.map((d) => parseDimension(d).css), lineCap } };
    }
  }
  return fail(`${describe(raw)} is not a stroke style (${STROKE_STYLES.join(', ')} or { dashArray, lineCap })`);
}

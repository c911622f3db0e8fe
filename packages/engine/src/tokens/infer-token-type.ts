import type { TokenType } from './model.js';
import { collapseWhitespace, parseFontFamilyList } from './css-text.js';
import {
  parseColor,
  parseCubicBezier,
  parseDimension,
  parseDuration,
  parseFontFamily,
  parseFontWeight,
  parseStrokeStyle,
} from './primitive-values.js';
import { parseBorder, parseShadow, parseTransition } from './composite-values.js';

/**
 * The type of a token that does not declare one (Style Dictionary files, CSS
 * variables, untyped DTCG), from its value first and its path second. The
 * order below is the rule: unambiguous value shapes win, and the path only
 * decides between readings of the same text (700 as a weight or a number,
 * "Inter" as a font). Undefined when nothing fits.
 */
const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

const accepts = (parse: (raw: unknown) => unknown, raw: unknown): boolean => {
  try {
    parse(raw);
    return true;
  } catch {
    return false;
  }
};

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)$/;
const SIMPLE_CALC = /^calc\(\s*[\d.]+\s*[*/]\s*[\d.]+\s*\)$/i;
const GRADIENT = /^(repeating-)?(linear|radial|conic)-gradient\(/i;
/** Path words whose zero is a length (space-0: 0), not a count. */
const LENGTH_WORDS = ['space', 'spacing', 'size', 'sizes', 'radius', 'radii', 'rounded', 'width', 'height', 'gap', 'inset', 'breakpoint', 'offset'];
const NOT_A_FAMILY = ['size', 'weight', 'feature', 'settings', 'variation', 'style', 'stretch', 'display', 'smoothing'];

function inferFromObject(raw: Record<string, unknown>): TokenType | undefined {
  if ('colorSpace' in raw || 'components' in raw) return 'color';
  if ('fontFamily' in raw || 'fontSize' in raw) return 'typography';
  if ('offsetX' in raw || 'offsetY' in raw || ('x' in raw && 'y' in raw && 'blur' in raw)) return 'shadow';
  if ('dashArray' in raw) return 'strokeStyle';
  if ('width' in raw && 'style' in raw) return 'border';
  if ('timingFunction' in raw || ('duration' in raw && 'delay' in raw)) return 'transition';
  if ('value' in raw && 'unit' in raw) return raw.unit === 'ms' || raw.unit === 's' ? 'duration' : 'dimension';
  return undefined;
}

function inferFromArray(raw: unknown[]): TokenType | undefined {
  if (raw.length === 4 && raw.every((n) => typeof n === 'number')) return 'cubicBezier';
  if (raw.length > 0 && raw.every((s) => typeof s === 'string')) return 'fontFamily';
  if (raw.length > 0 && raw.every(isRecord)) {
    if (raw.every((r) => 'position' in r && 'color' in r)) return 'gradient';
    if (raw.every((r) => inferFromObject(r) === 'shadow')) return 'shadow';
  }
  return undefined;
}

/** Font names are words (quoted or not): "assets/fonts/x.woff2" is not a family list. */
const looksLikeFamilies = (text: string): boolean =>
  accepts(parseFontFamily, text) && parseFontFamilyList(text).every((name) => /^-?[\p{L}\d][\p{L}\d _-]*$/u.test(name));

export function inferTokenType(raw: unknown, path: string): TokenType | undefined {
  const words = new Set(path.split(/[.-]/));
  const hint = (...names: string[]) => names.some((n) => words.has(n));
  if (typeof raw === 'number') return hint('weight') && accepts(parseFontWeight, raw) ? 'fontWeight' : 'number';
  if (Array.isArray(raw)) return inferFromArray(raw);
  if (isRecord(raw)) return inferFromObject(raw);
  if (typeof raw !== 'string') return undefined;
  const text = collapseWhitespace(raw);
  if (text === '') return undefined;
  if (/^cubic-bezier\(/i.test(text) || (hint('ease', 'easing', 'timing') && accepts(parseCubicBezier, text))) return 'cubicBezier';
  if (GRADIENT.test(text)) return 'gradient';
  if (hint('weight') && accepts(parseFontWeight, text)) return 'fontWeight';
  if (PLAIN_NUMBER.test(text) || SIMPLE_CALC.test(text)) {
    return Number(text) === 0 && hint(...LENGTH_WORDS) ? 'dimension' : 'number';
  }
  if (accepts(parseDuration, text)) return 'duration';
  if (accepts(parseDimension, text)) return 'dimension';
  if (accepts(parseColor, text)) return 'color';
  if (hint('shadow', 'shadows', 'elevation') && accepts(parseShadow, text)) return 'shadow';
  if (hint('border') && accepts(parseBorder, text)) return 'border';
  if (hint('transition', 'transitions') && accepts(parseTransition, text)) return 'transition';
  if (hint('style', 'stroke') && accepts(parseStrokeStyle, text)) return 'strokeStyle';
  const familyByPath = hint('font', 'fonts', 'family', 'typeface') && !hint(...NOT_A_FAMILY);
  const familyByValue = /,\s*(serif|sans-serif|monospace|system-ui|ui-sans-serif|ui-serif|ui-monospace|cursive)\s*$/i.test(text);
  if ((familyByPath || familyByValue) && looksLikeFamilies(text)) return 'fontFamily';
  // A bare "0 1px 2px #000" is a shadow even when the name does not say so.
  if (/\d/.test(text) && accepts(parseShadow, text) && /#|\(/.test(text)) return 'shadow';
  return undefined;
}

import type { ShadowLayer, TypographyValue } from './model.js';
import { collapseWhitespace, splitTopLevel } from './css-text.js';
import {
  InvalidValue,
  parseColor,
  parseCubicBezier,
  parseDimension,
  parseDuration,
  parseFontFamily,
  parseFontWeight,
  parseNumber,
  parseStrokeStyle,
  STROKE_STYLES,
  type Parsed,
  type StrokeStyleValue,
} from './primitive-values.js';

/**
 * Parsers for the DTCG composite types (shadow, typography, border,
 * transition, gradient). Sub-values go through the primitive parsers, so a
 * shadow colour is as canonical as a colour token.
 */
export interface BorderValue {
  color: string;
  width: string;
  style: StrokeStyleValue;
}
export interface TransitionValue {
  duration: string;
  delay: string;
  /** CSS text: cubic-bezier(…). */
  timingFunction: string;
}
export interface GradientStop {
  color: string;
  /** 0–1 along the gradient line. */
  position: number;
}

const fail = (message: string): never => {
  throw new InvalidValue(message);
};
const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const LENGTHISH = /^([+-]?(\d+\.?\d*|\.\d+)([a-z%]+)?|(calc|clamp|min|max)\(.*\))$/i;

function within(part: string, parse: () => Parsed<unknown>): string {
  try {
    return parse().css;
  } catch (error) {
    if (error instanceof InvalidValue) throw new InvalidValue(`${part}: ${error.message}`);
    throw error;
  }
}

function shadowLayerFromObject(raw: Record<string, unknown>): ShadowLayer {
  // DTCG names, with the x/y/type of Tokens Studio exports accepted too.
  const layer: ShadowLayer = {
    color: within('color', () => parseColor(raw.color)),
    offsetX: within('offsetX', () => parseDimension(raw.offsetX ?? raw.x, true)),
    offsetY: within('offsetY', () => parseDimension(raw.offsetY ?? raw.y, true)),
    blur: within('blur', () => parseDimension(raw.blur ?? 0, true)),
    spread: within('spread', () => parseDimension(raw.spread ?? 0, true)),
  };
  if (raw.inset === true || raw.type === 'innerShadow') layer.inset = true;
  return layer;
}

/** "inset 0 1px 2px 0 rgb(0 0 0 / 0.05)": 2–4 lengths, an optional colour, an optional inset. */
function shadowLayerFromCss(text: string): ShadowLayer {
  const lengths: string[] = [];
  let color: string | undefined;
  let inset = false;
  for (const part of splitTopLevel(text, ' ')) {
    if (part.toLowerCase() === 'inset') inset = true;
    else if (LENGTHISH.test(part)) lengths.push(within('length', () => parseDimension(part)));
    else if (color === undefined) color = within('color', () => parseColor(part));
    else fail(`"${text}" has two colours`);
  }
  if (lengths.length < 2 || lengths.length > 4) fail(`"${text}" is not a shadow (it needs 2 to 4 lengths)`);
  const layer: ShadowLayer = {
    color: color ?? 'currentcolor',
    offsetX: lengths[0]!,
    offsetY: lengths[1]!,
    blur: lengths[2] ?? '0',
    spread: lengths[3] ?? '0',
  };
  if (inset) layer.inset = true;
  return layer;
}

export const formatShadow = (layers: readonly ShadowLayer[]): string =>
  layers.map((l) => `${l.inset ? 'inset ' : ''}${l.offsetX} ${l.offsetY} ${l.blur} ${l.spread} ${l.color}`).join(', ');

export function parseShadow(raw: unknown): Parsed<ShadowLayer[]> {
  let layers: ShadowLayer[];
  if (typeof raw === 'string') layers = splitTopLevel(collapseWhitespace(raw), ',').map(shadowLayerFromCss);
  else if (Array.isArray(raw)) {
    layers = raw.map((layer, i) => {
      if (!isRecord(layer)) return fail(`layer ${i} is not a shadow object`);
      return shadowLayerFromObject(layer);
    });
  } else if (isRecord(raw)) layers = [shadowLayerFromObject(raw)];
  else layers = [];
  if (layers.length === 0) fail('a shadow needs at least one layer { color, offsetX, offsetY, blur, spread }');
  return { css: formatShadow(layers), value: layers };
}

export function parseTypography(raw: unknown): Parsed<TypographyValue> {
  if (!isRecord(raw)) return fail('a typography value is an object { fontFamily, fontSize, fontWeight, lineHeight, letterSpacing }');
  const value: TypographyValue = {
    fontFamily: within('fontFamily', () => parseFontFamily(raw.fontFamily)),
    fontSize: within('fontSize', () => parseDimension(raw.fontSize, true)),
    // CSS initial values when a file leaves them out.
    fontWeight: raw.fontWeight === undefined ? 400 : Number(within('fontWeight', () => parseFontWeight(raw.fontWeight))),
    lineHeight: 'normal',
  };
  if (raw.lineHeight !== undefined && raw.lineHeight !== 'normal') {
    try {
      value.lineHeight = parseNumber(raw.lineHeight).value;
    } catch {
      value.lineHeight = within('lineHeight', () => parseDimension(raw.lineHeight));
    }
  }
  if (raw.letterSpacing !== undefined) value.letterSpacing = within('letterSpacing', () => parseDimension(raw.letterSpacing, true));
  // A typography token is not one CSS value; exporters expand it into parts.
  return { css: '', value };
}

export function parseBorder(raw: unknown): Parsed<BorderValue> {
  let value: BorderValue;
  if (isRecord(raw)) {
    const style = (() => {
      try {
        return parseStrokeStyle(raw.style);
      } catch (error) {
        throw new InvalidValue(`style: ${(error as Error).message}`);
      }
    })();
    value = { color: within('color', () => parseColor(raw.color)), width: within('width', () => parseDimension(raw.width, true)), style: style.value };
  } else if (typeof raw === 'string') {
    // CSS shorthand "1px solid #e2e8f0", parts in any order.
    const parts = splitTopLevel(collapseWhitespace(raw), ' ');
    const style = parts.find((p) => (STROKE_STYLES as readonly string[]).includes(p.toLowerCase()));
    const width = parts.find((p) => LENGTHISH.test(p));
    const color = parts.find((p) => p !== style && p !== width);
    if (!style || !width || !color || parts.length !== 3) return fail(`"${raw}" is not a border (width style colour)`);
    value = { color: within('color', () => parseColor(color)), width: within('width', () => parseDimension(width)), style: style.toLowerCase() };
  } else return fail('a border is an object { color, width, style }');
  const styleCss = typeof value.style === 'string' ? value.style : 'dashed';
  return { css: `${value.width} ${styleCss} ${value.color}`, value };
}

/** CSS "200ms ease-in-out 50ms": the first time is the duration, the second the delay. */
function transitionFromCss(text: string): Record<string, unknown> {
  const parts = splitTopLevel(collapseWhitespace(text), ' ');
  const times = parts.filter((p) => /^(\d*\.?\d+)(ms|s)$/i.test(p));
  const timing = parts.filter((p) => !times.includes(p));
  if (times.length === 0 || times.length > 2 || timing.length > 1) return fail(`"${text}" is not a transition (duration timing-function delay)`);
  return { duration: times[0], delay: times[1], timingFunction: timing[0] ?? 'ease' };
}

export function parseTransition(raw: unknown): Parsed<TransitionValue> {
  if (typeof raw === 'string') raw = transitionFromCss(raw);
  if (!isRecord(raw)) return fail('a transition is an object { duration, delay, timingFunction }');
  const value: TransitionValue = {
    duration: within('duration', () => parseDuration(raw.duration)),
    delay: raw.delay === undefined ? '0ms' : within('delay', () => parseDuration(raw.delay)),
    timingFunction: within('timingFunction', () => parseCubicBezier(raw.timingFunction)),
  };
  return { css: `${value.duration} ${value.timingFunction} ${value.delay}`, value };
}

export const formatGradient = (stops: readonly GradientStop[]): string =>
  `linear-gradient(${stops.map((s) => `${s.color} ${Number((s.position * 100).toFixed(4))}%`).join(', ')})`;

/** DTCG stops [{ color, position }], or CSS gradient text kept as written (stops parsed where simple). */
export function parseGradient(raw: unknown): Parsed<GradientStop[] | string> {
  if (typeof raw === 'string') {
    const text = collapseWhitespace(raw);
    if (!/^(repeating-)?(linear|radial|conic)-gradient\(.*\)$/i.test(text)) return fail(`"${raw}" is not a gradient`);
    return { css: text, value: text };
  }
  if (!Array.isArray(raw) || raw.length === 0) return fail('a gradient is a list of stops [{ color, position }]');
  const stops = raw.map((stop, i): GradientStop => {
    if (!isRecord(stop)) return fail(`stop ${i} is not { color, position }`);
    const position = typeof stop.position === 'number' && Number.isFinite(stop.position) ? stop.position : fail(`stop ${i}: position must be a number`);
    // The spec clamps positions outside 0–1.
    return { color: within(`stop ${i} color`, () => parseColor(stop.color)), position: Math.min(1, Math.max(0, position)) };
  });
  return { css: formatGradient(stops), value: stops };
}

import type { Token, TokenType, TypographyValue } from './model.js';
import { isSafeCssValue } from './css-text.js';
import { tokenError } from './token-error.js';
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
  type Parsed,
} from './primitive-values.js';
import { parseBorder, parseGradient, parseShadow, parseTransition, parseTypography } from './composite-values.js';

/**
 * The one place a raw value (DTCG JSON or CSS text, aliases already
 * substituted) becomes a Token. Every importer and every preset goes through
 * it, which is what makes values canonical and export → import lossless.
 *
 * Token.value by type: color/dimension/duration → the CSS text; number and
 * fontWeight → number; fontFamily → string[]; cubicBezier → [x1, y1, x2, y2];
 * strokeStyle → keyword or { dashArray, lineCap }; shadow → ShadowLayer[];
 * typography → TypographyValue; border → BorderValue; transition →
 * TransitionValue; gradient → GradientStop[] (or the CSS text of a CSS gradient).
 */
const PARSERS: Record<TokenType, (raw: unknown) => Parsed> = {
  color: parseColor,
  dimension: (raw) => parseDimension(raw),
  fontFamily: parseFontFamily,
  fontWeight: parseFontWeight,
  number: parseNumber,
  duration: parseDuration,
  cubicBezier: parseCubicBezier,
  shadow: parseShadow,
  typography: parseTypography,
  border: parseBorder,
  strokeStyle: parseStrokeStyle,
  transition: parseTransition,
  gradient: parseGradient,
};

export const TOKEN_TYPES = Object.keys(PARSERS) as TokenType[];
export const isTokenType = (type: unknown): type is TokenType => typeof type === 'string' && Object.hasOwn(PARSERS, type);

export interface TokenExtras {
  aliasOf?: string;
  description?: string;
}

function cssTexts(type: TokenType, parsed: Parsed): string[] {
  if (type !== 'typography') return [parsed.css];
  const t = parsed.value as TypographyValue;
  return [t.fontFamily, t.fontSize, String(t.fontWeight), String(t.lineHeight), t.letterSpacing ?? ''];
}

export function buildToken(path: string, type: TokenType, raw: unknown, extras: TokenExtras = {}): Token {
  let parsed: Parsed;
  try {
    parsed = PARSERS[type](raw);
  } catch (error) {
    if (!(error instanceof InvalidValue)) throw error;
    throw tokenError('INVALID_TOKEN_VALUE', `Token "${path}" (${type}): ${error.message}.`, path);
  }
  if (!cssTexts(type, parsed).every(isSafeCssValue)) {
    throw tokenError('INVALID_TOKEN_VALUE', `Token "${path}" has a value that is not safe CSS (unbalanced brackets, ";", "{", "}", "<" or url()).`, path);
  }
  const token: Token = { path, type, css: parsed.css, value: parsed.value };
  if (extras.aliasOf !== undefined) token.aliasOf = extras.aliasOf;
  if (extras.description !== undefined && extras.description !== '') token.description = extras.description;
  return token;
}

/** A token that aliases `target`: same type, css and value, remembering the path. */
export function aliasToken(path: string, target: Token, description?: string): Token {
  const token: Token = { path, type: target.type, css: target.css, value: target.value, aliasOf: target.path };
  if (description !== undefined && description !== '') token.description = description;
  return token;
}

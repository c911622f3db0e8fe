import { COLOR_ROLES, canonicalColor, matchToken, normalizeCss, parseColor, toPx } from '../quality/match-token.js';
import { isNeutralValue, splitParts } from '../quality/token-compliance.js';
import { DESIGN_PROPERTIES, STYLE_PROPERTIES, StyleValue, TOKEN_REF, isDesignProperty, isTokenRef, type StyleProperty } from '../spec/style.js';
import { cssVarName, type TokenSet } from '../tokens/model.js';
import type { ImportLog } from './import-log.js';
import type { SpecDeclaration } from './style-draft.js';

/**
 * Turns one CSS declaration (from a stylesheet, a style attribute or a
 * Tailwind utility) into spec declarations: shorthands the spec lacks are
 * expanded, var() is resolved (to a token when the custom property is a
 * token's variable), and literal design values become token references when
 * a token matches them (see quality/match-token, "strict"). Anything the spec
 * cannot hold is reported and left out.
 */
export interface ConvertContext {
  tokens: TokenSet;
  log: ImportLog;
  /** Custom properties declared in the pasted CSS (--name → value). */
  vars: ReadonlyMap<string, string>;
  /** Where the declaration came from, for the report: a selector, a class or an element path. */
  where: string;
}

const KNOWN = new Set<string>(STYLE_PROPERTIES);
const camel = (prop: string) => prop.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
const BORDER_STYLES = new Set(['none', 'hidden', 'dotted', 'dashed', 'solid', 'double', 'groove', 'ridge', 'inset', 'outset']);
const TIMING = /^(ease|ease-in|ease-out|ease-in-out|linear|step-start|step-end|cubic-bezier\(.*\)|steps\(.*\))$/;
const UNSUPPORTED_REASONS: Array<[RegExp, string]> = [
  [/^-(webkit|moz|ms|o)-/, 'vendor-prefixed properties are not part of a spec'],
  [/^animation/, 'animations cannot be expressed in a spec'],
  [/^font$/, 'the font shorthand is not supported; use font-size, font-weight, font-family and line-height'],
  [/^(content|filter|backdrop-filter|clip|clip-path|mask)/, 'this effect cannot be expressed in a spec'],
];

const tokenVars = new WeakMap<TokenSet, Map<string, string>>();
function tokenOfVar(name: string, tokens: TokenSet): string | undefined {
  let map = tokenVars.get(tokens);
  if (!map) {
    map = new Map(Object.keys(tokens.tokens).map((path) => [cssVarName(path), path]));
    tokenVars.set(tokens, map);
  }
  return map.get(name);
}

/** Longer values cannot be a spec style value (200 characters) in any case. */
const MAX_VALUE_CHARS = 2000;
const VAR = /var\(\s*(--[\w-]+)\s*(?:,\s*((?:[^()]|\([^()]*\))*))?\)/;

/** Replaces var(--x): a token's variable becomes its reference, a declared one its value, else the fallback. */
export function resolveVars(value: string, ctx: ConvertContext): string | undefined {
  const all = new RegExp(VAR.source, 'g');
  let out = value;
  let unresolved = false;
  // Bounded rounds and length: custom properties may nest, or expand exponentially on hostile input.
  for (let round = 0; round < 8 && VAR.test(out); round++) {
    out = out.replace(all, (_, name: string, fallback: string | undefined) => {
      const token = tokenOfVar(name, ctx.tokens);
      if (token) {
        ctx.log.map(`var(${name})`, token);
        return `{${token}}`;
      }
      const declared = ctx.vars.get(name) ?? fallback?.trim();
      if (declared === undefined) unresolved = true;
      return declared ?? '';
    });
    if (unresolved || out.length > MAX_VALUE_CHARS) return undefined;
  }
  return VAR.test(out) ? undefined : out;
}

/** Shorthands the spec does not have, as longhands it does; a string is a reason to reject. */
function expandShorthand(prop: string, value: string): Array<[string, string]> | string | undefined {
  const side = /^border-(top|right|bottom|left)$/.exec(prop)?.[1];
  if (prop === 'border' || prop === 'outline' || side) {
    const parts = splitParts(value);
    const width = parts.find((p) => toPx(p) !== undefined || /^(thin|medium|thick)$/.test(p));
    const style = parts.find((p) => BORDER_STYLES.has(p));
    const color = parts.find((p) => p !== width && p !== style);
    if (parts.length > 3 || parts.some((p) => p !== width && p !== style && p !== color)) return `"${value}" is not a width, style and colour`;
    const base = prop === 'outline' ? 'outline' : 'border';
    const out: Array<[string, string]> = [];
    if (side) {
      // border-<side> exists for width only: other sides are set to 0 so the shared style and colour only show on this side.
      out.push(['border-width', '0']);
      if (width) out.push([`border-${side}-width`, width]);
    } else if (width) out.push([`${base}-width`, width]);
    if (style) out.push([`${base}-style`, style]);
    if (color) out.push([`${base}-color`, color]);
    return out;
  }
  if (prop === 'background') {
    if (value === 'none') return [['background-color', 'transparent']];
    return splitParts(value).length === 1 && parseColor(value) ? [['background-color', value]] : 'background images and gradients cannot be expressed in a spec';
  }
  if (prop === 'transition') {
    const first = value.split(',')[0]!.trim();
    const parts = splitParts(first);
    const duration = parts.find((p) => /^(?:\d+(?:\.\d+)?|\.\d+)m?s$/.test(p));
    const timing = parts.find((p) => TIMING.test(p));
    const properties = value.split(',').map((t) => splitParts(t.trim())[0]!).filter((p) => p && !/^(?:\d+(?:\.\d+)?|\.\d+)m?s$/.test(p) && !TIMING.test(p));
    const out: Array<[string, string]> = [];
    if (properties.length) out.push(['transition-property', properties.join(', ')]);
    if (duration) out.push(['transition-duration', duration]);
    if (timing) out.push(['transition-timing-function', timing]);
    return out;
  }
  return undefined;
}

function tokenFor(part: string, property: StyleProperty, ctx: ConvertContext): string {
  if (!isDesignProperty(property)) return part;
  const match = matchToken(part, DESIGN_PROPERTIES[property], ctx.tokens, 'strict', COLOR_ROLES[property]);
  if (!match) return part;
  ctx.log.map(part, match.token);
  return `{${match.token}}`;
}

/** A value for a spec property: tokens where they match, literals normalised (colours as hex, no quotes). */
function specValue(property: StyleProperty, value: string, ctx: ConvertContext): string {
  if (!isDesignProperty(property)) return value;
  const category = DESIGN_PROPERTIES[property];
  const hasRef = new RegExp(TOKEN_REF.source).test(value);
  if (category === 'color') {
    if (isTokenRef(value) || isNeutralValue(value)) return value;
    const token = tokenFor(value, property, ctx);
    return token !== value ? token : (canonicalColor(value) ?? value);
  }
  if (category === 'shadow' && !hasRef) {
    const token = tokenFor(value, property, ctx);
    return token !== value ? token : normalizeCss(value);
  }
  if (category === 'fontFamily' && !hasRef) {
    const token = tokenFor(value, property, ctx);
    return token !== value ? token : value.replace(/["']/g, '');
  }
  return splitParts(value)
    .map((part) => (isTokenRef(part) || isNeutralValue(part) ? part : tokenFor(part, property, ctx)))
    .join(' ');
}

/** Converts one CSS declaration; unsupported properties and values are reported, never carried. */
export function convertDeclaration(property: string, rawValue: string, ctx: ConvertContext): SpecDeclaration[] {
  const prop = property.trim().toLowerCase();
  if (prop.startsWith('--')) return [];
  const cleaned = rawValue.replace(/\s*!important\s*$/i, '').replace(/\s+/g, ' ').trim();
  const value = resolveVars(cleaned, ctx);
  if (value === undefined) {
    ctx.log.report(`${prop}: ${cleaned}`, 'uses a custom property that is not a token, not declared in the pasted CSS, or nested too deeply', ctx.where);
    return [];
  }
  const expanded = expandShorthand(prop, value);
  if (typeof expanded === 'string') {
    ctx.log.report(`${prop}: ${value}`, expanded, ctx.where);
    return [];
  }
  const out: SpecDeclaration[] = [];
  for (const [p, v] of expanded ?? [[prop, value]]) {
    const specProp = camel(p);
    if (!KNOWN.has(specProp)) {
      const reason = UNSUPPORTED_REASONS.find(([re]) => re.test(p))?.[1] ?? `"${p}" is not a style property a spec can hold`;
      ctx.log.report(p, reason, ctx.where);
      continue;
    }
    const converted = specValue(specProp as StyleProperty, v, ctx);
    if (!StyleValue.safeParse(converted).success) {
      ctx.log.report(`${p}: ${v}`, 'the value is too long or uses characters or functions a spec cannot hold (quotes, url(), …)', ctx.where);
      continue;
    }
    out.push([specProp as StyleProperty, converted]);
  }
  return out;
}

import { BREAKPOINTS, DESIGN_PROPERTIES, STATES, TOKEN_REF, isDesignProperty, type Declarations, type StyleBlock } from '../spec/style.js';
import type { TokenSet } from '../tokens/model.js';
import { COLOR_ROLES, matchToken, toPx } from './match-token.js';
import type { LiteralValue, TokenCompliance, UnknownToken } from './quality-report.js';
import type { ElementVisit } from './spec-walk.js';

/**
 * Token compliance: the share of design-property value parts (colour,
 * spacing, radius, font, shadow…) that reference a token. Value parts are
 * split on spaces outside parentheses, so "{space.sm} 13px" is one token and
 * one literal, and "rgba(0, 0, 0, 0.1)" is one literal. A shadow without
 * token references is one part. Neutral keywords (0, auto, none, inherit,
 * transparent, currentColor…) are design-free and count neither way.
 * Token references in any property are checked against the token set.
 */

const NEUTRAL = new Set(['0', 'auto', 'none', 'inherit', 'initial', 'unset', 'revert', 'currentcolor', 'transparent']);
export const isNeutralValue = (part: string): boolean => NEUTRAL.has(part.toLowerCase()) || toPx(part) === 0;

/** Splits a CSS value on whitespace outside parentheses. */
export function splitParts(value: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of value.trim()) {
    if (ch === '(') depth += 1;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (/\s/.test(ch) && depth === 0) {
      if (current) parts.push(current);
      current = '';
    } else current += ch;
  }
  if (current) parts.push(current);
  return parts;
}

/** Every declaration block of a style with its path suffix: "base", "hover", "responsive.md", "file"… */
export function styleBlocks(style: StyleBlock | undefined): Array<{ at: string; declarations: Declarations }> {
  if (!style) return [];
  const blocks: Array<{ at: string; declarations: Declarations }> = [];
  if (style.base) blocks.push({ at: 'base', declarations: style.base });
  for (const state of STATES) {
    const d = style[state];
    if (d) blocks.push({ at: state, declarations: d });
  }
  for (const bp of BREAKPOINTS) {
    const d = style.responsive?.[bp];
    if (d) blocks.push({ at: `responsive.${bp}`, declarations: d });
  }
  if (style.file) blocks.push({ at: 'file', declarations: style.file });
  return blocks;
}

const refsIn = (value: string): string[] => [...value.matchAll(TOKEN_REF)].map((m) => m[1]!);

export function tokenCompliance(elements: readonly ElementVisit[], tokens: TokenSet): TokenCompliance {
  let tokenValues = 0;
  let literalValues = 0;
  let unknownParts = 0;
  const literals: LiteralValue[] = [];
  const unknownTokens: UnknownToken[] = [];
  const known = (ref: string) => Object.hasOwn(tokens.tokens, ref);

  for (const { node, path } of elements) {
    for (const { at, declarations } of styleBlocks(node.style)) {
      for (const [property, value] of Object.entries(declarations) as Array<[string, string | undefined]>) {
        if (value === undefined) continue;
        const where = `${path}.style.${at}.${property}`;
        for (const ref of refsIn(value)) if (!known(ref)) unknownTokens.push({ path: where, property, token: ref });
        if (!isDesignProperty(property)) continue;
        const category = DESIGN_PROPERTIES[property];
        const hasRef = refsIn(value).length > 0;
        const parts = category === 'shadow' && !hasRef ? [value.trim()] : splitParts(value);
        for (const part of parts) {
          const refs = refsIn(part);
          if (refs.length > 0) {
            if (refs.every(known)) tokenValues += 1;
            else unknownParts += 1;
          } else if (!isNeutralValue(part)) {
            literalValues += 1;
            const match = matchToken(part, category, tokens, 'loose', COLOR_ROLES[property]);
            literals.push({ path: where, property, value: part, ...(match ? { suggestion: `{${match.token}}` } : {}) });
          }
        }
      }
    }
  }
  const counted = tokenValues + literalValues + unknownParts;
  return { ratio: counted === 0 ? 1 : tokenValues / counted, tokenValues, literalValues, literals, unknownTokens };
}

import { ROLE_TOKENS, type RoleToken, type Token, type TokenSet } from './model.js';
import { aliasToken, buildToken } from './build-token.js';
import { formatNumber } from './css-text.js';
import { presets } from './presets/index.js';
import { roleCandidates, SPACE_MULTIPLES, SPACE_UNITS } from './role-alternatives.js';

/**
 * Completes an imported set with every role the generator and archetypes
 * style with (ROLE_TOKENS). For each missing role, in order:
 *   1. a token the set already has under a common alternative name
 *      (role-alternatives.ts: color.brand.primary, colors.primary,
 *      color.primary.500, spacing.4, …) of the role's type — the role
 *      becomes an alias of it, so exports keep the relation;
 *   2. for space roles, a multiple of a spacing unit (space.unit × 4 = md);
 *   3. the base preset's token (Anclora Ocean unless told otherwise).
 * A role present with the wrong type counts as missing and is replaced.
 * The input set is not changed.
 */
export interface RoleCompletion {
  tokens: TokenSet;
  /** Roles taken from the base preset. */
  filled: RoleToken[];
  /** Roles mapped from the set's own tokens: role → where from ("color.brand.primary", "space.unit × 4"). */
  mapped: Partial<Record<RoleToken, string>>;
}

const roles = Object.entries(ROLE_TOKENS) as Array<[RoleToken, Token['type']]>;

function fromSpaceUnit(role: RoleToken, tokens: Record<string, Token>): { token: Token; from: string } | undefined {
  const multiple = SPACE_MULTIPLES[role];
  const unitPath = SPACE_UNITS.find((p) => tokens[p]?.type === 'dimension');
  const m = unitPath ? /^(\d*\.?\d+)([a-z%]+)$/.exec(tokens[unitPath]!.css) : null;
  if (!multiple || !unitPath || !m) return undefined;
  return { token: buildToken(role, 'dimension', `${formatNumber(Number(m[1]) * multiple, 6)}${m[2]}`), from: `${unitPath} × ${multiple}` };
}

export function withRoles(set: TokenSet, base: TokenSet = presets['anclora-ocean']): RoleCompletion {
  const tokens: Record<string, Token> = { ...set.tokens };
  const filled: RoleToken[] = [];
  const mapped: Partial<Record<RoleToken, string>> = {};

  for (const [role, type] of roles) {
    if (tokens[role]?.type === type) continue;
    const alternative = roleCandidates(role).find((path) => tokens[path]?.type === type);
    if (alternative) {
      tokens[role] = aliasToken(role, tokens[alternative]!);
      mapped[role] = alternative;
      continue;
    }
    const derived = type === 'dimension' ? fromSpaceUnit(role, tokens) : undefined;
    if (derived) {
      tokens[role] = derived.token;
      mapped[role] = derived.from;
      continue;
    }
    const fallback = base.tokens[role];
    if (!fallback) continue; // a base without the role: nothing to fill from
    const token: Token = { ...fallback, path: role };
    delete token.aliasOf;
    tokens[role] = token;
    filled.push(role);
  }
  // An alias is kept only where its target is in the result with the same value
  // (a base alias to color.primary-light must not point at a user's different token).
  for (const role of filled) {
    const alias = base.tokens[role]!.aliasOf;
    if (alias && tokens[alias]?.css === tokens[role]!.css && tokens[alias]?.type === tokens[role]!.type) tokens[role] = { ...tokens[role]!, aliasOf: alias };
  }
  return { tokens: { name: set.name, tokens }, filled, mapped };
}

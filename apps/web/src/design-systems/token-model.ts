import { contrastRatio, cssVarName, meetsContrastAA, type Token } from '@anclora/engine';

/**
 * What the token table shows, derived from a design system's tokens: groups
 * (first path segment, split by type where a segment mixes types), a readable
 * value per token, and contrast hints for colours against the system's own
 * text and background roles.
 */
export interface TokenGroup {
  /** Stable key: "color", "font:fontFamily". */
  key: string;
  /** First path segment: "color", "space", "font". */
  group: string;
  /** Set when the group's tokens share one type. */
  type: Token['type'];
  /** True when the segment holds several types, so the heading names the type too. */
  mixed: boolean;
  tokens: Token[];
}

const segmentOf = (path: string) => path.split('.')[0] ?? path;

/** Tokens grouped in source order; `query` keeps those whose path, value, variable or alias target contains it. */
export function groupTokens(tokens: Record<string, Token>, query = ''): TokenGroup[] {
  const needle = query.trim().toLowerCase();
  const all = Object.values(tokens);
  const typesBySegment = new Map<string, Set<Token['type']>>();
  for (const token of all) {
    const segment = segmentOf(token.path);
    typesBySegment.set(segment, (typesBySegment.get(segment) ?? new Set()).add(token.type));
  }
  const groups = new Map<string, TokenGroup>();
  for (const token of all) {
    if (needle && ![token.path, tokenValueText(token), cssVarName(token.path), token.aliasOf ?? ''].some((text) => text.toLowerCase().includes(needle))) continue;
    const segment = segmentOf(token.path);
    const mixed = (typesBySegment.get(segment)?.size ?? 1) > 1;
    const key = mixed ? `${segment}:${token.type}` : segment;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, group: segment, type: token.type, mixed, tokens: [] }));
    group.tokens.push(token);
  }
  return [...groups.values()];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The value as text: the CSS for most tokens; typography (no single CSS value) as its parts. */
export function tokenValueText(token: Token): string {
  if (token.css) return token.css;
  if (token.type === 'typography' && isRecord(token.value)) {
    const v = token.value;
    const family = Array.isArray(v.fontFamily) ? v.fontFamily.join(', ') : String(v.fontFamily ?? '');
    return `${String(v.fontWeight ?? '')} ${String(v.fontSize ?? '')}/${String(v.lineHeight ?? '')} ${family}`.trim();
  }
  return typeof token.value === 'string' ? token.value : JSON.stringify(token.value);
}

/** The roles a colour is measured against (an imported set is completed with them by the API). */
export interface ContrastRoles {
  text?: Token;
  background?: Token;
}

export function contrastRoles(tokens: Record<string, Token>): ContrastRoles {
  const pick = (...paths: string[]) => paths.map((p) => tokens[p]).find((t) => t?.type === 'color');
  const text = pick('color.text');
  const background = pick('color.background', 'color.surface');
  return { ...(text ? { text } : {}), ...(background ? { background } : {}) };
}

export interface ContrastHint {
  /** The role on the other side of the pair. */
  against: string;
  ratio: number;
  /** WCAG 2.2 AA for body text (4.5:1). */
  passes: boolean;
}

export interface ColourHints {
  /** An "on" colour (color.on-primary) as text on its own surface (color.primary). */
  onPair?: ContrastHint;
  /** The colour as text on the background role. */
  onBackground?: ContrastHint;
  /** The text role on the colour as a background. */
  underText?: ContrastHint;
}

const isRole = (token: Token, role: Token) => token.path === role.path || token.aliasOf === role.path || role.aliasOf === token.path;

function hint(foreground: Token, background: Token, against: Token): ContrastHint | undefined {
  const ratio = contrastRatio(foreground.css, background.css);
  return ratio === undefined ? undefined : { against: against.path, ratio, passes: meetsContrastAA(foreground.css, background.css, 'text') };
}

/** color.on-primary → color.primary: the surface an "on" colour is made for, when the set has it. */
function pairOf(token: Token, tokens: Record<string, Token>): Token | undefined {
  const m = /^(.*)\.on-([^.]+)$/.exec(token.path);
  const surface = m ? tokens[`${m[1]}.${m[2]}`] : undefined;
  return surface?.type === 'color' ? surface : undefined;
}

/**
 * Contrast of a colour token: an "on" colour against its own surface only;
 * any other against the roles, never a role against itself.
 */
export function colourHints(token: Token, roles: ContrastRoles, tokens: Record<string, Token> = {}): ColourHints {
  if (token.type !== 'color') return {};
  const surface = pairOf(token, tokens);
  if (surface) {
    const onPair = hint(token, surface, surface);
    return onPair ? { onPair } : {};
  }
  const { text, background } = roles;
  const onBackground = background && !isRole(token, background) ? hint(token, background, background) : undefined;
  const underText = text && !isRole(token, text) ? hint(text, token, text) : undefined;
  return { ...(onBackground ? { onBackground } : {}), ...(underText ? { underText } : {}) };
}

/** "4.52:1", rounded down so a ratio just under 4.5 never reads as 4.50. */
export const formatRatio = (ratio: number): string => `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;

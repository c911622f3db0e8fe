import type { Token, TokenSet, TokenType } from './model.js';
import { aliasToken, buildToken } from './build-token.js';
import { inferTokenType } from './infer-token-type.js';
import { displayPath, isRecord, parseJsonSource } from './json-source.js';
import { resolveInOrder } from './resolve-references.js';
import { TOKEN_LIMITS, tokenError } from './token-error.js';
import { normalizePath, normalizeSegment } from './token-path.js';
import type { ImportOptions } from './import-options.js';
import { own } from './own.js';

/**
 * Imports a Style Dictionary source tree: nested groups whose leaves are
 * objects with `value` (and optionally `type`, `comment`/`description`).
 * References are "{color.base.red.value}" or "{color.base.red}", as the whole
 * value (an alias), inside a composite, or embedded in a string
 * ("{size.border} solid {color.border}"). Without `type`, the type comes from
 * the value and path (inferTokenType); plain numbers under the CTI `size`
 * category are rem, as Style Dictionary's css transform group makes them.
 */
interface RawSdToken {
  path: string;
  type?: string;
  value: unknown;
  description?: string;
}

/** Style Dictionary and Tokens Studio type names → ours. */
const SD_TYPES: Readonly<Record<string, TokenType>> = {
  color: 'color',
  dimension: 'dimension',
  size: 'dimension',
  sizing: 'dimension',
  spacing: 'dimension',
  borderRadius: 'dimension',
  borderWidth: 'dimension',
  fontSize: 'dimension',
  fontSizes: 'dimension',
  letterSpacing: 'dimension',
  paragraphSpacing: 'dimension',
  fontFamily: 'fontFamily',
  fontFamilies: 'fontFamily',
  fontWeight: 'fontWeight',
  fontWeights: 'fontWeight',
  number: 'number',
  opacity: 'number',
  lineHeight: 'number',
  lineHeights: 'number',
  duration: 'duration',
  time: 'duration',
  cubicBezier: 'cubicBezier',
  shadow: 'shadow',
  boxShadow: 'shadow',
  typography: 'typography',
  border: 'border',
  strokeStyle: 'strokeStyle',
  transition: 'transition',
  gradient: 'gradient',
};

const REFERENCE = /\{([^{}]+)\}/g;
const refPath = (inner: string) => normalizePath(inner.trim().replace(/\.value$/, ''));
const WHOLE = /^\s*\{([^{}]+)\}\s*$/;
const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)$/;

function walk(root: Record<string, unknown>): Map<string, RawSdToken> {
  const tokens = new Map<string, RawSdToken>();
  let visited = 0;
  // Tokens wait on the stack beside groups, so the result keeps source order.
  const stack: Array<{ node: Record<string, unknown>; segments: string[]; token: boolean }> = [{ node: root, segments: [], token: false }];
  while (stack.length > 0) {
    const { node, segments, token: isToken } = stack.pop()!;
    if (isToken) {
      const token: RawSdToken = { path: segments.join('.'), value: node.value };
      if (typeof node.type === 'string') token.type = node.type;
      const description = node.comment ?? node.description;
      if (typeof description === 'string') token.description = description;
      if (tokens.has(token.path)) throw tokenError('DUPLICATE_TOKEN_PATH', `Two tokens normalise to the path "${token.path}".`, token.path);
      if (tokens.size >= TOKEN_LIMITS.maxTokens) throw tokenError('TOKEN_FILE_TOO_LARGE', `The file has more than ${TOKEN_LIMITS.maxTokens} tokens.`);
      tokens.set(token.path, token);
      continue;
    }
    if (segments.length > TOKEN_LIMITS.maxDepth) {
      throw tokenError('TOKEN_FILE_TOO_DEEP', `Groups are nested more than ${TOKEN_LIMITS.maxDepth} levels deep.`, displayPath(segments));
    }
    const children: Array<{ node: Record<string, unknown>; segments: string[]; token: boolean }> = [];
    for (const [key, child] of Object.entries(node)) {
      if (++visited > TOKEN_LIMITS.maxNodes) throw tokenError('TOKEN_FILE_TOO_LARGE', `The file has more than ${TOKEN_LIMITS.maxNodes} entries.`);
      if (key.startsWith('$') || !isRecord(child)) continue; // metadata ($themes, $metadata) and stray scalars
      children.push({ node: child, segments: [...segments, normalizeSegment(key)], token: 'value' in child });
    }
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i]!);
  }
  return tokens;
}

function referencesIn(value: unknown, path: string, depth = 0): string[] {
  if (depth > 8) throw tokenError('INVALID_TOKEN_VALUE', `Token "${path}" has a value nested too deeply.`, path);
  if (typeof value === 'string') return [...value.matchAll(REFERENCE)].map((m) => refPath(m[1]!));
  if (Array.isArray(value)) return value.flatMap((v) => referencesIn(v, path, depth + 1));
  if (isRecord(value)) return Object.values(value).flatMap((v) => referencesIn(v, path, depth + 1));
  return [];
}

/** Whole-string references take the target's value; embedded ones its CSS text. */
function substitute(value: unknown, path: string, resolved: Map<string, unknown>, built: Map<string, Token>): unknown {
  if (typeof value === 'string') {
    const whole = WHOLE.exec(value);
    if (whole) return resolved.get(refPath(whole[1]!));
    return value.replace(REFERENCE, (_, inner: string) => {
      const target = built.get(refPath(inner))!;
      if (target.css === '') throw tokenError('INVALID_TOKEN_VALUE', `Token "${path}" embeds "${target.path}", a ${target.type} with no single CSS value.`, path);
      return target.css;
    });
  }
  if (Array.isArray(value)) return value.map((v) => substitute(v, path, resolved, built));
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, path, resolved, built)]));
  return value;
}

/** Numbers that Style Dictionary's transforms would give a unit: px for dimensions, rem under the CTI "size" category. */
function withUnits(value: unknown, declared: TokenType | undefined, path: string): unknown {
  const numeric = typeof value === 'number' || (typeof value === 'string' && NUMERIC.test(value.trim()));
  if (!numeric || Number(value) === 0) return value;
  if (declared === 'dimension') return `${Number(value)}px`;
  if (declared === undefined && path.split('.')[0] === 'size') return `${Number(value)}rem`;
  return value;
}

export function importStyleDictionary(source: string | object, name: string, options: ImportOptions = {}): TokenSet {
  const raw = walk(parseJsonSource(source, 'Style Dictionary'));
  const built = new Map<string, Token>();
  const resolved = new Map<string, unknown>();
  const skipped = new Set<string>();

  const visit = (path: string) => {
    const entry = raw.get(path)!;
    const skip = (reason: string) => {
      skipped.add(path);
      options.onSkip?.({ name: path, path, reason });
    };
    const refs = referencesIn(entry.value, path);
    const gone = refs.find((r) => skipped.has(r));
    if (gone) return skip(`refers to "${gone}", which was skipped`);
    let declared: TokenType | undefined;
    if (entry.type !== undefined) {
      declared = own(SD_TYPES, entry.type) ?? own(SD_TYPES, entry.type.toLowerCase());
      // "lineHeight": "24px" is a length, not a ratio.
      if (declared === 'number' && typeof entry.value === 'string' && /[a-z%]$/i.test(entry.value.trim())) declared = 'dimension';
    }
    const whole = typeof entry.value === 'string' ? WHOLE.exec(entry.value) : null;
    if (whole) {
      const target = built.get(refPath(whole[1]!))!;
      if (!declared || declared === target.type) {
        built.set(path, aliasToken(path, target, entry.description));
        resolved.set(path, resolved.get(target.path));
        return;
      }
    }
    const value = withUnits(substitute(entry.value, path, resolved, built), declared, path);
    const type = declared ?? inferTokenType(value, path);
    // Assets, content strings and the like are not design tokens: reported, not fatal.
    if (!type) return skip(entry.type === undefined ? 'its value is not a design-token value' : `type "${entry.type}" has no design-token equivalent`);
    const extras = entry.description === undefined ? {} : { description: entry.description };
    built.set(path, buildToken(path, type, value, extras));
    resolved.set(path, value);
  };

  resolveInOrder(raw.keys(), (path) => referencesIn(raw.get(path)!.value, path), (path) => raw.has(path), visit);
  const tokens = [...raw.keys()].filter((p) => built.has(p)).map((p) => [p, built.get(p)!] as const);
  return { name, tokens: Object.fromEntries(tokens) };
}


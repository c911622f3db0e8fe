import type { TokenType } from './model.js';
import { isTokenType } from './build-token.js';
import { displayPath, isRecord } from './json-source.js';
import { TOKEN_LIMITS, tokenError } from './token-error.js';
import { normalizeSegment, pathOf } from './token-path.js';

/**
 * Flattens a DTCG 2025.10 group tree into raw tokens, in source order:
 * `$type` inherited from the nearest group that sets it, `$root` tokens (the
 * group's own value, at the group's path), `$extends` (the tokens of another
 * group, overridden by the group's own). `$extensions`, `$deprecated` and
 * other `$` keys are ignored. Iterative with a depth bound, so hostile nesting
 * gives TOKEN_FILE_TOO_DEEP instead of a stack overflow.
 */
export interface RawDtcgToken {
  path: string;
  /** Declared on the token or inherited from a group; undefined when neither. */
  type?: TokenType;
  value: unknown;
  description?: string;
}

interface Frame {
  node: Record<string, unknown>;
  segments: string[];
  type?: TokenType;
  depth: number;
  /** Where this node sits in the file (differs from segments inside an extended group). */
  origin: string;
  /** Groups whose $extends led here, to catch A extends B extends A. */
  chain: string[];
  fromExtends: boolean;
  /** A token waiting its turn (kept on the stack so tokens stay in source order). */
  token: boolean;
}

function declaredType(node: Record<string, unknown>, at: readonly string[] | string): TokenType | undefined {
  const type = node.$type;
  if (type === undefined) return undefined;
  if (!isTokenType(type)) {
    const where = typeof at === 'string' ? at : displayPath(at);
    throw tokenError('UNKNOWN_TOKEN_TYPE', `"${where}" has $type ${JSON.stringify(type)}, which is not a DTCG type.`, where);
  }
  return type;
}

/** Finds the group an $extends reference ("{a.b}" or "#/a/b") names. */
function findGroup(root: Record<string, unknown>, reference: unknown, where: string): { node: Record<string, unknown>; path: string } {
  const text = typeof reference === 'string' ? reference : isRecord(reference) && typeof reference.$ref === 'string' ? reference.$ref : undefined;
  const segments =
    text === undefined
      ? undefined
      : /^\{[^{}]+\}$/.test(text)
        ? text.slice(1, -1).split('.')
        : text.startsWith('#/')
          ? text.slice(2).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
          : undefined;
  let node: unknown = root;
  for (const segment of segments ?? []) {
    const wanted = normalizeSegment(segment);
    const key = isRecord(node) ? Object.keys(node).find((k) => !k.startsWith('$') && normalizeSegment(k) === wanted) : undefined;
    node = key === undefined ? undefined : (node as Record<string, unknown>)[key];
  }
  if (!segments || !isRecord(node) || '$value' in node) {
    throw tokenError('UNKNOWN_TOKEN_ALIAS', `Group "${where}" extends ${JSON.stringify(reference)}, which is not a group.`, where);
  }
  return { node, path: pathOf(segments) };
}

export function walkDtcg(root: Record<string, unknown>): Map<string, RawDtcgToken> {
  const tokens = new Map<string, RawDtcgToken & { own: boolean }>();
  let visited = 0;
  const rootType = declaredType(root, '(root)');
  const stack: Frame[] = [{ node: root, segments: [], origin: '', depth: 0, chain: [], fromExtends: false, token: false, ...(rootType ? { type: rootType } : {}) }];

  const addToken = (segments: string[], node: Record<string, unknown>, inherited: TokenType | undefined, own: boolean) => {
    const path = segments.join('.');
    if (path === '') throw tokenError('INVALID_TOKEN_FILE', 'A $root token needs a group around it.');
    const existing = tokens.get(path);
    if (existing && existing.own && own) {
      throw tokenError('DUPLICATE_TOKEN_PATH', `Two tokens normalise to the path "${path}" (names differ only in case, spaces or punctuation).`, path);
    }
    if (existing && !own) return; // a group's own token beats the one it extends
    if (!existing && tokens.size >= TOKEN_LIMITS.maxTokens) {
      throw tokenError('TOKEN_FILE_TOO_LARGE', `The file has more than ${TOKEN_LIMITS.maxTokens} tokens.`);
    }
    const entry: RawDtcgToken & { own: boolean } = { path, value: node.$value, own };
    const type = declaredType(node, path) ?? inherited;
    if (type) entry.type = type;
    if (typeof node.$description === 'string') entry.description = node.$description;
    tokens.set(path, entry);
  };

  while (stack.length > 0) {
    const frame = stack.pop()!;
    const own = !frame.fromExtends;
    if (frame.token) {
      addToken(frame.segments, frame.node, frame.type, own);
      continue;
    }
    const where = displayPath(frame.segments);
    if (frame.depth > TOKEN_LIMITS.maxDepth) {
      throw tokenError('TOKEN_FILE_TOO_DEEP', `Groups are nested more than ${TOKEN_LIMITS.maxDepth} levels deep (at "${where}").`, where);
    }
    const children: Frame[] = [];
    const inherit = { chain: frame.chain, fromExtends: frame.fromExtends, ...(frame.type ? { type: frame.type } : {}) };
    for (const [key, child] of Object.entries(frame.node)) {
      if (++visited > TOKEN_LIMITS.maxNodes) throw tokenError('TOKEN_FILE_TOO_LARGE', `The file has more than ${TOKEN_LIMITS.maxNodes} entries.`);
      if (key === '$root' && isRecord(child) && '$value' in child) {
        children.push({ ...inherit, node: child, segments: frame.segments, origin: frame.origin, depth: frame.depth, token: true });
        continue;
      }
      if (key.startsWith('$')) continue;
      const segment = normalizeSegment(key);
      const segments = [...frame.segments, segment];
      if (segment === '' || !isRecord(child)) {
        throw tokenError('INVALID_TOKEN_FILE', `"${displayPath(segments)}" is neither a token (an object with $value) nor a group.`, displayPath(segments));
      }
      const origin = frame.origin ? `${frame.origin}.${segment}` : segment;
      if ('$value' in child) children.push({ ...inherit, node: child, segments, origin, depth: frame.depth, token: true });
      else {
        const type = declaredType(child, segments) ?? frame.type;
        children.push({ ...inherit, node: child, segments, origin, depth: frame.depth + 1, token: false, ...(type ? { type } : {}) });
      }
    }
    // Pushed in reverse so entries are taken in source order; the extended
    // group goes on top, so its tokens come first and the group's own override them.
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i]!);
    if (frame.node.$extends !== undefined) {
      const target = findGroup(root, frame.node.$extends, where);
      const selfPath = frame.segments.join('.');
      const within = (path: string) => path === target.path || path.startsWith(`${target.path}.`) || target.path === '';
      if (within(selfPath) || within(frame.origin) || frame.chain.includes(target.path)) {
        const cycle = [...frame.chain, frame.origin, target.path].map((p) => p || '(root)');
        throw tokenError('TOKEN_ALIAS_CYCLE', `Group $extends cycle: ${cycle.join(' → ')}.`, selfPath || '(root)');
      }
      const type = declaredType(target.node, target.path) ?? frame.type;
      stack.push({
        node: target.node,
        segments: frame.segments,
        origin: target.path,
        depth: frame.depth + 1,
        chain: [...frame.chain, frame.origin],
        fromExtends: true,
        token: false,
        ...(type ? { type } : {}),
      });
    }
  }
  return new Map([...tokens].map(([path, { own: _own, ...token }]) => [path, token]));
}

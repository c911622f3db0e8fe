import type { Token, TokenSet } from './model.js';
import { aliasToken, buildToken } from './build-token.js';
import { walkDtcg, type RawDtcgToken } from './dtcg-walk.js';
import { inferTokenType } from './infer-token-type.js';
import { isRecord, parseJsonSource } from './json-source.js';
import { resolveInOrder } from './resolve-references.js';
import { tokenError } from './token-error.js';
import { pathOf } from './token-path.js';

/**
 * Imports a W3C Design Tokens (DTCG 2025.10) file: parsed JSON or its text.
 * Aliases are "{group.token}" strings — the whole $value or any part of a
 * composite — and JSON-pointer objects { "$ref": "#/group/token/$value/…" }.
 * They resolve in any order and through chains; the token keeps `aliasOf`.
 * Older files with CSS strings ("#0b6477", "16px") are accepted too.
 */
interface Reference {
  target: string;
  /** Keys inside the target's $value, for pointers into a composite. */
  within: string[];
}

/** Composite values are a few levels deep at most; deeper is hostile. */
const MAX_VALUE_DEPTH = 8;

function referenceIn(value: unknown): Reference | undefined {
  if (typeof value === 'string') {
    const m = /^\{([^{}]+)\}$/.exec(value.trim());
    // "{group.$root}" names the group's own token, which lives at the group's path.
    return m ? { target: pathOf(m[1]!.split('.').filter((s) => s !== '$root')), within: [] } : undefined;
  }
  if (isRecord(value) && typeof value.$ref === 'string' && Object.keys(value).length === 1 && value.$ref.startsWith('#/')) {
    const keys = value.$ref
      .slice(2)
      .split('/')
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    const at = keys.indexOf('$value');
    const tokenKeys = (at < 0 ? keys : keys.slice(0, at)).filter((s) => s !== '$root');
    return { target: pathOf(tokenKeys), within: at < 0 ? [] : keys.slice(at + 1) };
  }
  return undefined;
}

function referencesIn(value: unknown, path: string): Reference[] {
  const found: Reference[] = [];
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: v, depth } = stack.pop()!;
    if (depth > MAX_VALUE_DEPTH) throw tokenError('INVALID_TOKEN_VALUE', `Token "${path}" has a value nested too deeply.`, path);
    const ref = referenceIn(v);
    if (ref) found.push(ref);
    else if (Array.isArray(v)) v.forEach((item) => stack.push({ value: item, depth: depth + 1 }));
    else if (isRecord(v)) Object.values(v).forEach((item) => stack.push({ value: item, depth: depth + 1 }));
  }
  return found;
}

function substitute(value: unknown, resolve: (ref: Reference) => unknown): unknown {
  const ref = referenceIn(value);
  if (ref) return resolve(ref);
  if (Array.isArray(value)) return value.map((item) => substitute(item, resolve));
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, resolve)]));
  return value;
}

function pick(value: unknown, keys: string[], path: string, ref: Reference): unknown {
  let at = value;
  for (const key of keys) {
    at = Array.isArray(at) ? at[Number(key)] : isRecord(at) && Object.hasOwn(at, key) ? at[key] : undefined;
    if (at === undefined) {
      throw tokenError('UNKNOWN_TOKEN_ALIAS', `Token "${path}" refers to "${ref.target}/$value/${keys.join('/')}", which does not exist.`, path);
    }
  }
  return at;
}

export function importDtcg(source: string | object, name: string): TokenSet {
  const raw = walkDtcg(parseJsonSource(source, 'DTCG'));
  const built = new Map<string, Token>();
  // Each token's $value with its references replaced: what a reference to it stands for.
  const resolved = new Map<string, unknown>();
  const references = new Map<string, Reference[]>();
  const referencesOf = (path: string): Reference[] => {
    let refs = references.get(path);
    if (!refs) references.set(path, (refs = referencesIn(raw.get(path)!.value, path)));
    return refs;
  };

  const visit = (path: string) => {
    const entry: RawDtcgToken = raw.get(path)!;
    const whole = referenceIn(entry.value);
    if (whole && whole.within.length === 0) {
      const target = built.get(whole.target)!;
      if (entry.type && entry.type !== target.type) {
        throw tokenError('INVALID_TOKEN_VALUE', `Token "${path}" is a ${entry.type} but aliases "${target.path}", a ${target.type}.`, path);
      }
      built.set(path, aliasToken(path, target, entry.description));
      resolved.set(path, resolved.get(whole.target));
      return;
    }
    const value = substitute(entry.value, (ref) => pick(resolved.get(ref.target), ref.within, path, ref));
    const type = entry.type ?? inferTokenType(value, path);
    if (!type) {
      throw tokenError('UNKNOWN_TOKEN_TYPE', `Token "${path}" has no $type (nor a group that sets one) and its value does not show one.`, path);
    }
    const extras = entry.description === undefined ? {} : { description: entry.description };
    built.set(path, buildToken(path, type, value, extras));
    resolved.set(path, value);
  };

  resolveInOrder(
    raw.keys(),
    (path) => referencesOf(path).map((r) => r.target),
    (path) => raw.has(path),
    visit,
  );
  return { name, tokens: Object.fromEntries([...raw.keys()].map((path) => [path, built.get(path)!])) };
}

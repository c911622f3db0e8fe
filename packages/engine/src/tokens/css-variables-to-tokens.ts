import type { Token, TokenSet, TokenType } from './model.js';
import { EngineError } from '../engine-error.js';
import { aliasToken, buildToken } from './build-token.js';
import { splitVarReferences, type CssVariable, type ValuePart } from './css-variable-source.js';
import { inferTokenType } from './infer-token-type.js';
import type { ImportOptions } from './import-options.js';
import { resolveInOrder } from './resolve-references.js';
import { tokenError } from './token-error.js';

/**
 * Turns custom properties into tokens; shared by the CSS-variables and the
 * Tailwind-theme importers, which differ only in how a name becomes a path.
 * `var(--x)` as the whole value is an alias; inside a value (calc(var(--x) * 2),
 * a shadow's colour) it is replaced by the target's CSS. Values that are not
 * design tokens (animation shorthands, content strings, "initial" resets) are
 * skipped and reported through onSkip; an alias to an undefined variable, or
 * a cycle, is an error.
 */
export type VariableMapping = (name: string) => { path: string; type?: TokenType } | { skip: string };

interface Entry {
  name: string;
  path: string;
  value: string;
  hint?: TokenType;
  parts: ValuePart[];
}

const isInvalidValue = (error: unknown) => error instanceof EngineError && error.code === 'INVALID_TOKEN_VALUE';

export function cssVariablesToTokens(variables: CssVariable[], setName: string, mapping: VariableMapping, options: ImportOptions = {}): TokenSet {
  const byName = new Map<string, Entry>();
  const byPath = new Map<string, Entry>();
  const skipped = new Set<string>();
  const skip = (name: string, reason: string, path?: string) => {
    skipped.add(name);
    options.onSkip?.(path === undefined ? { name, reason } : { name, path, reason });
  };

  for (const variable of variables) {
    const mapped = mapping(variable.name);
    if ('skip' in mapped) skip(variable.name, mapped.skip);
    else if (variable.value === '' || /^(initial|inherit|unset|revert)$/i.test(variable.value)) skip(variable.name, `"${variable.value}" is a reset, not a value`, mapped.path);
    else {
      const clash = byPath.get(mapped.path);
      if (clash) {
        throw tokenError('DUPLICATE_TOKEN_PATH', `${clash.name} and ${variable.name} both map to the token path "${mapped.path}".`, mapped.path);
      }
      const entry: Entry = { name: variable.name, path: mapped.path, value: variable.value, parts: [], ...(mapped.type ? { hint: mapped.type } : {}) };
      byName.set(variable.name, entry);
      byPath.set(mapped.path, entry);
    }
  }
  for (const entry of byName.values()) {
    entry.parts = splitVarReferences(entry.value, (name) => byName.has(name) || skipped.has(name));
    for (const part of entry.parts) {
      if (typeof part !== 'string' && !byName.has(part.variable) && !skipped.has(part.variable)) {
        throw tokenError('UNKNOWN_TOKEN_ALIAS', `Token "${entry.path}" (${entry.name}) uses var(${part.variable}), which the file does not define.`, entry.path);
      }
    }
  }

  const built = new Map<string, Token>();
  const refsOf = (path: string) =>
    byPath.get(path)!.parts.flatMap((p) => (typeof p === 'string' || !byName.has(p.variable) ? [] : [byName.get(p.variable)!.path]));

  const visit = (path: string) => {
    const entry = byPath.get(path)!;
    const targets = entry.parts.filter((p): p is { variable: string } => typeof p !== 'string');
    const gone = targets.find((t) => skipped.has(t.variable) || !built.has(byName.get(t.variable)?.path ?? ''));
    if (gone) return skip(entry.name, `uses var(${gone.variable}), which was skipped`, path);
    const meaningful = entry.parts.filter((p) => typeof p !== 'string' || p.trim() !== '');
    const only = meaningful.length === 1 && typeof meaningful[0] !== 'string' ? meaningful[0] : undefined;
    if (only) {
      const target = built.get(byName.get(only.variable)!.path)!;
      if (entry.hint && entry.hint !== target.type) return skip(entry.name, `aliases ${only.variable}, a ${target.type}, where a ${entry.hint} belongs`, path);
      built.set(path, aliasToken(path, target));
      return;
    }
    const texts = entry.parts.map((p) => (typeof p === 'string' ? p : built.get(byName.get(p.variable)!.path)!.css));
    if (texts.some((t) => t === '')) return skip(entry.name, 'embeds a typography token, which has no single CSS value', path);
    const text = texts.join('').trim();
    let failure = '';
    // The namespace's type first; inference only when there is none or it does not fit.
    for (const typeOf of [() => entry.hint, () => inferTokenType(text, path)]) {
      const type = typeOf();
      if (!type) continue;
      try {
        built.set(path, buildToken(path, type, text));
        return;
      } catch (error) {
        if (!isInvalidValue(error)) throw error;
        failure = (error as Error).message;
      }
    }
    skip(entry.name, failure || `"${text.length > 60 ? `${text.slice(0, 57)}…` : text}" is not a design-token value`, path);
  };

  resolveInOrder(byPath.keys(), refsOf, (path) => byPath.has(path), visit);
  const tokens = [...byPath.keys()].filter((p) => built.has(p)).map((p) => [p, built.get(p)!] as const);
  return { name: setName, tokens: Object.fromEntries(tokens) };
}

import type { TokenSet } from '../model.js';
import { importDtcg } from '../import-dtcg.js';

/**
 * Presets are written as DTCG with one shorthand — a string, number or
 * array where a token belongs is its `$value` — and imported with the DTCG
 * importer, so they are canonical by construction and round-trip through
 * the DTCG export exactly like a user's file.
 */
export type PresetTree = { [key: string]: PresetTree | string | number | readonly (string | number)[] | { $value: unknown } };

export interface PresetSource {
  name: string;
  tree: PresetTree;
}

function expand(node: PresetTree): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('$')) out[key] = value;
    else if (typeof value === 'string' || typeof value === 'number' || Array.isArray(value)) out[key] = { $value: value };
    else if ('$value' in (value as object)) out[key] = value;
    else out[key] = expand(value as PresetTree);
  }
  return out;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/** Built on first use and frozen: presets are shared by every request of a server. */
export const definePreset = ({ name, tree }: PresetSource): TokenSet => deepFreeze(importDtcg(expand(tree), name));

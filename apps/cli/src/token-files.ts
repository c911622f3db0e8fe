import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { importTokens, presets, withRoles, type TokenSet } from '@anclora/engine';

export type TokenFormat = 'dtcg' | 'style-dictionary' | 'css' | 'tailwind';

/** Guesses a token file's format from its name and content; --tokens-format overrides. */
export function detectTokenFormat(file: string, text: string): TokenFormat {
  if (/\.s?css$/i.test(file)) return /@theme\b/.test(text) ? 'tailwind' : 'css';
  return /"\$value"\s*:/.test(text) ? 'dtcg' : 'style-dictionary';
}

/** A token set from a file, completed with the engine's roles; no file: the Anclora Ocean preset. */
export async function loadTokenSet(file: string | undefined, format?: string): Promise<TokenSet> {
  if (!file) return presets['anclora-ocean'];
  if (Object.hasOwn(presets, file)) return (presets as Record<string, TokenSet>)[file]!;
  const text = await readFile(file, 'utf8');
  const chosen = (format as TokenFormat | undefined) ?? detectTokenFormat(file, text);
  return withRoles(importTokens(chosen, text, path.basename(file).replace(/\..*$/, ''))).tokens;
}

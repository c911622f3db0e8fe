import { compile } from 'tailwindcss';
import { cssVarName } from '../../tokens/model.js';
import type { TokenSet } from '../../tokens/model.js';
import { tailwindThemeEntry } from '../../tokens/tailwind-namespace.js';

/**
 * Test support (not exported from the package): runs candidate classes
 * through the real Tailwind v4 compiler, against a theme built from a token
 * set the way the Tailwind theme exporter builds it, and reports the ones
 * that generate no CSS. The caller supplies `loadStylesheet` (it reads
 * node_modules/tailwindcss/*.css), so this file stays free of I/O.
 */

export type LoadStylesheet = (id: string, base: string) => Promise<{ path: string; base: string; content: string }>;

export interface TailwindCheck {
  /** Candidates that produced no CSS: Tailwind does not know them. */
  missing: string[];
  /** The full stylesheet for all candidates. */
  css: string;
}

/**
 * `@theme` for a token set: every token with a Tailwind namespace under its
 * theme variable, every other token under its plain CSS variable (Tailwind
 * keeps and emits a theme variable as soon as a class refers to it).
 *
 * A font size also drops Tailwind's default line height of the same name
 * (`--text-xl--line-height`), or `text-xl` would set a line height the CSS
 * targets do not; the Tailwind theme exporter must do the same.
 */
export function tailwindThemeCss(tokens: TokenSet): string {
  const lines: string[] = [];
  for (const token of Object.values(tokens.tokens)) {
    if (!token.css) continue;
    const variable = tailwindThemeEntry(token.path)?.variable ?? cssVarName(token.path);
    lines.push(`  ${variable}: ${token.css};`);
    if (variable.startsWith('--text-')) lines.push(`  ${variable}--line-height: initial;`);
  }
  return `@import "tailwindcss";\n\n@theme {\n${lines.join('\n')}\n}\n`;
}

const compileWith = (tokens: TokenSet, loadStylesheet: LoadStylesheet) =>
  compile(tailwindThemeCss(tokens), { base: '/', loadStylesheet });

/**
 * Builds the candidates one at a time on one compiler: `build` is
 * cumulative and returns the previous stylesheet unchanged when a candidate
 * adds nothing, which is exactly "Tailwind does not generate this class".
 */
export async function checkTailwindClasses(candidates: Iterable<string>, tokens: TokenSet, loadStylesheet: LoadStylesheet): Promise<TailwindCheck> {
  const compiler = await compileWith(tokens, loadStylesheet);
  let css = compiler.build([]);
  const missing: string[] = [];
  for (const candidate of new Set(candidates)) {
    const next = compiler.build([candidate]);
    if (next === css) missing.push(candidate);
    css = next;
  }
  return { missing, css };
}

/** The utilities layer generated for the given classes alone (for asserting declarations). */
export async function tailwindUtilitiesCss(candidates: string[], tokens: TokenSet, loadStylesheet: LoadStylesheet): Promise<string> {
  const compiler = await compileWith(tokens, loadStylesheet);
  const css = compiler.build(candidates);
  const start = css.indexOf('@layer utilities {');
  return start === -1 ? '' : css.slice(start);
}

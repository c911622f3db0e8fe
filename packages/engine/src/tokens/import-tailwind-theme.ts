import type { TokenSet } from './model.js';
import { readCssVariables } from './css-variable-source.js';
import { cssVariablesToTokens } from './css-variables-to-tokens.js';
import type { ImportOptions } from './import-options.js';
import { pathFromTailwindVariable } from './tailwind-path.js';

/**
 * Imports Tailwind v4 theme CSS: the variables of its `@theme` blocks (any
 * `@theme inline/static/default`), plus plain custom properties of `:root`
 * (where our Tailwind export puts tokens Tailwind has no namespace for).
 * Theme namespaces map back to our paths (--color-brand-500 →
 * color.brand.500, --text-lg → font.size.lg, --spacing → space.unit);
 * animations, aspect ratios and namespace resets are skipped and reported.
 */
export function importTailwindTheme(source: string, name: string, options: ImportOptions = {}): TokenSet {
  const variables = readCssVariables(source);
  return cssVariablesToTokens(variables, name, pathFromTailwindVariable, options);
}

import type { TokenSet } from './model.js';
import { readCssVariables } from './css-variable-source.js';
import { cssVariablesToTokens } from './css-variables-to-tokens.js';
import type { ImportOptions } from './import-options.js';
import { pathFromCssVar } from './token-path.js';

/**
 * Imports a CSS custom-properties file (`:root { --color-primary: #0b6477; … }`).
 * Names become paths by pathFromCssVar (--font-size-lg → font.size.lg,
 * --color-blue-500 → color.blue.500; the inverse of cssVarName for kebab-case
 * names); types come from the values and names (inferTokenType).
 */
export function importCssVariables(source: string, name: string, options: ImportOptions = {}): TokenSet {
  const variables = readCssVariables(source);
  return cssVariablesToTokens(variables, name, (variable) => ({ path: pathFromCssVar(variable) }), options);
}

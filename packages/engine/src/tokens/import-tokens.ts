import type { TokenSet } from './model.js';
import { importCssVariables } from './import-css-variables.js';
import { importDtcg } from './import-dtcg.js';
import type { ImportOptions } from './import-options.js';
import { importStyleDictionary } from './import-style-dictionary.js';
import { importTailwindTheme } from './import-tailwind-theme.js';
import { tokenError } from './token-error.js';

/** The formats POST /api/design-systems accepts (`format` field). */
export const TOKEN_IMPORT_FORMATS = ['dtcg', 'style-dictionary', 'css', 'tailwind'] as const;
export type TokenImportFormat = (typeof TOKEN_IMPORT_FORMATS)[number];

const cssText = (source: string | object, format: string): string => {
  if (typeof source !== 'string') throw tokenError('INVALID_TOKEN_FILE', `A ${format} token file must be given as CSS text.`);
  return source;
};

/**
 * Imports a token file of any supported format into the normalised TokenSet.
 * JSON formats take the text or the parsed object; CSS formats take text.
 * Every failure is an EngineError with a stable code (see token-error.ts).
 */
export function importTokens(format: TokenImportFormat, source: string | object, name: string, options: ImportOptions = {}): TokenSet {
  switch (format) {
    case 'dtcg':
      return importDtcg(source, name);
    case 'style-dictionary':
      return importStyleDictionary(source, name, options);
    case 'css':
      return importCssVariables(cssText(source, 'CSS'), name, options);
    case 'tailwind':
      return importTailwindTheme(cssText(source, 'Tailwind theme'), name, options);
    default:
      throw tokenError('UNKNOWN_TOKEN_FORMAT', `Unknown token format "${String(format)}"; use one of ${TOKEN_IMPORT_FORMATS.join(', ')}.`);
  }
}

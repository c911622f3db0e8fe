import type { TokenSet } from './model.js';
import { exportCss } from './export-css.js';
import { exportDtcg } from './export-dtcg.js';
import { exportJs, exportTs } from './export-js.js';
import { exportScss } from './export-scss.js';
import { exportTailwind } from './export-tailwind.js';
import { tokenError } from './token-error.js';

/** The formats GET /api/design-systems/:id/export?format= offers. */
export const TOKEN_EXPORT_FORMATS = ['css', 'scss', 'js', 'ts', 'tailwind', 'dtcg'] as const;
export type TokenExportFormat = (typeof TOKEN_EXPORT_FORMATS)[number];

const EXPORTERS: Record<TokenExportFormat, (set: TokenSet) => string> = {
  css: exportCss,
  scss: exportScss,
  js: exportJs,
  ts: exportTs,
  tailwind: exportTailwind,
  dtcg: exportDtcg,
};

/** The file extension and media type of each export, for downloads. */
export const TOKEN_EXPORT_FILES: Readonly<Record<TokenExportFormat, { extension: string; mediaType: string }>> = {
  css: { extension: 'css', mediaType: 'text/css' },
  scss: { extension: 'scss', mediaType: 'text/x-scss' },
  js: { extension: 'js', mediaType: 'text/javascript' },
  ts: { extension: 'ts', mediaType: 'text/typescript' },
  tailwind: { extension: 'css', mediaType: 'text/css' },
  dtcg: { extension: 'tokens.json', mediaType: 'application/design-tokens+json' },
};

/** Writes a token set in one of the export formats; deterministic, formatted, newline-terminated. */
export function exportTokens(set: TokenSet, format: TokenExportFormat): string {
  const exporter = Object.hasOwn(EXPORTERS, format) ? EXPORTERS[format] : undefined;
  if (!exporter) throw tokenError('UNKNOWN_TOKEN_FORMAT', `Unknown export format "${String(format)}"; use one of ${TOKEN_EXPORT_FORMATS.join(', ')}.`);
  return exporter(set);
}

/**
 * The token file formats the API imports and exports (PRODUCT.md "Design systems"),
 * a sensible import default guessed from a file's name and text, and the file name
 * of each export download.
 */
export const IMPORT_FORMATS = ['dtcg', 'style-dictionary', 'css', 'tailwind'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const EXPORT_FORMATS = ['css', 'scss', 'js', 'ts', 'tailwind', 'dtcg'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const isImportFormat = (value: unknown): value is ImportFormat => (IMPORT_FORMATS as readonly unknown[]).includes(value);
export const isExportFormat = (value: unknown): value is ExportFormat => (EXPORT_FORMATS as readonly unknown[]).includes(value);

/** DTCG keys carry a `$` ("$value", "$type"); Style Dictionary's do not ("value"). */
function jsonFormat(text: string): ImportFormat {
  if (/"\$(value|type)"\s*:/.test(text)) return 'dtcg';
  if (/"value"\s*:/.test(text)) return 'style-dictionary';
  return 'dtcg';
}

/** Tailwind v4 keeps its tokens in an `@theme { … }` block; anything else CSS is custom properties. */
const cssFormat = (text: string): ImportFormat => (/@theme\b/.test(text) ? 'tailwind' : 'css');

/**
 * The import format a file most likely is: its extension first (".tokens.json" is
 * the DTCG convention), then its text. Only a default: the user can change it.
 */
export function detectImportFormat(fileName: string, text: string): ImportFormat {
  const name = fileName.trim().toLowerCase();
  if (/\.tokens(\.json)?$/.test(name)) return 'dtcg';
  if (name.endsWith('.json')) return jsonFormat(text);
  if (name.endsWith('.css')) return cssFormat(text);
  return text.trimStart().startsWith('{') ? jsonFormat(text) : cssFormat(text);
}

/** A design system's name as a file-name stem: "Ocean Ñandú 2" → "ocean-nandu-2". */
export function fileStem(name: string): string {
  const stem = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return stem || 'tokens';
}

// Tailwind and plain CSS are both .css files; the middle part keeps the two downloads apart.
const SUFFIX: Record<ExportFormat, string> = {
  css: '.css',
  scss: '.scss',
  js: '.js',
  ts: '.ts',
  tailwind: '.tailwind.css',
  dtcg: '.tokens.json',
};

const MEDIA_TYPE: Record<ExportFormat, string> = {
  css: 'text/css',
  scss: 'text/x-scss',
  js: 'text/javascript',
  ts: 'text/typescript',
  tailwind: 'text/css',
  dtcg: 'application/design-tokens+json',
};

/** The download's file name and media type for an export. */
export function exportFile(name: string, format: ExportFormat): { fileName: string; mediaType: string } {
  return { fileName: `${fileStem(name)}${SUFFIX[format]}`, mediaType: MEDIA_TYPE[format] };
}

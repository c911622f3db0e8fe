import { describe, expect, it } from 'vitest';
import { exportTokens, TOKEN_EXPORT_FILES, TOKEN_EXPORT_FORMATS, type TokenExportFormat } from './export-tokens.js';
import { presets } from './presets/index.js';

describe('exportTokens', () => {
  it.each(TOKEN_EXPORT_FORMATS)('writes %s deterministically, ending with a newline', (format) => {
    const first = exportTokens(presets['anclora-ocean'], format);
    expect(exportTokens(presets['anclora-ocean'], format)).toBe(first);
    expect(first.endsWith('\n')).toBe(true);
    expect(first).toContain('0b6477');
    expect(TOKEN_EXPORT_FILES[format].extension).toBeTruthy();
  });

  it('refuses an unknown format', () => {
    expect(() => exportTokens(presets.tailwind, 'xml' as TokenExportFormat)).toThrow(expect.objectContaining({ code: 'UNKNOWN_TOKEN_FORMAT' }));
  });
});

import { describe, expect, it } from 'vitest';
import { EngineError } from '../engine-error.js';
import { importTokens, TOKEN_IMPORT_FORMATS, type TokenImportFormat } from './import-tokens.js';

describe('importTokens', () => {
  it('dispatches each format to its importer', () => {
    expect(importTokens('dtcg', { c: { $type: 'color', $value: '#FFF' } }, 'a').tokens.c?.css).toBe('#ffffff');
    expect(importTokens('style-dictionary', '{"c": {"value": "#FFF"}}', 'b').tokens.c?.css).toBe('#ffffff');
    expect(importTokens('css', ':root { --c: #FFF; }', 'c').tokens.c?.css).toBe('#ffffff');
    expect(importTokens('tailwind', '@theme { --color-c: #FFF; }', 'd').tokens['color.c']?.css).toBe('#ffffff');
    expect(TOKEN_IMPORT_FORMATS).toEqual(['dtcg', 'style-dictionary', 'css', 'tailwind']);
  });

  it('names the set as asked', () => {
    expect(importTokens('css', ':root { --c: red; }', 'Brand').name).toBe('Brand');
  });

  it('refuses an unknown format and CSS given as an object', () => {
    expect(() => importTokens('yaml' as TokenImportFormat, '', 'x')).toThrow(expect.objectContaining({ code: 'UNKNOWN_TOKEN_FORMAT' }));
    expect(() => importTokens('css', {}, 'x')).toThrow(expect.objectContaining({ code: 'INVALID_TOKEN_FILE' }));
  });

  it('fails every format with an EngineError on garbage, never a crash', () => {
    for (const format of TOKEN_IMPORT_FORMATS) {
      for (const garbage of ['', '}{', '\u0000\u0001', '{"a":'.repeat(5000)]) {
        try {
          const set = importTokens(format, garbage, 'x');
          // CSS parsers may accept some garbage as an empty sheet: then there is simply nothing.
          expect(Object.keys(set.tokens)).toHaveLength(0);
        } catch (error) {
          expect(error).toBeInstanceOf(EngineError);
        }
      }
    }
  });

  it('treats Object.prototype names in the input as unknown, not as table entries', () => {
    const skipped: string[] = [];
    const sd = importTokens('style-dictionary', { a: { value: 'x', type: 'constructor' } }, 'x', { onSkip: (s) => skipped.push(s.name) });
    expect(Object.keys(sd.tokens)).toEqual([]);
    expect(skipped).toEqual(['a']);
    expect(() => importTokens('dtcg', { c: { $type: 'color', $value: { colorSpace: 'constructor', components: [0, 0, 0] } } }, 'x')).toThrow(
      expect.objectContaining({ code: 'INVALID_TOKEN_VALUE' }),
    );
    expect(() => importTokens('dtcg', { w: { $type: 'fontWeight', $value: 'toString' } }, 'x')).toThrow(expect.objectContaining({ code: 'INVALID_TOKEN_VALUE' }));
    expect(() => importTokens('dtcg', { w: { $type: 'constructor', $value: 1 } }, 'x')).toThrow(expect.objectContaining({ code: 'UNKNOWN_TOKEN_TYPE' }));
    expect(importTokens('tailwind', '@theme { --text-lg--constructor: 1; }', 'x').tokens).toEqual({});
  });
});

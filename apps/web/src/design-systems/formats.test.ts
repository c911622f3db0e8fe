import { describe, expect, it } from 'vitest';
import { detectImportFormat, exportFile, fileStem, isExportFormat, isImportFormat } from './formats';

describe('detectImportFormat', () => {
  it('takes the DTCG convention from the file name', () => {
    expect(detectImportFormat('brand.tokens.json', '{ "color": { "value": "#fff" } }')).toBe('dtcg');
    expect(detectImportFormat('Brand.TOKENS', '{}')).toBe('dtcg');
  });

  it('tells DTCG from Style Dictionary JSON by its $ keys', () => {
    expect(detectImportFormat('tokens.json', '{ "color": { "primary": { "$value": "#0b6477", "$type": "color" } } }')).toBe('dtcg');
    expect(detectImportFormat('tokens.json', '{ "color": { "primary": { "value": "#0b6477" } } }')).toBe('style-dictionary');
  });

  it('tells a Tailwind @theme block from plain custom properties', () => {
    expect(detectImportFormat('app.css', '@import "tailwindcss";\n@theme {\n  --color-brand: #0b6477;\n}')).toBe('tailwind');
    expect(detectImportFormat('vars.css', ':root { --color-brand: #0b6477; }')).toBe('css');
  });

  it('reads pasted text without a name', () => {
    expect(detectImportFormat('', '  { "a": { "$value": "1px" } }')).toBe('dtcg');
    expect(detectImportFormat('', '{ "a": { "value": "1px" } }')).toBe('style-dictionary');
    expect(detectImportFormat('', '@theme { --spacing: 0.25rem; }')).toBe('tailwind');
    expect(detectImportFormat('', ':root { --space-md: 1rem; }')).toBe('css');
  });
});

describe('file names', () => {
  it('makes a safe stem from any name', () => {
    expect(fileStem('Anclora Ocean')).toBe('anclora-ocean');
    expect(fileStem('  Ñandú / Diseño 2.0 ')).toBe('nandu-diseno-2-0');
    expect(fileStem('***')).toBe('tokens');
    expect(fileStem('a'.repeat(80)).length).toBe(60);
  });

  it('names every export with its own suffix', () => {
    expect(exportFile('Harbor', 'css')).toEqual({ fileName: 'harbor.css', mediaType: 'text/css' });
    expect(exportFile('Harbor', 'tailwind').fileName).toBe('harbor.tailwind.css');
    expect(exportFile('Harbor', 'dtcg')).toEqual({ fileName: 'harbor.tokens.json', mediaType: 'application/design-tokens+json' });
    expect(exportFile('Harbor', 'scss').fileName).toBe('harbor.scss');
    expect(exportFile('Harbor', 'ts').fileName).toBe('harbor.ts');
  });

  it('recognises the formats', () => {
    expect(isImportFormat('tailwind')).toBe(true);
    expect(isImportFormat('scss')).toBe(false);
    expect(isExportFormat('scss')).toBe(true);
    expect(isExportFormat('style-dictionary')).toBe(false);
  });
});

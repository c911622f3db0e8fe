import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { generateSpec, getPreset } from '@anclora/engine';
import { exportArchive, slugify } from './export-archive.js';

describe('export archive', () => {
  it('makes safe file names from component names', () => {
    expect(slugify('PricingTable')).toBe('pricing-table');
    expect(slugify('Tarjeta de precios — Año')).toBe('tarjeta-de-precios-ano');
    expect(slugify('../../etc/passwd')).toBe('etc-passwd');
    expect(slugify('💥')).toBe('component');
  });

  it('tells Chakra users how to install the theme, and lists the files in the README', () => {
    const { fileName, bytes } = exportArchive(generateSpec('Login form').spec, getPreset('anclora-ocean'), 'react-chakra');
    expect(fileName).toBe('login-form-react-chakra.zip');
    const entries = unzipSync(bytes);
    const readme = strFromU8(entries['login-form-react-chakra/README.md']!);
    expect(readme).toContain('`theme.ts`');
    expect(readme).toContain('ChakraProvider');
    expect(readme).toContain('- `LoginForm.tsx`');
    expect(strFromU8(entries['login-form-react-chakra/theme.ts']!)).toContain('createSystem');
  });
});

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { compile } from 'tailwindcss';
import { describe, expect, it } from 'vitest';
import { exportTailwind } from './export-tailwind.js';
import { importDtcg } from './import-dtcg.js';
import { importTailwindTheme } from './import-tailwind-theme.js';
import { PRESET_IDS, presets } from './presets/index.js';

const tailwindDir = dirname(createRequire(import.meta.url).resolve('tailwindcss/package.json'));

/** Compiles with the real Tailwind v4 compiler, resolving @import "tailwindcss" from node_modules. */
async function build(css: string, candidates: string[]): Promise<string> {
  const compiler = await compile(css, {
    base: '/',
    loadStylesheet: async (id, base) => {
      const path = id === 'tailwindcss' ? join(tailwindDir, 'index.css') : id.startsWith('tailwindcss/') ? join(tailwindDir, id.slice(12)) : join(base, id);
      return { path, base: dirname(path), content: readFileSync(path, 'utf8') };
    },
  });
  return compiler.build(candidates);
}

describe('exportTailwind', () => {
  const set = importDtcg(
    {
      color: { $type: 'color', brand: { $value: '#0b6477' }, primary: { $value: '{color.brand}' } },
      space: { $type: 'dimension', md: { $value: '1rem' } },
      font: {
        size: { lg: { $type: 'dimension', $value: '1.125rem' } },
        'line-height': { lg: { $type: 'number', $value: 1.5 } },
        body: { $type: 'typography', $value: { fontFamily: 'Inter', fontSize: '1rem', fontWeight: 400, lineHeight: 1.5 } },
      },
      duration: { fast: { $type: 'duration', $value: '150ms' } },
    },
    'Demo',
  );
  const css = exportTailwind(set);

  it('puts namespaced tokens in @theme and the rest on :root', () => {
    expect(css).toMatch(/^\/\* Demo — .*\*\/\n@import "tailwindcss";\n\n@theme \{\n/);
    expect(css).toContain('  --color-brand: #0b6477;\n  --color-primary: var(--color-brand);\n');
    expect(css).toContain('  --spacing-md: 1rem;\n');
    expect(css).toContain('  --text-lg--line-height: 1.5;\n');
    expect(css).toContain(':root {\n  --font-body-font-family: Inter;\n');
    expect(css).toContain('  --duration-fast: 150ms;\n}');
  });

  it('compiles with Tailwind v4 into utilities that use the tokens', async () => {
    const out = await build(css, ['bg-primary', 'p-md', 'text-lg']);
    expect(out).toContain('--color-primary: var(--color-brand);');
    expect(out).toMatch(/\.bg-primary \{\s*background-color: var\(--color-primary\);/);
    expect(out).toMatch(/\.p-md \{\s*padding: var\(--spacing-md\);/);
    expect(out).toMatch(/\.text-lg \{\s*font-size: var\(--text-lg\);\s*line-height: var\(--tw-leading, var\(--text-lg--line-height\)\);/);
  });

  it.each(PRESET_IDS)('exports the %s preset as a theme Tailwind compiles', async (id) => {
    const out = await build(exportTailwind(presets[id]), ['bg-primary', 'text-on-primary', 'rounded-md', 'shadow-md', 'font-base', 'p-md', 'md:flex']);
    expect(out).toMatch(/\.bg-primary \{\s*background-color: var\(--color-primary\);/);
    expect(out).toMatch(/\.rounded-md \{\s*border-radius: var\(--radius-md\);/);
    expect(out).toMatch(/\.font-base \{\s*font-family: var\(--font-base\);/);
    expect(out).toContain(`@media (width >= ${presets[id].tokens['breakpoint.md']!.css})`);
  });

  it('re-imports to the same values at the same paths', () => {
    const preset = presets.tailwind;
    const back = importTailwindTheme(exportTailwind(preset), preset.name);
    for (const path of ['color.blue.600', 'color.primary', 'space.unit', 'font.size.lg', 'font.line-height.lg', 'font.weight.bold', 'line-height.tight', 'shadow.md', 'breakpoint.md']) {
      expect(back.tokens[path]?.css, path).toBe(preset.tokens[path]!.css);
    }
    expect(back.tokens['color.primary']?.aliasOf).toBe('color.blue.600');
  });
});

import { describe, expect, it } from 'vitest';
import { exportScss } from './export-scss.js';
import { importDtcg } from './import-dtcg.js';
import { presets } from './presets/index.js';

describe('exportScss', () => {
  const set = importDtcg(
    {
      color: { $type: 'color', link: { $value: '{color.brand}' }, brand: { $value: '#0b6477' }, hover: { $value: '{color.brand}' } },
      font: { body: { $type: 'typography', $value: { fontFamily: 'Inter', fontSize: '1rem', fontWeight: 400, lineHeight: 1.5 } } },
    },
    'Demo',
  );
  const scss = exportScss(set);

  it('declares one $variable per token, named like the custom property', () => {
    expect(scss).toContain('$color-brand: #0b6477;\n');
    expect(scss).toContain('$font-body-font-size: 1rem;\n');
  });

  it('refers to an alias target only once Sass has seen it', () => {
    // color.link comes before color.brand, so it carries the value; color.hover comes after.
    expect(scss).toContain('$color-link: #0b6477;\n');
    expect(scss).toContain('$color-hover: $color-brand;\n');
  });

  it('adds a $tokens map keyed by path, with a nested map per typography token', () => {
    expect(scss).toContain("  'color.brand': $color-brand,\n");
    expect(scss).toContain("  'font.body': (\n    'font-family': $font-body-font-family,\n");
    expect(scss.trimEnd().endsWith(');')).toBe(true);
  });

  it('only ever refers to variables declared above (Sass resolves on declaration)', () => {
    for (const preset of Object.values(presets)) {
      const lines = exportScss(preset).split('\n');
      const declared = new Set<string>();
      for (const line of lines) {
        const m = /^(\$[\w-]+): (.*);$/.exec(line);
        if (!m) continue;
        for (const used of m[2]!.match(/\$[\w-]+/g) ?? []) expect(declared.has(used), `${m[1]} uses ${used}`).toBe(true);
        declared.add(m[1]!);
      }
      expect(declared.size).toBeGreaterThan(50);
    }
  });
});

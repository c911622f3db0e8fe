import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../contrast.js';
import { exportDtcg } from '../export-dtcg.js';
import { importDtcg } from '../import-dtcg.js';
import { ROLE_TOKENS } from '../model.js';
import { getPreset, isPresetId, PRESET_IDS, presets } from './index.js';

const PAIRS = [
  ['color.text', 'color.background'],
  ['color.on-primary', 'color.primary'],
  ['color.text-muted', 'color.surface'],
  ['color.on-danger', 'color.danger'],
] as const;

describe.each(PRESET_IDS)('preset %s', (id) => {
  const set = presets[id];

  it('defines every role with its type', () => {
    for (const [role, type] of Object.entries(ROLE_TOKENS)) expect(set.tokens[role]?.type, role).toBe(type);
  });

  it.each(PAIRS)('%s on %s passes WCAG AA (4.5:1)', (fg, bg) => {
    const ratio = contrastRatio(set.tokens[fg]!.css, set.tokens[bg]!.css);
    expect(ratio).toBeGreaterThanOrEqual(4.5);
  });

  it('round-trips through DTCG: importing the export gives the same set', () => {
    expect(importDtcg(exportDtcg(set), set.name)).toEqual(set);
  });

  it('keeps every alias pointing at a token with the same value', () => {
    for (const token of Object.values(set.tokens)) {
      if (token.aliasOf) expect(set.tokens[token.aliasOf]?.css, token.path).toBe(token.css);
    }
  });

  it('is frozen, so no request can change it for the next', () => {
    expect(Object.isFrozen(set.tokens)).toBe(true);
    expect(() => {
      (set.tokens['color.primary'] as { css: string }).css = 'red';
    }).toThrow(TypeError);
  });
});

describe('preset values', () => {
  it('Anclora Ocean uses the product’s colours, radius and spacing', () => {
    const t = presets['anclora-ocean'].tokens;
    expect([t['color.primary'], t['color.primary-light'], t['color.accent'], t['color.success']].map((x) => x?.css)).toEqual(['#0b6477', '#0ad1c8', '#45dfb1', '#80ed99']);
    expect([t['color.text'], t['color.text-muted'], t['color.border']].map((x) => x?.css)).toEqual(['#0f172a', '#64748b', '#e2e8f0']);
    expect(t['radius.md']?.css).toBe('8px');
    expect([t['space.sm'], t['space.md'], t['space.lg']].map((x) => x?.css)).toEqual(['0.5rem', '1rem', '1.5rem']);
  });

  it('Material 3 uses the baseline scheme, Roboto and the M3 shape scale', () => {
    const t = presets['material-3'].tokens;
    expect(t['color.primary']?.css).toBe('#6750a4');
    expect(t['color.on-primary']?.css).toBe('#ffffff');
    expect(t['color.surface']?.css).toBe('#fef7ff');
    expect(t['color.text']).toMatchObject({ css: '#1d1b20', aliasOf: 'color.on-surface' });
    expect(t['font.family.base']?.value).toEqual(['Roboto', 'system-ui', 'sans-serif']);
    expect(t['radius.md']).toMatchObject({ css: '12px', aliasOf: 'radius.medium' });
    expect(t['radius.extra-large']?.css).toBe('28px');
  });

  it('Tailwind uses the v4 default theme', () => {
    const t = presets.tailwind.tokens;
    expect(t['color.blue.600']?.css).toBe('oklch(54.6% 0.245 262.881)');
    expect(t['color.primary']).toMatchObject({ aliasOf: 'color.blue.600' });
    expect(t['radius.md']?.css).toBe('0.375rem');
    expect(t['space.unit']?.css).toBe('0.25rem');
    expect(t['shadow.md']?.css).toBe('0 4px 6px -1px rgb(0 0 0 / 0.1), 0 2px 4px -2px rgb(0 0 0 / 0.1)');
    expect(t['font.line-height.lg']?.value).toBe(1.5556);
    expect(Object.keys(t).filter((p) => /^color\.[a-z]+\.\d+$/.test(p))).toHaveLength(26 * 11);
  });

  it('Bootstrap uses the 5.3 defaults', () => {
    const t = presets['bootstrap-5'].tokens;
    expect(t['color.primary']).toMatchObject({ css: '#0d6efd', aliasOf: 'color.blue' });
    expect(t['color.text']?.css).toBe('#212529');
    expect(t['color.border']?.css).toBe('#dee2e6');
    expect(t['radius.md']?.css).toBe('0.375rem');
    expect(t['breakpoint.lg']?.css).toBe('992px');
    expect(t['border.default']?.css).toBe('1px solid #dee2e6');
  });
});

describe('preset registry', () => {
  it('builds each preset once and recognises its ids', () => {
    expect(getPreset('tailwind')).toBe(presets.tailwind);
    expect(Object.keys(presets)).toEqual([...PRESET_IDS]);
    expect(isPresetId('bootstrap-5')).toBe(true);
    expect(isPresetId('toString')).toBe(false);
    expect((presets as Record<string, unknown>).toString).toBeUndefined();
    expect(Object.hasOwn(presets, 'material-3')).toBe(true);
  });
});

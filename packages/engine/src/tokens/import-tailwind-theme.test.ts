import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SkippedToken } from './import-options.js';
import { importTailwindTheme } from './import-tailwind-theme.js';
import { tailwindThemeEntry } from './tailwind-namespace.js';
import { pathFromTailwindVariable } from './tailwind-path.js';

const quayside = readFileSync(new URL('./fixtures/quayside.tailwind.css', import.meta.url), 'utf8');

describe('importTailwindTheme on the Quayside theme', () => {
  const skipped: SkippedToken[] = [];
  const set = importTailwindTheme(quayside, 'Quayside', { onSkip: (s) => skipped.push(s) });
  const t = (path: string) => set.tokens[path]!;

  it('maps theme namespaces back to token paths', () => {
    expect(t('color.brand.600')).toMatchObject({ type: 'color', css: 'oklch(52.7% 0.1 196.1)' });
    expect(t('font.family.display').value).toEqual(['Cal Sans', 'Inter Variable', 'sans-serif']);
    expect(t('font.size.body').css).toBe('0.9375rem');
    expect(t('font.weight.book').value).toBe(450);
    expect(t('line-height.cozy').value).toBe(1.45);
    expect(t('letter-spacing.label').css).toBe('0.08em');
    expect(t('radius.card').css).toBe('0.875rem');
    expect(t('breakpoint.3xl').css).toBe('120rem');
    expect(t('container.prose').css).toBe('42rem');
    expect(t('ease.snappy').value).toEqual([0.2, 0.9, 0.1, 1]);
    expect(t('inset-shadow.well').value).toEqual([{ color: 'rgb(0 0 0 / 0.06)', offsetX: '0', offsetY: '2px', blur: '4px', spread: '0', inset: true }]);
  });

  it('keeps --spacing as the space unit and resolves calc() on it', () => {
    expect(t('space.unit').css).toBe('0.25rem');
    expect(t('space.section').css).toBe('calc(0.25rem * 24)');
  });

  it('reads the per-size companions of --text-*', () => {
    expect(t('font.line-height.tiny')).toMatchObject({ type: 'dimension', css: '1rem' });
    expect(t('font.line-height.body')).toMatchObject({ type: 'number', value: 1.6 });
    expect(t('font.letter-spacing.body').css).toBe('-0.006em');
  });

  it('resolves @theme inline aliases and var() inside shadows', () => {
    expect(t('color.primary')).toMatchObject({ css: 'oklch(52.7% 0.1 196.1)', aliasOf: 'color.brand.600' });
    expect(t('color.danger').aliasOf).toBe('color.signal-red');
    expect(t('shadow.overlay').value).toEqual([
      { color: 'rgb(16 24 40 / 0.08)', offsetX: '0', offsetY: '12px', blur: '16px', spread: '-4px' },
      { color: 'oklch(92.8% 0.006 264.531)', offsetX: '0', offsetY: '4px', blur: '6px', spread: '-2px' },
    ]);
  });

  it('imports plain :root properties and ignores the .dark overrides', () => {
    expect(t('header.height').css).toBe('3.5rem');
    expect(t('color.ink').css).toBe('oklch(21% 0.034 264.665)');
  });

  it('skips namespace resets, animations and font-feature companions, and says so', () => {
    expect(skipped.map((s) => s.name)).toEqual(['--color-*', '--font-sans--font-feature-settings', '--animate-wiggle']);
    expect(Object.keys(set.tokens)).toHaveLength(53);
  });
});

describe('importTailwindTheme on Tailwind’s own default theme', () => {
  const require = createRequire(import.meta.url);
  const themeCss = readFileSync(require.resolve('tailwindcss/theme.css'), 'utf8');
  const set = importTailwindTheme(themeCss, 'Tailwind');

  it('reads the v4 palette, type scale and shadows', () => {
    expect(set.tokens['color.blue.600']?.css).toBe('oklch(54.6% 0.245 262.881)');
    expect(set.tokens['font.size.lg']?.css).toBe('1.125rem');
    expect(set.tokens['font.line-height.lg']?.value).toBe(1.5556);
    expect(set.tokens['shadow.md']?.css).toBe('0 4px 6px -1px rgb(0 0 0 / 0.1), 0 2px 4px -2px rgb(0 0 0 / 0.1)');
    expect(Object.keys(set.tokens).filter((p) => p.startsWith('color.')).length).toBe(26 * 11 + 2);
  });
});

describe('pathFromTailwindVariable', () => {
  it('inverts tailwindThemeEntry for kebab-case paths', () => {
    const word = fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/);
    const prefix = fc.constantFrom('color.', 'space.', 'radius.', 'font.family.', 'font.size.', 'font.weight.', 'line-height.', 'letter-spacing.', 'shadow.', 'breakpoint.');
    const path = fc.tuple(prefix, fc.array(word, { minLength: 1, maxLength: 3 })).map(([p, words]) => p + words.join('-'));
    fc.assert(
      fc.property(path, (p) => {
        const back = pathFromTailwindVariable(tailwindThemeEntry(p)!.variable);
        return 'path' in back && back.path === p;
      }),
    );
    expect(pathFromTailwindVariable(tailwindThemeEntry('color.blue.500')!.variable)).toMatchObject({ path: 'color.blue.500', type: 'color' });
  });

  it('keeps Tailwind namespaces that share a prefix apart', () => {
    expect(pathFromTailwindVariable('--text-shadow-sm')).toMatchObject({ path: 'text-shadow.sm', type: 'shadow' });
    expect(pathFromTailwindVariable('--font-weight-bold')).toMatchObject({ path: 'font.weight.bold' });
    expect(pathFromTailwindVariable('--font-bold')).toMatchObject({ path: 'font.family.bold' });
  });
});

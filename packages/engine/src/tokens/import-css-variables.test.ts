import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EngineError } from '../engine-error.js';
import type { SkippedToken } from './import-options.js';
import { importCssVariables } from './import-css-variables.js';
import { cssVarName } from './model.js';

const nautilus = readFileSync(new URL('./fixtures/nautilus.variables.css', import.meta.url), 'utf8');

function errorOf(run: () => unknown): EngineError {
  try {
    run();
  } catch (error) {
    if (error instanceof EngineError) return error;
    throw error;
  }
  throw new Error('expected an EngineError');
}

describe('importCssVariables on the Nautilus file (327 variables)', () => {
  const skipped: SkippedToken[] = [];
  const set = importCssVariables(nautilus, 'Nautilus', { onSkip: (s) => skipped.push(s) });
  const t = (path: string) => set.tokens[path]!;

  it('imports every design-token variable and reports the rest', () => {
    expect(Object.keys(set.tokens).length).toBe(324);
    expect(skipped.map((s) => s.name)).toEqual(['--shadow-color', '--animation-spin', '--content-required']);
    expect(Object.keys(set.tokens).length + skipped.length).toBe(327);
  });

  it('names paths by the documented rule, the inverse of cssVarName', () => {
    expect(t('color.blue.600').css).toBe('#176dcb');
    expect(t('font.size.lg').css).toBe('1.125rem');
    expect(t('line-height.snug').value).toBe(1.375);
    expect(t('z-index.modal').value).toBe(1400);
    for (const path of Object.keys(set.tokens)) expect(nautilus).toContain(`${cssVarName(path)}:`);
  });

  it('turns var() values into aliases, through chains', () => {
    expect(t('color.primary')).toMatchObject({ type: 'color', css: '#176dcb', aliasOf: 'color.blue.600' });
    expect(t('radius.control')).toMatchObject({ css: '6px', aliasOf: 'radius.md' });
    expect(t('shadow.card')).toMatchObject({ type: 'shadow', aliasOf: 'shadow.sm' });
    expect(t('font.family.base')).toMatchObject({ type: 'fontFamily', aliasOf: 'font.family.sans' });
    expect(t('opacity.disabled')).toMatchObject({ type: 'number', value: 0.4, aliasOf: 'opacity.40' });
  });

  it('substitutes var() inside values', () => {
    expect(t('space.gutter').css).toBe('calc(4px * 6)');
    expect(t('shadow.focus').css).toBe('0 0 0 3px #bddcff');
    expect(t('color.skeleton').css).toBe('color-mix(in oklch, #d1dae4 70%, white)');
    expect(t('gradient.brand').css).toBe('linear-gradient(135deg, #176dcb 0%, #7855c3 100%)');
  });

  it('infers types from values and names', () => {
    expect(t('font.family.serif').value).toEqual(['Source Serif 4', 'Georgia', 'serif']);
    expect(t('font.weight.semibold')).toMatchObject({ type: 'fontWeight', value: 600 });
    expect(t('duration.slow')).toMatchObject({ type: 'duration', css: '320ms' });
    expect(t('ease.spring').value).toEqual([0.34, 1.56, 0.64, 1]);
    expect(t('ease.linear').type).toBe('cubicBezier');
    expect(t('space.0').type).toBe('dimension');
    expect(t('font.size.display').css).toBe('clamp(2.5rem, 1.8rem + 3vw, 4.5rem)');
    expect(t('border.style').type).toBe('strokeStyle');
    expect(t('color.transparent').css).toBe('rgb(0 0 0 / 0)');
  });

  it('describes the default theme: dark and media-query overrides do not replace :root values', () => {
    expect(t('color.background').css).toBe('#f5f7f9');
    expect(t('duration.fast').css).toBe('120ms');
    // Defined only in the dark theme: its first definition is kept.
    expect(t('color.elevated')).toMatchObject({ css: '#3c4958', aliasOf: 'color.slate.800' });
  });
});

describe('importCssVariables rules', () => {
  it('lets a later :root declaration win, as the cascade does', () => {
    const set = importCssVariables(':root { --space-md: 1rem; }\n:root { --space-md: 1.25rem; }', 'x');
    expect(set.tokens['space.md']?.css).toBe('1.25rem');
  });

  it('uses var() fallbacks for variables the file does not define', () => {
    const set = importCssVariables(':root { --color-link: var(--brand-link, #0b6477); }', 'x');
    expect(set.tokens['color.link']).toMatchObject({ css: '#0b6477' });
    expect(set.tokens['color.link']?.aliasOf).toBeUndefined();
  });
});

describe('importCssVariables errors', () => {
  it('names both paths of a var() cycle', () => {
    const error = errorOf(() => importCssVariables(':root { --a: var(--b); --b: var(--a); }', 'x'));
    expect(error.code).toBe('TOKEN_ALIAS_CYCLE');
    expect(error.message).toContain('a → b → a');
  });

  it('reports var() of an undefined variable without fallback', () => {
    const error = errorOf(() => importCssVariables(':root { --color-link: var(--color-brand); }', 'x'));
    expect(error.code).toBe('UNKNOWN_TOKEN_ALIAS');
    expect(error.issues[0]?.path).toBe('color.link');
    expect(error.message).toContain('--color-brand');
  });

  it('reports CSS that does not parse', () => {
    const error = errorOf(() => importCssVariables(':root { --a: 1px; ', 'x'));
    expect(error.code).toBe('INVALID_TOKEN_FILE');
  });

  it('reports two names that map to one path', () => {
    expect(errorOf(() => importCssVariables(':root { --colorPrimary: red; --color-primary: blue; }', 'x')).code).toBe('DUPLICATE_TOKEN_PATH');
  });

  it('refuses more custom properties than TOKEN_LIMITS allows', () => {
    const css = `:root { ${Array.from({ length: 20_001 }, (_, i) => `--v-${i}: ${i};`).join(' ')} }`;
    expect(errorOf(() => importCssVariables(css, 'x')).code).toBe('TOKEN_FILE_TOO_LARGE');
  });

  it('stops pathological nesting with a clear error', () => {
    const css = `${'@media screen { '.repeat(1000)}:root { --a: 1px; }${' }'.repeat(1000)}`;
    expect(errorOf(() => importCssVariables(css, 'x')).code).toBe('TOKEN_FILE_TOO_DEEP');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cssVarName } from './model.js';
import { normalizePath, normalizeSegment, pathFromCssVar, splitRemainder } from './token-path.js';

describe('normalizeSegment', () => {
  it('lower-cases, kebab-cases camelCase and replaces punctuation', () => {
    expect(normalizeSegment('fontSize')).toBe('font-size');
    expect(normalizeSegment('Primary font')).toBe('primary-font');
    expect(normalizeSegment('  Brand/Blue  ')).toBe('brand-blue');
    expect(normalizeSegment('1.5')).toBe('1-5');
    expect(normalizeSegment('2xl')).toBe('2xl');
    expect(normalizeSegment('--odd--name--')).toBe('odd-name');
  });

  it('normalises dotted references segment by segment', () => {
    expect(normalizePath('color.brandPrimary.500')).toBe('color.brand-primary.500');
  });
});

describe('pathFromCssVar', () => {
  it.each([
    ['--color-primary', 'color.primary'],
    ['--color-primary-hover', 'color.primary-hover'],
    ['--color-on-primary', 'color.on-primary'],
    ['--color-blue-500', 'color.blue.500'],
    ['--font-size-lg', 'font.size.lg'],
    ['--font-family-base', 'font.family.base'],
    ['--font-weight-semibold', 'font.weight.semibold'],
    ['--line-height-tight', 'line-height.tight'],
    ['--letter-spacing-wide', 'letter-spacing.wide'],
    ['--border-width', 'border.width'],
    ['--z-index-modal', 'z-index.modal'],
    ['--space-md', 'space.md'],
    ['--space-0-5', 'space.0.5'],
    ['--primary', 'primary'],
    ['--colorPrimary', 'color.primary'],
    ['--text-lg--line-height', 'text.lg.line-height'],
  ])('%s → %s', (name, path) => {
    expect(pathFromCssVar(name)).toBe(path);
  });

  it('is the inverse of cssVarName for lower-case kebab names', () => {
    const word = fc.stringMatching(/^[a-z0-9]{1,8}$/);
    const name = fc.array(word, { minLength: 1, maxLength: 5 }).map((words) => `--${words.join('-')}`);
    fc.assert(fc.property(name, (n) => cssVarName(pathFromCssVar(n)) === n));
  });

  it('splits only a trailing numeric step off the remainder', () => {
    expect(splitRemainder('brand-primary-500')).toBe('brand-primary.500');
    expect(splitRemainder('primary-hover')).toBe('primary-hover');
    expect(splitRemainder('500')).toBe('500');
  });
});

import { createSystem, defaultConfig, defineConfig } from '@chakra-ui/react';
import type { SystemConfig, SystemStyleObject } from '@chakra-ui/react';
import { describe, expect, it } from 'vitest';
import { EngineError } from '../../engine-error.js';
import { TOKEN_REF } from '../../spec/style.js';
import { STYLE_CASES, VARIANT_STYLE, fixtureStyles } from '../tailwind/testing/style-cases.js';
import { testTokens } from '../tailwind/testing/test-tokens.js';
import { chakraJsxAttributes } from './chakra-jsx.js';
import { chakraStyleProps } from './chakra-props.js';
import { chakraThemeDefinition } from './chakra-theme.js';
import { chakraTokenOf } from './chakra-tokens.js';

const system = createSystem(defaultConfig, defineConfig(chakraThemeDefinition(testTokens) as SystemConfig));
const props = (base: Record<string, string>) => chakraStyleProps({ base }, testTokens);
/** What Chakra generates for a props object (the props are untyped data to the compiler, typed here). */
const resolve = (p: Record<string, unknown>) => system.css(p as SystemStyleObject) as Record<string, unknown>;

/** Every string in Chakra's resolved style object. */
const resolvedValues = (styles: unknown): string[] =>
  typeof styles === 'string' ? [styles] : styles && typeof styles === 'object' ? Object.values(styles).flatMap(resolvedValues) : [];

/** The CSS variable Chakra gives a token of ours: colors.primary-hover → --chakra-colors-primary-hover. */
function expectedVar(path: string): string {
  const token = Object.hasOwn(testTokens.tokens, path) ? chakraTokenOf(path) : undefined;
  if (!token) return `var(--${path.replace(/\./g, '-')})`;
  const category = token.category.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return `var(--chakra-${category}-${token.name.replace(/\./g, '-')})`;
}

describe('chakraStyleProps', () => {
  it('styles the pricing-card fixture with bare token names', () => {
    const [card, title, , , , cta] = fixtureStyles.map((s) => chakraStyleProps(s, testTokens));
    expect(card).toEqual({
      display: 'flex',
      flexDirection: 'column',
      gap: 'md',
      p: { base: 'lg', md: 'xl' },
      bg: 'surface',
      rounded: 'lg',
      shadow: 'md',
      borderWidth: 'var(--border-width)',
      borderStyle: 'solid',
      borderColor: 'border',
    });
    expect(title).toEqual({ fontSize: 'xl', fontWeight: 'bold', color: 'text' });
    expect(cta).toEqual({
      bg: 'primary',
      color: 'on-primary',
      py: 'sm',
      px: 'md',
      rounded: 'md',
      fontWeight: 'semibold',
      borderWidth: '0',
      cursor: 'pointer',
      _hover: { bg: 'primary-hover' },
      _focusVisible: { outlineWidth: '2px', outlineStyle: 'solid', outlineColor: 'focus', outlineOffset: '2px' },
      _active: { transform: 'translateY(1px)' },
      _disabled: { opacity: '0.5', cursor: 'not-allowed' },
    });
  });

  it('merges responsive overrides into { base, sm, md, lg, xl } objects', () => {
    expect(chakraStyleProps(VARIANT_STYLE, testTokens)).toMatchObject({ p: { base: 'md', sm: 'lg', xl: 'xl' }, color: 'text' });
    expect(chakraStyleProps({ base: { padding: '{space.sm} {space.md}' }, responsive: { md: { padding: '{space.lg}' } } }, testTokens)).toEqual({
      py: 'sm',
      px: 'md',
      p: { md: 'lg' },
    });
    expect(chakraStyleProps(undefined, testTokens)).toEqual({});
  });

  it('references tokens of another category, and CSS variables for the rest', () => {
    expect(props({ width: '{space.xl}' })).toEqual({ w: '{spacing.xl}' });
    expect(props({ outlineOffset: '{space.xs}' })).toEqual({ outlineOffset: '{spacing.xs}' });
    expect(props({ maxWidth: '{breakpoint.md}' })).toEqual({ maxW: '{breakpoints.md}' });
    expect(props({ boxShadow: '0 0 0 3px {color.focus}' })).toEqual({ shadow: '0 0 0 3px {colors.focus}' });
    expect(props({ backgroundColor: '{color.brand}' })).toEqual({ bg: 'var(--color-brand)' });
    expect(props({ marginTop: '-{space.md}' })).toEqual({ mt: 'calc(-1 * {spacing.md})' });
    expect(props({ gap: '{space.sm} {space.lg}', margin: '0 auto' })).toEqual({ rowGap: 'sm', columnGap: 'lg', my: '0', mx: 'auto' });
    expect(props({ padding: '{space.xs} {space.sm} {space.md}' })).toEqual({ pt: 'xs', pr: 'sm', pb: 'md', pl: 'sm' });
    expect(props({ padding: '{space.md} {space.md}' })).toEqual({ p: 'md' });
  });

  it('writes CSS keywords that are also Chakra token names as their CSS value', () => {
    expect(props({ color: 'black', fontWeight: 'bold' })).toEqual({ color: '#000000', fontWeight: '700' });
  });

  it('rejects a value outside the spec grammar', () => {
    expect(() => props({ width: '1px"/><script>' })).toThrow(EngineError);
  });

  it('prints JSX attributes', () => {
    expect(chakraJsxAttributes(chakraStyleProps({ base: { backgroundColor: '{color.primary}', width: '{space.xl}' }, responsive: { md: { padding: '{space.lg}' } }, hover: { opacity: '0.9' } }, testTokens))).toEqual([
      'bg="primary"',
      'w={"{spacing.xl}"}',
      'p={{ md: "lg" }}',
      '_hover={{ opacity: "0.9" }}',
    ]);
  });
});

describe('chakraStyleProps through a real Chakra system built from chakraThemeDefinition', () => {
  it.each(STYLE_CASES)('%s: %s resolves every token', (property, value) => {
    const styles = resolve(chakraStyleProps({ base: { [property]: value } }, testTokens));
    const resolved = resolvedValues(styles).join(' ');
    expect(resolved).not.toMatch(/[{}]/);
    for (const [, path = ''] of value.matchAll(TOKEN_REF)) expect(resolved).toContain(expectedVar(path));
  });

  it('resolves the fixture and the states to the theme variables', () => {
    const cta = resolve(chakraStyleProps(fixtureStyles[5], testTokens));
    expect(cta.background).toBe('var(--chakra-colors-primary)');
    expect(JSON.stringify(cta)).toContain('"&:is(:disabled, [disabled], [data-disabled], [aria-disabled=true])":{"opacity":"0.5","cursor":"not-allowed"}');
    const card = resolve(chakraStyleProps(fixtureStyles[0], testTokens));
    expect(card).toMatchObject({ padding: 'var(--chakra-spacing-lg)', '@media screen and (min-width: 48rem)': { padding: 'var(--chakra-spacing-xl)' } });
  });

  it('styles a file input\'s button with _file, which Chakra resolves to ::file-selector-button', () => {
    const props = chakraStyleProps({ base: { color: '{color.text}' }, file: { padding: '{space.sm}', backgroundColor: '{color.surface}' } }, testTokens);
    expect(props).toEqual({ color: 'text', _file: { p: 'sm', bg: 'surface' } });
    expect(resolve(props)).toMatchObject({ '&::file-selector-button': { padding: 'var(--chakra-spacing-sm)', background: 'var(--chakra-colors-surface)' } });
  });
});

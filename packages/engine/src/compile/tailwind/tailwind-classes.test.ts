import { describe, expect, it } from 'vitest';
import { EngineError } from '../../engine-error.js';
import { STYLE_PROPERTIES } from '../../spec/style.js';
import type { StyleProperty } from '../../spec/style.js';
import type { TokenSet } from '../../tokens/model.js';
import { tailwindClasses } from './tailwind-classes.js';
import { checkTailwindClasses, tailwindUtilitiesCss } from './tailwind-check.js';
import { loadTailwindStylesheet } from './testing/load-stylesheet.js';
import { STYLE_CASES as CASES, VARIANT_STYLE, fixtureStyles } from './testing/style-cases.js';
import { testTokens, tokensWithout } from './testing/test-tokens.js';

const TRANSFORM_TWICE = { base: { transform: 'scale(1.05)' }, hover: { transform: 'none' }, active: { transform: 'translateY(1px)' } };

const classesOf = (property: StyleProperty, value: string, tokens: TokenSet = testTokens): string[] =>
  tailwindClasses({ base: { [property]: value } }, tokens);

describe('tailwindClasses', () => {
  it('keeps the inherited line-height of a size unless the element sets one, as CSS does', () => {
    expect(tailwindClasses({ base: { fontSize: '{font.size.sm}' }, responsive: { md: { fontSize: '{font.size.md}' } } }, testTokens)).toEqual([
      'text-sm/[inherit]',
      'md:text-md/[inherit]',
    ]);
    // With a leading-* on the element, text-* reads it through --tw-leading.
    expect(tailwindClasses({ base: { fontSize: '{font.size.sm}', lineHeight: '{line-height.tight}' }, hover: { fontSize: '{font.size.md}' } }, testTokens)).toEqual([
      'text-sm',
      'leading-tight',
      'hover:text-md',
    ]);
  });

  it('styles a file input\'s button with file: utilities, its own line-height deciding the text-* modifier', () => {
    const file = { padding: '{space.sm}', borderRadius: '{radius.md}', fontSize: '{font.size.sm}', transform: 'translateY(1px)' };
    expect(tailwindClasses({ base: { lineHeight: '{line-height.tight}' }, file }, testTokens)).toEqual([
      'leading-tight', 'file:p-sm', 'file:rounded-md', 'file:text-sm/[inherit]', 'file:translate-y-px',
    ]);
    expect(tailwindClasses({ file: { fontSize: '{font.size.sm}', lineHeight: '{line-height.tight}' } }, testTokens)).toEqual(['file:text-sm', 'file:leading-tight']);
  });

  it('has a case for every style property', () => {
    const covered = new Set(CASES.map(([p]) => p));
    expect(STYLE_PROPERTIES.filter((p) => !covered.has(p))).toEqual([]);
  });

  it.each(CASES)('%s: %s', (property, value, expected) => {
    expect(classesOf(property, value)).toEqual(expected);
  });

  it('orders base, breakpoints sm→xl, then states, and removes duplicates', () => {
    expect(tailwindClasses({ ...VARIANT_STYLE, base: { ...VARIANT_STYLE.base, paddingInline: '{space.md}', paddingBlock: '{space.md}' } }, testTokens)).toEqual([
      'p-md',
      'text-text',
      'px-md',
      'py-md',
      'sm:p-lg',
      'xl:p-xl',
      'hover:bg-primary-hover',
      'focus-visible:outline-2',
      'focus-visible:outline-solid',
      'focus-visible:outline-focus',
      'active:translate-y-px',
      'disabled:opacity-50',
      'disabled:cursor-not-allowed',
      'aria-disabled:opacity-50',
      'aria-disabled:cursor-not-allowed',
    ]);
    expect(tailwindClasses({ base: { padding: '{space.md} {space.md}', paddingTop: '{space.md}' }, hover: {} }, testTokens)).toEqual(['p-md', 'pt-md']);
    expect(tailwindClasses(undefined, testTokens)).toEqual([]);
  });

  it('styles the pricing-card fixture with theme utilities', () => {
    const [card, , , , , cta] = fixtureStyles.map((s) => tailwindClasses(s, testTokens));
    expect(card).toEqual(['flex', 'flex-col', 'gap-md', 'p-lg', 'bg-surface', 'rounded-lg', 'shadow-md', 'border-(length:--border-width)', 'border-solid', 'border-border', 'md:p-xl']);
    expect(cta).toEqual([
      'bg-primary', 'text-on-primary', 'py-sm', 'px-md', 'rounded-md', 'font-semibold', 'border-0', 'cursor-pointer',
      'hover:bg-primary-hover',
      'focus-visible:outline-2', 'focus-visible:outline-solid', 'focus-visible:outline-focus', 'focus-visible:outline-offset-2',
      'active:translate-y-px',
      'disabled:opacity-50', 'disabled:cursor-not-allowed', 'aria-disabled:opacity-50', 'aria-disabled:cursor-not-allowed',
    ]);
  });

  it('keeps one transform property when several states set it, as CSS replaces it whole', () => {
    expect(tailwindClasses(TRANSFORM_TWICE, testTokens)).toEqual(['transform-[scale(1.05)]', 'hover:transform-none', 'active:transform-[translateY(1px)]']);
  });

  it('falls back to Tailwind default widths for a breakpoint the set lacks', () => {
    expect(tailwindClasses({ responsive: { md: { gap: '{space.sm}' } } }, tokensWithout('breakpoint.md'))).toEqual(['min-[48rem]:gap-sm']);
  });

  it('uses a typed variable where a theme name would mean two things', () => {
    const tokens: TokenSet = {
      name: 'clash',
      tokens: {
        ...testTokens.tokens,
        'color.lg': { path: 'color.lg', type: 'color', css: '#123456', value: '#123456' },
      },
    };
    expect(tailwindClasses({ base: { color: '{color.lg}', fontSize: '{font.size.lg}' } }, tokens)).toEqual(['text-(color:--color-lg)', 'text-(length:--text-lg)/[inherit]']);
  });

  it('rejects a value outside the spec grammar instead of emitting a broken class', () => {
    expect(() => tailwindClasses({ base: { width: '1px]_[x' } }, testTokens)).toThrow(EngineError);
  });
});

/** The CSS property a class of each style property must set (what a wrong type hint would get wrong). */
const CSS_PROPERTY: Partial<Record<StyleProperty, RegExp>> = {
  color: /(?<![-\w])color:/,
  borderColor: /border(-[a-z]+)?-color:/,
  padding: /padding(-[a-z]+)*:/,
  paddingInline: /padding-inline(-[a-z]+)?:/,
  paddingBlock: /padding-(block|top|bottom):/,
  margin: /margin(-[a-z]+)*:/,
  marginInline: /margin-inline(-[a-z]+)?:/,
  marginBlock: /margin-(block|top|bottom):/,
  gap: /(row-|column-)?gap:/,
  borderRadius: /border(-[a-z]+)*-radius:/,
  borderWidth: /border(-[a-z]+)?-width:/,
  inset: /(inset(-[a-z]+)?|top|right|bottom|left):/,
  flex: /(?<![-\w])flex:/,
  transform: /(?<![-\w])(transform|translate|rotate|scale):/,
  // Tailwind sets the longhand; the shorthand's other parts are already at their initial values.
  textDecoration: /text-decoration(-line)?:/,
  listStyle: /list-style(-type)?:/,
};
const cssPropertyOf = (p: StyleProperty): RegExp => CSS_PROPERTY[p] ?? new RegExp(`(?<![-\\w])${p.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}:`);

describe('tailwindClasses through the real Tailwind v4 compiler', () => {
  it.each(CASES)('%s: %s sets the right CSS property', async (property, value) => {
    const css = await tailwindUtilitiesCss(classesOf(property, value), testTokens, loadTailwindStylesheet);
    expect(css).toMatch(cssPropertyOf(property));
  });

  it('every emitted class generates CSS', async () => {
    const candidates = [
      ...CASES.flatMap(([p, v]) => classesOf(p, v)),
      ...tailwindClasses(VARIANT_STYLE, testTokens),
      ...tailwindClasses(TRANSFORM_TWICE, testTokens),
      ...fixtureStyles.flatMap((s) => tailwindClasses(s, testTokens)),
    ];
    const { missing } = await checkTailwindClasses(candidates, testTokens, loadTailwindStylesheet);
    expect(missing).toEqual([]);
  });

  it('fallback classes generate CSS with a set lacking breakpoints', async () => {
    const tokens = tokensWithout('breakpoint.sm', 'breakpoint.md', 'breakpoint.lg', 'breakpoint.xl');
    const classes = tailwindClasses(VARIANT_STYLE, tokens);
    expect(classes).toContain('min-[40rem]:p-lg');
    expect((await checkTailwindClasses(classes, tokens, loadTailwindStylesheet)).missing).toEqual([]);
  });

  it('reports a class Tailwind does not know', async () => {
    const { missing } = await checkTailwindClasses(['p-md', 'p-nope', 'bg-primary'], testTokens, loadTailwindStylesheet);
    expect(missing).toEqual(['p-nope']);
  });

  it('generates the declarations the CSS targets would', async () => {
    const css = await tailwindUtilitiesCss(
      ['bg-primary', 'p-md', 'text-xl', 'font-bold', 'font-base', 'rounded-lg', 'leading-tight', 'border-(length:--border-width)', 'md:p-xl', 'shadow-[0_0_0_3px_var(--color-focus)]', 'opacity-50', 'max-w-[40rem]'],
      testTokens,
      loadTailwindStylesheet,
    );
    expect(css).toMatch(/\.bg-primary \{\s*background-color: var\(--color-primary\);/);
    expect(css).toMatch(/\.p-md \{\s*padding: var\(--spacing-md\);/);
    expect(css).toMatch(/\.text-xl \{\s*font-size: var\(--text-xl\);\s*\}/); // and no default line-height
    expect(css).toMatch(/\.font-bold \{[^}]*font-weight: var\(--font-weight-bold\);/);
    expect(css).toMatch(/\.font-base \{\s*font-family: var\(--font-base\);/);
    expect(css).toMatch(/\.rounded-lg \{\s*border-radius: var\(--radius-lg\);/);
    expect(css).toMatch(/\.leading-tight \{[^}]*line-height: var\(--leading-tight\);/);
    expect(css).toMatch(/border-width: var\(--border-width\);/);
    expect(css).toMatch(/@media \(width >= 48rem\) \{\s*\.md\\:p-xl \{\s*padding: var\(--spacing-xl\);/);
    expect(css).toContain('var(--color-focus)');
    expect(css).toMatch(/\.opacity-50 \{\s*opacity: 50%;/);
    expect(css).toMatch(/max-width: 40rem;/);
  });

  it('emits the theme variables the classes use, with the token values', async () => {
    const { css } = await checkTailwindClasses(['bg-primary', 'border-(length:--border-width)', 'md:p-md'], testTokens, loadTailwindStylesheet);
    expect(css).toContain('--color-primary: #0B6477;');
    expect(css).toContain('--border-width: 1px;');
    expect(css).toContain('--spacing-md: 1rem;');
  });
});

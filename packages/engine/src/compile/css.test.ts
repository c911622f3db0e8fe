import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { parseSpec } from '../spec/validate-spec.js';
import { buildModel } from './core.js';
import { breakpointWidth, buildStylesheet, isSafeTokenValue, printCss, printTokens } from './css.js';
import { pricingCard, signupForm, statusBadge } from './testing/specs.js';
import { testTokens } from './testing/tokens.js';

const sheetOf = (spec: Parameters<typeof buildModel>[0], tokens = testTokens()) => buildStylesheet(buildModel(spec), tokens);

describe('buildStylesheet', () => {
  it('turns token refs into custom properties and declares only the tokens used, in the set order', () => {
    const sheet = sheetOf(pricingCard);
    const cta = sheet.rules.find((r) => r.selectors[0] === '.pricing-card__cta')!;
    expect(cta.declarations).toContainEqual({ property: 'padding', value: 'var(--space-sm) var(--space-md)' });
    expect(cta.declarations).toContainEqual({ property: 'background-color', value: 'var(--color-primary)' });
    expect(sheet.tokens.map((t) => t.property)).toEqual([
      '--color-primary', '--color-primary-hover', '--color-on-primary', '--color-surface', '--color-text', '--color-text-muted',
      '--color-border', '--color-focus', '--space-sm', '--space-md', '--space-lg', '--space-xl', '--radius-md', '--radius-lg',
      '--border-width', '--font-size-xl', '--font-size-3xl', '--font-weight-semibold', '--font-weight-bold', '--shadow-md',
    ]);
    expect(sheet.tokens).toContainEqual({ property: '--shadow-md', value: '0 4px 6px -1px rgb(0 0 0 / 0.1)' });
  });

  it('orders declarations outside-in with shorthands first, in kebab-case, literals verbatim', () => {
    const card = sheetOf(pricingCard).rules[0]!;
    expect(card.declarations.map((d) => d.property)).toEqual([
      'display', 'flex-direction', 'gap', 'padding', 'border-width', 'border-style', 'border-color', 'border-radius', 'box-shadow', 'background-color',
    ]);
    const cta = sheetOf(pricingCard).rules.find((r) => r.selectors[0] === '.pricing-card__cta:active')!;
    expect(cta.declarations).toEqual([{ property: 'transform', value: 'translateY(1px)' }]);
  });

  it('keeps a ref to a token the set lacks as var(--…), undeclared and reported', () => {
    const tokens = testTokens();
    delete (tokens.tokens as Record<string, unknown>)['color.focus'];
    const sheet = sheetOf(pricingCard, tokens);
    expect(printCss(sheet)).toContain('outline-color: var(--color-focus);');
    expect(sheet.tokens.map((t) => t.property)).not.toContain('--color-focus');
    expect(sheet.missingTokens).toEqual(['color.focus']);
  });

  it('writes states as pseudo-classes, disabled as :disabled or [aria-disabled="true"]', () => {
    const selectors = (spec: Parameters<typeof buildModel>[0]) => sheetOf(spec).rules.map((r) => r.selectors.join(', '));
    expect(selectors(pricingCard)).toEqual(expect.arrayContaining([
      '.pricing-card__cta:hover', '.pricing-card__cta:focus-visible', '.pricing-card__cta:active', '.pricing-card__cta:disabled',
    ]));
    expect(selectors(signupForm)).toContain('.signup-form__submit:disabled');
    expect(selectors(statusBadge)).toContain('.status-badge__dismiss[aria-disabled="true"]');
  });

  it('writes a file input\'s button as ::file-selector-button, after the states', () => {
    const spec = parseSpec({
      specVersion: 1, name: 'Upload',
      root: { kind: 'element', tag: 'input', attrs: { type: 'file' }, style: { base: { color: '{color.text}' }, hover: { opacity: '1' }, file: { padding: '{space.sm}', borderRadius: '{radius.md}' } } },
    });
    const sheet = sheetOf(spec);
    expect(sheet.rules.map((r) => r.selectors.join(', '))).toEqual(['.upload__root', '.upload__root:hover', '.upload__root::file-selector-button']);
    expect(sheet.rules[2]!.declarations).toEqual([{ property: 'padding', value: 'var(--space-sm)' }, { property: 'border-radius', value: 'var(--radius-md)' }]);
  });

  it('drops disabled styles of an element nothing can disable', () => {
    const spec = parseSpec({
      specVersion: 1, name: 'Card',
      root: { kind: 'element', tag: 'div', style: { base: { opacity: '1' }, disabled: { opacity: '0.5' } } },
    });
    expect(sheetOf(spec).rules.map((r) => r.selectors)).toEqual([['.card__root']]);
  });

  it('writes responsive overrides mobile-first, with the breakpoint token width or the default', () => {
    expect(printCss(sheetOf(pricingCard))).toContain('@media (min-width: 48rem) {\n  .pricing-card__card {\n    padding: var(--space-xl);\n  }\n}');
    expect(sheetOf(statusBadge).media.map((m) => [m.breakpoint, m.minWidth])).toEqual([['sm', '40rem'], ['lg', '64rem']]);
    const noBreakpoints = testTokens({ 'breakpoint.md': 'calc(100vw - 1px)' });
    delete (noBreakpoints.tokens as Record<string, unknown>)['breakpoint.sm'];
    expect(breakpointWidth(noBreakpoints, 'sm')).toBe('640px');
    expect(breakpointWidth(noBreakpoints, 'md')).toBe('768px');
    expect(breakpointWidth(noBreakpoints, 'xl')).toBe('1280px');
  });

  it('refuses token values that could leave the declaration, and reports them', () => {
    for (const bad of ['red; } body { display: none', 'x</style><script>', 'url(https://evil.test/x.png)', '"unclosed', 'a\\62 c', 'red /* x */']) {
      expect(isSafeTokenValue(bad), bad).toBe(false);
    }
    expect(isSafeTokenValue('"Inter", system-ui, sans-serif')).toBe(true);
    const sheet = sheetOf(pricingCard, testTokens({ 'color.primary': 'red; } * { display: none' }));
    expect(sheet.unsafeTokens).toEqual(['color.primary']);
    expect(printCss(sheet)).not.toContain('display: none');
  });

  it('prints valid CSS in every placement: :root, :host with declarations, indented, tokens alone', () => {
    const sheet = sheetOf(pricingCard);
    for (const css of [
      printCss(sheet),
      printCss(sheet, { tokenSelector: ':host', hostDeclarations: [{ property: 'display', value: 'contents' }], indent: '    ' }),
      printCss(sheet, { omitTokens: true }),
      printTokens(sheet),
    ]) {
      expect(() => postcss.parse(css)).not.toThrow();
    }
    expect(printCss(sheet, { tokenSelector: ':host', hostDeclarations: [{ property: 'display', value: 'contents' }] })).toMatch(/^:host \{\n {2}display: contents;\n {2}--color-primary/);
    expect(printTokens(sheet)).not.toContain('.pricing-card');
    expect(printCss(sheet, { omitTokens: true })).not.toContain(':root');
  });

  it('is deterministic: the same spec and tokens give byte-identical CSS', () => {
    expect(printCss(sheetOf(structuredClone(pricingCard)))).toBe(printCss(sheetOf(pricingCard)));
  });
});

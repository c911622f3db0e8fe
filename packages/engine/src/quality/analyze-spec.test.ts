import { describe, expect, it } from 'vitest';
import pricingCard from '../spec/fixtures/pricing-card.json' with { type: 'json' };
import type { ComponentSpec, ElementNode, SpecNode } from '../spec/schema.js';
import { parseSpec } from '../spec/validate-spec.js';
import { analyzeSpec } from './analyze-spec.js';
import { QualityReportSchema, qualityScore } from './quality-report.js';
import { testTokens } from './testing/test-tokens.js';

const tokens = testTokens();
const text = (value: string): SpecNode => ({ kind: 'text', value });
const el = (tag: ElementNode['tag'], rest: Omit<Partial<ElementNode>, 'tag' | 'kind'> = {}, children: SpecNode[] = []): ElementNode => ({
  kind: 'element',
  tag,
  ...rest,
  ...(children.length ? { children } : {}),
});
const focusRing = { outlineWidth: '{border.width}', outlineStyle: 'solid', outlineColor: '{color.focus}' };
/** Validates through the real schema so every test spec is one the product could hold. */
const spec = (root: ElementNode, name = 'TestCard', extra: Partial<ComponentSpec> = {}): ComponentSpec =>
  parseSpec({ specVersion: 1, name, props: [], state: [], ...extra, root });
const rules = (report: ReturnType<typeof analyzeSpec>, rule: string) => report.accessibility.issues.filter((i) => i.rule === rule);

describe('analyzeSpec on the pricing-card fixture', () => {
  const report = analyzeSpec(parseSpec(pricingCard), tokens);

  it('produces a report that matches the shared schema', () => {
    expect(QualityReportSchema.parse(report)).toEqual(report);
  });

  it('counts token parts and lists the two focus-ring literals with their paths', () => {
    expect(report.tokenCompliance.literals).toEqual([
      { path: 'root.children[3].style.focusVisible.outlineWidth', property: 'outlineWidth', value: '2px' },
      { path: 'root.children[3].style.focusVisible.outlineOffset', property: 'outlineOffset', value: '2px' },
    ]);
    expect(report.tokenCompliance.literalValues).toBe(2);
    expect(report.tokenCompliance.tokenValues).toBe(23);
    expect(report.tokenCompliance.ratio).toBeCloseTo(23 / 25, 5);
    expect(report.tokenCompliance.unknownTokens).toEqual([]);
  });

  it('measures each text pair, and the CTA in hover and (exempt) disabled states', () => {
    const cta = report.contrast.pairs.filter((p) => p.path === 'root.children[3]');
    expect(cta.map((p) => p.state)).toEqual(['base', 'hover', 'disabled']);
    expect(cta[0]).toMatchObject({ foreground: '{color.on-primary}', background: '{color.primary}', foregroundColor: '#ffffff', backgroundColor: '#0b6477', required: 4.5, passes: true });
    expect(cta[0]!.ratio).toBeCloseTo(6.77, 2);
    expect(cta[1]).toMatchObject({ background: '{color.primary-hover}', backgroundColor: '#084f5e', passes: true });
    expect(cta[2]).toMatchObject({ state: 'disabled', passes: true });
    expect(cta[2]!.note).toMatch(/exempt/);
    const price = report.contrast.pairs.find((p) => p.path === 'root.children[1]')!;
    expect(price).toMatchObject({ foreground: '{color.primary}', background: '{color.surface}', largeText: true, required: 3 });
    const feature = report.contrast.pairs.find((p) => p.path === 'root.children[2].children[0].children[0]')!;
    expect(feature).toMatchObject({ foreground: '{color.text-muted}', passes: true });
  });

  it('finds no accessibility errors and scores the literals only', () => {
    expect(report.accessibility.issues).toEqual([]);
    expect(report.summary).toEqual({ errors: 0, warnings: 0, passed: true });
    expect(report.score).toBe(Math.round(100 - 30 * (2 / 25)));
  });
});

describe('token compliance', () => {
  it('gives ratio 1 when every design value is a token', () => {
    const report = analyzeSpec(
      spec(el('section', { style: { base: { display: 'grid', gap: '{space.md}', padding: '{space.sm} {space.lg}', backgroundColor: '{color.surface}', margin: '0' } } }, [
        el('p', { style: { base: { color: '{color.text}', fontSize: '{font.size.md}' } } }, [text('Hello')]),
      ])),
      tokens,
    );
    expect(report.tokenCompliance).toMatchObject({ ratio: 1, tokenValues: 6, literalValues: 0, literals: [] });
    expect(report.score).toBe(100);
  });

  it('lists a literal #ff0000 with its path and the nearest token', () => {
    const report = analyzeSpec(
      spec(el('div', {}, [
        el('p', { style: { base: { color: '{color.text}' } } }, [text('Plain')]),
        el('p', { style: { base: { color: '{color.text}' }, hover: { color: '#ff0000' } } }, [text('Alert')]),
      ])),
      tokens,
    );
    expect(report.tokenCompliance.literals).toEqual([
      { path: 'root.children[1].style.hover.color', property: 'color', value: '#ff0000', suggestion: '{color.danger}' },
    ]);
    expect(report.tokenCompliance.ratio).toBeCloseTo(2 / 3, 5);
  });

  it('splits mixed values and suggests close spacing tokens', () => {
    const report = analyzeSpec(spec(el('div', { style: { base: { padding: '{space.sm} 15px', boxShadow: '0 4px 6px -1px rgba(15, 23, 42, 0.1)' } } })), tokens);
    expect(report.tokenCompliance.literals).toEqual([
      { path: 'root.style.base.padding', property: 'padding', value: '15px', suggestion: '{space.md}' },
      { path: 'root.style.base.boxShadow', property: 'boxShadow', value: '0 4px 6px -1px rgba(15, 23, 42, 0.1)', suggestion: '{shadow.md}' },
    ]);
  });

  it('reports references to tokens the set does not define, as errors', () => {
    const report = analyzeSpec(spec(el('div', { style: { base: { color: '{color.brand}', width: '{size.card}' } } })), tokens);
    expect(report.tokenCompliance.unknownTokens).toEqual([
      { path: 'root.style.base.color', property: 'color', token: 'color.brand' },
      { path: 'root.style.base.width', property: 'width', token: 'size.card' },
    ]);
    expect(report.tokenCompliance.ratio).toBe(0);
    expect(report.summary.errors).toBe(2);
  });
});

describe('accessibility lint', () => {
  const button = (rest: Omit<Partial<ElementNode>, 'tag' | 'kind'> = {}, children: SpecNode[] = []) =>
    el('button', { attrs: { type: 'button' }, style: { focusVisible: focusRing }, ...rest }, children);

  it('flags a button without an accessible name as an error', () => {
    const report = analyzeSpec(spec(el('div', {}, [button({}, [el('svg', { attrs: { viewBox: '0 0 24 24' } })])])), tokens);
    expect(rules(report, 'interactive-name')).toEqual([
      expect.objectContaining({ severity: 'error', path: 'root.children[0]', wcag: '4.1.2' }),
    ]);
    expect(report.summary.passed).toBe(false);
  });

  it('accepts names from aria-label, bound text, image alt and both branches of a conditional', () => {
    const report = analyzeSpec(
      spec(el('div', {}, [
        button({ a11y: { label: 'Close' } }),
        button({}, [{ kind: 'bind', source: 'prop', name: 'label' }]),
        button({}, [el('img', { attrs: { src: '/x.svg', alt: 'Search' } })]),
        button({}, [{ kind: 'if', condition: { source: 'prop', name: 'label' }, then: [text('Yes')], else: [text('No')] }]),
        button({}, [{ kind: 'if', condition: { source: 'prop', name: 'label' }, then: [text('Only then')] }]),
      ]), 'Toolbar', { props: [{ name: 'label', type: 'string', default: 'Go' }] }),
      tokens,
    );
    expect(rules(report, 'interactive-name').map((i) => i.path)).toEqual(['root.children[4]']);
  });

  it('does not count text hidden on the smallest screen (shown only from a breakpoint up) as a name', () => {
    const mobileHidden = { base: { display: 'none' }, responsive: { sm: { display: 'inline' } } };
    const report = analyzeSpec(
      spec(el('div', {}, [
        button({}, [el('span', { style: mobileHidden }, [text('Search')])]),
        button({ a11y: { label: 'Search' } }, [el('span', { style: mobileHidden }, [text('Search')])]),
      ])),
      tokens,
    );
    expect(rules(report, 'interactive-name').map((i) => i.path)).toEqual(['root.children[0]']);
  });

  it('requires labels on form fields, accepting for/id, wrapping labels and aria-label', () => {
    const report = analyzeSpec(
      spec(el('form', {}, [
        el('label', { attrs: { for: 'email' } }, [text('Email')]),
        el('input', { attrs: { id: 'email', type: 'email' }, style: { focusVisible: focusRing } }),
        el('label', {}, [text('Name'), el('input', { attrs: { type: 'text' }, style: { focusVisible: focusRing } })]),
        el('input', { attrs: { type: 'search' }, a11y: { label: 'Search' }, style: { focusVisible: focusRing } }),
        el('input', { attrs: { type: 'text', placeholder: 'Phone' }, style: { focusVisible: focusRing } }),
        el('textarea', { attrs: { id: 'msg' }, style: { focusVisible: focusRing } }),
      ]), 'ContactForm'),
      tokens,
    );
    const issues = rules(report, 'form-label');
    expect(issues.map((i) => [i.path, i.severity])).toEqual([['root.children[4]', 'error'], ['root.children[5]', 'error']]);
    expect(issues[0]!.message).toMatch(/placeholder is not a label/);
  });

  it('flags a skipped heading level', () => {
    const report = analyzeSpec(spec(el('article', {}, [el('h2', {}, [text('Plans')]), el('h4', {}, [text('Pro')]), el('h3', {}, [text('Team')])])), tokens);
    expect(rules(report, 'heading-order')).toEqual([
      expect.objectContaining({ severity: 'warning', path: 'root.children[1]', message: '<h4> follows <h2>: heading level 3 is skipped.' }),
    ]);
  });

  it('reports images without alt, clickable divs, links without href and untyped form buttons', () => {
    const report = analyzeSpec(
      spec(
        el('form', {}, [
          el('img', { attrs: { src: '/a.png' } }),
          el('img', { attrs: { src: '/b.png', alt: '' } }),
          el('div', { events: [{ on: 'click', action: { type: 'toggle', state: 'open' } }] }, [text('Open')]),
          el('a', { style: { focusVisible: focusRing } }, [text('Docs')]),
          el('button', { style: { focusVisible: focusRing } }, [text('Send')]),
        ]),
        'Mixed',
        { state: [{ name: 'open', type: 'boolean', initial: false }] },
      ),
      tokens,
    );
    expect(rules(report, 'img-alt').map((i) => i.path)).toEqual(['root.children[0]']);
    expect(rules(report, 'click-non-interactive')).toEqual([expect.objectContaining({ severity: 'error', path: 'root.children[2]' })]);
    expect(rules(report, 'link-href')).toEqual([expect.objectContaining({ severity: 'error', path: 'root.children[3]' })]);
    expect(rules(report, 'button-type')).toEqual([expect.objectContaining({ severity: 'warning', path: 'root.children[4]' })]);
  });

  it('checks focus styles per element: missing is a warning, removed outline is an error', () => {
    const report = analyzeSpec(
      spec(el('div', {}, [
        el('button', { attrs: { type: 'button' } }, [text('Default ring')]),
        el('button', { attrs: { type: 'button' }, style: { base: { outlineStyle: 'none' } } }, [text('No ring')]),
        el('button', { attrs: { type: 'button' }, style: { base: { outlineStyle: 'none' }, focusVisible: { boxShadow: '0 0 0 3px {color.focus}' } } }, [text('Shadow ring')]),
        el('button', { attrs: { type: 'button' }, style: { base: { outlineStyle: 'none' }, focusVisible: { outlineColor: '{color.focus}' } } }, [text('Colour only')]),
        el('button', { attrs: { type: 'button' }, style: { base: { outlineStyle: 'none' }, focusVisible: { outlineStyle: 'solid', outlineColor: '{color.focus}' } } }, [text('Restored')]),
      ])),
      tokens,
    );
    expect(rules(report, 'focus-visible-style').map((i) => [i.path, i.severity])).toEqual([
      ['root.children[0]', 'warning'],
      ['root.children[1]', 'error'],
      ['root.children[3]', 'error'],
    ]);
  });

  it('checks dialogs, aria-expanded, ARIA id references, positive tabindex and navigation landmarks', () => {
    const report = analyzeSpec(
      spec(el('div', {}, [
        el('div', { a11y: { role: 'dialog' } }, [el('p', {}, [text('Sure?')])]),
        el('button', { attrs: { type: 'button', tabindex: 3 }, a11y: { expanded: false }, style: { focusVisible: focusRing } }, [text('Menu')]),
        el('button', { attrs: { type: 'button' }, a11y: { expanded: true, controls: 'missing-panel' }, style: { focusVisible: focusRing } }, [text('More')]),
        ...['Home', 'Docs', 'Blog'].map((label) => el('a', { attrs: { href: `/${label.toLowerCase()}` }, style: { focusVisible: focusRing } }, [text(label)])),
      ]), 'MainNavbar'),
      tokens,
    );
    expect(rules(report, 'dialog-name-modal').map((i) => i.severity)).toEqual(['error', 'error']);
    expect(rules(report, 'aria-expanded-controls').map((i) => i.path)).toEqual(['root.children[1]']);
    expect(rules(report, 'aria-reference').map((i) => i.path)).toEqual(['root.children[2]']);
    expect(rules(report, 'tabindex-positive').map((i) => i.path)).toEqual(['root.children[1]']);
    expect(rules(report, 'landmark-nav')).toEqual([expect.objectContaining({ severity: 'warning', path: 'root' })]);
  });
});

describe('contrast', () => {
  it('fails white text on a light background and reports the ratio', () => {
    const report = analyzeSpec(
      spec(el('div', { style: { base: { backgroundColor: '{color.surface-muted}', padding: '{space.md}' } } }, [
        el('p', { style: { base: { color: '#ffffff' } } }, [text('Barely visible')]),
      ])),
      tokens,
    );
    const pair = report.contrast.pairs.find((p) => p.path === 'root.children[0]')!;
    expect(pair).toMatchObject({ state: 'base', foreground: '#ffffff', background: '{color.surface-muted}', backgroundColor: '#f8fafc', required: 4.5, passes: false });
    expect(pair.ratio).toBeCloseTo(1.05, 2);
    expect(report.summary.errors).toBe(1);
  });

  it('evaluates the hover state separately from the resting state', () => {
    const report = analyzeSpec(
      spec(el('button', {
        attrs: { type: 'button' },
        style: { base: { backgroundColor: '{color.primary}', color: '{color.on-primary}' }, hover: { backgroundColor: '{color.accent}' }, focusVisible: focusRing },
      }, [text('Buy')])),
      tokens,
    );
    const [base, hover] = report.contrast.pairs;
    expect(base).toMatchObject({ state: 'base', background: '{color.primary}', passes: true });
    expect(hover).toMatchObject({ state: 'hover', foreground: '{color.on-primary}', background: '{color.accent}', backgroundColor: '#45dfb1', passes: false });
    expect(hover!.ratio).toBeLessThan(2);
    expect(report.contrast.pairs).toHaveLength(2);
  });

  it('inherits colours, uses the large-text threshold and composites translucent colours', () => {
    const report = analyzeSpec(
      spec(el('section', { style: { base: { color: '{color.text-muted}', backgroundColor: '{color.primary}' } } }, [
        el('h2', { style: { base: { fontSize: '{font.size.2xl}', color: '{color.on-primary}' } } }, [text('Big')]),
        el('p', {}, [text('Inherited')]),
        el('p', { style: { base: { backgroundColor: 'rgba(255, 255, 255, 0.5)', color: '{color.text}' } } }, [text('Glass')]),
      ])),
      tokens,
    );
    const [heading, inherited, glass] = report.contrast.pairs;
    expect(heading).toMatchObject({ largeText: true, required: 3, passes: true });
    expect(inherited).toMatchObject({ foreground: '{color.text-muted}', background: '{color.primary}', passes: false });
    expect(glass!.backgroundColor).toBe('#85b2bb');
  });

  it('warns when a colour cannot be resolved instead of inventing a ratio', () => {
    const report = analyzeSpec(spec(el('p', { style: { base: { color: '{color.brand}' } } }, [text('Hi')])), tokens);
    expect(report.contrast.pairs).toEqual([]);
    expect(rules(report, 'contrast-unresolved')).toHaveLength(1);
  });
});

describe('qualityScore', () => {
  it('applies the documented formula and clamps to 0..100', () => {
    expect(qualityScore(1, { errors: 0, warnings: 0 })).toBe(100);
    expect(qualityScore(0.5, { errors: 1, warnings: 2 })).toBe(100 - 15 - 10 - 6);
    expect(qualityScore(0, { errors: 20, warnings: 0 })).toBe(0);
  });
});

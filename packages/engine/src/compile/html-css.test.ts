import { parseFragment, type ParserError } from 'parse5';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { compile } from './compile.js';
import { elementsOf, textContent } from './testing/dom.js';
import { ALL_SPECS, disclosure, linkList, pricingCard, signupForm, statusBadge } from './testing/specs.js';
import { testTokens } from './testing/tokens.js';

const tokens = testTokens();
const htmlOf = (spec: Parameters<typeof compile>[0]) => compile(spec, tokens, 'html-css').files[0]!.content;

describe('html-css', () => {
  it('is one HTML file: a <style> and the markup', () => {
    const out = compile(pricingCard, tokens, 'html-css');
    expect(out.files.map((f) => [f.path, f.language])).toEqual([['pricing-card.html', 'html']]);
    expect(out.entry).toBe('pricing-card.html');
    expect(out.files[0]!.content).toMatch(/^<!-- A pricing plan card with a call to action -->\n<style>\n {2}:root \{/);
  });

  it('parses with parse5 without errors, and its stylesheet with postcss', () => {
    for (const [name, spec] of ALL_SPECS) {
      const errors: ParserError[] = [];
      const html = htmlOf(spec);
      parseFragment(html, { onParseError: (e) => errors.push(e) });
      expect(errors.map((e) => e.code), name).toEqual([]);
      const css = /<style>\n([\s\S]*)\n<\/style>/.exec(html)?.[1] ?? '';
      expect(() => postcss.parse(css), name).not.toThrow();
    }
  });

  it('renders the initial state: prop defaults, initial state, the first branch, expanded lists', () => {
    const card = htmlOf(pricingCard);
    expect(card).toContain('<article class="pricing-card__card" aria-label="Pro">');
    expect(card).toContain('<p class="pricing-card__price">$19 / month</p>');
    expect(card).toContain('    <li class="pricing-card__feature">Unlimited components</li>\n    <li class="pricing-card__feature">Every framework</li>');
    expect(card).toContain('<button class="pricing-card__cta" type="button" aria-pressed="false">Choose plan</button>');
    expect(htmlOf(disclosure)).not.toContain('Hidden content');
    expect(htmlOf(disclosure)).toContain('aria-expanded="false" aria-controls="disclosure-panel"');
    expect(textContent(htmlOf(statusBadge)).trim()).toBe('Info (2)Dismiss');
    expect(htmlOf(statusBadge)).toContain('aria-disabled="false"');
    expect(htmlOf(signupForm)).toContain('<button class="signup-form__submit" type="submit" disabled>Subscribe</button>');
    expect(htmlOf(linkList)).toContain('<a class="link-list__link" href="https://example.com/blog" aria-current="page">Blog</a><small class="link-list__count">12</small>');
  });

  it('is static markup: no script, no inline handlers, no inline styles', () => {
    for (const [name, spec] of ALL_SPECS) {
      const elements = elementsOf(htmlOf(spec));
      expect(elements.filter((e) => e.tag === 'script'), name).toEqual([]);
      expect(elements.flatMap((e) => e.attrs).filter((a) => /^on|^style$/.test(a)), name).toEqual([]);
    }
  });

  it('writes void elements the HTML way and keeps one child per line only where whitespace cannot render', () => {
    const form = htmlOf(signupForm);
    expect(form).toContain('    value=""\n  >\n');
    expect(form).toContain('<label class="signup-form__consent"><input class="signup-form__agree" type="checkbox"> I agree to receive emails</label>');
  });
});

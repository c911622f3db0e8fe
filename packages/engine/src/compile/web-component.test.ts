import { transform } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { compile } from './compile.js';
import { typeCheck } from './testing/real-compilers.js';
import { ALL_SPECS, awkwardNames } from './testing/specs.js';
import { testTokens } from './testing/tokens.js';

const tokens = testTokens();
const outputs = ALL_SPECS.map(([name, spec]) => ({ name, out: compile(spec, tokens, 'web-component') }));
const sourceOf = (name: string) => outputs.find((o) => o.name === name)!.out.files[0]!.content;

describe('web-component', () => {
  it('defines a custom element with a shadow root, observed attributes and a guarded define', () => {
    const source = sourceOf('pricing-card');
    expect(source).toContain('export class PricingCard extends HTMLElement {');
    expect(source).toContain("static readonly observedAttributes = ['title', 'price', 'highlighted'];");
    expect(source).toContain("readonly #shadow = this.attachShadow({ mode: 'open' });");
    expect(source).toContain("if (!customElements.get('pricing-card')) customElements.define('pricing-card', PricingCard);");
    expect(source).toContain("this.dispatchEvent(new CustomEvent('choose', { bubbles: true, composed: true }));");
    expect(source).toContain("'aria-pressed': String(this.#selected)");
    expect(source).toContain('onclick: () => this.#handleCtaClick()');
    expect(source).toContain('this.#shadow.adoptedStyleSheets = styleSheet();');
    expect(source).toMatch(/const styles = `:host \{\n {2}display: contents;\n {2}--color-primary: #0b6477;/);
    expect(source).not.toMatch(/innerHTML|insertAdjacentHTML|outerHTML/);
  });

  it('reads typed props from attributes, with defaults', () => {
    const badge = sourceOf('status-badge');
    expect(badge).toContain("get #variant(): 'info' | 'success' | 'error' {");
    expect(badge).toContain("return value === 'info' || value === 'success' || value === 'error' ? value : 'info';");
    expect(badge).toContain('get #count(): number {');
    expect(badge).toContain("const value = this.getAttribute('compact');\n    return value === null ? false : value !== 'false';");
    expect(sourceOf('signup-form')).toContain("this.dispatchEvent(new CustomEvent('subscribe', { detail: this.#email, bubbles: true, composed: true }));");
  });

  it('names one-word components with a hyphen, as custom elements require', () => {
    const source = compile(awkwardNames, tokens, 'web-component').files[0]!.content;
    expect(source).toContain("customElements.define('ui-button', Button)");
  });

  it('compiles with esbuild (loader ts)', async () => {
    for (const { name, out } of outputs) {
      const result = await transform(out.files[0]!.content, { loader: 'ts', format: 'esm', target: 'es2022' });
      expect(result.warnings, name).toEqual([]);
    }
  });

  it('type-checks against lib.dom with no unused code', () => {
    const files = Object.fromEntries(outputs.map(({ name, out }) => [`${name}/${out.files[0]!.path}`, out.files[0]!.content]));
    expect(typeCheck(files)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  angularNeedsLiteral, angularText, docText, htmlAttr, htmlText, inertString, isPlainJsxAttr, isPlainJsxText, jsString, jsxText,
  svelteAttr, svelteText, templateLiteralBody, vueText,
} from './escape.js';
import { NameRegistry, camelCase, elementTagName, kebabCase, pascalCase } from './names.js';

/** Evaluates a JavaScript string literal the way a JS engine reads it. */
const evalString = (literal: string): string => new Function(`return ${literal};`)() as string;

describe('escaping', () => {
  it('escapes HTML text and attributes', () => {
    expect(htmlText('a < b & c > d "q"')).toBe('a &lt; b &amp; c &gt; d "q"');
    expect(htmlAttr('" onclick="x" & <b>')).toBe('&quot; onclick=&quot;x&quot; &amp; &lt;b&gt;');
  });

  it('makes template delimiters inert in Vue, Svelte and JSX text', () => {
    expect(vueText('{{ x }}')).toBe('&#123;&#123; x &#125;&#125;');
    expect(svelteText('{x} <b>')).toBe('&#123;x&#125; &lt;b&gt;');
    expect(svelteAttr('{x}"')).toBe('&#123;x&#125;&quot;');
    expect(jsxText('{x} <b> & </b>')).toBe('&#123;x&#125; &lt;b&gt; &amp; &lt;/b&gt;');
    expect(isPlainJsxText('line\nbreak')).toBe(false);
    expect(isPlainJsxAttr('plain text')).toBe(true);
    expect(isPlainJsxAttr('say "hi"')).toBe(false);
  });

  it('writes Angular text with braces as a string interpolation, and escapes @ otherwise', () => {
    expect(angularNeedsLiteral('{{x}}')).toBe(true);
    expect(angularText('a@b <c>')).toBe('a&#64;b &lt;c&gt;');
    expect(inertString("{{constructor}}'\"@&<>`$")).toBe(
      "'\\u007b\\u007bconstructor\\u007d\\u007d\\u0027\\u0022\\u0040\\u0026\\u003c\\u003e\\u0060\\u0024'",
    );
    expect(evalString(inertString("{{constructor}}'\"@&<>`$\\"))).toBe("{{constructor}}'\"@&<>`$\\");
  });

  it('writes JS string literals that read back exactly and contain no "<"', () => {
    for (const s of ["it's", 'back\\slash', 'line\nbreak\ttab\r', '</script><!--', '\u2028\u2029', '\u0000\u001f', '${x}`']) {
      const literal = jsString(s);
      expect(evalString(literal)).toBe(s);
      expect(literal).not.toContain('<');
    }
  });

  it('escapes template-literal bodies and doc comments', () => {
    const body = 'a`b${c}\\d';
    expect(evalString(`\`${templateLiteralBody(body)}\``)).toBe(body);
    expect(docText('ends */ here </script>\nnext')).toBe('ends *\\/ here &lt;/script> next');
  });
});

describe('names', () => {
  it('converts between cases', () => {
    expect(kebabCase('PricingCard')).toBe('pricing-card');
    expect(kebabCase('HTMLButton')).toBe('html-button');
    expect(kebabCase('maxItems2')).toBe('max-items2');
    expect(pascalCase('link-item')).toBe('LinkItem');
    expect(camelCase('p-1')).toBe('p1');
    expect(elementTagName('pricing-card')).toBe('pricing-card');
    expect(elementTagName('button')).toBe('ui-button');
    expect(elementTagName('font-face')).toBe('ui-font-face');
  });

  it('hands out unique names, never a keyword, suffixing in a fixed order', () => {
    const names = new NameRegistry();
    names.reserve('Card');
    expect(names.claim('title')).toBe('title');
    expect(names.claim('title')).toBe('title2');
    expect(names.claim('class', 'Value')).toBe('classValue');
    expect(names.claim('props', 'Value')).toBe('propsValue');
    expect(names.claim('item', '', { helper: true })).toBe('item');
    expect(names.claim('Card')).toBe('Card2');
  });
});

import { parseFragment } from 'parse5';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { availableTargets, compile, compileAll } from './compile.js';
import { elementsOf, textContent } from './testing/dom.js';
import { ALL_SPECS, HOSTILE_TEXTS, hostileSpec } from './testing/specs.js';
import { testTokens } from './testing/tokens.js';

const tokens = testTokens();
const hostile = HOSTILE_TEXTS.join(' | ');

/** `<script` blocks a target writes itself: Vue's and Svelte's component script. */
const OWN_SCRIPT_BLOCKS: Record<string, number> = { 'vue-css': 1, 'vue-tailwind': 1, 'svelte-css': 1 };

/** Every string value in TS/TSX source as the language reads it: string literals, template text, JSX text and attributes. */
function stringValues(source: string, tsx: boolean): string[] {
  const file = ts.createSourceFile(tsx ? 'x.tsx' : 'x.ts', source, ts.ScriptTarget.ES2022, true, tsx ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const values: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) values.push(node.text);
    if (ts.isJsxText(node)) values.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return values;
}

describe('security: spec text stays text in every target', () => {
  it('never emits <script from spec text, in any file of any target', () => {
    for (const [name, spec] of ALL_SPECS) {
      for (const out of compileAll(spec, tokens)) {
        for (const file of out.files) {
          const scripts = file.content.match(/<script/gi)?.length ?? 0;
          expect(scripts, `${name} ${out.target} ${file.path}`).toBe(file.language === 'css' ? 0 : (OWN_SCRIPT_BLOCKS[out.target] ?? 0));
        }
      }
    }
  });

  it('html-css: hostile text is the text content and attribute values, and adds no element or attribute', () => {
    const html = compile(hostileSpec, tokens, 'html-css').files[0]!.content;
    for (const text of HOSTILE_TEXTS) expect(textContent(html)).toContain(text);
    const section = parseFragment(html).childNodes.find((n) => n.nodeName === 'section') as unknown as { attrs: Array<{ name: string; value: string }> };
    expect(section.attrs).toEqual([
      { name: 'class', value: 'hostile-text__box' },
      { name: 'title', value: hostile },
      { name: 'aria-label', value: hostile },
    ]);
    const tags = elementsOf(html).map((e) => e.tag);
    expect(tags.filter((t) => !['style', 'section', 'p', 'input', 'ul', 'li', 'button'].includes(t))).toEqual([]);
  });

  it('react-css, angular-css, web-component: hostile text is string data the language reads back exactly', () => {
    for (const target of ['react-css', 'angular-css', 'web-component'] as const) {
      const file = compile(hostileSpec, tokens, target).files[0]!;
      const values = stringValues(file.content, file.language === 'tsx');
      // The prop default, the state initial value, the list item, the set literal: whole, as one string.
      expect(values.filter((v) => v === hostile).length, target).toBeGreaterThanOrEqual(4);
      if (target === 'react-css') for (const text of HOSTILE_TEXTS) expect(values.join('\n'), text).toContain(text);
    }
  });

  it('a doc comment cannot be closed by a description, nor a <script> block by a comment', () => {
    for (const target of availableTargets()) {
      for (const file of compile(hostileSpec, tokens, target).files) {
        if (file.language === 'html' || file.language === 'css') continue;
        const comments = [...file.content.matchAll(/\/\*\*[\s\S]*?\*\//g)].map((m) => m[0]);
        for (const comment of comments) {
          expect(comment, `${target} ${comment}`).not.toMatch(/\*\/[\s\S]+\*\//);
          if (OWN_SCRIPT_BLOCKS[target]) expect(comment, `${target} ${comment}`).not.toContain('</');
        }
      }
    }
  });

  it('refuses a spec whose own data would put a script URL into a bound href', () => {
    const spec = {
      ...hostileSpec,
      props: [{ name: 'url', type: 'string' as const, default: 'javascript:alert(1)' }],
      state: [],
      root: { kind: 'element' as const, tag: 'a' as const, attrs: { href: { bind: { source: 'prop' as const, name: 'url' } } }, children: [{ kind: 'text' as const, value: 'x' }] },
    };
    expect(() => compile(spec, tokens, 'html-css')).toThrow(expect.objectContaining({ code: 'UNSAFE_URL', issues: [expect.objectContaining({ path: 'root.attrs.href' })] }));
  });
});

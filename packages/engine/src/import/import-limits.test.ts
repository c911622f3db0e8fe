import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeSpec } from '../quality/analyze-spec.js';
import { QualityReportSchema } from '../quality/quality-report.js';
import { testTokens } from '../quality/testing/test-tokens.js';
import { SPEC_LIMITS, validateSpec } from '../spec/validate-spec.js';
import { IMPORT_LIMITS, importHtml } from './import-html.js';

const tokens = testTokens();

/** Depth of the deepest element, iteratively. */
function depthOf(root: { children?: unknown[] }): number {
  let max = 0;
  const stack: Array<{ node: { children?: unknown[] }; depth: number }> = [{ node: root, depth: 1 }];
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    max = Math.max(max, depth);
    for (const c of node.children ?? []) stack.push({ node: c as { children?: unknown[] }, depth: depth + 1 });
  }
  return max;
}

describe('importHtml on hostile input', () => {
  it('cuts HTML nested 10,000 levels deep at the spec depth and says so', () => {
    const result = importHtml(`${'<div>'.repeat(10_000)}deep${'</div>'.repeat(10_000)}`, tokens);
    expect(validateSpec(result.spec).ok).toBe(true);
    expect(depthOf(result.spec.root)).toBe(SPEC_LIMITS.maxDepth);
    expect(result.unsupported).toContainEqual({ construct: 'document', reason: `nested deeper than the spec's ${SPEC_LIMITS.maxDepth} levels; deeper content was cut` });
  });

  it('bounds nesting through unknown elements that are unwrapped', () => {
    const result = importHtml(`${'<x-wrap>'.repeat(10_000)}deep`, tokens);
    expect(validateSpec(result.spec).ok).toBe(true);
    expect(result.unsupported.map((u) => u.reason)).toContain('the HTML is nested more than 256 levels deep; deeper content was cut');
  });

  it('cuts 100,000 siblings to the schema and node limits', () => {
    const result = importHtml('<li>item</li>'.repeat(100_000), tokens);
    expect(validateSpec(result.spec).ok).toBe(true);
    expect(result.spec.root.children).toHaveLength(500);
    expect(result.unsupported).toContainEqual({ construct: 'document', reason: 'an element has more than 500 children; the rest were cut' });
  });

  it('stops at the node limit across nested lists', () => {
    const result = importHtml(`<div>${`<ul>${'<li>x</li>'.repeat(400)}</ul>`.repeat(20)}</div>`, tokens);
    expect(validateSpec(result.spec).ok).toBe(true);
    expect(result.unsupported).toContainEqual({ construct: 'document', reason: `more than ${SPEC_LIMITS.maxNodes} nodes; the rest of the document was cut` });
  });

  it('reads at most IMPORT_LIMITS.maxSourceChars of a huge paste', () => {
    const result = importHtml(`<p>${'a'.repeat(IMPORT_LIMITS.maxSourceChars + 10)}</p>`, tokens);
    expect(validateSpec(result.spec).ok).toBe(true);
    expect(result.unsupported[0]).toEqual({ construct: 'document', reason: `longer than ${IMPORT_LIMITS.maxSourceChars} characters; the rest was not read` });
  });

  it('reports unparsable CSS and style attributes that try to break out', () => {
    const result = importHtml(
      '<p class="a" style="color: red} body{background:url(javascript:alert(1))">x</p><p style="color: expression(alert(1))">y</p><style>.a { color: red; </style>',
      tokens,
    );
    expect(JSON.stringify(result.spec)).not.toMatch(/javascript|expression|url\(/);
    expect(result.unsupported.map((u) => u.reason)).toEqual(expect.arrayContaining([
      'the style attribute could not be parsed',
      'the value is too long or uses characters or functions a spec cannot hold (quotes, url(), …)',
      expect.stringMatching(/^the CSS could not be parsed/),
    ]));
  });

  it('stays linear on inputs built to make regular expressions or var() expansion explode', () => {
    const vars = Array.from({ length: 40 }, (_, i) => `--v${i}: var(--v${i + 1}) var(--v${i + 1});`).join(' ');
    const result = importHtml(
      `${'<!-- -->'.repeat(50_000)}<p class="a" style="padding: ${'1'.repeat(100_000)}x">x</p>` +
        `<style>:root { ${vars} --v40: 1px; } .a { margin: var(--v0); } ${'.a '.repeat(50_000)}{ color: red }</style>`,
      tokens,
    );
    expect(validateSpec(result.spec).ok).toBe(true);
    expect(result.unsupported.map((u) => u.reason)).toEqual(expect.arrayContaining([
      '50000 HTML comment(s) are not kept in a spec',
      'selectors longer than 300 characters are not resolved',
      expect.stringMatching(/nested too deeply/),
      expect.stringMatching(/too long/),
    ]));
  });

  it('caps the unsupported list and says how many were left out', () => {
    const result = importHtml(Array.from({ length: 400 }, (_, i) => `<span data-i="${i}">x</span>`).join(''), tokens);
    expect(result.unsupported).toHaveLength(201);
    expect(result.unsupported.at(-1)).toEqual({ construct: 'report', reason: '200 more unsupported constructs were not listed.' });
  });
});

const TAGS = ['div', 'p', 'a', 'button', 'span', 'ul', 'li', 'img', 'input', 'label', 'h2', 'svg', 'path', 'script', 'iframe', 'x-card', 'b', 'table', 'td', 'select', 'option', 'style', 'template'];
const ATTRS = fc.oneof(
  fc.constantFrom('class="p-4 bg-primary hover:bg-red-500 md:flex rounded-[7px] text-[#abc]"', 'class="card card-title"', 'onclick="alert(1)"', 'href="javascript:alert(1)"', 'href="/ok"', 'aria-expanded="true"', 'role="dialog"', 'role="bogus"', 'tabindex="2"', 'id="x"', 'for="x"', 'style="color:#0B6477;padding:8px;animation:spin 1s"', 'src="data:text/html,<script>alert(1)</script>"', 'disabled'),
  fc.string({ maxLength: 20 }).map((v) => `title="${v.replace(/"/g, '')}"`),
);
const html: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.string({ maxLength: 30 }),
    fc.tuple(fc.constantFrom(...TAGS), fc.array(ATTRS, { maxLength: 3 }), fc.array(tie('node'), { maxLength: 4 })).map(
      ([tag, attrs, children]) => `<${tag} ${attrs.join(' ')}>${children.join('')}</${tag}>`,
    ),
  ),
})).node;

describe('importHtml on generated input', () => {
  it('always returns a valid, analysable spec that carries no script, handler or javascript: URL', () => {
    fc.assert(
      fc.property(html, fc.constantFrom('', '<style>.card{padding:16px;color:var(--x)} .card:hover{color:red} a::after{content:"x"}</style>'), (body, css) => {
        const result = importHtml(body + css, tokens);
        expect(validateSpec(result.spec).ok).toBe(true);
        const json = JSON.stringify(result.spec);
        expect(json).not.toMatch(/"tag":"(script|iframe|style|template)"|onclick|javascript:|data:text/);
        // What the API does next: the imported spec gets a quality report of the shared shape.
        expect(() => QualityReportSchema.parse(analyzeSpec(result.spec, tokens))).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (text) => validateSpec(importHtml(text, tokens).spec).ok), { numRuns: 300 });
  });
});

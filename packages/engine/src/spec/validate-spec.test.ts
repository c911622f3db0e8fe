import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import fixture from './fixtures/pricing-card.json';
import { parseSpec, specJsonSchema, validateSpec } from './validate-spec.js';

const base = fixture as unknown as Record<string, unknown>;
const issuesOf = (input: unknown) => {
  const result = validateSpec(input);
  return result.ok ? [] : result.issues;
};

describe('validateSpec', () => {
  it('accepts the pricing-card fixture', () => {
    expect(validateSpec(fixture).ok).toBe(true);
  });

  it('rejects a spec nested 10,000 levels deep quickly, without recursion', () => {
    let node: Record<string, unknown> = { kind: 'text', value: 'deep' };
    for (let i = 0; i < 10_000; i++) node = { kind: 'element', tag: 'div', children: [node] };
    const started = performance.now();
    expect(issuesOf({ ...base, root: node })[0]?.code).toBe('SPEC_TOO_DEEP');
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('rejects a spec 100,000 nodes wide quickly', () => {
    const children = Array.from({ length: 100_000 }, (_, i) => ({ kind: 'text', value: `n${i}` }));
    const started = performance.now();
    expect(issuesOf({ ...base, root: { kind: 'element', tag: 'div', children } })[0]?.code).toBe('SPEC_TOO_LARGE');
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('names the path of every semantic problem', () => {
    const spec = structuredClone(base) as { props: Array<Record<string, unknown>>; root: Record<string, unknown> };
    spec.props.push({ name: 'size', type: 'enum', options: ['sm', 'lg'], default: 'xl' });
    spec.root.children = [
      { kind: 'bind', source: 'prop', name: 'missing' },
      { kind: 'element', tag: 'img', attrs: { alt: 'x', src: '/a.png' }, children: [{ kind: 'text', value: 'no' }] },
      { kind: 'element', tag: 'button', name: 'twice', events: [{ on: 'click', action: { type: 'toggle', state: 'nope' } }] },
      { kind: 'element', tag: 'span', name: 'twice' },
      { kind: 'bind', source: 'item', name: 'label' },
    ];
    const issues = issuesOf(spec).map((i) => `${i.code} ${i.path}`);
    expect(issues).toEqual(
      expect.arrayContaining([
        'INVALID_DEFAULT props[3].default',
        'UNKNOWN_BINDING root.children[0]',
        'VOID_ELEMENT_CHILDREN root.children[1].children',
        'UNKNOWN_STATE root.children[2].events[0].action',
        'DUPLICATE_NAME root.children[3].name',
        'UNKNOWN_BINDING root.children[4]',
      ]),
    );
  });

  it('refuses script-capable URLs and CSS that could escape its declaration', () => {
    const withHref = { ...base, root: { kind: 'element', tag: 'a', attrs: { href: 'javascript:alert(1)' }, children: [{ kind: 'text', value: 'x' }] } };
    expect(issuesOf(withHref).map((i) => i.path)).toContain('root.attrs.href');
    for (const value of ['red;background:url(x)', '}body{display:none', 'url(https://evil.example/x.png)', 'expression(alert(1))', '"quoted"']) {
      const spec = { ...base, root: { kind: 'element', tag: 'div', style: { base: { color: value } } } };
      expect(issuesOf(spec).map((i) => i.path), value).toContain('root.style.base.color');
    }
  });

  it('parseSpec throws an INVALID_SPEC EngineError carrying every issue', () => {
    expect(() => parseSpec({ specVersion: 2 })).toThrow(expect.objectContaining({ name: 'EngineError', code: 'INVALID_SPEC' }));
  });

  it('exports a JSON Schema that a standard validator applies with the same verdicts', () => {
    const schema = specJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate(fixture), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...base, root: { kind: 'element', tag: 'script' } })).toBe(false);
    expect(validate({ ...base, name: 'not pascal' })).toBe(false);
  });
});

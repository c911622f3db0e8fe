import { transform } from 'esbuild';
import { createElement, type ComponentType } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, describe, expect, it } from 'vitest';
import { compile } from './compile.js';
import { canonicalHtml } from './testing/dom.js';
import { scratchDir, typeCheck } from './testing/real-compilers.js';
import { ALL_SPECS, linkList, pricingCard, signupForm } from './testing/specs.js';
import { testTokens } from './testing/tokens.js';

const tokens = testTokens();
const outputs = ALL_SPECS.map(([name, spec]) => ({ name, spec, out: compile(spec, tokens, 'react-css') }));
const tsxOf = (name: string) => outputs.find((o) => o.name === name)!.out.files[0]!.content;

describe('react-css', () => {
  it('returns the component and its stylesheet, the component first', () => {
    const out = compile(pricingCard, tokens, 'react-css');
    expect(out.files.map((f) => [f.path, f.language])).toEqual([
      ['PricingCard.tsx', 'tsx'],
      ['PricingCard.css', 'css'],
    ]);
    expect(out.entry).toBe('PricingCard.tsx');
    expect(out.files[0]!.content).toContain("import './PricingCard.css';");
  });

  it('writes a typed, named component with defaults, state and handlers', () => {
    const tsx = tsxOf('pricing-card');
    expect(tsx).toContain('export interface PricingCardProps {');
    expect(tsx).toContain('  onChoose?: () => void;');
    expect(tsx).toContain("export function PricingCard({ title = 'Pro', price = '$19', onChoose }: PricingCardProps) {");
    expect(tsx).toContain('const [selected, setSelected] = useState(false);');
    expect(tsx).toContain('setSelected((current) => !current);');
    expect(tsx).toContain('aria-pressed={selected}');
    expect(tsx).toContain('{featureItems.map((item) => (');
    expect(tsx).toContain('<li key={item.id} className="pricing-card__feature">{item.label}</li>');
    expect(tsx).not.toMatch(/style=/);
  });

  it('wires form fields as controlled inputs and prevents the submit navigation', () => {
    const tsx = tsxOf('signup-form');
    expect(tsx).toContain('htmlFor="signup-email"');
    expect(tsx).toContain('value={email}');
    expect(tsx).toContain('onChange={handleEmailInput}');
    expect(tsx).toContain('setEmail(event.currentTarget.value);');
    expect(tsx).toContain('event.preventDefault();');
    expect(tsx).toContain('onSubscribe?.(email);');
    expect(tsx).toContain('disabled={!agreed}');
  });

  it('passes items to handlers inside lists and uses a keyed Fragment for several nodes per item', () => {
    expect(tsxOf('link-list')).toContain('onClick={() => handleLinkClick(item)}');
    expect(tsxOf('link-list')).toContain('function handleLinkClick(item: LinkItem) {');
    expect(tsxOf('link-list')).toContain('const [, setActive] = useState(');
    expect(tsxOf('glossary')).toContain('{items.map((item) => (');
    expect(tsxOf('glossary')).toContain('<Fragment key={item.term}>');
    expect(tsxOf('glossary')).toContain('{items2.map((item2) => (');
    expect(tsxOf('glossary')).toContain('{item.term}: {item2.tag}');
  });

  it('lets later actions see earlier state writes, as the other targets do', () => {
    expect(tsxOf('disclosure')).toContain('const nextOpen = !open;\n    setOpen(nextOpen);\n    onToggled?.(nextOpen);');
  });

  it('aliases props that are keywords instead of breaking the code', () => {
    const tsx = tsxOf('awkward-names');
    expect(tsx).toContain("class: classValue = 'primary'");
    expect(tsx).toContain('default: defaultValue = 1');
  });

  it('compiles with esbuild (loader tsx)', async () => {
    for (const { name, out } of outputs) {
      const result = await transform(out.files[0]!.content, { loader: 'tsx', jsx: 'automatic', format: 'esm' });
      expect(result.warnings, name).toEqual([]);
    }
  });

  it('type-checks against @types/react with no unused code', () => {
    const files = Object.fromEntries(outputs.map(({ name, out }) => [`${name}/${out.files[0]!.path}`, out.files[0]!.content]));
    expect(typeCheck(files, { jsx: 1 /* preserve */ })).toEqual([]);
  });

  describe('server rendering', () => {
    const scratch = scratchDir('react');
    afterAll(() => scratch.remove());

    async function load(name: string): Promise<ComponentType> {
      const out = outputs.find((o) => o.name === name)!.out;
      const { code } = await transform(out.files[0]!.content.replace(/^import '.*\.css';\n/m, ''), { loader: 'tsx', jsx: 'automatic', format: 'esm' });
      const path = scratch.write(`${name}.mjs`, code);
      const mod = (await import(/* @vite-ignore */ path)) as Record<string, ComponentType>;
      return mod[out.files[0]!.path.replace('.tsx', '')]!;
    }

    it('renders the same DOM as the HTML reference in the initial state', async () => {
      for (const [name, spec] of ALL_SPECS) {
        const html = compile(spec, tokens, 'html-css').files[0]!.content;
        const rendered = renderToStaticMarkup(createElement(await load(name)));
        expect(canonicalHtml(rendered), name).toBe(canonicalHtml(html));
      }
    });

    it('renders props passed by a parent', async () => {
      const Card = await load('pricing-card');
      const html = renderToStaticMarkup(createElement(Card as ComponentType<{ title: string }>, { title: 'Team' }));
      expect(html).toContain('<h3 class="pricing-card__title">Team</h3>');
      expect(compile(linkList, tokens, 'react-css').files[0]!.content).toContain('href={item.url}');
      expect(compile(signupForm, tokens, 'react-css').files).toHaveLength(2);
    });
  });
});

import { existsSync } from 'node:fs';
import { analyzeSpec, compile, parseSpec, presets, type ComponentSpec, type ElementNode, type SpecNode, type TokenSet } from '@anclora/engine';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlDocument, startStaticSite, type StaticSite } from '../testing/static-site.js';
import { createBrowserPool, defaultChromiumPath, type BrowserPool } from './browser-pool.js';
import { renderPage } from './render-page.js';

/**
 * The engine's static accessibility checks and axe in a real browser must
 * agree: each deliberately broken spec is flagged by both, with the rule
 * pairs below. "contrast" stands for a failing pair in the engine's
 * contrast report (it is not an a11y-lint rule id).
 */
const ENGINE_TO_AXE = {
  'form-label': ['label', 'select-name'],
  contrast: ['color-contrast'],
  'interactive-name': ['button-name', 'link-name'],
  'img-alt': ['image-alt'],
} as const;

const chromiumPath = defaultChromiumPath();
const ocean = presets['anclora-ocean'];

// The preset with muted text lightened to #B8C0CC: 1.9:1 on the white surface.
const faded: TokenSet = {
  name: 'Anclora Ocean (faded text)',
  tokens: { ...ocean.tokens, 'color.text-muted': { ...ocean.tokens['color.text-muted']!, css: '#b8c0cc', value: '#b8c0cc' } },
};

const el = (tag: ElementNode['tag'], rest: Omit<ElementNode, 'kind' | 'tag'> = {}): ElementNode => ({ kind: 'element', tag, ...rest });
const text = (value: string): SpecNode => ({ kind: 'text', value });
const icon = el('svg', { attrs: { viewBox: '0 0 24 24', width: 18, height: 18, fill: 'none', stroke: 'currentColor' }, a11y: { hidden: true }, children: [el('path', { attrs: { d: 'M4 12h16' } })] });

function spec(name: string, children: SpecNode[]): ComponentSpec {
  return parseSpec({
    specVersion: 1,
    name,
    root: el('main', { name: 'root', style: { base: { padding: '{space.md}', backgroundColor: '{color.surface}', color: '{color.text}' } }, children: [el('h1', { children: [text(name)] }), ...children] }),
  });
}

interface Fixture {
  id: string;
  spec: ComponentSpec;
  tokens: TokenSet;
  engine: keyof typeof ENGINE_TO_AXE;
  axe: (typeof ENGINE_TO_AXE)[keyof typeof ENGINE_TO_AXE][number];
}

const FIXTURES: Fixture[] = [
  { id: 'input-without-label', engine: 'form-label', axe: 'label', tokens: ocean, spec: spec('InputWithoutLabel', [el('input', { attrs: { type: 'text', name: 'q' } })]) },
  {
    id: 'select-without-label',
    engine: 'form-label',
    axe: 'select-name',
    tokens: ocean,
    spec: spec('SelectWithoutLabel', [el('select', { attrs: { name: 'size' }, children: [el('option', { attrs: { value: 's' }, children: [text('Small')] })] })]),
  },
  {
    id: 'low-contrast-text',
    engine: 'contrast',
    axe: 'color-contrast',
    tokens: faded,
    spec: spec('LowContrastText', [el('p', { style: { base: { color: '{color.text-muted}', fontSize: '{font.size.md}' } }, children: [text('Barely readable text')] })]),
  },
  { id: 'icon-button-without-name', engine: 'interactive-name', axe: 'button-name', tokens: ocean, spec: spec('IconButtonWithoutName', [el('button', { attrs: { type: 'button' }, children: [icon] })]) },
  { id: 'image-without-alt', engine: 'img-alt', axe: 'image-alt', tokens: ocean, spec: spec('ImageWithoutAlt', [el('img', { attrs: { src: '/pixel.png', width: 40, height: 40 } })]) },
  { id: 'link-without-text', engine: 'interactive-name', axe: 'link-name', tokens: ocean, spec: spec('LinkWithoutText', [el('a', { attrs: { href: '#next' }, children: [icon] })]) },
];

// The same elements, correctly done: neither side may complain.
const CONTROL = spec('AccessibleControls', [
  el('label', { attrs: { for: 'q' }, children: [text('Query')] }),
  el('input', { attrs: { id: 'q', type: 'text', name: 'q' } }),
  el('p', { style: { base: { color: '{color.text-muted}' } }, children: [text('Readable text')] }),
  el('button', { attrs: { type: 'button' }, a11y: { label: 'Close' }, children: [icon] }),
  el('img', { attrs: { src: '/pixel.png', alt: 'A dot', width: 40, height: 40 } }),
  el('a', { attrs: { href: '#next' }, a11y: { label: 'Next page' }, children: [icon] }),
]);

function engineFindings(subject: ComponentSpec, tokens: TokenSet): string[] {
  const report = analyzeSpec(subject, tokens);
  const rules = report.accessibility.issues.filter((i) => i.severity === 'error').map((i) => i.rule);
  if (report.contrast.pairs.some((p) => !p.passes)) rules.push('contrast');
  return rules;
}

describe.skipIf(!existsSync(chromiumPath))('engine static checks agree with axe [chromium]', () => {
  let site: StaticSite;
  let pool: BrowserPool;

  beforeAll(async () => {
    const dot = new PNG({ width: 1, height: 1 });
    dot.data.set([11, 100, 119, 255]);
    site = await startStaticSite({ '/pixel.png': { contentType: 'image/png', body: PNG.sync.write(dot) } });
    for (const { id, spec: subject, tokens } of [...FIXTURES, { id: 'control', spec: CONTROL, tokens: ocean }]) {
      const html = compile(subject, tokens, 'html-css').files.find((f) => f.language === 'html')!;
      site.set(`/${id}`, htmlDocument(html.content, id));
    }
    pool = createBrowserPool({ executablePath: chromiumPath, size: 2 });
  });
  afterAll(async () => {
    await pool.close();
    await site.close();
  });

  it.each(FIXTURES)('$id: the engine reports $engine and axe reports $axe', async ({ id, spec: subject, tokens, engine, axe }) => {
    expect(engineFindings(subject, tokens)).toEqual([engine]);
    const [result] = await renderPage(pool, { url: site.url(`/${id}`), viewports: [768] });
    expect(result!.axe.violations.map((v) => v.id)).toEqual([axe]);
    expect((ENGINE_TO_AXE[engine] as readonly string[]).includes(axe)).toBe(true);
  });

  // A known, deliberate difference: axe accepts a placeholder as the accessible
  // name of last resort (accname), the engine does not (a placeholder vanishes
  // on input, WCAG 3.3.2), so the engine is the stricter of the two here.
  it('placeholder-only input: the engine reports form-label, axe accepts the placeholder', async () => {
    const subject = spec('PlaceholderOnly', [el('input', { attrs: { type: 'text', name: 'q', placeholder: 'Search' } })]);
    expect(engineFindings(subject, ocean)).toEqual(['form-label']);
    site.set('/placeholder-only', htmlDocument(compile(subject, ocean, 'html-css').files.find((f) => f.language === 'html')!.content, 'placeholder'));
    const [result] = await renderPage(pool, { url: site.url('/placeholder-only'), viewports: [768] });
    expect(result!.axe.violations).toEqual([]);
  });

  it('the accessible control fixture passes both', async () => {
    expect(engineFindings(CONTROL, ocean)).toEqual([]);
    const [result] = await renderPage(pool, { url: site.url('/control'), viewports: [768] });
    expect(result!.axe.violations).toEqual([]);
    expect(result!.consoleErrors).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { DESIGN_PROPERTIES, isTokenRef, splitValue, tokenPathOf, TOKEN_REF } from '../../spec/style.js';
import { validateSpec } from '../../spec/validate-spec.js';
import { ROLE_TOKENS } from '../../tokens/model.js';
import { NEUTRAL_DESIGN_VALUES } from '../styles.js';
import { elementsOf, styleValues, textsOf } from '../testing/spec-nodes.js';
import { defaultSlots, type Slots } from '../types.js';
import { ARCHETYPES, ARCHETYPE_IDS } from './index.js';

/** The slot combinations every archetype is built with. */
const COMBOS: Array<[string, Slots]> = [
  ['defaults (en)', defaultSlots('en')],
  ['defaults (es)', defaultSlots('es')],
  ['dark', defaultSlots('en', { dark: true })],
  ['dark es, large, pill', defaultSlots('es', { dark: true, size: 'lg', shape: 'pill' })],
  ['small, sharp, minimal', defaultSlots('en', { size: 'sm', shape: 'sharp', mood: 'minimal' })],
  ['one item', defaultSlots('en', { count: 1, highlight: 'first' })],
  ['many items, last highlighted', defaultSlots('en', { count: 12, highlight: 'last' })],
  ['middle of 3, quoted texts', defaultSlots('en', { count: 3, highlight: 'middle', texts: ['Alpha title', 'Beta text', 'Gamma label', 'Delta label'] })],
  ['danger, loading', defaultSlots('en', { tone: 'danger', status: 'danger', state: 'loading' })],
  ['accent, playful, disabled, outline', defaultSlots('es', { tone: 'accent', mood: 'playful', state: 'disabled', variant: 'outline' })],
  ['success, elegant, ghost', defaultSlots('en', { tone: 'success', status: 'success', mood: 'elegant', variant: 'ghost' })],
  ['warning, bold, icon', defaultSlots('en', { tone: 'warning', status: 'warning', mood: 'bold', variant: 'icon', percent: 30 })],
];

const REQUIRED = [
  'button', 'badge', 'alert', 'toast', 'card', 'product-card', 'profile-card', 'stats-widget', 'pricing-table', 'hero',
  'navbar', 'sidebar', 'breadcrumbs', 'tabs', 'accordion', 'modal', 'dropdown-menu', 'login-form', 'signup-form',
  'contact-form', 'multi-step-form', 'search-bar', 'data-table', 'pagination', 'avatar-group', 'timeline', 'testimonial',
  'footer', 'empty-state', 'file-upload', 'toggle-switch', 'progress', 'notification-list', 'cookie-banner', 'feature-grid',
];

const INTERACTIVE = new Set(['button', 'a', 'input', 'select', 'textarea', 'summary']);
const NEUTRAL = new Set<string>(NEUTRAL_DESIGN_VALUES);

describe('archetype catalogue', () => {
  it('has at least 35 archetypes with unique kebab-case ids, including every required one', () => {
    expect(ARCHETYPES.length).toBeGreaterThanOrEqual(35);
    expect(new Set(ARCHETYPE_IDS).size).toBe(ARCHETYPE_IDS.length);
    for (const id of ARCHETYPE_IDS) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    for (const id of REQUIRED) expect(ARCHETYPE_IDS).toContain(id);
  });

  it('gives every archetype titles, keywords and text slots in both languages', () => {
    for (const a of ARCHETYPES) {
      for (const lang of ['en', 'es'] as const) {
        expect(a.title[lang], `${a.id} ${lang}`).not.toBe('');
        expect(Object.keys(a.keywords[lang]).length, `${a.id} ${lang}`).toBeGreaterThan(2);
        for (const term of Object.keys(a.keywords[lang])) expect(term, `${a.id}: keywords are written normalised`).toMatch(/^[a-z0-9 ]+$/);
      }
    }
  });
});

describe.each(ARCHETYPES.map((a) => [a.id, a] as const))('%s', (_id, archetype) => {
  it.each(COMBOS)('builds a valid spec: %s', (_label, slots) => {
    const result = validateSpec(archetype.build(slots));
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('is deterministic: two builds are byte-identical', () => {
    for (const [, slots] of COMBOS) expect(JSON.stringify(archetype.build(slots))).toBe(JSON.stringify(archetype.build(slots)));
  });

  it('styles design properties only with role tokens or neutral keywords', () => {
    for (const [label, slots] of COMBOS) {
      for (const v of styleValues(archetype.build(slots))) {
        const refs = [...v.value.matchAll(TOKEN_REF)].map((m) => m[1]!);
        for (const ref of refs) expect(Object.keys(ROLE_TOKENS), `${label} ${v.path}.${v.state}.${v.property}`).toContain(ref);
        if (!Object.hasOwn(DESIGN_PROPERTIES, v.property)) continue;
        for (const part of splitValue(v.value)) {
          const ok = NEUTRAL.has(part) || (isTokenRef(part) && Object.hasOwn(ROLE_TOKENS, tokenPathOf(part)));
          expect(ok, `${label}: ${v.path} ${v.state} ${v.property}: "${v.value}"`).toBe(true);
        }
      }
    }
  });

  it('gives every interactive element hover, focus-visible (with the focus colour), active and disabled styles', () => {
    for (const [label, slots] of COMBOS) {
      for (const { node, path } of elementsOf(archetype.build(slots))) {
        if (!INTERACTIVE.has(node.tag)) continue;
        const where = `${label}: ${path} <${node.tag} ${node.name}>`;
        for (const state of ['hover', 'focusVisible', 'active', 'disabled'] as const) expect(node.style?.[state], `${where} ${state}`).toBeDefined();
        expect(node.style?.focusVisible?.outlineColor, where).toBe('{color.focus}');
      }
    }
  });

  it('is accessible by construction: names, labels, alt text, references, heading order', () => {
    for (const [label, slots] of COMBOS) {
      const spec = archetype.build(slots);
      const visits = elementsOf(spec);
      const ids = new Set(visits.flatMap(({ node }) => (typeof node.attrs?.id === 'string' ? [node.attrs.id] : [])));
      const labelFor = new Set(visits.flatMap(({ node }) => (node.tag === 'label' && typeof node.attrs?.for === 'string' ? [node.attrs.for] : [])));
      const hasText = (n: typeof spec.root): boolean => (n.children ?? []).some((c) => c.kind === 'text' || c.kind === 'bind' || c.kind === 'if' || (c.kind === 'element' && c.tag !== 'svg' && hasText(c)));
      let previous = 0;
      for (const { node, path, ancestors } of visits) {
        const where = `${label}: ${path} <${node.tag} ${node.name ?? ''}>`;
        if (node.tag === 'button' || node.tag === 'a') expect(node.a11y?.label !== undefined || node.a11y?.labelledBy !== undefined || hasText(node), `${where} needs a name`).toBe(true);
        if (['input', 'select', 'textarea'].includes(node.tag)) {
          const labelled = node.a11y?.label !== undefined || (typeof node.attrs?.id === 'string' && labelFor.has(node.attrs.id)) || ancestors.some((a) => a.tag === 'label');
          expect(labelled, `${where} needs a label`).toBe(true);
        }
        if (node.tag === 'img') expect(node.attrs?.alt, `${where} needs alt`).toBeDefined();
        for (const key of ['controls', 'labelledBy', 'describedBy'] as const) {
          for (const ref of node.a11y?.[key]?.split(' ') ?? []) expect(ids.has(ref), `${where} ${key} → #${ref}`).toBe(true);
        }
        if (node.a11y?.expanded !== undefined) expect(node.a11y.controls, `${where} aria-expanded needs aria-controls`).toBeDefined();
        if (node.tag === 'a') expect(node.attrs?.href, `${where} link needs href`).toBeDefined();
        const level = /^h([1-6])$/.exec(node.tag);
        if (level) {
          if (previous > 0) expect(Number(level[1]), `${where} skips a heading level`).toBeLessThanOrEqual(previous + 1);
          previous = Number(level[1]);
        }
      }
    }
  });

  it('writes its copy in the prompt’s language', () => {
    const en = new Set(textsOf(archetype.build(defaultSlots('en'))));
    const es = textsOf(archetype.build(defaultSlots('es')));
    const translated = es.filter((t) => /[a-záéíóúñ]{3}/i.test(t) && !en.has(t));
    expect(translated.length, `${archetype.id} has no Spanish copy`).toBeGreaterThan(0);
  });

  it('uses the quoted texts from the prompt', () => {
    const spec = archetype.build(defaultSlots('en', { texts: ['Quoted Alpha'] }));
    expect(textsOf(spec)).toContain('Quoted Alpha');
  });
});

describe('landmarks and interactivity', () => {
  const build = (id: string, slots = defaultSlots('en')) => ARCHETYPES.find((a) => a.id === id)!.build(slots);
  const tags = (id: string) => elementsOf(build(id)).map(({ node }) => node);

  it('puts navigation in nav landmarks and the footer in a footer', () => {
    for (const id of ['navbar', 'sidebar', 'breadcrumbs', 'pagination']) expect(tags(id).some((n) => n.tag === 'nav'), id).toBe(true);
    expect(build('navbar').root.tag).toBe('header');
    expect(build('footer').root.tag).toBe('footer');
  });

  it('wires disclosures and widgets to state', () => {
    const events = (id: string) => elementsOf(build(id)).flatMap(({ node }) => node.events ?? []);
    expect(events('tabs').some((e) => e.action.type === 'set' && e.action.value === true)).toBe(true);
    expect(events('accordion').some((e) => e.action.type === 'toggle')).toBe(true);
    expect(events('modal').some((e) => e.action.type === 'set' && e.action.state === 'open')).toBe(true);
    expect(events('data-table').some((e) => e.action.type === 'set' && e.action.state === 'sortBy')).toBe(true);
    expect(events('login-form').some((e) => e.action.type === 'set' && e.action.state === 'passwordType')).toBe(true);
    expect(tags('toggle-switch').filter((n) => n.a11y?.role === 'switch').every((n) => typeof n.a11y?.checked === 'object')).toBe(true);
    expect(tags('navbar').some((n) => typeof n.a11y?.expanded === 'object' && n.a11y.controls === 'navbar-products')).toBe(true);
    expect(tags('alert').some((n) => n.a11y?.role === 'alert' || n.a11y?.role === 'status')).toBe(true);
    expect(tags('modal').some((n) => n.a11y?.role === 'alertdialog' && n.a11y.modal === true)).toBe(true);
  });

  it('goes from one column to several at a breakpoint in grids', () => {
    for (const id of ['pricing-table', 'feature-grid', 'stats-widget']) {
      const grids = elementsOf(build(id)).filter(({ node }) => node.style?.base?.display === 'grid');
      expect(grids.some(({ node }) => node.style?.base?.gridTemplateColumns === 'minmax(0, 1fr)' && Object.values(node.style.responsive ?? {}).some((d) => /^repeat\([2-4],/.test(d?.gridTemplateColumns ?? ''))), id).toBe(true);
    }
  });

  it('builds the whole catalogue quickly (a loose guard, not a benchmark)', () => {
    const start = performance.now();
    for (const a of ARCHETYPES) a.build(defaultSlots('en'));
    expect(performance.now() - start).toBeLessThan(200);
  });
});

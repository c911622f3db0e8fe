import { describe, expect, it } from 'vitest';
import { parseSpec } from '../spec/validate-spec.js';
import { buildModel } from './core.js';
import type { AttrModel, ElementModel, IfModel } from './model.js';
import { awkwardNames, disclosure, glossary, linkList, pricingCard, signupForm, statusBadge } from './testing/specs.js';

const attr = (el: ElementModel, name: string): AttrModel | undefined => el.attrs.find((a) => a.name === name);
const byClass = (spec: Parameters<typeof buildModel>[0], className: string) =>
  buildModel(spec).elements.find((e) => e.className === className)!;

/** Freezes a value and everything inside it, so a write anywhere throws. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

describe('buildModel', () => {
  it('gives every element a stable BEM class: the name, else tag + position, else root', () => {
    expect(buildModel(pricingCard).elements.map((e) => e.className)).toEqual([
      'pricing-card__card', 'pricing-card__title', 'pricing-card__price', 'pricing-card__features', 'pricing-card__feature', 'pricing-card__cta',
    ]);
    expect(buildModel(glossary).elements.map((e) => e.className)).toEqual(['glossary__root', 'glossary__h3-1', 'glossary__p-1', 'glossary__ul-1', 'glossary__li-1']);
    const clash = parseSpec({
      specVersion: 1, name: 'Clash',
      root: { kind: 'element', tag: 'div', children: [{ kind: 'element', tag: 'p' }, { kind: 'element', tag: 'p', name: 'p-1' }] },
    });
    expect(buildModel(clash).elements.map((e) => e.className)).toEqual(['clash__root', 'clash__p-2', 'clash__p-1']);
  });

  it('maps a11y to role and aria-*, keeping bindings as refs', () => {
    const toggle = byClass(disclosure, 'disclosure__toggle');
    expect(toggle.attrs.map((a) => a.name)).toEqual(['type', 'aria-expanded', 'aria-controls']);
    expect(attr(toggle, 'aria-expanded')!.value).toMatchObject({ kind: 'ref', ref: { source: 'state', state: { name: 'open' } } });
    expect(attr(toggle, 'aria-controls')!.value).toEqual({ kind: 'static', text: 'disclosure-panel' });
    const slider = parseSpec({
      specVersion: 1, name: 'Meter',
      root: { kind: 'element', tag: 'div', a11y: { role: 'progressbar', valueNow: 40, valueMin: 0, valueMax: 100, hidden: true, modal: false, label: 'Upload' } },
    });
    expect(buildModel(slider).root.attrs.map((a) => `${a.name}=${a.value.kind === 'static' ? a.value.text : '?'}`)).toEqual([
      'role=progressbar', 'aria-label=Upload', 'aria-valuenow=40', 'aria-valuemin=0', 'aria-valuemax=100', 'aria-hidden=true', 'aria-modal=false',
    ]);
  });

  it('renders disabledWhen as the native disabled attribute, or aria-disabled where there is none', () => {
    const submit = byClass(signupForm, 'signup-form__submit');
    expect(attr(submit, 'disabled')).toMatchObject({ boolean: true, value: { kind: 'condition', condition: { not: true } } });
    expect(submit.disabledBy).toBe('native');
    const link = byClass(statusBadge, 'status-badge__dismiss');
    expect(attr(link, 'aria-disabled')).toMatchObject({ boolean: false, value: { kind: 'condition' } });
    expect(link.disabledBy).toBe('aria');
    expect(byClass(statusBadge, 'status-badge__badge').disabledBy).toBe('none');
  });

  it('keeps boolean attributes present or absent and stringifies the rest', () => {
    const email = byClass(signupForm, 'signup-form__email');
    expect(attr(email, 'required')).toEqual({ name: 'required', boolean: true, value: { kind: 'static', text: '' } });
    expect(attr(email, 'value')!.value).toMatchObject({ kind: 'ref', ref: { source: 'state' } });
  });

  it('groups events into one handler per element and DOM event, actions in order', () => {
    const model = buildModel(pricingCard);
    expect(model.handlers.map((h) => [h.name, h.on, h.actions.map((a) => a.type)])).toEqual([['handleCtaClick', 'click', ['toggle', 'emit']]]);
    const form = buildModel(signupForm).handlers;
    expect(form.map((h) => [h.name, h.usesEvent, h.preventDefault])).toEqual([
      ['handleFormSubmit', true, true],
      ['handleEmailInput', true, false],
      ['handleAgreeChange', true, false],
      ['handleSubmitClick', false, false],
    ]);
  });

  it('passes the list items an action reads to its handler, and types emit payloads', () => {
    const model = buildModel(linkList);
    expect(model.handlers[0]!.items.map((i) => [i.itemVar, i.list.local])).toEqual([['item', 'linkItems']]);
    expect(model.emits).toEqual([expect.objectContaining({ name: 'navigate', callback: 'onNavigate', payloadType: 'string', payloadOptional: false })]);
    expect(buildModel(disclosure).emits[0]).toMatchObject({ name: 'toggled', payloadType: 'boolean' });
    expect(model.lists[0]!.fields).toEqual([
      { name: 'id', types: ['string'], tsType: 'string', optional: false },
      { name: 'label', types: ['string'], tsType: 'string', optional: false },
      { name: 'url', types: ['string'], tsType: 'string', optional: false },
      { name: 'count', types: ['number'], tsType: 'number', optional: true },
    ]);
  });

  it('resolves an item field to the innermost list that has it, through nested lists', () => {
    const li = byClass(glossary, 'glossary__li-1');
    expect(li.children.map((c) => (c.kind === 'bind' && c.ref.source === 'item' ? `${c.ref.itemVar}.${c.ref.field.name}` : c.kind))).toEqual([
      'item.term', 'text', 'item2.tag',
    ]);
  });

  it('coerces comparison literals to the bound type and folds comparisons that can never hold', () => {
    const badge = buildModel(statusBadge).root.children[0] as IfModel;
    // The third conditional compares the enum with a value outside its options: it is folded away.
    expect(badge.then).toHaveLength(2);
    const [variant, count] = badge.then as IfModel[];
    expect(variant!.condition).toMatchObject({ equals: 'error', not: false });
    expect(count!.condition).toEqual(expect.objectContaining({ not: false }));
    expect(JSON.stringify(badge.then)).not.toContain('"never"');
    const numeric = parseSpec({
      specVersion: 1, name: 'N', props: [{ name: 'n', type: 'number', default: 1 }],
      root: { kind: 'element', tag: 'div', children: [{ kind: 'if', condition: { source: 'prop', name: 'n', equals: '3' }, then: [] }] },
    });
    expect((buildModel(numeric).root.children[0] as IfModel).condition.equals).toBe(3);
  });

  it('gives keywords and helper names local aliases, keeping the public names', () => {
    const model = buildModel(awkwardNames);
    expect(model.props.map((p) => [p.name, p.local])).toEqual([['class', 'classValue'], ['default', 'defaultValue'], ['props', 'propsValue'], ['item', 'itemValue']]);
    expect(model.state.map((s) => [s.name, s.local, s.setter])).toEqual([['emit', 'emitValue', 'setEmitValue'], ['render', 'renderValue', 'setRenderValue']]);
    expect(model.emits[0]).toMatchObject({ name: 'new', callback: 'onNew', local: 'newEvent' });
    expect(model.elementName).toBe('ui-button');
  });

  it('tracks which props and state are used, so emitters declare only what they need', () => {
    const model = buildModel(pricingCard);
    expect(model.props.map((p) => [p.name, p.used])).toEqual([['title', true], ['price', true], ['highlighted', false]]);
    expect(buildModel(linkList).state).toEqual([expect.objectContaining({ name: 'active', read: false, written: true })]);
  });

  it('never mutates the spec and is deterministic', () => {
    const frozen = deepFreeze(structuredClone(pricingCard));
    const before = JSON.stringify(frozen);
    const first = buildModel(frozen);
    expect(JSON.stringify(frozen)).toBe(before);
    expect(buildModel(frozen).elements.map((e) => e.className)).toEqual(first.elements.map((e) => e.className));
  });
});

import pricingCardJson from '../../spec/fixtures/pricing-card.json' with { type: 'json' };
import type { ComponentSpec } from '../../spec/schema.js';
import { parseSpec } from '../../spec/validate-spec.js';

/**
 * Specs the compile tests run through every target: the pricing-card
 * fixture, plus small ones that each exercise one area (a form, lists, a
 * disclosure, nested conditionals, hostile text, awkward names).
 */

export const pricingCard = parseSpec(pricingCardJson);

/** A label + input whose value feeds state, a checkbox, validation text, a submit that emits. */
export const signupForm = parseSpec({
  specVersion: 1,
  name: 'SignupForm',
  description: 'Newsletter sign-up with an email field',
  props: [{ name: 'buttonLabel', type: 'string', default: 'Subscribe' }],
  state: [
    { name: 'email', type: 'string', initial: '' },
    { name: 'agreed', type: 'boolean', initial: false },
    { name: 'attempts', type: 'number', initial: 0 },
  ],
  root: {
    kind: 'element', tag: 'form', name: 'form',
    events: [{ on: 'submit', action: { type: 'emit', event: 'subscribe', payload: { bind: { source: 'state', name: 'email' } } } }],
    style: { base: { display: 'flex', flexDirection: 'column', gap: '{space.sm}' } },
    children: [
      { kind: 'element', tag: 'label', name: 'label', attrs: { for: 'signup-email' }, style: { base: { fontWeight: '{font.weight.semibold}' } }, children: [{ kind: 'text', value: 'Email' }] },
      {
        kind: 'element', tag: 'input', name: 'email',
        attrs: { id: 'signup-email', type: 'email', name: 'email', placeholder: 'you@example.com', required: true, autocomplete: 'email', value: { bind: { source: 'state', name: 'email' } } },
        events: [{ on: 'input', action: { type: 'set', state: 'email', value: { fromEvent: 'value' } } }],
        style: { base: { padding: '{space.sm}', borderWidth: '{border.width}', borderStyle: 'solid', borderColor: '{color.border}', borderRadius: '{radius.md}' }, focusVisible: { outlineColor: '{color.focus}' } },
      },
      {
        kind: 'element', tag: 'label', name: 'consent',
        children: [
          { kind: 'element', tag: 'input', name: 'agree', attrs: { type: 'checkbox', checked: { bind: { source: 'state', name: 'agreed' } } }, events: [{ on: 'change', action: { type: 'set', state: 'agreed', value: { fromEvent: 'checked' } } }] },
          { kind: 'text', value: ' I agree to receive emails' },
        ],
      },
      {
        kind: 'if', condition: { source: 'state', name: 'attempts', equals: 3 },
        then: [{ kind: 'element', tag: 'p', name: 'error', a11y: { role: 'alert' }, style: { base: { color: '{color.danger}' } }, children: [{ kind: 'text', value: 'Too many attempts' }] }],
      },
      {
        kind: 'element', tag: 'button', name: 'submit', attrs: { type: 'submit' },
        disabledWhen: { source: 'state', name: 'agreed', not: true },
        events: [{ on: 'click', action: { type: 'set', state: 'attempts', value: 1 } }],
        style: { base: { backgroundColor: '{color.primary}', color: '{color.on-primary}' }, disabled: { opacity: '0.5' } },
        children: [{ kind: 'bind', source: 'prop', name: 'buttonLabel' }],
      },
    ],
  },
});

/** Lists: a nav of links with bound hrefs, a list item emitting its id, a nested list, several nodes per item. */
export const linkList = parseSpec({
  specVersion: 1,
  name: 'LinkList',
  props: [{ name: 'heading', type: 'string', default: 'Resources' }],
  state: [{ name: 'active', type: 'string', initial: 'docs' }],
  root: {
    kind: 'element', tag: 'nav', name: 'nav', a11y: { label: { bind: { source: 'prop', name: 'heading' } } },
    children: [
      { kind: 'element', tag: 'h2', name: 'heading', children: [{ kind: 'bind', source: 'prop', name: 'heading' }] },
      {
        kind: 'element', tag: 'ul', name: 'links', style: { base: { display: 'flex', gap: '{space.md}', listStyle: 'none' } },
        children: [{
          kind: 'each', key: 'id',
          items: [
            { id: 'docs', label: 'Docs', url: '/docs', count: 3 },
            { id: 'blog', label: 'Blog', url: 'https://example.com/blog', count: 12 },
            { id: 'faq', label: 'FAQ', url: '#faq' },
          ],
          children: [{
            kind: 'element', tag: 'li', name: 'link-item',
            children: [
              {
                kind: 'element', tag: 'a', name: 'link', attrs: { href: { bind: { source: 'item', name: 'url' } } },
                events: [
                  { on: 'click', action: { type: 'set', state: 'active', value: { bind: { source: 'item', name: 'id' } } } },
                  { on: 'click', action: { type: 'emit', event: 'navigate', payload: { bind: { source: 'item', name: 'id' } } } },
                ],
                a11y: { current: 'page' },
                style: { base: { color: '{color.primary}' }, hover: { textDecoration: 'underline' } },
                children: [{ kind: 'bind', source: 'item', name: 'label' }],
              },
              { kind: 'if', condition: { source: 'item', name: 'count' }, then: [{ kind: 'element', tag: 'small', name: 'count', children: [{ kind: 'bind', source: 'item', name: 'count' }] }] },
            ],
          }],
        }],
      },
    ],
  },
});

/** Several nodes per item (a Fragment in React, a <template v-for> in Vue) and a list nested in a list. */
export const glossary = parseSpec({
  specVersion: 1,
  name: 'Glossary',
  root: {
    kind: 'element', tag: 'section',
    children: [{
      kind: 'each', key: 'term', items: [{ term: 'Token', text: 'A named design value' }, { term: 'Spec', text: 'The component source' }],
      children: [
        { kind: 'element', tag: 'h3', children: [{ kind: 'bind', source: 'item', name: 'term' }] },
        { kind: 'element', tag: 'p', children: [{ kind: 'bind', source: 'item', name: 'text' }] },
        {
          kind: 'element', tag: 'ul',
          children: [{
            kind: 'each', key: 'tag', items: [{ tag: 'core' }, { tag: 'ui' }],
            children: [{ kind: 'element', tag: 'li', children: [{ kind: 'bind', source: 'item', name: 'term' }, { kind: 'text', value: ': ' }, { kind: 'bind', source: 'item', name: 'tag' }] }],
          }],
        },
      ],
    }],
  },
});

/** A disclosure: a toggle button with aria-expanded/aria-controls and a conditional panel. */
export const disclosure = parseSpec({
  specVersion: 1,
  name: 'Disclosure',
  props: [
    { name: 'summary', type: 'string', default: 'Details' },
    { name: 'startOpen', type: 'boolean', default: false },
  ],
  state: [{ name: 'open', type: 'boolean', initial: false }],
  root: {
    kind: 'element', tag: 'div', name: 'disclosure',
    children: [
      {
        kind: 'element', tag: 'button', name: 'toggle', attrs: { type: 'button' },
        a11y: { expanded: { bind: { source: 'state', name: 'open' } }, controls: 'disclosure-panel' },
        events: [{ on: 'click', action: { type: 'toggle', state: 'open' } }, { on: 'click', action: { type: 'emit', event: 'toggled', payload: { bind: { source: 'state', name: 'open' } } } }],
        style: { base: { cursor: 'pointer' }, focusVisible: { outlineColor: '{color.focus}', outlineStyle: 'solid' } },
        children: [{ kind: 'bind', source: 'prop', name: 'summary' }],
      },
      {
        kind: 'if', condition: { source: 'state', name: 'open' },
        then: [{ kind: 'element', tag: 'div', name: 'panel', attrs: { id: 'disclosure-panel' }, a11y: { role: 'region' }, children: [{ kind: 'text', value: 'Hidden content' }] }],
      },
    ],
  },
});

/** Nested conditionals on an enum, a number and a negation, an aria-disabled link, responsive overrides. */
export const statusBadge = parseSpec({
  specVersion: 1,
  name: 'StatusBadge',
  props: [
    { name: 'variant', type: 'enum', options: ['info', 'success', 'error'], default: 'info' },
    { name: 'count', type: 'number', default: 2 },
    { name: 'compact', type: 'boolean', default: false },
  ],
  state: [{ name: 'dismissed', type: 'boolean', initial: false }],
  root: {
    kind: 'element', tag: 'span', name: 'badge', a11y: { role: 'status', live: 'polite' },
    style: {
      base: { display: 'inline-flex', gap: '{space.xs}', padding: '{space.xs} {space.sm}', fontSize: '{font.size.sm}' },
      responsive: { sm: { fontSize: '{font.size.md}' }, lg: { padding: '{space.sm} {space.md}' } },
    },
    children: [
      {
        kind: 'if', condition: { source: 'state', name: 'dismissed', not: true },
        then: [
          {
            kind: 'if', condition: { source: 'prop', name: 'variant', equals: 'error' },
            then: [{ kind: 'element', tag: 'strong', name: 'label', children: [{ kind: 'text', value: 'Error' }] }],
            else: [{
              kind: 'if', condition: { source: 'prop', name: 'variant', equals: 'success' },
              then: [{ kind: 'text', value: 'OK' }],
              else: [{ kind: 'text', value: 'Info' }],
            }],
          },
          { kind: 'if', condition: { source: 'prop', name: 'count' }, then: [{ kind: 'text', value: ' (' }, { kind: 'bind', source: 'prop', name: 'count' }, { kind: 'text', value: ')' }] },
          { kind: 'if', condition: { source: 'prop', name: 'variant', equals: 'unknown' }, then: [{ kind: 'text', value: 'never' }] },
        ],
        else: [{ kind: 'text', value: 'Dismissed' }],
      },
      {
        kind: 'element', tag: 'a', name: 'dismiss', attrs: { href: '#status' },
        disabledWhen: { source: 'prop', name: 'compact' },
        events: [{ on: 'click', action: { type: 'set', state: 'dismissed', value: true } }],
        style: { disabled: { opacity: '0.4', pointerEvents: 'none' } },
        children: [{ kind: 'text', value: 'Dismiss' }],
      },
    ],
  },
});

/** Text that would be markup or code in some target, in every place spec text can go. */
export const HOSTILE_TEXTS = [
  '</style><script>alert(1)</script>',
  "{{constructor.constructor('alert(1)')()}}",
  '{alert(1)}',
  '${alert(1)}`',
  "'; alert(1); '",
  '" onmouseover="alert(1)',
  '@if (true) { x }',
  '<!-- </script> -->',
  '\\u003cscript\\u003e',
  '*/ alert(1) /*',
];
const hostile = HOSTILE_TEXTS.join(' | ');

export const hostileSpec = parseSpec({
  specVersion: 1,
  name: 'HostileText',
  description: `Description with */ and --> and ${hostile}`,
  props: [{ name: 'label', type: 'string', default: hostile, description: hostile }],
  state: [{ name: 'note', type: 'string', initial: hostile }],
  root: {
    kind: 'element', tag: 'section', name: 'box', a11y: { label: hostile },
    attrs: { title: hostile },
    children: [
      ...HOSTILE_TEXTS.map((value) => ({ kind: 'element', tag: 'p', children: [{ kind: 'text', value }] })),
      { kind: 'element', tag: 'p', name: 'bound', children: [{ kind: 'bind', source: 'prop', name: 'label' }, { kind: 'bind', source: 'state', name: 'note' }] },
      { kind: 'element', tag: 'input', name: 'field', attrs: { placeholder: hostile, value: { bind: { source: 'prop', name: 'label' } } } },
      {
        kind: 'if', condition: { source: 'prop', name: 'label', equals: hostile },
        then: [{ kind: 'text', value: hostile }],
      },
      {
        kind: 'element', tag: 'ul',
        children: [{ kind: 'each', key: 'id', items: [{ id: hostile, text: hostile }], children: [{ kind: 'element', tag: 'li', children: [{ kind: 'bind', source: 'item', name: 'text' }] }] }],
      },
      {
        kind: 'element', tag: 'button', name: 'reset', attrs: { type: 'button' },
        events: [{ on: 'click', action: { type: 'set', state: 'note', value: hostile } }, { on: 'click', action: { type: 'emit', event: 'reset' } }],
        children: [{ kind: 'text', value: hostile }],
      },
    ],
  },
});

/** Names that are keywords or helpers in the targets: they must get local aliases, not break the code. */
export const awkwardNames = parseSpec({
  specVersion: 1,
  name: 'Button',
  props: [
    { name: 'class', type: 'string', default: 'primary' },
    { name: 'default', type: 'number', default: 1 },
    { name: 'props', type: 'boolean', default: true },
    { name: 'item', type: 'string', default: 'x' },
  ],
  state: [
    { name: 'emit', type: 'boolean', initial: false },
    { name: 'render', type: 'number', initial: 0 },
  ],
  root: {
    kind: 'element', tag: 'button', attrs: { type: 'button', title: { bind: { source: 'prop', name: 'class' } } },
    a11y: { pressed: { bind: { source: 'state', name: 'emit' } } },
    disabledWhen: { source: 'prop', name: 'props', not: true },
    events: [
      { on: 'click', action: { type: 'toggle', state: 'emit' } },
      { on: 'click', action: { type: 'set', state: 'render', value: { bind: { source: 'prop', name: 'default' } } } },
      { on: 'click', action: { type: 'emit', event: 'new', payload: { bind: { source: 'prop', name: 'item' } } } },
    ],
    children: [
      { kind: 'bind', source: 'prop', name: 'class' },
      { kind: 'bind', source: 'state', name: 'render' },
      { kind: 'each', key: 'id', items: [{ id: 1 }, { id: 2 }], children: [{ kind: 'element', tag: 'span', children: [{ kind: 'bind', source: 'prop', name: 'item' }] }] },
    ],
  },
});

export const ALL_SPECS: ReadonlyArray<readonly [string, ComponentSpec]> = [
  ['pricing-card', pricingCard],
  ['signup-form', signupForm],
  ['link-list', linkList],
  ['glossary', glossary],
  ['disclosure', disclosure],
  ['status-badge', statusBadge],
  ['hostile-text', hostileSpec],
  ['awkward-names', awkwardNames],
];

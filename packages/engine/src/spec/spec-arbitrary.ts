import fc from 'fast-check';
import { ROLE_TOKENS } from '../tokens/model.js';
import type { ComponentSpec, ElementNode, PropDef, SpecNode, StateDef, Tag } from './schema.js';
import type { Declarations, StyleBlock } from './style.js';

/**
 * fast-check arbitraries for valid component specs (test support): random
 * props and state, element trees with text (including hostile text),
 * bindings, conditionals, lists, events and token-based styles. Every value
 * they produce must pass validateSpec and compile for every target.
 */
const roles = Object.keys(ROLE_TOKENS);
const ref = (prefix: string) => fc.constantFrom(...roles.filter((r) => r.startsWith(prefix)).map((r) => `{${r}}`));

const designValue = {
  color: ref('color.'),
  backgroundColor: ref('color.'),
  borderColor: ref('color.'),
  padding: fc.oneof(ref('space.'), fc.tuple(ref('space.'), ref('space.')).map(([a, b]) => `${a} ${b}`)),
  gap: ref('space.'),
  margin: fc.constantFrom('0', '{space.sm}', 'auto'),
  borderRadius: ref('radius.'),
  borderWidth: fc.constantFrom('{border.width}', '0'),
  boxShadow: ref('shadow.'),
  fontSize: ref('font.size.'),
  fontWeight: ref('font.weight.'),
  fontFamily: ref('font.family.'),
  lineHeight: ref('line-height.'),
} as const;
const layoutValue = {
  display: fc.constantFrom('flex', 'grid', 'block', 'inline-flex', 'none'),
  flexDirection: fc.constantFrom('row', 'column'),
  alignItems: fc.constantFrom('center', 'flex-start', 'stretch'),
  justifyContent: fc.constantFrom('space-between', 'center', 'flex-end'),
  textAlign: fc.constantFrom('left', 'center'),
  width: fc.constantFrom('100%', 'auto'),
  maxWidth: fc.constantFrom('40rem', '100%'),
  borderStyle: fc.constantFrom('solid', 'dashed'),
  cursor: fc.constantFrom('pointer', 'default'),
  opacity: fc.constantFrom('0.5', '1'),
} as const;
const allValues: Record<string, fc.Arbitrary<string>> = { ...designValue, ...layoutValue };

const declarations: fc.Arbitrary<Declarations> = fc
  .subarray(Object.keys(allValues), { minLength: 1, maxLength: 5 })
  .chain((keys) => fc.record(Object.fromEntries(keys.map((k) => [k, allValues[k]!])) as Record<string, fc.Arbitrary<string>>))
  .map((d) => d as Declarations);

// A file-button block reuses the hover declarations (a map draws no more values, so the seeded samples stay the same).
const styleBlock: fc.Arbitrary<StyleBlock> = fc
  .record({ base: declarations, hover: declarations, focusVisible: declarations, responsive: fc.record({ md: declarations }) }, { requiredKeys: ['base'] })
  .map((style) => (style.hover ? { ...style, file: style.hover } : style));

/** Text that has broken compilers before: markup, template syntax of every target, quotes, unicode. */
const text = fc.oneof(
  fc.constantFrom('Get started', 'Precio por mes', '</style><script>alert(1)</script>', '{{constructor.constructor("alert(1)")()}}', '${process.env}', '{#if x}', "It's \"quoted\"", '@if (x) {}', '&amp; <b>', '*/ /*', '→ 3 €'),
  fc.string({ minLength: 1, maxLength: 20 }),
);

interface Scope {
  props: PropDef[];
  state: StateDef[];
}

const CONTAINERS: Tag[] = ['div', 'section', 'article', 'header', 'footer', 'aside', 'p', 'span', 'li', 'strong'];

function nodeArb(scope: Scope, depth: number, itemFields: string[]): fc.Arbitrary<SpecNode> {
  const leaves: Array<fc.Arbitrary<SpecNode>> = [text.map((value): SpecNode => ({ kind: 'text', value }))];
  const stringProps = scope.props.filter((p) => p.type === 'string').map((p) => p.name);
  if (stringProps.length > 0) leaves.push(fc.constantFrom(...stringProps).map((name): SpecNode => ({ kind: 'bind', source: 'prop', name })));
  if (itemFields.length > 0) leaves.push(fc.constantFrom(...itemFields).map((name): SpecNode => ({ kind: 'bind', source: 'item', name })));
  if (depth <= 0) return fc.oneof(...leaves);
  const child = () => nodeArb(scope, depth - 1, itemFields);
  const branches: Array<fc.Arbitrary<SpecNode>> = [...leaves, elementArb(scope, depth - 1, itemFields)];
  const booleans = [...scope.props, ...scope.state].filter((v) => v.type === 'boolean');
  if (booleans.length > 0) {
    branches.push(
      fc.record({
        variable: fc.constantFrom(...booleans),
        then: fc.array(child(), { minLength: 1, maxLength: 2 }),
        else: fc.option(fc.array(child(), { minLength: 1, maxLength: 2 }), { nil: undefined }),
      }).map(({ variable, then, else: otherwise }): SpecNode => ({
        kind: 'if',
        condition: { source: scope.state.includes(variable as StateDef) ? 'state' : 'prop', name: variable.name },
        then,
        ...(otherwise ? { else: otherwise } : {}),
      })),
    );
  }
  if (itemFields.length === 0) {
    branches.push(
      fc.array(text, { minLength: 1, maxLength: 3 }).chain((labels) =>
        elementArb(scope, depth - 1, ['id', 'label']).map((template): SpecNode => ({
          kind: 'each',
          key: 'id',
          items: labels.map((label, i) => ({ id: `item-${i}`, label })),
          children: [template],
        })),
      ),
    );
  }
  return fc.oneof(...branches);
}

function elementArb(scope: Scope, depth: number, itemFields: string[]): fc.Arbitrary<ElementNode> {
  const booleanState = scope.state.filter((s) => s.type === 'boolean').map((s) => s.name);
  const button = fc.record({ label: text, style: styleBlock, toggle: booleanState.length > 0 ? fc.constantFrom(...booleanState) : fc.constant(undefined) }).map(
    ({ label, style, toggle }): ElementNode => ({
      kind: 'element',
      tag: 'button',
      attrs: { type: 'button' },
      style,
      ...(toggle ? { events: [{ on: 'click' as const, action: { type: 'toggle' as const, state: toggle } }] } : {}),
      children: [{ kind: 'text', value: label }],
    }),
  );
  const container = fc
    .record({
      tag: fc.constantFrom(...CONTAINERS),
      style: fc.option(styleBlock, { nil: undefined }),
      children: fc.array(nodeArb(scope, depth, itemFields), { minLength: 1, maxLength: 3 }),
    })
    .map(({ tag, style, children }): ElementNode => ({ kind: 'element', tag, ...(style ? { style } : {}), children }));
  const image = fc.constant<ElementNode>({ kind: 'element', tag: 'img', attrs: { src: '/logo.svg', alt: 'Logo' } });
  return fc.oneof({ arbitrary: container, weight: 4 }, { arbitrary: button, weight: 2 }, { arbitrary: image, weight: 1 });
}

export const specArbitrary: fc.Arbitrary<ComponentSpec> = fc
  .record({
    name: fc.constantFrom('Card', 'PromoBanner', 'UserPanel', 'Widget'),
    stringProp: fc.boolean(),
    booleanProp: fc.boolean(),
    booleanState: fc.boolean(),
  })
  .chain(({ name, stringProp, booleanProp, booleanState }) => {
    const props: PropDef[] = [
      ...(stringProp ? [{ name: 'title', type: 'string' as const, default: 'Hello' }] : []),
      ...(booleanProp ? [{ name: 'compact', type: 'boolean' as const, default: false }] : []),
      { name: 'tone', type: 'enum', options: ['neutral', 'accent'], default: 'neutral' },
    ];
    const state: StateDef[] = booleanState ? [{ name: 'open', type: 'boolean', initial: false }] : [];
    return fc
      .record({ style: styleBlock, children: fc.array(nodeArb({ props, state }, 3, []), { minLength: 1, maxLength: 4 }) })
      .map(({ style, children }): ComponentSpec => ({
        specVersion: 1,
        name,
        props,
        state,
        root: { kind: 'element', tag: 'section', name: 'root', style, children },
      }));
  });

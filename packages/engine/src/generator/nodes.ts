import { SPEC_VERSION } from '../spec/schema.js';
import type { Action, Binding, ComponentSpec, Condition, ElementNode, EventBinding, A11y, Literal, PropDef, SpecNode, StateDef, Tag } from '../spec/schema.js';
import type { Style } from './styles.js';

/**
 * Terse builders for spec nodes, so archetypes read like the markup they
 * produce. Builders omit empty fields: two builds of the same archetype are
 * byte-identical once serialised.
 */
export type Child = SpecNode | string;
export type Attrs = NonNullable<ElementNode['attrs']>;

export interface ElOptions {
  attrs?: Attrs;
  a11y?: A11y;
  style?: Style;
  events?: EventBinding[];
  disabledWhen?: Condition;
}

export const text = (value: string): SpecNode => ({ kind: 'text', value });

export function el(tag: Tag, name: string | undefined, options: ElOptions = {}, children: Child[] = []): ElementNode {
  const node: ElementNode = { kind: 'element', tag };
  if (name) node.name = name;
  if (options.attrs) node.attrs = options.attrs;
  if (options.a11y) node.a11y = options.a11y;
  if (options.style) node.style = options.style;
  if (options.events?.length) node.events = options.events;
  if (options.disabledWhen) node.disabledWhen = options.disabledWhen;
  if (children.length > 0) node.children = children.map((c) => (typeof c === 'string' ? text(c) : c));
  return node;
}

export const bindProp = (name: string): SpecNode => ({ kind: 'bind', source: 'prop', name });
export const bindState = (name: string): SpecNode => ({ kind: 'bind', source: 'state', name });
export const bindItem = (name: string): SpecNode => ({ kind: 'bind', source: 'item', name });

/** A bound attribute / a11y value. */
export const fromProp = (name: string): { bind: Binding } => ({ bind: { source: 'prop', name } });
export const fromState = (name: string): { bind: Binding } => ({ bind: { source: 'state', name } });
export const fromItem = (name: string): { bind: Binding } => ({ bind: { source: 'item', name } });

export const each = (items: Array<Record<string, Literal>>, key: string, children: Child[]): SpecNode => ({
  kind: 'each',
  items,
  key,
  children: children.map((c) => (typeof c === 'string' ? text(c) : c)),
});

export function when(condition: Condition, then: Child[], otherwise?: Child[]): SpecNode {
  const node: SpecNode = { kind: 'if', condition, then: then.map((c) => (typeof c === 'string' ? text(c) : c)) };
  if (otherwise?.length) node.else = otherwise.map((c) => (typeof c === 'string' ? text(c) : c));
  return node;
}

const cond = (source: Condition['source'], name: string, equals?: Literal, not?: boolean): Condition => {
  const c: Condition = { source, name };
  if (equals !== undefined) c.equals = equals;
  if (not) c.not = true;
  return c;
};
export const isState = (name: string, equals?: Literal): Condition => cond('state', name, equals);
export const notState = (name: string): Condition => cond('state', name, undefined, true);
export const isProp = (name: string, equals?: Literal): Condition => cond('prop', name, equals);
export const isItem = (name: string, equals?: Literal): Condition => cond('item', name, equals);

export const toggle = (state: string): Action => ({ type: 'toggle', state });
export const set = (state: string, value: Literal | { bind: Binding } | { fromEvent: 'value' | 'checked' }): Action => ({ type: 'set', state, value });
export const emit = (event: string, payload?: { bind: Binding }): Action => (payload ? { type: 'emit', event, payload } : { type: 'emit', event });
export const on = (event: EventBinding['on'], ...actions: Action[]): EventBinding[] => actions.map((action) => ({ on: event, action }));

export const prop = {
  string: (name: string, value: string, description?: string): PropDef => withDescription({ name, type: 'string', default: value }, description),
  number: (name: string, value: number, description?: string): PropDef => withDescription({ name, type: 'number', default: value }, description),
  boolean: (name: string, value: boolean, description?: string): PropDef => withDescription({ name, type: 'boolean', default: value }, description),
  enum: (name: string, options: string[], value: string, description?: string): PropDef =>
    withDescription({ name, type: 'enum', options, default: value }, description),
};
function withDescription(def: PropDef, description: string | undefined): PropDef {
  return description ? { ...def, description } : def;
}

export const state = {
  string: (name: string, initial: string): StateDef => ({ name, type: 'string', initial }),
  number: (name: string, initial: number): StateDef => ({ name, type: 'number', initial }),
  boolean: (name: string, initial: boolean): StateDef => ({ name, type: 'boolean', initial }),
};

export interface ComponentDef {
  name: string;
  description: string;
  props?: PropDef[];
  state?: StateDef[];
  root: ElementNode;
}
export const component = (def: ComponentDef): ComponentSpec => ({
  specVersion: SPEC_VERSION,
  name: def.name,
  description: def.description,
  props: def.props ?? [],
  state: def.state ?? [],
  root: def.root,
});

import type { ElementNode, Literal, PropDef, Tag } from '../spec/schema.js';
import type { StyleBlock } from '../spec/style.js';

/**
 * The component model: what every emitter reads instead of the raw spec. It is
 * built once per spec by `buildModel` (core.ts) and never mutated; names,
 * classes, attributes, bindings and handlers are decided here so that all
 * targets agree on them.
 */

export type ValueType = 'string' | 'number' | 'boolean';

export interface PropModel {
  /** The public name (React/Vue/Svelte prop, Angular input, custom-element property). */
  readonly name: string;
  /** The identifier generated code reads; differs from `name` only when the name is a keyword or helper. */
  readonly local: string;
  /** The custom-element attribute: kebab-case of the name. */
  readonly attribute: string;
  readonly type: ValueType;
  /** TypeScript type: `string`, `number`, `boolean` or a union of the enum's options. */
  readonly tsType: string;
  readonly default: Literal;
  readonly options?: readonly string[] | undefined;
  readonly description?: string | undefined;
  /** Read anywhere in the component (React and Svelte only destructure what they use). */
  readonly used: boolean;
  readonly def: PropDef;
}

export interface StateModel {
  readonly name: string;
  readonly local: string;
  /** React's setter: setSelected. */
  readonly setter: string;
  readonly type: ValueType;
  readonly initial: Literal;
  /** Read by the template or an action (a toggle reads what it flips). */
  readonly read: boolean;
  /** Read in markup, conditions or payloads — not merely flipped by a toggle (React toggles without reading). */
  readonly readInRender: boolean;
  /** Changed by some action. */
  readonly written: boolean;
}

export interface EmitModel {
  /** The event name as the spec declares it (Vue emit, Angular output, CustomEvent type). */
  readonly name: string;
  /** The callback prop of React and Svelte: onChoose. */
  readonly callback: string;
  /** The class member of Angular's output (its public name stays `name`). */
  readonly local: string;
  /** TypeScript type of the payload, or undefined when no emit sends one. */
  readonly payloadType: string | undefined;
  /** Some emits send no payload while others do. */
  readonly payloadOptional: boolean;
}

export interface ListField {
  readonly name: string;
  /** The types the field's values have across the items (usually one). */
  readonly types: readonly ValueType[];
  readonly tsType: string;
  /** Some items lack the field. */
  readonly optional: boolean;
}

/** The literal records an `each` repeats over, declared once as a typed constant. */
export interface ListModel {
  readonly local: string;
  readonly typeName: string;
  readonly key: string;
  readonly fields: readonly ListField[];
  readonly items: ReadonlyArray<Readonly<Record<string, Literal>>>;
}

/** A value read at runtime. */
export type Ref =
  | { readonly source: 'prop'; readonly prop: PropModel }
  | { readonly source: 'state'; readonly state: StateModel }
  | { readonly source: 'item'; readonly itemVar: string; readonly field: ListField; readonly list: ListModel };

/**
 * A condition on a ref: truthy, or equal to a literal already coerced to the
 * ref's type. `constant` is set when the comparison can never hold (an enum
 * compared with a value outside its options), so typed targets do not print
 * a comparison their type checker rejects.
 */
export interface ConditionModel {
  readonly ref: Ref;
  readonly equals?: Literal | undefined;
  readonly not: boolean;
  readonly constant?: boolean | undefined;
}

export type AttrValue =
  /** Text as written (already stringified); for boolean attributes: present. */
  | { readonly kind: 'static'; readonly text: string }
  | { readonly kind: 'ref'; readonly ref: Ref }
  | { readonly kind: 'condition'; readonly condition: ConditionModel };

export interface AttrModel {
  /** The HTML attribute name: `type`, `for`, `aria-pressed`, `role`. */
  readonly name: string;
  /** An HTML boolean attribute (present or absent): disabled, checked, required… */
  readonly boolean: boolean;
  readonly value: AttrValue;
}

export type SetValue =
  | { readonly kind: 'literal'; readonly value: Literal }
  | { readonly kind: 'event'; readonly field: 'value' | 'checked' }
  | { readonly kind: 'ref'; readonly ref: Ref };

export type ActionModel =
  | { readonly type: 'toggle'; readonly state: StateModel }
  | { readonly type: 'set'; readonly state: StateModel; readonly value: SetValue }
  | { readonly type: 'emit'; readonly emit: EmitModel; readonly payload?: Ref | undefined };

export type EventName = 'click' | 'input' | 'change' | 'submit' | 'keydown' | 'focus' | 'blur' | 'mouseenter' | 'mouseleave';

/** One handler per element and DOM event; the spec's actions for that event run in order. */
export interface HandlerModel {
  readonly name: string;
  readonly on: EventName;
  readonly tag: Tag;
  readonly actions: readonly ActionModel[];
  /** Item variables of enclosing lists the actions read, outermost first: handler parameters after the event. */
  readonly items: ReadonlyArray<{ readonly itemVar: string; readonly list: ListModel }>;
  /** The handler reads the DOM event (an input's value/checked, or submit's preventDefault). */
  readonly usesEvent: boolean;
  /** Submit handlers stop the browser's navigation: a spec's form never reloads the page. */
  readonly preventDefault: boolean;
}

export interface ElementModel {
  readonly kind: 'element';
  readonly tag: Tag;
  /** The semantic class and test hook: `{component-kebab}__{name}`. */
  readonly className: string;
  /** camelCase of the element's name, used in handler names. */
  readonly local: string;
  /** JSON path in the spec, for messages: root.children[2]. */
  readonly path: string;
  readonly attrs: readonly AttrModel[];
  readonly handlers: readonly HandlerModel[];
  readonly children: readonly NodeModel[];
  readonly isVoid: boolean;
  readonly isSvg: boolean;
  /** How the element shows a disabled state: the native `disabled` attribute, `aria-disabled`, or never. */
  readonly disabledBy: 'native' | 'aria' | 'none';
  readonly style: StyleBlock | undefined;
  readonly source: ElementNode;
}

export interface TextModel {
  readonly kind: 'text';
  readonly value: string;
}
export interface BindModel {
  readonly kind: 'bind';
  readonly ref: Ref;
}
export interface IfModel {
  readonly kind: 'if';
  readonly condition: ConditionModel;
  readonly then: readonly NodeModel[];
  readonly else: readonly NodeModel[];
}
export interface EachModel {
  readonly kind: 'each';
  readonly list: ListModel;
  readonly itemVar: string;
  readonly children: readonly NodeModel[];
}
export type NodeModel = ElementModel | TextModel | BindModel | IfModel | EachModel;

export interface ComponentModel {
  /** PascalCase, as in the spec: PricingCard. */
  readonly name: string;
  /** kebab-case: the CSS block and file stem (pricing-card). */
  readonly kebab: string;
  /** A valid custom-element name: pricing-card (one-word components get a `ui-` prefix). */
  readonly elementName: string;
  readonly description: string | undefined;
  /** Type names reserved for the emitters: PricingCardProps, PricingCardComponent. */
  readonly propsType: string;
  readonly angularClass: string;
  readonly props: readonly PropModel[];
  readonly state: readonly StateModel[];
  readonly emits: readonly EmitModel[];
  readonly lists: readonly ListModel[];
  readonly root: ElementModel;
  /** Every element, in document (pre-)order, including those inside conditionals and lists. */
  readonly elements: readonly ElementModel[];
  /** Every handler, in document order. */
  readonly handlers: readonly HandlerModel[];
}

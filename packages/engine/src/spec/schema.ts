import { z } from 'zod';
import { StyleBlock } from './style.js';

/**
 * The component spec, version 1: the one source every target compiles from.
 * Everything a model or a user can put in a spec is whitelisted here — tags,
 * attributes, style properties, actions — so a spec cannot carry script,
 * inline handlers or markup into any output.
 */
export const SPEC_VERSION = 1;

const Identifier = z.string().regex(/^[a-z][a-zA-Z0-9]{0,39}$/, 'must be camelCase: a letter, then letters or digits (max 40)');
const ComponentName = z.string().regex(/^[A-Z][a-zA-Z0-9]{0,63}$/, 'must be PascalCase: a capital letter, then letters or digits');

export const TAGS = [
  'div', 'span', 'section', 'article', 'header', 'footer', 'nav', 'main', 'aside',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'a', 'button', 'img', 'ul', 'ol', 'li',
  'form', 'label', 'input', 'textarea', 'select', 'option', 'fieldset', 'legend',
  'table', 'thead', 'tbody', 'tr', 'th', 'td', 'caption',
  'strong', 'em', 'small', 'code', 'pre', 'blockquote', 'cite', 'time', 'br', 'hr',
  'figure', 'figcaption', 'dialog', 'details', 'summary', 'progress',
  'svg', 'path', 'circle', 'rect', 'line', 'polyline', 'g',
] as const;
export const Tag = z.enum(TAGS);
export type Tag = z.infer<typeof Tag>;

/** Elements that never have children. */
export const VOID_TAGS: ReadonlySet<Tag> = new Set(['img', 'input', 'br', 'hr']);

export const Literal = z.union([z.string().max(2000), z.number().finite(), z.boolean()]);
export type Literal = z.infer<typeof Literal>;

/** Where a bound value comes from: a prop, a state variable, or the current list item's field. */
export const Source = z.enum(['prop', 'state', 'item']);
export const Binding = z.strictObject({ source: Source, name: Identifier });
export type Binding = z.infer<typeof Binding>;

const ATTRIBUTES = [
  'id', 'href', 'target', 'rel', 'src', 'alt', 'width', 'height', 'loading', 'type', 'name', 'value',
  'placeholder', 'autocomplete', 'required', 'disabled', 'checked', 'readonly', 'min', 'max', 'step',
  'minlength', 'maxlength', 'pattern', 'for', 'title', 'datetime', 'colspan', 'rowspan', 'scope',
  'open', 'selected', 'multiple', 'accept', 'tabindex', 'inputmode', 'rows', 'cols',
  // SVG presentation
  'viewBox', 'd', 'cx', 'cy', 'r', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'points', 'fill', 'stroke',
  'stroke-width', 'stroke-linecap', 'stroke-linejoin', 'xmlns', 'focusable',
] as const;
export const AttributeName = z.enum(ATTRIBUTES);
export type AttributeName = z.infer<typeof AttributeName>;

// href/src may not use script-capable schemes; relative URLs, anchors, http(s), mailto and tel only.
const SAFE_URL = /^(?:https?:\/\/|mailto:|tel:|#|\/|\.\/|\.\.\/|[a-zA-Z0-9_-][a-zA-Z0-9_./-]*(?:[?#].*)?$)/;
export const AttributeValue = z.union([Literal, z.strictObject({ bind: Binding })]);
export const Attributes = z
  .partialRecord(AttributeName, AttributeValue)
  .superRefine((attrs, ctx) => {
    for (const key of ['href', 'src'] as const) {
      const v = attrs[key];
      if (typeof v === 'string' && (!SAFE_URL.test(v) || /^\s*(javascript|data|vbscript):/i.test(v))) {
        ctx.addIssue({ code: 'custom', path: [key], message: 'must be an http(s), mailto, tel, relative or # URL' });
      }
    }
  });

/** Accessibility attributes, rendered as aria-* / role in every target. */
export const A11y = z.strictObject({
  role: z
    .enum(['alert', 'status', 'dialog', 'alertdialog', 'navigation', 'banner', 'contentinfo', 'region', 'tablist', 'tab', 'tabpanel', 'menu', 'menuitem', 'list', 'listitem', 'progressbar', 'switch', 'group', 'img', 'search', 'presentation', 'none', 'button', 'link'])
    .optional(),
  label: z.union([z.string().max(300), z.strictObject({ bind: Binding })]).optional(),
  labelledBy: z.string().max(100).optional(),
  describedBy: z.string().max(100).optional(),
  controls: z.string().max(100).optional(),
  expanded: z.union([z.boolean(), z.strictObject({ bind: Binding })]).optional(),
  pressed: z.union([z.boolean(), z.strictObject({ bind: Binding })]).optional(),
  selected: z.union([z.boolean(), z.strictObject({ bind: Binding })]).optional(),
  checked: z.union([z.boolean(), z.strictObject({ bind: Binding })]).optional(),
  current: z.enum(['page', 'step', 'true']).optional(),
  hidden: z.boolean().optional(),
  live: z.enum(['polite', 'assertive', 'off']).optional(),
  modal: z.boolean().optional(),
  valueNow: z.union([z.number(), z.strictObject({ bind: Binding })]).optional(),
  valueMin: z.number().optional(),
  valueMax: z.number().optional(),
  hasPopup: z.enum(['menu', 'listbox', 'dialog', 'true']).optional(),
});
export type A11y = z.infer<typeof A11y>;

/** What an event does: flip a boolean state, set a state, or tell the parent. */
export const Action = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('toggle'), state: Identifier }),
  z.strictObject({
    type: z.literal('set'),
    state: Identifier,
    value: z.union([Literal, z.strictObject({ fromEvent: z.enum(['value', 'checked']) }), z.strictObject({ bind: Binding })]),
  }),
  z.strictObject({ type: z.literal('emit'), event: Identifier, payload: z.strictObject({ bind: Binding }).optional() }),
]);
export type Action = z.infer<typeof Action>;

export const EventName = z.enum(['click', 'input', 'change', 'submit', 'keydown', 'focus', 'blur', 'mouseenter', 'mouseleave']);
export const EventBinding = z.strictObject({ on: EventName, action: Action });
export type EventBinding = z.infer<typeof EventBinding>;

/** A condition on a prop, state or item field: truthy, or equal to a literal. */
export const Condition = z.strictObject({
  source: Source,
  name: Identifier,
  equals: Literal.optional(),
  not: z.boolean().optional(),
});
export type Condition = z.infer<typeof Condition>;

export interface ElementNode {
  kind: 'element';
  tag: Tag;
  /** Stable name of the element within the component: the CSS class and the test hook. */
  name?: string | undefined;
  attrs?: z.infer<typeof Attributes> | undefined;
  a11y?: A11y | undefined;
  style?: StyleBlock | undefined;
  events?: EventBinding[] | undefined;
  /** Bound to a state/prop: the element is rendered with `disabled` and the disabled styles. */
  disabledWhen?: Condition | undefined;
  children?: SpecNode[] | undefined;
}
export interface TextNode {
  kind: 'text';
  value: string;
}
export interface BindNode {
  kind: 'bind';
  source: 'prop' | 'state' | 'item';
  name: string;
}
export interface IfNode {
  kind: 'if';
  condition: Condition;
  then: SpecNode[];
  else?: SpecNode[] | undefined;
}
export interface EachNode {
  kind: 'each';
  /** Literal records the template repeats over; fields are read with source 'item'. */
  items: Array<Record<string, Literal>>;
  /** The field that identifies an item (list keys in React/Vue/Svelte/Angular). */
  key: string;
  children: SpecNode[];
}
export type SpecNode = ElementNode | TextNode | BindNode | IfNode | EachNode;

const ElementName = z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'must be kebab-case (a-z, 0-9, -)');
const Children = z.array(z.lazy((): z.ZodType<SpecNode> => SpecNodeSchema)).max(500);

const ElementNodeSchema = z.strictObject({
  kind: z.literal('element'),
  tag: Tag,
  name: ElementName.optional(),
  attrs: Attributes.optional(),
  a11y: A11y.optional(),
  style: StyleBlock.optional(),
  events: z.array(EventBinding).max(10).optional(),
  disabledWhen: Condition.optional(),
  children: Children.optional(),
});
const TextNodeSchema = z.strictObject({ kind: z.literal('text'), value: z.string().max(5000) });
const BindNodeSchema = z.strictObject({ kind: z.literal('bind'), source: Source, name: Identifier });
const IfNodeSchema = z.strictObject({ kind: z.literal('if'), condition: Condition, then: Children, else: Children.optional() });
const EachNodeSchema = z.strictObject({
  kind: z.literal('each'),
  items: z.array(z.record(Identifier, Literal)).max(200),
  key: Identifier,
  children: Children,
});

export const SpecNodeSchema: z.ZodType<SpecNode> = z.discriminatedUnion('kind', [
  ElementNodeSchema,
  TextNodeSchema,
  BindNodeSchema,
  IfNodeSchema,
  EachNodeSchema,
]) as unknown as z.ZodType<SpecNode>;

export const PropDef = z.discriminatedUnion('type', [
  z.strictObject({ name: Identifier, type: z.literal('string'), default: z.string().max(2000), description: z.string().max(300).optional() }),
  z.strictObject({ name: Identifier, type: z.literal('number'), default: z.number().finite(), description: z.string().max(300).optional() }),
  z.strictObject({ name: Identifier, type: z.literal('boolean'), default: z.boolean(), description: z.string().max(300).optional() }),
  z.strictObject({
    name: Identifier,
    type: z.literal('enum'),
    options: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]*$/)).min(1).max(20),
    default: z.string(),
    description: z.string().max(300).optional(),
  }),
]);
export type PropDef = z.infer<typeof PropDef>;

export const StateDef = z.discriminatedUnion('type', [
  z.strictObject({ name: Identifier, type: z.literal('string'), initial: z.string().max(2000) }),
  z.strictObject({ name: Identifier, type: z.literal('number'), initial: z.number().finite() }),
  z.strictObject({ name: Identifier, type: z.literal('boolean'), initial: z.boolean() }),
]);
export type StateDef = z.infer<typeof StateDef>;

export const ComponentSpecSchema = z.strictObject({
  specVersion: z.literal(SPEC_VERSION),
  name: ComponentName,
  description: z.string().max(1000).optional(),
  props: z.array(PropDef).max(30).default([]),
  state: z.array(StateDef).max(30).default([]),
  /** Events the component emits to its parent (declared by `emit` actions). */
  root: z.lazy(() => ElementNodeSchema),
});
export type ComponentSpec = Omit<z.infer<typeof ComponentSpecSchema>, 'root'> & { root: ElementNode };

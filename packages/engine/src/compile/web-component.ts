import { printCss } from './css.js';
import { docText, jsString, templateLiteralBody } from './escape.js';
import { formTargetType, printBooleanCondition, printCondition, printLiteral, printSetValue, typeOf, type ExprContext } from './expressions.js';
import type { CompiledFile } from './files.js';
import type { AttrModel, ComponentModel, ElementModel, HandlerModel, NodeModel, PropModel, Ref } from './model.js';
import { listDeclaration, listInterface } from './script.js';
import type { StylingStrategy } from './strategy.js';
import { indent } from './template.js';
import { WEB_COMPONENT_RUNTIME } from './web-component-runtime.js';

/**
 * Web Component: a custom element with an open shadow root. Props are
 * observed attributes (kebab-case; booleans are present unless "false"),
 * state lives in private fields, and a change re-renders the shadow tree from
 * a small `h()` helper — DOM built with createElement/textContent, never
 * innerHTML, so no value is ever parsed as markup. Events are CustomEvents
 * (bubbling, composed) named as in the spec. Styles are a constructable
 * stylesheet adopted by the shadow root, with tokens declared on `:host`.
 */
export function emitWebComponent(model: ComponentModel, strategy: StylingStrategy): CompiledFile[] {
  const ctx: ExprContext = { access };
  const view = element(model.root, ctx, strategy, MAX_LINE - 11);
  const members = [
    [`static readonly observedAttributes = [${model.props.map((p) => jsString(p.attribute)).join(', ')}];`],
    [
      "readonly #shadow = this.attachShadow({ mode: 'open' });",
      '#rendering = false;',
      // State nothing reads has no field: writing it could not change what renders.
      ...model.state.filter((s) => s.read).map((s) => `#${s.local} = ${printLiteral(s.initial)};`),
    ],
    ['constructor() {', '  super();', '  this.#shadow.adoptedStyleSheets = styleSheet();', '}'],
    ['connectedCallback(): void {', '  this.#render();', '}'],
    ['attributeChangedCallback(): void {', '  if (this.isConnected) this.#render();', '}'],
    ...model.props.filter((p) => p.used).map(propGetter),
    ...model.handlers.map((h) => handler(h, ctx)),
    [
      '#render(): void {',
      '  // Restoring focus can fire a focus handler that renders again: ignore that nested call.',
      '  if (this.#rendering) return;',
      '  this.#rendering = true;',
      '  try {',
      '    restoreFocus(this.#shadow, () => this.#shadow.replaceChildren(this.#view()));',
      '  } finally {',
      '    this.#rendering = false;',
      '  }',
      '}',
    ],
    ['#view(): Node {', ...indent(concat(['return '], view, [';'])), '}'],
  ];
  const css = strategy.stylesheet
    ? printCss(strategy.stylesheet, { tokenSelector: ':host', hostDeclarations: [{ property: 'display', value: 'contents' }] })
    : '';
  const doc = [
    '/**',
    ...(model.description ? [` * ${docText(model.description)}`, ' *'] : []),
    ` * Usage: <${model.elementName}${model.props.map((p) => ` ${p.attribute}="…"`).join('')}></${model.elementName}>`,
    ...(model.emits.length > 0 ? [` * Events: ${model.emits.map((e) => `${e.name}${e.payloadType ? ` (detail: ${e.payloadType})` : ''}`).join(', ')}`] : []),
    ' */',
  ];
  const lines = [
    ...model.lists.flatMap((l) => [...listInterface(l), '', ...listDeclaration(l), '']),
    `const styles = \`${templateLiteralBody(css)}\`;`,
    '',
    ...doc,
    `export class ${model.name} extends HTMLElement {`,
    ...indent(members.flatMap((m, i) => [...(i > 0 ? [''] : []), ...m])),
    '}',
    '',
    WEB_COMPONENT_RUNTIME,
    '',
    // Last: defining upgrades elements already in the page synchronously, and
    // their first render needs the helpers above initialised (not in their TDZ).
    `if (!customElements.get(${jsString(model.elementName)})) customElements.define(${jsString(model.elementName)}, ${model.name});`,
  ];
  return [{ path: `${model.kebab}.ts`, language: 'ts', content: `${lines.join('\n')}\n` }];
}

function access(ref: Ref): string {
  return ref.source === 'prop' ? `this.#${ref.prop.local}` : ref.source === 'state' ? `this.#${ref.state.local}` : `${ref.itemVar}.${ref.field.name}`;
}

/** A typed, private reader of a prop's attribute, falling back to the default. */
function propGetter(p: PropModel): string[] {
  const read = `this.getAttribute(${jsString(p.attribute)})`;
  const fallback = printLiteral(p.default);
  const body =
    p.type === 'boolean'
      ? [`const value = ${read};`, `return value === null ? ${fallback} : value !== 'false';`]
      : p.type === 'number'
        ? [`const value = Number(${read} ?? NaN);`, `return Number.isFinite(value) ? value : ${fallback};`]
        : p.options
          ? [`const value = ${read};`, `return ${p.options.map((o) => `value === ${jsString(o)}`).join(' || ')} ? value : ${fallback};`]
          : [`return ${read} ?? ${fallback};`];
  return [`get #${p.local}(): ${p.tsType} {`, ...indent(body), '}'];
}

// Writes to state nothing reads are dropped here (no field, no re-render), so
// a handler takes the event only when what remains of its body reads it.
function handlerBody(h: HandlerModel, ctx: ExprContext): string[] {
  const actions = h.actions.filter((a) => a.type === 'emit' || a.state.read);
  const writes = actions.some((a) => a.type !== 'emit');
  return [
    ...(h.preventDefault ? ['event.preventDefault();'] : []),
    ...actions.map((a): string => {
      switch (a.type) {
        case 'toggle':
          return `this.#${a.state.local} = !this.#${a.state.local};`;
        case 'set': {
          const field = a.value.kind === 'event' ? a.value.field : 'value';
          return `this.#${a.state.local} = ${printSetValue(a.state, a.value, ctx, `(event.currentTarget as ${formTargetType(h.tag, field)})`)};`;
        }
        case 'emit': {
          const detail = a.payload ? `detail: ${ctx.access(a.payload)}, ` : '';
          return `this.dispatchEvent(new CustomEvent(${jsString(a.emit.name)}, { ${detail}bubbles: true, composed: true }));`;
        }
      }
    }),
    ...(writes ? ['this.#render();'] : []),
  ];
}
const usesEvent = (h: HandlerModel, ctx: ExprContext) => h.usesEvent && handlerBody(h, ctx).some((line) => /\bevent\b/.test(line));

function handler(h: HandlerModel, ctx: ExprContext): string[] {
  const params = [...(usesEvent(h, ctx) ? ['event: Event'] : []), ...h.items.map((i) => `${i.itemVar}: ${i.list.typeName}`)];
  return [`#${h.name}(${params.join(', ')}): void {`, ...indent(handlerBody(h, ctx)), '}'];
}

/** An attribute as an h() entry: strings, or booleans for present/absent attributes. */
function attribute(attr: AttrModel, ctx: ExprContext): string {
  const key = /^[a-z]+$/.test(attr.name) ? attr.name : jsString(attr.name);
  const { value } = attr;
  if (value.kind === 'static') return `${key}: ${attr.boolean ? 'true' : jsString(value.text)}`;
  if (value.kind === 'condition') {
    const cond = printBooleanCondition(value.condition, ctx);
    return `${key}: ${attr.boolean ? cond : `String(${cond})`}`;
  }
  return `${key}: ${textOf(value.ref, ctx)}`;
}

/** A ref as text: strings as they are, other values through String() (a missing list field as ''). */
function textOf(ref: Ref, ctx: ExprContext): string {
  const read = ctx.access(ref);
  const type = typeOf(ref);
  if (type === 'string') return read;
  return type === undefined ? `String(${read} ?? '')` : `String(${read})`;
}

/** A printed expression: lines, the first continuing whatever precedes it. */
type Expr = string[];
const MAX_LINE = 100;

/** Parts joined where they meet: the last line of one continues with the first line of the next. */
const concat = (...parts: Expr[]): Expr =>
  parts.reduce((acc, part) => (acc.length === 0 ? [...part] : [...acc.slice(0, -1), `${acc[acc.length - 1]}${part[0] ?? ''}`, ...part.slice(1)]), []);

const fits = (expr: Expr, width: number) => expr.length === 1 && expr[0]!.length <= width;

/** `[a, b]` on one line when it fits in `width`, else one item per line. */
function list(open: string, items: Expr[], close: string, width: number): Expr {
  const one = [`${open}${items.map((i) => i[0]).join(', ')}${close}`];
  if (items.every((i) => i.length === 1) && fits(one, width)) return one;
  return [open, ...indent(items.flatMap((i) => concat(i, [',']))), close];
}

/**
 * `h(tag, { attributes, onevent }, children)`, hyperscript style. `width` is
 * what is left of the line at this depth; the attributes object and the
 * children array break onto their own lines when they do not fit.
 */
function element(el: ElementModel, ctx: ExprContext, strategy: StylingStrategy, width: number): Expr {
  const className = strategy.classOf(el);
  const entries = [
    ...(className ? [`class: ${jsString(className)}`] : []),
    ...el.attrs.map((a) => attribute(a, ctx)),
    ...el.handlers.map((h) => {
      const event = usesEvent(h, ctx);
      const args = [...(event ? ['event'] : []), ...h.items.map((i) => i.itemVar)];
      return `on${h.on}: (${event ? 'event' : ''}) => this.#${h.name}(${args.join(', ')})`;
    }),
  ];
  const tag = jsString(el.tag);
  const attrs = list('{ ', entries.map((e) => [e]), ' }', width - tag.length - 6);
  const props = entries.length === 0 ? ['{}'] : attrs.length === 1 ? attrs : ['{', ...attrs.slice(1, -1), '}'];
  if (el.children.length === 0) return concat([`h(${tag}, `], props, [')']);
  const kids = nodes(el.children, ctx, strategy, width - 2);
  const only = el.children.length === 1 ? el.children[0] : undefined;
  // A list that is the only child can be the children array itself.
  const direct = only?.kind === 'each' && kids[0]!.length === 1 ? [kids[0]![0]!.slice(3)] : undefined;
  const head = concat([`h(${tag}, `], props, [', ']);
  const room = width - head[head.length - 1]!.length - 1;
  const children = direct && fits(direct, room) ? direct : list('[', kids, ']', room);
  return concat(head, children, [')']);
}

/** Children: text, bindings and elements; a conditional is a ternary, a list a spread map. */
function nodes(children: readonly NodeModel[], ctx: ExprContext, strategy: StylingStrategy, width: number): Expr[] {
  const one = (node: NodeModel): Expr => nodes([node], ctx, strategy, width)[0]!;
  return children.map((node): Expr => {
    switch (node.kind) {
      case 'text':
        return [jsString(node.value)];
      case 'bind':
        return [textOf(node.ref, ctx)];
      case 'element':
        return element(node, ctx, strategy, width);
      case 'if': {
        const cond = printCondition(node.condition, ctx);
        if (node.then.length <= 1 && node.else.length <= 1) {
          const branch = (b: readonly NodeModel[]) => (b[0] ? one(b[0]) : ['null']);
          const [then, otherwise] = [branch(node.then), branch(node.else)];
          // A branch that is itself a spread (a list, or a multi-node conditional)
          // cannot be a ternary operand; such branches take the spread form below.
          if (!then[0]!.startsWith('...') && !otherwise[0]!.startsWith('...')) {
            return concat([`${cond} ? `], then, [' : '], otherwise);
          }
        }
        const branch = (b: readonly NodeModel[]) => list('[', nodes(b, ctx, strategy, width - 2), ']', width);
        return concat([`...(${cond} ? `], branch(node.then), [' : '], branch(node.else), [')']);
      }
      case 'each': {
        const single = node.children.length === 1;
        const body = single ? one(node.children[0]!) : list('[', nodes(node.children, ctx, strategy, width - 2), ']', width);
        const param = new RegExp(`\\b${node.itemVar}\\b`).test(body.join('\n')) ? node.itemVar : '';
        return concat([`...${node.list.local}.${single ? 'map' : 'flatMap'}((${param}) => `], body, [')']);
      }
    }
  });
}

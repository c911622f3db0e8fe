import { isPlainJsxAttr, isPlainJsxText, jsString, jsxText } from './escape.js';
import { isBooleanCondition, printBooleanCondition, printCondition, typeOf, typesOf, type ExprContext } from './expressions.js';
import type { AttrModel, ElementModel, HandlerModel, IfModel, NodeModel, Ref } from './model.js';
import type { StylingStrategy } from './strategy.js';
import { indent, type TemplateDialect, type TemplatePrinter } from './template.js';

/**
 * The JSX dialect of the template walker (React targets): React's attribute
 * names, `{expr}` bindings, `cond && (…)` / ternaries, `list.map(…)` with keys,
 * and event props wired to the component's named handlers.
 */

const REACT_NAMES: Readonly<Record<string, string>> = {
  for: 'htmlFor', tabindex: 'tabIndex', readonly: 'readOnly', maxlength: 'maxLength', minlength: 'minLength',
  colspan: 'colSpan', rowspan: 'rowSpan', autocomplete: 'autoComplete', inputmode: 'inputMode', datetime: 'dateTime',
  'stroke-width': 'strokeWidth', 'stroke-linecap': 'strokeLinecap', 'stroke-linejoin': 'strokeLinejoin',
};
/** React props typed as numbers: a literal is written `{3}`, a binding converted with Number(). */
const NUMERIC = new Set(['tabIndex', 'rows', 'cols', 'colSpan', 'rowSpan', 'maxLength', 'minLength', 'aria-valuenow', 'aria-valuemin', 'aria-valuemax']);
/** Props that accept a number or a string as they are. */
const NUMBER_OR_STRING = new Set(['width', 'height', 'min', 'max', 'step', 'value', 'cx', 'cy', 'r', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'strokeWidth']);
/** aria-* props React types as boolean-ish. */
const BOOLEANISH = new Set(['aria-expanded', 'aria-pressed', 'aria-selected', 'aria-checked', 'aria-disabled', 'aria-hidden', 'aria-modal', 'focusable']);

export const REACT_EVENTS: Readonly<Record<string, { prop: string; type: string }>> = {
  click: { prop: 'onClick', type: 'MouseEvent' },
  input: { prop: 'onInput', type: 'FormEvent' },
  change: { prop: 'onChange', type: 'ChangeEvent' },
  submit: { prop: 'onSubmit', type: 'FormEvent' },
  keydown: { prop: 'onKeyDown', type: 'KeyboardEvent' },
  focus: { prop: 'onFocus', type: 'FocusEvent' },
  blur: { prop: 'onBlur', type: 'FocusEvent' },
  mouseenter: { prop: 'onMouseEnter', type: 'MouseEvent' },
  mouseleave: { prop: 'onMouseLeave', type: 'MouseEvent' },
};
const FORM_FIELDS = new Set(['input', 'textarea', 'select']);

/** React's event prop for a handler: on form fields `input` is React's onChange, which fires on every input. */
export const reactEvent = (handler: HandlerModel): { prop: string; type: string } =>
  handler.on === 'input' && FORM_FIELDS.has(handler.tag) ? REACT_EVENTS.change! : REACT_EVENTS[handler.on]!;

export const reactAccess = (ref: Ref): string =>
  ref.source === 'prop' ? ref.prop.local : ref.source === 'state' ? ref.state.local : `${ref.itemVar}.${ref.field.name}`;
const ctx: ExprContext = { access: reactAccess };

/** A ref rendered as text. React renders nothing for booleans where the other targets print true/false. */
const textOf = (ref: Ref): string => (typesOf(ref).includes('boolean') ? `String(${reactAccess(ref)})` : reactAccess(ref));

/** An attribute as JSX; `rename` maps React's name to the one printed (a styling system may claim some names). */
function attribute(attr: AttrModel, element: ElementModel, rename: (name: string) => string): string {
  let name = REACT_NAMES[attr.name] ?? attr.name;
  const controlled = element.handlers.some((h) => reactEvent(h).prop === 'onChange');
  // Without an onChange handler React wants an uncontrolled field: defaultValue / defaultChecked.
  if ((name === 'value' || name === 'checked') && FORM_FIELDS.has(element.tag) && !controlled) name = name === 'value' ? 'defaultValue' : 'defaultChecked';
  const out = rename(name);
  const { value } = attr;
  if (value.kind === 'condition') return `${out}={${printBooleanCondition(value.condition, ctx)}}`;
  if (value.kind === 'ref') {
    const type = typeOf(value.ref);
    const read = reactAccess(value.ref);
    if (NUMERIC.has(name)) return `${out}={${type === 'number' ? read : `Number(${read})`}}`;
    if (BOOLEANISH.has(name) || (NUMBER_OR_STRING.has(name) && type === 'number') || type === 'string') return `${out}={${read}}`;
    return `${out}={String(${read})}`;
  }
  if (attr.boolean) return out;
  if (NUMERIC.has(name) && /^-?\d+(\.\d+)?$/.test(value.text)) return `${out}={${value.text}}`;
  return isPlainJsxAttr(value.text) ? `${out}="${value.text}"` : `${out}={${jsString(value.text)}}`;
}

/** The call an event prop makes: the handler itself, or an arrow passing the list items it reads. */
function handlerCall(handlers: readonly HandlerModel[]): string {
  const call = (h: HandlerModel, event: string) => `${h.name}(${[...(h.usesEvent ? [event] : []), ...h.items.map((i) => i.itemVar)].join(', ')})`;
  if (handlers.length === 1 && handlers[0]!.items.length === 0) return handlers[0]!.name;
  const usesEvent = handlers.some((h) => h.usesEvent);
  const param = usesEvent ? '(event)' : '()';
  if (handlers.length === 1) return `${param} => ${call(handlers[0]!, 'event')}`;
  return `${param} => { ${handlers.map((h) => `${call(h, 'event')};`).join(' ')} }`;
}

export interface JsxDialect extends TemplateDialect {
  /** Set once a list needed `<Fragment key>` (several nodes per item); the component then imports it. */
  readonly usesFragment: () => boolean;
}

export function jsxDialect(strategy: StylingStrategy): JsxDialect {
  let fragment = false;
  const branch = (nodes: readonly NodeModel[], printer: TemplatePrinter, inline: boolean): string[] => {
    if (nodes.length === 0) return ['null'];
    const only = nodes[0]!;
    if (nodes.length === 1 && only.kind === 'text' && (inline || isPlainJsxText(only.value))) return [jsString(only.value)];
    if (nodes.length === 1 && only.kind === 'bind') return [textOf(only.ref)];
    if (nodes.length === 1 && only.kind === 'element') return printer.element(only, new Map(), inline);
    // A nested conditional is a nested ternary, not a fragment around one.
    if (nodes.length === 1 && only.kind === 'if' && inline) return [`(${conditional(only, printer)})`];
    if (inline) return [`<>${printer.nodes(nodes, new Map(), true)[0]}</>`];
    return ['<>', ...indent(printer.nodes(nodes, new Map(), false)), '</>'];
  };
  /** An inline conditional as an expression: `cond && x`, or `cond ? x : y`. */
  const conditional = (node: IfModel, printer: TemplatePrinter): string => {
    const cond = printCondition(node.condition, ctx);
    const then = branch(node.then, printer, true)[0];
    if (node.else.length === 0 && isBooleanCondition(node.condition)) return `${cond} && ${then}`;
    return `${cond} ? ${then} : ${branch(node.else, printer, true)[0]}`;
  };
  /** `head(` lines `)tail`: JSX in parentheses on its own lines. */
  const wrapLines = (head: string, lines: string[], tail: string): string[] => [`${head}(`, ...indent(lines), `)${tail}`];

  return {
    usesFragment: () => fragment,
    selfCloseEmpty: true,
    voidClose: ' />',
    tagOf: (element) => strategy.jsx?.tagOf?.(element) ?? element.tag,
    text: (value) => (isPlainJsxText(value) ? jsxText(value) : `{${jsString(value)}}`),
    bind: (ref) => `{${textOf(ref)}}`,
    attributes(element) {
      const className = strategy.classOf(element);
      const rename = strategy.jsx?.attributeName ?? ((name: string) => name);
      const attrs = element.attrs.map((a) => attribute(a, element, rename));
      const byProp = new Map<string, HandlerModel[]>();
      for (const h of element.handlers) byProp.set(reactEvent(h).prop, [...(byProp.get(reactEvent(h).prop) ?? []), h]);
      const events = [...byProp].map(([prop, handlers]) => `${prop}={${handlerCall(handlers)}}`);
      // A plain string literal prints as an attribute (bg="surface"), anything else as {expression}.
      const extra = (strategy.jsx?.propsOf?.(element) ?? []).map((p) =>
        /^"[^"\\{}&<>]*"$/.test(p.expression) ? `${p.name}=${p.expression}` : `${p.name}={${p.expression}}`,
      );
      const cls = className ? [isPlainJsxAttr(className) ? `className="${className}"` : `className={${jsString(className)}}`] : [];
      return [...cls, ...attrs, ...events, ...extra];
    },
    if(node, printer, _scope, inline) {
      const cond = printCondition(node.condition, ctx);
      const then = branch(node.then, printer, inline);
      if (inline) return [`{${conditional(node, printer)}}`];
      if (node.else.length === 0 && isBooleanCondition(node.condition)) return wrapLines(`{${cond} && `, then, '}');
      const elseLines = branch(node.else, printer, false);
      if (then.length === 1 && elseLines.length === 1) return [`{${cond} ? ${then[0]} : ${elseLines[0]}}`];
      return [`{${cond} ? (`, ...indent(then), elseLines.length === 1 ? `) : ${elseLines[0]}}` : ') : (', ...(elseLines.length === 1 ? [] : [...indent(elseLines), ')}'])];
    },
    each(node, printer, _scope, inline) {
      const key = `key={${node.itemVar}.${node.list.key}}`;
      const only = node.children.length === 1 && node.children[0]!.kind === 'element' ? node.children[0] : undefined;
      let body: string[];
      if (only) body = printer.element(only, new Map(), inline, [key]);
      else {
        fragment = true;
        const inner = printer.nodes(node.children, new Map(), inline);
        body = inline ? [`<Fragment ${key}>${inner[0]}</Fragment>`] : [`<Fragment ${key}>`, ...indent(inner), '</Fragment>'];
      }
      const head = `{${node.list.local}.map((${node.itemVar}) => `;
      return inline ? [`${head}${body.join('')})}`] : wrapLines(head, body, ')}');
    },
  };
}

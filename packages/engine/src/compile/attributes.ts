import { EngineError } from '../engine-error.js';
import type { A11y, Binding, Condition, ElementNode, Literal, Tag } from '../spec/schema.js';
import type { AttrModel, AttrValue, ConditionModel, Ref } from './model.js';

/**
 * The attribute stage: an element's spec attributes, its accessibility block
 * (→ role / aria-*) and its disabled condition become one ordered list of
 * attributes every target prints. Order: spec attributes, role, aria-*, then
 * the disabled state.
 */

/** HTML boolean attributes: present means true, whatever the value. */
export const BOOLEAN_ATTRIBUTES: ReadonlySet<string> = new Set(['required', 'disabled', 'checked', 'readonly', 'open', 'selected', 'multiple']);

/** Elements with a native `disabled` state (and the :disabled pseudo-class). */
export const NATIVE_DISABLED_TAGS: ReadonlySet<Tag> = new Set(['button', 'input', 'select', 'textarea', 'fieldset', 'option']);

export const SVG_TAGS: ReadonlySet<Tag> = new Set(['svg', 'path', 'circle', 'rect', 'line', 'polyline', 'g']);

// The schema's URL rule, applied here to values that reach href/src through a binding
// (prop defaults, state values, list items), which the schema cannot see.
const SAFE_URL = /^(?:https?:\/\/|mailto:|tel:|#|\/|\.\/|\.\.\/|[a-zA-Z0-9_-][a-zA-Z0-9_./-]*(?:[?#].*)?$)/;
// An empty value is a same-document reference (and what an unset image prop defaults to).
export const isSafeUrl = (v: string): boolean => v === '' || (SAFE_URL.test(v) && !/^\s*(javascript|data|vbscript):/i.test(v));

export interface AttributeContext {
  resolve(binding: Binding, at: string): Ref;
  condition(condition: Condition, at: string): ConditionModel;
  /** Every literal the spec lets flow into a ref (its default, initial value, set literals, list values). */
  literalsOf(ref: Ref): Literal[];
}

const A11Y_STATIC: ReadonlyArray<[keyof A11y, string]> = [
  ['labelledBy', 'aria-labelledby'],
  ['describedBy', 'aria-describedby'],
  ['controls', 'aria-controls'],
  ['current', 'aria-current'],
  ['live', 'aria-live'],
  ['hasPopup', 'aria-haspopup'],
  ['valueMin', 'aria-valuemin'],
  ['valueMax', 'aria-valuemax'],
];
const A11Y_BINDABLE: ReadonlyArray<[keyof A11y, string]> = [
  ['label', 'aria-label'],
  ['expanded', 'aria-expanded'],
  ['pressed', 'aria-pressed'],
  ['selected', 'aria-selected'],
  ['checked', 'aria-checked'],
  ['valueNow', 'aria-valuenow'],
];

const isBind = (v: unknown): v is { bind: Binding } => typeof v === 'object' && v !== null && 'bind' in v;

const staticValue = (value: Literal): AttrValue => ({ kind: 'static', text: String(value) });

export function buildAttributes(node: ElementNode, path: string, ctx: AttributeContext): AttrModel[] {
  const attrs: AttrModel[] = [];
  const disabledByCondition = node.disabledWhen !== undefined;
  for (const [name, value] of Object.entries(node.attrs ?? {})) {
    if (value === undefined) continue;
    if (name === 'disabled' && disabledByCondition) continue;
    const boolean = BOOLEAN_ATTRIBUTES.has(name);
    if (isBind(value)) {
      const ref = ctx.resolve(value.bind, `${path}.attrs.${name}`);
      if (name === 'href' || name === 'src') checkUrls(ref, ctx, `${path}.attrs.${name}`);
      attrs.push({ name, boolean, value: boolean ? { kind: 'condition', condition: { ref, not: false } } : { kind: 'ref', ref } });
    } else if (boolean) {
      if (value !== false && value !== 'false') attrs.push({ name, boolean, value: { kind: 'static', text: '' } });
    } else {
      attrs.push({ name, boolean, value: staticValue(value) });
    }
  }
  const a11y = node.a11y ?? {};
  if (a11y.role) attrs.push({ name: 'role', boolean: false, value: staticValue(a11y.role) });
  for (const [key, name] of A11Y_BINDABLE) {
    const value = a11y[key];
    if (value === undefined) continue;
    const ref = isBind(value) ? ctx.resolve(value.bind, `${path}.a11y.${key}`) : undefined;
    attrs.push({ name, boolean: false, value: ref ? { kind: 'ref', ref } : staticValue(value as Literal) });
  }
  for (const [key, name] of A11Y_STATIC) {
    const value = a11y[key];
    if (value !== undefined) attrs.push({ name, boolean: false, value: staticValue(value as Literal) });
  }
  if (a11y.hidden) attrs.push({ name: 'aria-hidden', boolean: false, value: staticValue('true') });
  if (a11y.modal !== undefined) attrs.push({ name: 'aria-modal', boolean: false, value: staticValue(a11y.modal) });
  if (node.disabledWhen) {
    const condition = ctx.condition(node.disabledWhen, `${path}.disabledWhen`);
    const native = NATIVE_DISABLED_TAGS.has(node.tag);
    attrs.push({ name: native ? 'disabled' : 'aria-disabled', boolean: native, value: { kind: 'condition', condition } });
  }
  return attrs;
}

/** Refuses a spec whose own data would put a script URL into href/src through a binding. */
function checkUrls(ref: Ref, ctx: AttributeContext, at: string): void {
  for (const literal of ctx.literalsOf(ref)) {
    if (typeof literal === 'string' && !isSafeUrl(literal)) {
      const message = `A value bound to a URL attribute must be an http(s), mailto, tel, relative or # URL: "${literal.slice(0, 60)}".`;
      throw new EngineError('UNSAFE_URL', message, [{ code: 'UNSAFE_URL', message, path: at }]);
    }
  }
}

/** How an element shows a disabled state: native `disabled`, `aria-disabled` from its condition, or never. */
export const disabledByOf = (node: ElementNode): 'native' | 'aria' | 'none' =>
  NATIVE_DISABLED_TAGS.has(node.tag) ? 'native' : node.disabledWhen ? 'aria' : 'none';

import type { Literal } from '../spec/schema.js';
import { jsString } from './escape.js';
import type { ConditionModel, Ref, SetValue, StateModel, ValueType } from './model.js';

/**
 * Expressions shared by the code-generating emitters. A target supplies how a
 * ref is read (`access`) and how a string literal is written in its context
 * (`str`: `jsString` in script code, `inertString` inside templates); the
 * shape of conditions, coercions and literals is decided here, once.
 */
export interface ExprContext {
  access(ref: Ref): string;
  str?(value: string): string;
}

export const typesOf = (ref: Ref): readonly ValueType[] =>
  ref.source === 'prop' ? [ref.prop.type] : ref.source === 'state' ? [ref.state.type] : ref.field.types;

/** The single type of a ref, or undefined for a list field with mixed or missing values. */
export const typeOf = (ref: Ref): ValueType | undefined => {
  const types = typesOf(ref);
  return types.length === 1 && !(ref.source === 'item' && ref.field.optional) ? types[0] : undefined;
};

/** A literal converted to one of `types`; undefined when no sensible conversion exists. */
export function coerceLiteral(value: Literal, types: readonly ValueType[]): Literal | undefined {
  if (types.includes(typeof value as ValueType)) return value;
  for (const type of types) {
    if (type === 'string') return String(value);
    if (type === 'number') {
      const n = typeof value === 'string' && value.trim() === '' ? NaN : Number(value);
      if (Number.isFinite(n)) return n;
    }
    if (type === 'boolean') {
      if (value === 'true' || value === 1) return true;
      if (value === 'false' || value === 0) return false;
    }
  }
  return undefined;
}

export const printLiteral = (value: Literal, ctx: Pick<ExprContext, 'str'> = {}): string =>
  typeof value === 'string' ? (ctx.str ?? jsString)(value) : String(value);

/** A condition as a boolean-ish expression (`selected`, `!open`, `variant === 'primary'`). */
export function printCondition(condition: ConditionModel, ctx: ExprContext): string {
  if (condition.constant !== undefined) return String(condition.constant);
  const read = ctx.access(condition.ref);
  if (condition.equals === undefined) return condition.not ? `!${read}` : read;
  return `${read} ${condition.not ? '!==' : '==='} ${printLiteral(condition.equals, ctx)}`;
}

/** True when printCondition yields a real boolean (so `cond && …` is safe in JSX and typed attributes). */
export const isBooleanCondition = (condition: ConditionModel): boolean =>
  condition.constant !== undefined || condition.equals !== undefined || condition.not || typeOf(condition.ref) === 'boolean';

/** A condition printed as a boolean value: `!!count` for a truthiness test on a non-boolean. */
export const printBooleanCondition = (condition: ConditionModel, ctx: ExprContext): string =>
  isBooleanCondition(condition) ? printCondition(condition, ctx) : `!!${printCondition(condition, ctx)}`;

/** Converts an expression of type `from` (undefined = unknown) to `to`, for script code. */
export function coerceExpr(expr: string, from: ValueType | undefined, to: ValueType): string {
  if (from === to) return expr;
  if (to === 'string') return `String(${expr})`;
  if (to === 'number') return `Number(${expr})`;
  return `Boolean(${expr})`;
}

/**
 * The new value of a `set` action, as script code of type `state.type`.
 * `eventTarget` is how the target reads the element behind the event, e.g.
 * `(event.currentTarget as HTMLInputElement)`.
 */
export function printSetValue(state: StateModel, value: SetValue, ctx: ExprContext, eventTarget: string): string {
  switch (value.kind) {
    case 'literal':
      return printLiteral(value.value, ctx);
    case 'event':
      return coerceExpr(`${eventTarget}.${value.field}`, value.field === 'value' ? 'string' : 'boolean', state.type);
    case 'ref':
      return coerceExpr(ctx.access(value.ref), typeOf(value.ref), state.type);
  }
}

/** The DOM interface of a form control whose value/checked a handler reads. */
export const DOM_FORM_TYPES: Readonly<Record<string, string>> = {
  input: 'HTMLInputElement',
  textarea: 'HTMLTextAreaElement',
  select: 'HTMLSelectElement',
};

/** The type a handler casts the event's current target to when reading value/checked. */
export const formTargetType = (tag: string, field: 'value' | 'checked'): string =>
  field === 'checked' ? 'HTMLInputElement' : (DOM_FORM_TYPES[tag] ?? 'HTMLInputElement');

/** The TypeScript type of a ref's value (a list field some items lack may be undefined). */
export const refTsType = (ref: Ref): string =>
  ref.source === 'prop'
    ? ref.prop.tsType
    : ref.source === 'state'
      ? ref.state.type
      : `${ref.field.tsType}${ref.field.optional ? ' | undefined' : ''}`;

/** A `set` literal in the state's type, with JavaScript's conversion when no exact one exists. */
export function forceLiteral(value: Literal, type: ValueType): Literal {
  const exact = coerceLiteral(value, [type]);
  if (exact !== undefined) return exact;
  return type === 'number' ? 0 : type === 'boolean' ? Boolean(value) : String(value);
}

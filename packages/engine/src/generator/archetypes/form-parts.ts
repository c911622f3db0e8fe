import type { Condition, ElementNode } from '../../spec/schema.js';
import { icon } from '../icons.js';
import { el, fromState, isState, on, set, when, type Child } from '../nodes.js';
import { bodyText, border, disabledLook, focusRing, iconButtonStyles, inputStyles, labelStyle, row, space, stack, tok, transition, type Decl, type Style } from '../styles.js';
import type { Theme } from '../theme.js';

/**
 * Form fields shared by the form archetypes. Every field has a visible
 * label tied to its control (`for` → `id`), hints and errors are tied with
 * aria-describedby, and errors are announced politely.
 */
export interface FieldOptions {
  id: string;
  name: string;
  label: string;
  type?: string;
  placeholder?: string;
  autocomplete?: string;
  hint?: string;
  required?: boolean;
  multiline?: boolean;
  /** Show the field as invalid while this holds, with `errorText`. */
  errorWhen?: Condition;
  errorText?: Child[];
  /** Decorative trailing text shown under a valid field. */
  valid?: string;
  extraLabel?: ElementNode;
}

const requiredMark = (th: Theme, name: string) => el('span', `${name}-required`, { a11y: { hidden: true }, style: { base: { color: th.danger } } }, [' *']);

export function fieldLabel(th: Theme, o: Pick<FieldOptions, 'id' | 'name' | 'label' | 'required' | 'extraLabel'>): ElementNode {
  const label = el('label', `${o.name}-label`, { attrs: { for: o.id }, style: { base: labelStyle(th) } }, [o.label, ...(o.required ? [requiredMark(th, o.name)] : [])]);
  return o.extraLabel ? el('div', `${o.name}-label-row`, { style: { base: { ...row('sm'), justifyContent: 'space-between' } } }, [label, o.extraLabel]) : label;
}

/** An overlay ring in the danger colour, so the same input can show an invalid state without a second copy. */
const invalidRing = (th: Theme, name: string) =>
  el('span', `${name}-invalid`, { a11y: { hidden: true }, style: { base: { position: 'absolute', inset: '0', ...border(tok('color.danger')), borderRadius: th.radius.control, pointerEvents: 'none' } } });

export function textField(th: Theme, o: FieldOptions): ElementNode {
  const describedBy = [o.hint ? `${o.id}-hint` : '', o.errorWhen ? `${o.id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const attrs: Record<string, string | boolean> = { id: o.id, name: o.id };
  if (!o.multiline) attrs.type = o.type ?? 'text';
  if (o.placeholder) attrs.placeholder = o.placeholder;
  if (o.autocomplete) attrs.autocomplete = o.autocomplete;
  if (o.required) attrs.required = true;
  if (o.multiline) attrs.rows = '4';
  const input = el(o.multiline ? 'textarea' : 'input', `${o.name}-input`, { attrs, a11y: describedBy ? { describedBy } : undefined, style: inputStyles(th) });
  const control = o.errorWhen ? el('div', `${o.name}-control`, { style: { base: { position: 'relative' } } }, [input, when(o.errorWhen, [invalidRing(th, o.name)])]) : input;
  const children: Child[] = [fieldLabel(th, o), control];
  if (o.errorWhen) {
    children.push(
      when(o.errorWhen, [
        el('p', `${o.name}-error`, { attrs: { id: `${o.id}-error` }, a11y: { live: 'polite' }, style: { base: { ...bodyText(th, 'sm', false), ...row('xs'), color: th.danger } } }, [
          el('span', `${o.name}-error-icon`, { style: { base: { display: 'inline-flex', color: tok('color.danger') } } }, [icon('alert', 16)]),
          ...(o.errorText ?? []),
        ]),
      ]),
    );
  }
  if (o.hint) children.push(el('p', `${o.name}-hint`, { attrs: { id: `${o.id}-hint` }, style: { base: bodyText(th, 'sm') } }, [o.hint]));
  if (o.valid) {
    children.push(
      el('p', `${o.name}-valid`, { style: { base: { ...bodyText(th, 'sm', false), ...row('xs') } } }, [
        el('span', `${o.name}-valid-icon`, { style: { base: { display: 'inline-flex', color: tok('color.success') } } }, [icon('checkCircle', 16)]),
        o.valid,
      ]),
    );
  }
  return el('div', `${o.name}-field`, { style: { base: stack('xs') } }, children);
}

const boxStyle: Style = {
  base: { width: tok('font.size.md'), height: tok('font.size.md'), margin: '0', cursor: 'pointer', flexShrink: '0', ...transition },
  hover: { opacity: '0.85' },
  focusVisible: focusRing,
  active: { transform: 'scale(0.95)' },
  disabled: disabledLook,
};

/** A checkbox or radio inside its label, so the whole line is clickable. */
export function choiceField(th: Theme, o: { id: string; name: string; label: Child[]; type?: 'checkbox' | 'radio'; group?: string; value?: string; required?: boolean; checked?: boolean }): ElementNode {
  const attrs: Record<string, string | boolean> = { id: o.id, name: o.group ?? o.id, type: o.type ?? 'checkbox' };
  if (o.value) attrs.value = o.value;
  if (o.required) attrs.required = true;
  if (o.checked) attrs.checked = true;
  return el('label', `${o.name}-option`, { attrs: { for: o.id }, style: { base: { ...row('sm'), alignItems: 'flex-start', ...bodyText(th, 'sm', false), cursor: 'pointer' } } }, [
    el('input', `${o.name}-${o.type === 'radio' ? 'radio' : 'checkbox'}`, { attrs, style: boxStyle }),
    el('span', `${o.name}-text`, {}, o.label),
  ]);
}

/**
 * A password input with a show/hide button. The input's type is bound to a
 * string state, so the input (and what was typed) stays the same element.
 */
export function passwordField(th: Theme, o: { id: string; name: string; label: string; show: string; hide: string; autocomplete: string; hint?: string; extraLabel?: ElementNode }): ElementNode {
  const toggleStyle = iconButtonStyles(th, { position: 'absolute', top: '50%', right: space('xs'), transform: 'translateY(-50%)' });
  const pressed: Decl = { transform: 'translateY(-50%) scale(0.95)' };
  const attrs = { id: o.id, name: o.id, type: fromState('passwordType'), autocomplete: o.autocomplete, required: true, minlength: 8 };
  return el('div', `${o.name}-field`, { style: { base: stack('xs') } }, [
    fieldLabel(th, { ...o, required: true }),
    el('div', `${o.name}-control`, { style: { base: { position: 'relative' } } }, [
      el('input', `${o.name}-input`, { attrs, a11y: o.hint ? { describedBy: `${o.id}-hint` } : undefined, style: inputStyles(th, { paddingRight: tok('space.xl') }) }),
      when(
        isState('passwordType', 'password'),
        [el('button', `${o.name}-show`, { attrs: { type: 'button' }, a11y: { label: o.show, controls: o.id }, events: on('click', set('passwordType', 'text')), style: { ...toggleStyle, active: pressed } }, [icon('eye', 18)])],
        [el('button', `${o.name}-hide`, { attrs: { type: 'button' }, a11y: { label: o.hide, controls: o.id }, events: on('click', set('passwordType', 'password')), style: { ...toggleStyle, active: pressed } }, [icon('eyeOff', 18)])],
      ),
    ]),
    ...(o.hint ? [el('p', `${o.name}-hint`, { attrs: { id: `${o.id}-hint` }, style: { base: bodyText(th, 'sm') } }, [o.hint])] : []),
  ]);
}

/** "or" between two hairlines. */
export const orDivider = (th: Theme, name: string, label: string): ElementNode =>
  el('div', name, { style: { base: { ...row('sm'), ...bodyText(th, 'xs') } } }, [
    el('span', `${name}-line-start`, { a11y: { hidden: true }, style: { base: { flexGrow: '1', height: tok('border.width'), backgroundColor: th.border } } }),
    label,
    el('span', `${name}-line-end`, { a11y: { hidden: true }, style: { base: { flexGrow: '1', height: tok('border.width'), backgroundColor: th.border } } }),
  ]);

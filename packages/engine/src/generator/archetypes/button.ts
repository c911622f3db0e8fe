import { icon } from '../icons.js';
import { bindProp, component, el, emit, fromProp, isProp, on, prop, when } from '../nodes.js';
import { copyFor, withTexts } from '../slot-helpers.js';
import { buttonStyles } from '../styles.js';
import { themeFor } from '../theme.js';
import type { Archetype, Slots } from '../types.js';

const COPY = {
  en: { label: 'Get started', loading: 'Saving…', icon: 'Add item', danger: 'Delete project' },
  es: { label: 'Comenzar', loading: 'Guardando…', icon: 'Añadir elemento', danger: 'Eliminar proyecto' },
};

function build(slots: Slots) {
  const th = themeFor(slots);
  const base = copyFor(COPY, slots);
  const variant = slots.variant ?? 'primary';
  const isIcon = variant === 'icon';
  const defaultLabel = isIcon ? base.icon : slots.tone === 'danger' ? base.danger : base.label;
  const copy = withTexts({ label: defaultLabel, loading: base.loading }, slots.texts, ['label', 'loading']);
  const loading = slots.state === 'loading';
  const content = isIcon
    ? [when(isProp('loading'), [icon('loader', 20)], [icon(slots.tone === 'danger' ? 'trash' : 'plus', 20)])]
    : [when(isProp('loading'), [icon('loader', 18), bindProp('loadingLabel')], [bindProp('label')])];
  const root = el(
    'button',
    'button',
    {
      attrs: { type: 'button' },
      a11y: isIcon ? { label: fromProp('label') } : undefined,
      events: on('click', emit('press')),
      disabledWhen: isProp('disabled'),
      style: buttonStyles(th, variant),
    },
    content,
  );
  const es = slots.language === 'es';
  return component({
    name: isIcon ? 'IconButton' : 'Button',
    description: es ? `Botón (${variant})` : `Button (${variant})`,
    props: [
      prop.string('label', copy.label, es ? 'Texto o nombre accesible' : 'Text, or the accessible name of an icon button'),
      prop.string('loadingLabel', copy.loading),
      prop.boolean('disabled', slots.state === 'disabled' || loading),
      prop.boolean('loading', loading),
    ],
    root,
  });
}

export const button: Archetype = {
  id: 'button',
  title: { en: 'Button', es: 'Botón' },
  keywords: {
    // "<something> button" names a button even when <something> names another archetype.
    en: { button: 5, btn: 4, cta: 2, 'call to action': 3, 'icon button': 6, 'submit button': 5, 'login button': 9, 'sign in button': 9, 'sign up button': 9, 'delete button': 6, 'search button': 9 },
    es: { boton: 5, 'boton de accion': 6, 'llamada a la accion': 3, 'boton de inicio de sesion': 9, 'boton de registro': 9, 'boton de eliminar': 6, 'boton de buscar': 9 },
  },
  textSlots: { en: ['label', 'loading label'], es: ['texto', 'texto de carga'] },
  build,
};

import { icon } from '../icons.js';
import { bindProp, component, el, emit, isState, on, prop, set, state, when } from '../nodes.js';
import { copyFor, withTexts } from '../slot-helpers.js';
import { bodyText, buttonStyles, cardSurface, heading, iconButtonStyles, linkStyles, row, space, stack, tok } from '../styles.js';
import { statusTone, themeFor, toneStatus } from '../theme.js';
import type { Archetype, Slots, Status } from '../types.js';
import { FEEDBACK_COPY, STATUS_ICON } from './feedback-copy.js';
import { iconTile } from './parts.js';

function build(slots: Slots) {
  const status: Status = slots.status ?? toneStatus(slots.tone) ?? 'info';
  const th = themeFor({ ...slots, tone: statusTone(status) });
  const base = copyFor(FEEDBACK_COPY, slots);
  const copy = withTexts({ ...base[status] }, slots.texts, ['title', 'message', 'action']);
  const urgent = status === 'danger' || status === 'warning';
  const alert = el(
    'div',
    'alert',
    {
      a11y: { role: urgent ? 'alert' : 'status' },
      style: {
        base: { ...cardSurface(th, 'md'), ...row('md'), alignItems: 'flex-start', position: 'relative', overflow: 'hidden', paddingLeft: space('lg') },
        responsive: { md: { padding: '{space.lg} {space.lg}' } },
      },
    },
    [
      el('span', 'alert-accent', { a11y: { hidden: true }, style: { base: { position: 'absolute', left: '0', top: '0', bottom: '0', width: '{space.xs}', backgroundColor: th.tone.bg } } }),
      iconTile(th, 'alert-icon', icon(STATUS_ICON[status], 18)),
      el('div', 'alert-body', { style: { base: { ...stack('xs'), flexGrow: '1', minWidth: '0' } } }, [
        el('p', 'alert-title', { style: { base: heading(th, 'md') } }, [bindProp('title')]),
        el('p', 'alert-message', { style: { base: bodyText(th, 'sm') } }, [bindProp('message')]),
        el('div', 'alert-actions', { style: { base: { ...row('md'), flexWrap: 'wrap', marginTop: space('xs') } } }, [
          el('a', 'alert-action', { attrs: { href: '#details' }, style: linkStyles(th, { fontSize: tok('font.size.sm') }) }, [copy.action]),
          el('button', 'alert-dismiss', { attrs: { type: 'button' }, events: on('click', set('visible', false), emit('dismiss')), style: buttonStyles(th, 'ghost', 'sm', { color: th.muted }) }, [base.dismiss]),
        ]),
      ]),
      el('button', 'alert-close', { attrs: { type: 'button' }, a11y: { label: base.dismiss }, events: on('click', set('visible', false), emit('dismiss')), style: iconButtonStyles(th) }, [icon('x', 18)]),
    ],
  );
  return component({
    name: 'Alert',
    description: slots.language === 'es' ? 'Aviso descartable' : 'Dismissible alert',
    props: [prop.string('title', copy.title), prop.string('message', copy.message)],
    state: [state.boolean('visible', true)],
    root: el('div', 'alert-container', { style: { base: { width: '100%', fontFamily: tok('font.family.base') } } }, [when(isState('visible'), [alert])]),
  });
}

export const alert: Archetype = {
  id: 'alert',
  title: { en: 'Alert', es: 'Alerta' },
  keywords: {
    en: { alert: 6, callout: 5, banner: 2, 'error message': 5, 'warning message': 5, 'success message': 5, 'info message': 5, notice: 3, message: 1 },
    es: { alerta: 6, aviso: 4, 'mensaje de error': 6, 'mensaje de exito': 6, 'mensaje de advertencia': 6, mensaje: 1 },
  },
  textSlots: { en: ['title', 'message', 'action'], es: ['título', 'mensaje', 'acción'] },
  includes: ['button'],
  build,
};

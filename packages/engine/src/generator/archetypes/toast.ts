import { icon } from '../icons.js';
import { bindProp, component, el, emit, isState, on, prop, set, state, when } from '../nodes.js';
import { copyFor, withTexts } from '../slot-helpers.js';
import { bodyText, border, heading, interactive, row, space, stack, tok, type Decl } from '../styles.js';
import { statusTone, themeFor, toneStatus } from '../theme.js';
import type { Archetype, Slots, Status } from '../types.js';
import { FEEDBACK_COPY, STATUS_ICON } from './feedback-copy.js';
import { iconTile } from './parts.js';

function build(slots: Slots) {
  const status: Status = slots.status ?? toneStatus(slots.tone) ?? 'success';
  const th = themeFor({ ...slots, tone: statusTone(status) });
  const base = copyFor(FEEDBACK_COPY, slots);
  const copy = withTexts({ title: base[status].title, message: base[status].message, action: base.undo }, slots.texts, ['title', 'message', 'action']);
  // Toasts are inverted against the page: dark on a light page, light on a dark one.
  const bg = slots.dark ? tok('color.surface') : tok('color.text');
  const fg = slots.dark ? tok('color.text') : tok('color.surface');
  const muted = slots.dark ? tok('color.text-muted') : tok('color.surface-muted');
  const quiet = (hover: Decl) => interactive({ ...border('transparent'), backgroundColor: 'transparent', borderRadius: th.radius.control }, hover);
  const actionStyle = quiet({ textDecoration: 'underline' });
  const closeStyle = quiet({ color: fg });
  const toast = el(
    'div',
    'toast',
    {
      a11y: { role: status === 'danger' ? 'alert' : 'status' },
      style: {
        base: { ...row('md'), alignItems: 'flex-start', padding: space('md'), backgroundColor: bg, color: fg, borderRadius: th.radius.card, boxShadow: th.shadow.overlay, fontFamily: tok('font.family.base') },
      },
    },
    [
      iconTile(th, 'toast-icon', icon(STATUS_ICON[status], 18)),
      el('div', 'toast-body', { style: { base: { ...stack('xs'), flexGrow: '1', minWidth: '0' } } }, [
        el('p', 'toast-title', { style: { base: heading(th, 'md', { color: fg }) } }, [bindProp('title')]),
        el('p', 'toast-message', { style: { base: bodyText(th, 'sm', true, { color: muted }) } }, [bindProp('message')]),
      ]),
      el(
        'button',
        'toast-action',
        { attrs: { type: 'button' }, events: on('click', emit('action'), set('visible', false)), style: { ...actionStyle, base: { ...actionStyle.base, padding: '{space.xs} {space.sm}', color: fg, fontWeight: tok('font.weight.semibold'), fontSize: tok('font.size.sm') } } },
        [bindProp('action')],
      ),
      el('button', 'toast-close', { attrs: { type: 'button' }, a11y: { label: base.dismiss }, events: on('click', set('visible', false), emit('dismiss')), style: { ...closeStyle, base: { ...closeStyle.base, display: 'inline-flex', padding: space('xs'), color: muted } } }, [
        icon('x', 18),
      ]),
    ],
  );
  return component({
    name: 'Toast',
    description: slots.language === 'es' ? 'Notificación emergente' : 'Toast notification',
    props: [prop.string('title', copy.title), prop.string('message', copy.message), prop.string('action', copy.action)],
    state: [state.boolean('visible', true)],
    root: el(
      'div',
      'toast-region',
      { a11y: { live: 'polite' }, style: { base: { position: 'fixed', left: '{space.md}', right: '{space.md}', bottom: '{space.md}', zIndex: '50', ...stack('sm') }, responsive: { md: { left: 'auto', width: '24rem' } } } },
      [when(isState('visible'), [toast])],
    ),
  });
}

export const toast: Archetype = {
  id: 'toast',
  title: { en: 'Toast', es: 'Notificación emergente' },
  keywords: {
    en: { toast: 7, snackbar: 7, 'popup notification': 6, 'pop up notification': 6, 'temporary message': 4, notification: 1 },
    es: { 'notificacion emergente': 7, 'mensaje emergente': 6, 'aviso emergente': 6, 'mensaje flotante': 5, notificacion: 1 },
  },
  textSlots: { en: ['title', 'message', 'action'], es: ['título', 'mensaje', 'acción'] },
  includes: ['button'],
  build,
};

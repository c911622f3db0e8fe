import { icon } from '../icons.js';
import { bindProp, component, el, emit, isState, on, prop, set, state, when } from '../nodes.js';
import { copyFor, withTexts } from '../slot-helpers.js';
import { bodyText, buttonStyles, cardSurface, heading, iconButtonStyles, onPage, row, stack, tok } from '../styles.js';
import { themeFor, toneColors } from '../theme.js';
import type { Archetype, Slots } from '../types.js';
import { iconTile } from './parts.js';

const COPY = {
  en: {
    destructive: { trigger: 'Delete project', title: 'Delete this project?', body: '“Marketing site” and its 24 components will be permanently deleted. This can’t be undone.', confirm: 'Delete project' },
    neutral: { trigger: 'Publish changes', title: 'Publish these changes?', body: 'Version 12 of “Marketing site” will go live for everyone on your team. You can roll back at any time.', confirm: 'Publish' },
    cancel: 'Cancel',
    close: 'Close dialog',
  },
  es: {
    destructive: { trigger: 'Eliminar proyecto', title: '¿Eliminar este proyecto?', body: '«Web de marketing» y sus 24 componentes se eliminarán para siempre. Esta acción no se puede deshacer.', confirm: 'Eliminar proyecto' },
    neutral: { trigger: 'Publicar cambios', title: '¿Publicar estos cambios?', body: 'La versión 12 de «Web de marketing» se publicará para todo tu equipo. Puedes volver atrás cuando quieras.', confirm: 'Publicar' },
    cancel: 'Cancelar',
    close: 'Cerrar diálogo',
  },
};

function build(slots: Slots) {
  const destructive = slots.tone === undefined || slots.tone === 'danger';
  const th = themeFor({ ...slots, tone: destructive ? 'danger' : slots.tone });
  const base = copyFor(COPY, slots);
  const kind = destructive ? base.destructive : base.neutral;
  const copy = withTexts({ ...kind }, slots.texts, ['title', 'body', 'confirm', 'trigger']);
  const tile = destructive ? toneColors('danger', slots.dark) : th.tone;
  const close = [set('open', false), emit('cancel')];
  const dialog = el(
    'div',
    'modal-dialog',
    {
      a11y: { role: destructive ? 'alertdialog' : 'dialog', modal: true, labelledBy: 'modal-title', describedBy: 'modal-description' },
      style: { base: { ...cardSurface(th, 'lg'), ...stack('md'), position: 'relative', width: '100%', maxWidth: '28rem', boxShadow: th.shadow.overlay }, responsive: { sm: { padding: tok('space.xl') } } },
    },
    [
      el('div', 'modal-header', { style: { base: { ...row('md'), alignItems: 'flex-start', justifyContent: 'space-between' } } }, [
        iconTile(th, 'modal-icon', icon(destructive ? 'alert' : 'info', 20), tile.bg, tile.fg),
        el('button', 'modal-close', { attrs: { type: 'button' }, a11y: { label: base.close }, events: on('click', ...close), style: iconButtonStyles(th) }, [icon('x', 18)]),
      ]),
      el('h2', 'modal-title', { attrs: { id: 'modal-title' }, style: { base: heading(th, 'xl') } }, [bindProp('title')]),
      el('p', 'modal-description', { attrs: { id: 'modal-description' }, style: { base: bodyText(th, 'md') } }, [bindProp('body')]),
      el('div', 'modal-actions', { style: { base: { ...stack('sm'), marginTop: tok('space.sm') }, responsive: { sm: { flexDirection: 'row-reverse', justifyContent: 'flex-start' } } } }, [
        el('button', 'modal-confirm', { attrs: { type: 'button' }, events: on('click', emit('confirm'), set('open', false)), style: buttonStyles(th, 'primary') }, [bindProp('confirmLabel')]),
        el('button', 'modal-cancel', { attrs: { type: 'button' }, events: on('click', ...close), style: buttonStyles(th, 'secondary') }, [base.cancel]),
      ]),
    ],
  );
  const root = el('div', 'modal', { style: { base: { fontFamily: tok('font.family.base'), ...onPage(th) } } }, [
    el('button', 'modal-trigger', { attrs: { type: 'button' }, a11y: { hasPopup: 'dialog' }, events: on('click', set('open', true)), style: buttonStyles(th, destructive ? 'outline' : 'primary') }, [
      icon(destructive ? 'trash' : 'upload', 18),
      copy.trigger,
    ]),
    when(isState('open'), [
      el('div', 'modal-overlay', { style: { base: { position: 'fixed', inset: '0', zIndex: '50', display: 'flex', alignItems: 'flex-end', justifyContent: 'center', padding: tok('space.md') }, responsive: { sm: { alignItems: 'center' } } } }, [
        el('div', 'modal-backdrop', { a11y: { hidden: true }, style: { base: { position: 'absolute', inset: '0', backgroundColor: tok('color.text'), opacity: '0.6' } } }),
        dialog,
      ]),
    ]),
  ]);
  return component({
    name: 'ConfirmModal',
    description: slots.language === 'es' ? 'Diálogo modal de confirmación' : 'Confirmation modal dialog',
    props: [prop.string('title', copy.title), prop.string('body', copy.body), prop.string('confirmLabel', copy.confirm)],
    // Open on first render so the preview shows the dialog itself.
    state: [state.boolean('open', true)],
    root,
  });
}

export const modal: Archetype = {
  id: 'modal',
  title: { en: 'Confirmation modal', es: 'Modal de confirmación' },
  keywords: {
    en: { modal: 8, dialog: 7, 'dialog box': 8, popup: 4, 'pop up': 4, confirm: 3, confirmation: 4, lightbox: 4, 'are you sure': 6 },
    es: { modal: 8, dialogo: 7, 'ventana modal': 9, 'ventana emergente': 7, confirmar: 3, confirmacion: 4, 'estas seguro': 6 },
  },
  textSlots: { en: ['title', 'message', 'confirm label', 'trigger label'], es: ['título', 'mensaje', 'botón de confirmar', 'botón que lo abre'] },
  includes: ['button'],
  build,
};

import { icon } from '../icons.js';
import { bindItem, component, each, el, emit, fromItem, isItem, isState, notState, on, set, state, when } from '../nodes.js';
import { copyFor, itemCount, takeItems, withTexts } from '../slot-helpers.js';
import { bodyText, buttonStyles, cardSurface, chip, divider, heading, interactive, linkStyles, listReset, row, space, stack, tok } from '../styles.js';
import { themeFor } from '../theme.js';
import type { Archetype, Slots } from '../types.js';
import { initialsAvatar } from './parts.js';

const COPY = {
  en: {
    title: 'Notifications',
    markAll: 'Mark all as read',
    viewAll: 'View all notifications',
    unread: 'unread',
    newLabel: 'Unread',
    items: [
      { actor: 'Maya Okafor', initials: 'MO', text: 'commented on Pricing table v3', time: '2 min ago', unread: true },
      { actor: 'Daniel Reyes', initials: 'DR', text: 'approved the new baseline for Navbar', time: '1 h ago', unread: true },
      { actor: 'Aiko Tanaka', initials: 'AT', text: 'invited you to the Marketing site project', time: '3 h ago', unread: false },
      { actor: 'Build bot', initials: 'BB', text: 'found 2 visual changes in Checkout', time: 'Yesterday', unread: false },
      { actor: 'Liam Novak', initials: 'LN', text: 'shared a component with your team', time: '2 days ago', unread: false },
      { actor: 'Sara Lindqvist', initials: 'SL', text: 'mentioned you in Design tokens', time: 'Last week', unread: false },
    ],
  },
  es: {
    title: 'Notificaciones',
    markAll: 'Marcar todo como leído',
    viewAll: 'Ver todas las notificaciones',
    unread: 'sin leer',
    newLabel: 'Sin leer',
    items: [
      { actor: 'Maya Okafor', initials: 'MO', text: 'comentó en Tabla de precios v3', time: 'hace 2 min', unread: true },
      { actor: 'Daniel Reyes', initials: 'DR', text: 'aprobó la nueva referencia de Navbar', time: 'hace 1 h', unread: true },
      { actor: 'Aiko Tanaka', initials: 'AT', text: 'te invitó al proyecto Web de marketing', time: 'hace 3 h', unread: false },
      { actor: 'Bot de builds', initials: 'BB', text: 'encontró 2 cambios visuales en Checkout', time: 'Ayer', unread: false },
      { actor: 'Liam Novak', initials: 'LN', text: 'compartió un componente con tu equipo', time: 'hace 2 días', unread: false },
      { actor: 'Sara Lindqvist', initials: 'SL', text: 'te mencionó en Tokens de diseño', time: 'La semana pasada', unread: false },
    ],
  },
};

const COUNTS = { min: 1, max: 10 };

function build(slots: Slots) {
  const th = themeFor(slots);
  const base = copyFor(COPY, slots);
  const copy = withTexts({ title: base.title }, slots.texts, ['title']);
  const count = itemCount(slots, 4, COUNTS);
  const items = takeItems(base.items, count, (i) => ({ ...base.items[i % base.items.length]!, unread: false })).map((n, i) => ({ id: `n${i + 1}`, href: `#notification-${i + 1}`, ...n }));
  const unread = items.filter((n) => n.unread).length;
  const root = el('section', 'notifications', { a11y: { labelledBy: 'notifications-title' }, style: { base: { ...cardSurface(th, 'md'), padding: '0', overflow: 'hidden', ...stack('md', { gap: '0' }), width: '100%', maxWidth: '28rem', fontFamily: tok('font.family.base') } } }, [
    el('header', 'notifications-header', { style: { base: { ...row('sm'), justifyContent: 'space-between', padding: '{space.md} {space.lg}', ...divider('bottom', th.border) } } }, [
      el('div', 'notifications-heading', { style: { base: row('sm') } }, [
        el('h2', 'notifications-title', { attrs: { id: 'notifications-title' }, style: { base: heading(th, 'lg') } }, [copy.title]),
        when(notState('allRead'), [el('span', 'notifications-count', { style: { base: chip(th.tone.bg, th.tone.fg, th) } }, [`${unread} ${base.unread}`])]),
      ]),
      el('button', 'notifications-mark-all', { attrs: { type: 'button' }, disabledWhen: isState('allRead'), events: on('click', set('allRead', true), emit('markAllRead')), style: buttonStyles(th, 'ghost', 'sm') }, [icon('check', 16), base.markAll]),
    ]),
    el('ul', 'notifications-list', { style: { base: { ...listReset } } }, [
      each(items, 'id', [
        el('li', 'notification', { style: { base: divider('bottom', th.border) } }, [
          el('a', 'notification-link', { attrs: { href: fromItem('href') }, events: on('click', emit('open', fromItem('id'))), style: interactive({ ...row('md'), alignItems: 'flex-start', padding: '{space.md} {space.lg}', textDecoration: 'none', color: th.text }, { backgroundColor: th.hover }) }, [
            initialsAvatar(th, 'notification-avatar', bindItem('initials'), '{space.xl}', 'raised'),
            el('span', 'notification-body', { style: { base: { ...stack('xs'), flexGrow: '1', minWidth: '0' } } }, [
              el('span', 'notification-text', { style: { base: bodyText(th, 'sm', false) } }, [el('strong', 'notification-actor', { style: { base: { fontWeight: tok('font.weight.semibold') } } }, [bindItem('actor')]), ' ', bindItem('text')]),
              el('span', 'notification-time', { style: { base: { ...row('xs'), ...bodyText(th, 'xs', false) } } }, [icon('clock', 12), bindItem('time')]),
            ]),
            when(isItem('unread'), [
              when(notState('allRead'), [el('span', 'notification-unread', { a11y: { label: base.newLabel, role: 'img' }, style: { base: { flexShrink: '0', width: space('sm'), height: space('sm'), marginTop: space('xs'), borderRadius: tok('radius.full'), backgroundColor: th.tone.bg } } })]),
            ]),
          ]),
        ]),
      ]),
    ]),
    el('footer', 'notifications-footer', { style: { base: { padding: '{space.md} {space.lg}', textAlign: 'center' } } }, [
      el('a', 'notifications-view-all', { attrs: { href: '#notifications' }, style: linkStyles(th, { fontSize: tok('font.size.sm') }) }, [base.viewAll]),
    ]),
  ]);
  return component({
    name: 'NotificationList',
    description: slots.language === 'es' ? 'Lista de notificaciones' : 'Notification list',
    state: [state.boolean('allRead', unread === 0)],
    root,
  });
}

export const notificationList: Archetype = {
  id: 'notification-list',
  title: { en: 'Notification list', es: 'Lista de notificaciones' },
  keywords: {
    en: { notification: 4, 'notification list': 9, 'notifications panel': 9, 'notification center': 9, inbox: 6, 'activity feed': 8, activity: 3, feed: 3, bell: 3 },
    es: { notificacion: 4, 'lista de notificaciones': 10, 'centro de notificaciones': 10, 'bandeja de entrada': 7, actividad: 4, 'panel de notificaciones': 10 },
  },
  textSlots: { en: ['title'], es: ['título'] },
  includes: ['badge', 'avatar-group', 'dropdown-menu'],
  counts: COUNTS,
  build,
};

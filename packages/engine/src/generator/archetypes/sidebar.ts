import { icon, iconPath, itemIcon, type IconName } from '../icons.js';
import { bindItem, component, each, el, emit, fromItem, fromState, isItem, isState, on, state, toggle, when } from '../nodes.js';
import { copyFor, highlightIndex, itemCount, labelsFromTexts, takeItems, withTexts } from '../slot-helpers.js';
import { bodyText, chip, divider, eyebrow, heading, iconButtonStyles, interactive, listReset, row, space, stack, tok, type Decl } from '../styles.js';
import { themeFor } from '../theme.js';
import type { Archetype, Slots } from '../types.js';
import { iconTile, initialsAvatar } from './parts.js';

const ITEMS: Array<{ icon: IconName; badge: string }> = [
  { icon: 'home', badge: '' },
  { icon: 'folder', badge: '12' },
  { icon: 'layers', badge: '' },
  { icon: 'chart', badge: '' },
  { icon: 'users', badge: '3' },
  { icon: 'settings', badge: '' },
  { icon: 'inbox', badge: '' },
  { icon: 'calendar', badge: '' },
];

const COPY = {
  en: {
    brand: 'Northwind',
    section: 'Workspace',
    nav: 'Sidebar',
    collapse: 'Collapse sidebar',
    expand: 'Expand sidebar',
    labels: ['Dashboard', 'Projects', 'Components', 'Analytics', 'Team', 'Settings', 'Inbox', 'Calendar'],
    user: 'Maya Okafor',
    email: 'maya@northwind.io',
    initials: 'MO',
    signOut: 'Sign out',
  },
  es: {
    brand: 'Northwind',
    section: 'Espacio de trabajo',
    nav: 'Barra lateral',
    collapse: 'Contraer barra lateral',
    expand: 'Expandir barra lateral',
    labels: ['Panel', 'Proyectos', 'Componentes', 'Analítica', 'Equipo', 'Ajustes', 'Bandeja', 'Calendario'],
    user: 'Maya Okafor',
    email: 'maya@northwind.io',
    initials: 'MO',
    signOut: 'Cerrar sesión',
  },
};

const COUNTS = { min: 2, max: 8 };

function build(slots: Slots) {
  const th = themeFor(slots);
  const base = copyFor(COPY, slots);
  const copy = withTexts({ brand: base.brand }, slots.texts, ['brand']);
  const count = itemCount(slots, 6, COUNTS);
  const current = highlightIndex(slots.highlight, count, 'first');
  const items = labelsFromTexts(
    takeItems(base.labels, count, (i) => `${base.labels[0]} ${i + 1}`).map((label, i) => ({
      id: `item${i + 1}`,
      label,
      href: `#item-${i + 1}`,
      icon: iconPath(ITEMS[i % ITEMS.length]!.icon),
      badge: ITEMS[i % ITEMS.length]!.badge,
      current: i === current,
    })),
    slots.texts,
    (item, label) => ({ ...item, label }),
    1,
  );
  const linkBase: Decl = { ...row('sm'), padding: '{space.sm} {space.sm}', borderRadius: th.radius.control, textDecoration: 'none', fontSize: tok('font.size.sm'), fontWeight: tok('font.weight.medium'), color: th.muted };
  const link = interactive(linkBase, { backgroundColor: th.hover, color: th.text });
  const currentLink = interactive({ ...linkBase, backgroundColor: th.raised, color: th.text, fontWeight: tok('font.weight.semibold') }, { backgroundColor: th.hoverStrong });
  const label = (name: string) => el('span', name, { style: { base: { flexGrow: '1' } } }, [bindItem('label')]);
  const badge = (name: string) => when(isItem('badge'), [el('span', name, { style: { base: chip(th.tone.bg, th.tone.fg, th) } }, [bindItem('badge')])]);
  const full = el('ul', 'sidebar-list', { style: { base: { ...listReset, ...stack('xs') } } }, [
    each(items, 'id', [
      el('li', 'sidebar-item', {}, [
        when(
          isItem('current'),
          [el('a', 'sidebar-link-current', { attrs: { href: fromItem('href') }, a11y: { current: 'page' }, style: currentLink }, [itemIcon('icon', 18), label('sidebar-label-current'), badge('sidebar-badge-current')])],
          [el('a', 'sidebar-link', { attrs: { href: fromItem('href') }, style: link }, [itemIcon('icon', 18), label('sidebar-label'), badge('sidebar-badge')])],
        ),
      ]),
    ]),
  ]);
  const compact = el('ul', 'sidebar-icons', { style: { base: { ...listReset, ...stack('xs'), alignItems: 'center' } } }, [
    each(items, 'id', [
      el('li', 'sidebar-icon-item', {}, [
        el('a', 'sidebar-icon-link', { attrs: { href: fromItem('href'), title: fromItem('label') }, a11y: { label: fromItem('label') }, style: interactive({ ...linkBase, padding: space('sm') }, { backgroundColor: th.hover, color: th.text }) }, [itemIcon('icon', 20)]),
      ]),
    ]),
  ]);
  const root = el('aside', 'sidebar', { a11y: { label: base.nav }, style: { base: { ...stack('lg'), boxSizing: 'border-box', minHeight: '36rem', padding: space('md'), backgroundColor: th.surface, color: th.text, fontFamily: tok('font.family.base'), ...divider('right', th.border) }, responsive: { md: { width: '17rem' } } } }, [
    el('div', 'sidebar-header', { style: { base: { ...row('sm'), justifyContent: 'space-between' } } }, [
      when(isState('expanded'), [
        el('a', 'sidebar-brand', { attrs: { href: '/' }, style: interactive({ ...row('sm'), textDecoration: 'none', color: th.text, borderRadius: th.radius.control }, { opacity: '0.85' }) }, [
          iconTile(th, 'sidebar-logo', icon('layers', 18)),
          el('span', 'sidebar-brand-name', { style: { base: heading(th, 'lg') } }, [copy.brand]),
        ]),
      ]),
      el(
        'button',
        'sidebar-toggle',
        { attrs: { type: 'button' }, a11y: { label: base.collapse, expanded: fromState('expanded'), controls: 'sidebar-nav' }, events: on('click', toggle('expanded')), style: iconButtonStyles(th) },
        [when(isState('expanded'), [icon('chevronLeft', 18)], [icon('chevronRight', 18)])],
      ),
    ]),
    el('nav', 'sidebar-nav', { attrs: { id: 'sidebar-nav' }, a11y: { label: base.section }, style: { base: { ...stack('sm'), flexGrow: '1' } } }, [
      when(isState('expanded'), [el('p', 'sidebar-section', { style: { base: { ...eyebrow(th), color: th.muted, fontSize: tok('font.size.xs'), paddingLeft: space('sm') } } }, [base.section]), full], [compact]),
    ]),
    el('div', 'sidebar-user', { style: { base: { ...row('sm'), paddingTop: space('md'), ...divider('top', th.border) } } }, [
      initialsAvatar(th, 'sidebar-avatar', base.initials, '{space.xl}', 'primary'),
      when(isState('expanded'), [
        el('div', 'sidebar-user-text', { style: { base: { ...stack('xs', { gap: '0' }), flexGrow: '1', minWidth: '0' } } }, [
          el('span', 'sidebar-user-name', { style: { base: { fontSize: tok('font.size.sm'), fontWeight: tok('font.weight.semibold') } } }, [base.user]),
          el('span', 'sidebar-user-email', { style: { base: bodyText(th, 'xs', true, { overflow: 'hidden', textOverflow: 'ellipsis' }) } }, [base.email]),
        ]),
        el('button', 'sidebar-sign-out', { attrs: { type: 'button' }, a11y: { label: base.signOut }, events: on('click', emit('signOut')), style: iconButtonStyles(th) }, [icon('logout', 18)]),
      ]),
    ]),
  ]);
  return component({
    name: 'Sidebar',
    description: slots.language === 'es' ? 'Barra lateral plegable con navegación y usuario' : 'Collapsible sidebar with navigation and user',
    state: [state.boolean('expanded', true)],
    root,
  });
}

export const sidebar: Archetype = {
  id: 'sidebar',
  title: { en: 'Sidebar', es: 'Barra lateral' },
  keywords: {
    en: { sidebar: 8, 'side bar': 8, 'side navigation': 8, 'side nav': 8, drawer: 4, 'left menu': 5, 'vertical navigation': 6, 'app shell': 3 },
    es: { 'barra lateral': 9, 'menu lateral': 8, 'navegacion lateral': 8, 'panel lateral': 6, cajon: 3 },
  },
  textSlots: { en: ['brand name', 'item labels…'], es: ['nombre de la marca', 'elementos…'] },
  includes: ['avatar-group', 'badge'],
  counts: COUNTS,
  build,
};

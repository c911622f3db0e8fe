import { icon } from '../icons.js';
import { bindItem, component, each, el, emit, fromItem, fromState, isItem, isState, on, set, state, toggle, when } from '../nodes.js';
import { copyFor, itemCount, takeItems, withTexts } from '../slot-helpers.js';
import { bodyText, buttonStyles, cardSurface, chip, divider, heading, iconButtonStyles, interactive, row, space, stack, tok, type Decl } from '../styles.js';
import { themeFor, toneColors } from '../theme.js';
import type { Archetype, Slots } from '../types.js';
import { initialsAvatar } from './parts.js';

const COLUMNS = ['name', 'role', 'status', 'joined'] as const;
type Column = (typeof COLUMNS)[number];

const COPY = {
  en: {
    title: 'Team members',
    subtitle: 'People with access to this workspace.',
    caption: 'Team members, sortable by column',
    invite: 'Invite member',
    columns: { name: 'Name', role: 'Role', status: 'Status', joined: 'Joined' } as Record<Column, string>,
    actions: 'Actions',
    active: 'Active',
    invited: 'Invited',
    more: 'More actions for',
    sortBy: 'Sort by',
    footer: 'Showing',
    of: 'of',
    people: [
      ['Maya Okafor', 'maya@northwind.io', 'Owner', 'active', 'Jan 4, 2024'],
      ['Daniel Reyes', 'daniel@northwind.io', 'Admin', 'active', 'Feb 18, 2024'],
      ['Aiko Tanaka', 'aiko@northwind.io', 'Designer', 'active', 'Mar 2, 2024'],
      ['Liam Novak', 'liam@northwind.io', 'Developer', 'invited', 'Apr 21, 2024'],
      ['Sara Lindqvist', 'sara@northwind.io', 'Viewer', 'active', 'May 9, 2024'],
      ['Omar Haddad', 'omar@northwind.io', 'Developer', 'invited', 'Jun 30, 2024'],
    ],
  },
  es: {
    title: 'Miembros del equipo',
    subtitle: 'Personas con acceso a este espacio de trabajo.',
    caption: 'Miembros del equipo, ordenables por columna',
    invite: 'Invitar',
    columns: { name: 'Nombre', role: 'Rol', status: 'Estado', joined: 'Alta' } as Record<Column, string>,
    actions: 'Acciones',
    active: 'Activo',
    invited: 'Invitado',
    more: 'Más acciones para',
    sortBy: 'Ordenar por',
    footer: 'Mostrando',
    of: 'de',
    people: [
      ['Maya Okafor', 'maya@northwind.io', 'Propietaria', 'active', '4 ene 2024'],
      ['Daniel Reyes', 'daniel@northwind.io', 'Administrador', 'active', '18 feb 2024'],
      ['Aiko Tanaka', 'aiko@northwind.io', 'Diseñadora', 'active', '2 mar 2024'],
      ['Liam Novak', 'liam@northwind.io', 'Desarrollador', 'invited', '21 abr 2024'],
      ['Sara Lindqvist', 'sara@northwind.io', 'Lectora', 'active', '9 may 2024'],
      ['Omar Haddad', 'omar@northwind.io', 'Desarrollador', 'invited', '30 jun 2024'],
    ],
  },
};

const COUNTS = { min: 1, max: 12 };

function build(slots: Slots) {
  const th = themeFor(slots);
  const base = copyFor(COPY, slots);
  const copy = withTexts({ title: base.title, subtitle: base.subtitle, invite: base.invite }, slots.texts, ['title', 'subtitle', 'invite']);
  const count = itemCount(slots, 5, COUNTS);
  const rows = takeItems(base.people, count, (i) => base.people[i % base.people.length]!).map(([name, email, role, status, joined], i) => ({
    id: `row${i + 1}`,
    name: name!,
    email: email!,
    initials: name!.split(' ').map((w) => w[0]).join(''),
    role: role!,
    status: status!,
    joined: joined!,
    moreLabel: `${base.more} ${name}`,
  }));
  const cell: Decl = { padding: '{space.sm} {space.md}', textAlign: 'left', verticalAlign: 'middle', whiteSpace: 'nowrap', ...divider('bottom', th.border) };
  const sortButton = (col: Column) =>
    el(
      'button',
      `sort-${col}`,
      { attrs: { type: 'button' }, a11y: { label: `${base.sortBy} ${base.columns[col]}` }, events: on('click', set('sortBy', col), toggle('ascending'), emit('sort', fromState('sortBy'))), style: interactive({ ...row('xs'), padding: '0', borderWidth: '0', backgroundColor: 'transparent', color: 'inherit', fontFamily: 'inherit', fontSize: 'inherit', fontWeight: 'inherit', borderRadius: tok('radius.sm') }, { color: th.text }) },
      [
        base.columns[col],
        when(isState('sortBy', col), [when(isState('ascending'), [icon('arrowUp', 14)], [icon('arrowDown', 14)])], [el('span', `sort-${col}-idle`, { a11y: { hidden: true }, style: { base: { display: 'inline-flex', opacity: '0.4' } } }, [icon('arrowDown', 14)])]),
      ],
    );
  const ok = toneColors('success', slots.dark);
  const root = el('section', 'table-card', { a11y: { labelledBy: 'table-title' }, style: { base: { ...cardSurface(th, 'md'), padding: '0', overflow: 'hidden', ...stack('md', { gap: '0' }), fontFamily: tok('font.family.base') } } }, [
    el('header', 'table-header', { style: { base: { ...stack('sm'), padding: space('lg') }, responsive: { sm: { flexDirection: 'row', alignItems: 'center', justifyContent: 'space-between' } } } }, [
      el('div', 'table-heading', { style: { base: stack('xs') } }, [
        el('h2', 'table-title', { attrs: { id: 'table-title' }, style: { base: heading(th, 'xl') } }, [copy.title]),
        el('p', 'table-subtitle', { style: { base: bodyText(th, 'sm') } }, [copy.subtitle]),
      ]),
      el('button', 'table-invite', { attrs: { type: 'button' }, events: on('click', emit('invite')), style: buttonStyles(th, 'primary', 'sm') }, [icon('plus', 16), copy.invite]),
    ]),
    el('div', 'table-scroll', { style: { base: { overflowX: 'auto' } } }, [
      el('table', 'table', { style: { base: { width: '100%', fontSize: tok('font.size.sm'), color: th.text } } }, [
        el('caption', 'table-caption', { style: { base: { ...bodyText(th, 'xs'), textAlign: 'left', padding: '0 {space.lg}', paddingBottom: space('sm') } } }, [base.caption]),
        el('thead', 'table-head', { style: { base: { color: th.muted, textTransform: 'uppercase', fontSize: tok('font.size.xs'), fontWeight: tok('font.weight.semibold') } } }, [
          el('tr', 'table-head-row', {}, [...COLUMNS.map((col) => el('th', `table-th-${col}`, { attrs: { scope: 'col' }, style: { base: cell } }, [sortButton(col)])), el('th', 'table-th-actions', { attrs: { scope: 'col' }, style: { base: { ...cell, textAlign: 'right' } } }, [base.actions])]),
        ]),
        el('tbody', 'table-body', {}, [
          each(rows, 'id', [
            el('tr', 'table-row', {}, [
              el('td', 'table-cell-name', { style: { base: cell } }, [
                el('div', 'table-person', { style: { base: row('sm') } }, [
                  initialsAvatar(th, 'table-avatar', bindItem('initials'), '{space.xl}', 'raised'),
                  el('div', 'table-person-text', { style: { base: stack('xs', { gap: '0' }) } }, [
                    el('span', 'table-person-name', { style: { base: { fontWeight: tok('font.weight.semibold') } } }, [bindItem('name')]),
                    el('span', 'table-person-email', { style: { base: bodyText(th, 'xs') } }, [bindItem('email')]),
                  ]),
                ]),
              ]),
              el('td', 'table-cell-role', { style: { base: cell } }, [bindItem('role')]),
              el('td', 'table-cell-status', { style: { base: cell } }, [
                when(isItem('status', 'active'), [el('span', 'table-status-active', { style: { base: chip(th.raised, th.text, th) } }, [el('span', 'table-status-dot', { a11y: { hidden: true }, style: { base: { width: tok('space.sm'), height: tok('space.sm'), borderRadius: tok('radius.full'), backgroundColor: ok.bg } } }), base.active])], [el('span', 'table-status-invited', { style: { base: chip(th.raised, th.text, th) } }, [base.invited])]),
              ]),
              el('td', 'table-cell-joined', { style: { base: { ...cell, color: th.muted } } }, [bindItem('joined')]),
              el('td', 'table-cell-actions', { style: { base: { ...cell, textAlign: 'right' } } }, [
                el('button', 'table-more', { attrs: { type: 'button' }, a11y: { label: fromItem('moreLabel') }, events: on('click', emit('rowAction', fromItem('id'))), style: iconButtonStyles(th) }, [icon('more', 18)]),
              ]),
            ]),
          ]),
        ]),
      ]),
    ]),
    el('footer', 'table-footer', { style: { base: { ...bodyText(th, 'sm'), padding: '{space.md} {space.lg}' } } }, [`${base.footer} ${rows.length} ${base.of} ${rows.length}`]),
  ]);
  return component({
    name: 'DataTable',
    description: slots.language === 'es' ? 'Tabla de datos con columnas ordenables' : 'Data table with sortable columns',
    state: [state.string('sortBy', 'name'), state.boolean('ascending', true)],
    root,
  });
}

export const dataTable: Archetype = {
  id: 'data-table',
  title: { en: 'Data table', es: 'Tabla de datos' },
  keywords: {
    en: { table: 6, 'data table': 10, datagrid: 9, 'data grid': 9, grid: 1, rows: 3, columns: 2, sortable: 5, sorting: 5, spreadsheet: 5 },
    es: { tabla: 6, 'tabla de datos': 10, filas: 3, columnas: 2, ordenable: 5, ordenar: 4, 'hoja de calculo': 5, listado: 3 },
  },
  textSlots: { en: ['title', 'subtitle', 'button label'], es: ['título', 'subtítulo', 'texto del botón'] },
  includes: ['pagination', 'search-bar', 'badge', 'button'],
  counts: COUNTS,
  build,
};

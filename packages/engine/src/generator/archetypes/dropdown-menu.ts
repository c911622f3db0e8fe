import { icon, iconPath, itemIcon, type IconName } from '../icons.js';
import { bindItem, component, each, el, emit, fromItem, fromState, isState, on, set, state, toggle, when } from '../nodes.js';
import { copyFor, itemCount, labelsFromTexts, takeItems, withTexts } from '../slot-helpers.js';
import { bodyText, buttonStyles, divider, interactive, listReset, onPage, row, space, stack, tok, type Decl } from '../styles.js';
import { themeFor } from '../theme.js';
import type { Archetype, Slots } from '../types.js';

const ICONS: IconName[] = ['edit', 'copy', 'share', 'download', 'folder', 'lock', 'star', 'settings'];
const KEYS = ['⌘E', '⌘D', '⌘S', '⌘⇧E', '⌘M', '⌘L', '⌘F', '⌘,'];
const COPY = {
  en: { trigger: 'Options', items: ['Edit', 'Duplicate', 'Share', 'Export', 'Move to folder', 'Lock', 'Add to favourites', 'Settings'], danger: 'Delete', action: 'Action' },
  es: { trigger: 'Opciones', items: ['Editar', 'Duplicar', 'Compartir', 'Exportar', 'Mover a carpeta', 'Bloquear', 'Añadir a favoritos', 'Ajustes'], danger: 'Eliminar', action: 'Acción' },
};

const COUNTS = { min: 1, max: 8 };

function build(slots: Slots) {
  const th = themeFor(slots);
  const base = copyFor(COPY, slots);
  const copy = withTexts({ trigger: base.trigger }, slots.texts, ['trigger']);
  const count = itemCount(slots, 4, COUNTS);
  const items = labelsFromTexts(
    takeItems(base.items, count, (i) => `${base.action} ${i + 1}`).map((label, i) => ({ id: `item${i + 1}`, label, icon: iconPath(ICONS[i % ICONS.length]!), shortcut: KEYS[i % KEYS.length]! })),
    slots.texts,
    (item, label) => ({ ...item, label }),
    1,
  );
  const itemBase: Decl = { ...row('sm'), width: '100%', padding: '{space.sm} {space.sm}', borderWidth: '0', borderRadius: th.radius.control, backgroundColor: 'transparent', color: th.text, fontFamily: tok('font.family.base'), fontSize: tok('font.size.sm'), textAlign: 'left' };
  const root = el('div', 'dropdown', { style: { base: { position: 'relative', display: 'inline-block', fontFamily: tok('font.family.base'), ...onPage(th) } } }, [
    el(
      'button',
      'dropdown-trigger',
      { attrs: { type: 'button', id: 'dropdown-trigger' }, a11y: { hasPopup: 'menu', expanded: fromState('open'), controls: 'dropdown-menu' }, events: on('click', toggle('open')), style: buttonStyles(th, 'secondary') },
      [copy.trigger, when(isState('open'), [icon('chevronUp', 16)], [icon('chevronDown', 16)])],
    ),
    when(isState('open'), [
      el('ul', 'dropdown-menu', { attrs: { id: 'dropdown-menu' }, a11y: { role: 'menu', labelledBy: 'dropdown-trigger' }, style: { base: { ...listReset, ...stack('xs', { gap: '0' }), position: 'absolute', top: '100%', left: '0', zIndex: '50', minWidth: '15rem', marginTop: space('xs'), padding: space('xs'), backgroundColor: th.surface, borderWidth: tok('border.width'), borderStyle: 'solid', borderColor: th.border, borderRadius: th.radius.card, boxShadow: th.shadow.overlay } } }, [
        each(items, 'id', [
          el('li', 'dropdown-item', { a11y: { role: 'none' } }, [
            el('button', 'dropdown-action', { attrs: { type: 'button' }, a11y: { role: 'menuitem' }, events: on('click', emit('select', fromItem('id')), set('open', false)), style: interactive(itemBase, { backgroundColor: th.hover }) }, [
              el('span', 'dropdown-icon', { style: { base: { display: 'inline-flex', color: th.muted } } }, [itemIcon('icon', 16)]),
              el('span', 'dropdown-label', { style: { base: { flexGrow: '1' } } }, [bindItem('label')]),
              el('span', 'dropdown-shortcut', { a11y: { hidden: true }, style: { base: bodyText(th, 'xs', false, { fontFamily: tok('font.family.mono') }) } }, [bindItem('shortcut')]),
            ]),
          ]),
        ]),
        el('li', 'dropdown-separator', { a11y: { role: 'none' }, style: { base: { margin: '{space.xs} 0', ...divider('top', th.border) } } }),
        el('li', 'dropdown-danger-item', { a11y: { role: 'none' } }, [
          el('button', 'dropdown-danger', { attrs: { type: 'button' }, a11y: { role: 'menuitem' }, events: on('click', emit('delete'), set('open', false)), style: interactive({ ...itemBase, color: th.danger }, { backgroundColor: tok('color.danger'), color: tok('color.on-danger') }) }, [
            icon('trash', 16),
            base.danger,
          ]),
        ]),
      ]),
    ]),
  ]);
  return component({
    name: 'DropdownMenu',
    description: slots.language === 'es' ? 'Menú desplegable de acciones' : 'Dropdown menu of actions',
    // Open on first render so the preview shows the menu.
    state: [state.boolean('open', true)],
    root,
  });
}

export const dropdownMenu: Archetype = {
  id: 'dropdown-menu',
  title: { en: 'Dropdown menu', es: 'Menú desplegable' },
  keywords: {
    en: { dropdown: 6, 'dropdown menu': 8, 'drop down': 6, 'context menu': 8, 'actions menu': 7, 'overflow menu': 7, 'kebab menu': 7, menu: 2, options: 2 },
    es: { 'menu desplegable': 8, desplegable: 5, 'menu contextual': 8, 'menu de acciones': 8, 'menu de opciones': 7, opciones: 2, menu: 2 },
  },
  textSlots: { en: ['button label', 'item labels…'], es: ['texto del botón', 'elementos…'] },
  counts: COUNTS,
  build,
};

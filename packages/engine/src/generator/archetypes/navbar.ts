import { icon, iconPath, itemIcon, type IconName } from '../icons.js';
import { bindItem, component, each, el, emit, fromItem, fromState, isItem, isState, on, state, toggle, when } from '../nodes.js';
import { copyFor, highlightIndex, itemCount, labelsFromTexts, takeItems, withTexts } from '../slot-helpers.js';
import { bodyText, buttonStyles, divider, heading, iconButtonStyles, interactive, listReset, row, space, stack, tok, withResponsive, type Decl } from '../styles.js';
import { themeFor } from '../theme.js';
import type { Archetype, Slots } from '../types.js';
import { iconTile } from './parts.js';

const COPY: Record<'en' | 'es', { brand: string; cta: string; signIn: string; nav: string; products: string; openMenu: string; links: string[]; menu: Array<{ id: string; title: string; description: string; icon: IconName }>; link: string }> = {
  en: {
    brand: 'Northwind',
    cta: 'Get started',
    signIn: 'Sign in',
    nav: 'Main',
    products: 'Products',
    openMenu: 'Menu',
    links: ['Features', 'Pricing', 'Docs', 'Blog', 'Customers', 'Changelog'],
    menu: [
      { id: 'generator', title: 'Generator', description: 'Components from a sentence', icon: 'sparkles' },
      { id: 'tokens', title: 'Design tokens', description: 'One source for every brand', icon: 'layers' },
      { id: 'testing', title: 'Visual testing', description: 'Catch regressions before release', icon: 'shield' },
    ],
    link: 'Link',
  },
  es: {
    brand: 'Northwind',
    cta: 'Empezar',
    signIn: 'Iniciar sesión',
    nav: 'Principal',
    products: 'Productos',
    openMenu: 'Menú',
    links: ['Funciones', 'Precios', 'Documentación', 'Blog', 'Clientes', 'Novedades'],
    menu: [
      { id: 'generator', title: 'Generador', description: 'Componentes a partir de una frase', icon: 'sparkles' },
      { id: 'tokens', title: 'Tokens de diseño', description: 'Una fuente para cada marca', icon: 'layers' },
      { id: 'testing', title: 'Pruebas visuales', description: 'Detecta regresiones antes de publicar', icon: 'shield' },
    ],
    link: 'Enlace',
  },
};

const COUNTS = { min: 2, max: 6 };

function build(slots: Slots) {
  const th = themeFor(slots);
  const base = copyFor(COPY, slots);
  const copy = withTexts({ brand: base.brand, cta: base.cta }, slots.texts, ['brand', 'cta']);
  const count = itemCount(slots, 4, COUNTS);
  const current = highlightIndex(slots.highlight, count, 'first');
  const links = labelsFromTexts(
    takeItems(base.links, count, (i) => `${base.link} ${i + 1}`).map((label, i) => ({ id: `link${i + 1}`, label, href: `#${String(label).toLowerCase().replace(/[^a-z0-9]+/g, '-')}`, current: i === current })),
    slots.texts,
    (item, label) => ({ ...item, label }),
    2,
  );
  const menu = base.menu.map((m) => ({ id: m.id, title: m.title, description: m.description, href: `#${m.id}`, icon: iconPath(m.icon) }));
  const linkBase: Decl = { display: 'inline-flex', alignItems: 'center', gap: space('xs'), padding: '{space.sm} {space.sm}', borderRadius: th.radius.control, fontSize: tok('font.size.sm'), fontWeight: tok('font.weight.medium'), textDecoration: 'none', color: th.muted, backgroundColor: 'transparent', borderWidth: '0' };
  const linkStyle = interactive(linkBase, { color: th.text, backgroundColor: th.hover });
  const currentStyle = interactive({ ...linkBase, color: th.text, fontWeight: tok('font.weight.semibold') }, { backgroundColor: th.hover });
  const desktopLink = when(
    isItem('current'),
    [el('a', 'navbar-link-current', { attrs: { href: fromItem('href') }, a11y: { current: 'page' }, style: currentStyle }, [bindItem('label')])],
    [el('a', 'navbar-link', { attrs: { href: fromItem('href') }, style: linkStyle }, [bindItem('label')])],
  );
  const dropdown = el('li', 'navbar-dropdown', { style: { base: { position: 'relative' } } }, [
    el(
      'button',
      'navbar-dropdown-toggle',
      { attrs: { type: 'button' }, a11y: { expanded: fromState('productsOpen'), controls: 'navbar-products' }, events: on('click', toggle('productsOpen')), style: linkStyle },
      [base.products, when(isState('productsOpen'), [icon('chevronUp', 16)], [icon('chevronDown', 16)])],
    ),
    when(isState('productsOpen'), [
      el('ul', 'navbar-products', { attrs: { id: 'navbar-products' }, style: { base: { ...listReset, ...stack('xs'), position: 'absolute', top: '100%', left: '0', zIndex: '50', minWidth: '18rem', marginTop: space('xs'), padding: space('sm'), backgroundColor: th.surface, borderRadius: th.radius.card, boxShadow: th.shadow.overlay, borderWidth: tok('border.width'), borderStyle: 'solid', borderColor: th.border } } }, [
        each(menu, 'id', [
          el('li', 'navbar-product', {}, [
            el('a', 'navbar-product-link', { attrs: { href: fromItem('href') }, events: on('click', emit('navigate', fromItem('id'))), style: interactive({ ...row('sm'), alignItems: 'flex-start', padding: space('sm'), borderRadius: th.radius.control, textDecoration: 'none', color: th.text }, { backgroundColor: th.hover }) }, [
              iconTile(th, 'navbar-product-icon', itemIcon('icon', 18), th.raised, th.link),
              el('span', 'navbar-product-text', { style: { base: stack('xs', { gap: '0' }) } }, [
                el('span', 'navbar-product-title', { style: { base: { fontSize: tok('font.size.sm'), fontWeight: tok('font.weight.semibold') } } }, [bindItem('title')]),
                el('span', 'navbar-product-description', { style: { base: bodyText(th, 'xs', false) } }, [bindItem('description')]),
              ]),
            ]),
          ]),
        ]),
      ]),
    ]),
  ]);
  const nav = el('nav', 'navbar-nav', { a11y: { label: base.nav }, style: { base: { ...row('md'), justifyContent: 'space-between', padding: '{space.sm} {space.md}' }, responsive: { md: { padding: '{space.sm} {space.lg}' } } } }, [
    el('a', 'navbar-brand', { attrs: { href: '/' }, style: interactive({ ...row('sm'), textDecoration: 'none', color: th.text, borderRadius: th.radius.control }, { opacity: '0.85' }) }, [
      iconTile(th, 'navbar-logo', icon('layers', 18)),
      el('span', 'navbar-brand-name', { style: { base: heading(th, 'lg') } }, [copy.brand]),
    ]),
    el('ul', 'navbar-links', { style: { base: { ...listReset, display: 'none', alignItems: 'center', gap: space('xs') }, responsive: { md: { display: 'flex' } } } }, [
      dropdown,
      each(links, 'id', [el('li', 'navbar-item', {}, [desktopLink])]),
    ]),
    el('div', 'navbar-actions', { style: { base: row('sm') } }, [
      el('a', 'navbar-sign-in', { attrs: { href: '#sign-in' }, style: withResponsive(buttonStyles(th, 'ghost', 'sm', { display: 'none', color: th.text }), { md: { display: 'inline-flex' } }) }, [base.signIn]),
      el('a', 'navbar-cta', { attrs: { href: '#get-started' }, style: buttonStyles(th, 'primary', 'sm') }, [copy.cta]),
      el(
        'button',
        'navbar-menu-toggle',
        { attrs: { type: 'button' }, a11y: { label: base.openMenu, expanded: fromState('mobileOpen'), controls: 'navbar-mobile' }, events: on('click', toggle('mobileOpen')), style: withResponsive(iconButtonStyles(th, { color: th.text }), { md: { display: 'none' } }) },
        [when(isState('mobileOpen'), [icon('x', 22)], [icon('menu', 22)])],
      ),
    ]),
  ]);
  const mobileLink = interactive({ display: 'block', padding: '{space.sm} {space.md}', borderRadius: th.radius.control, textDecoration: 'none', color: th.text, fontWeight: tok('font.weight.medium') }, { backgroundColor: th.hover });
  const mobile = when(isState('mobileOpen'), [
    el('ul', 'navbar-mobile', { attrs: { id: 'navbar-mobile' }, style: { base: { ...listReset, ...stack('xs'), padding: '{space.sm} {space.md}', ...divider('top', th.border) }, responsive: { md: { display: 'none' } } } }, [
      each(links, 'id', [el('li', 'navbar-mobile-item', {}, [el('a', 'navbar-mobile-link', { attrs: { href: fromItem('href') }, style: mobileLink }, [bindItem('label')])])]),
      each(menu, 'id', [el('li', 'navbar-mobile-product', {}, [el('a', 'navbar-mobile-product-link', { attrs: { href: fromItem('href') }, style: mobileLink }, [bindItem('title')])])]),
      el('li', 'navbar-mobile-sign-in', {}, [el('a', 'navbar-mobile-sign-in-link', { attrs: { href: '#sign-in' }, style: mobileLink }, [base.signIn])]),
    ]),
  ]);
  const root = el('header', 'navbar', { style: { base: { position: 'sticky', top: '0', zIndex: '40', backgroundColor: th.surface, color: th.text, fontFamily: tok('font.family.base'), boxShadow: th.shadow.card, ...divider('bottom', th.border) } } }, [nav, mobile]);
  return component({
    name: 'Navbar',
    description: slots.language === 'es' ? 'Barra de navegación con menú desplegable y menú móvil' : 'Navigation bar with a dropdown and a mobile menu',
    state: [state.boolean('productsOpen', false), state.boolean('mobileOpen', false)],
    root,
  });
}

export const navbar: Archetype = {
  id: 'navbar',
  title: { en: 'Navigation bar', es: 'Barra de navegación' },
  keywords: {
    en: { navbar: 8, 'nav bar': 8, 'navigation bar': 8, 'top bar': 5, header: 3, navigation: 3, menu: 1, dropdown: 1, 'site header': 6, 'top navigation': 7 },
    es: { 'barra de navegacion': 9, navegacion: 3, 'menu superior': 6, encabezado: 3, cabecera: 3, desplegable: 1, 'menu principal': 5 },
  },
  textSlots: { en: ['brand name', 'button label', 'link labels…'], es: ['nombre de la marca', 'texto del botón', 'enlaces…'] },
  includes: ['dropdown-menu', 'search-bar', 'button'],
  counts: COUNTS,
  build,
};

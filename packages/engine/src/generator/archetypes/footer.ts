import { icon, iconPath, itemIcon, type IconName } from '../icons.js';
import { bindItem, component, each, el, fromItem } from '../nodes.js';
import { copyFor, withTexts } from '../slot-helpers.js';
import { bodyText, border, divider, grid, heading, iconButtonStyles, linkStyles, listReset, row, space, stack, tok } from '../styles.js';
import { themeFor } from '../theme.js';
import type { Archetype, Slots } from '../types.js';
import { iconTile } from './parts.js';

interface FooterCopy {
  brand: string;
  tagline: string;
  columns: Array<{ title: string; links: string[] }>;
  social: Array<{ id: string; label: string; icon: IconName }>;
  rights: string;
  legal: string[];
  socialLabel: string;
}

const COPY: Record<'en' | 'es', FooterCopy> = {
  en: {
    brand: 'Northwind',
    tagline: 'Production-ready UI that follows your design system, in every framework.',
    columns: [
      { title: 'Product', links: ['Features', 'Pricing', 'Integrations', 'Changelog'] },
      { title: 'Resources', links: ['Documentation', 'Guides', 'Templates', 'Status'] },
      { title: 'Company', links: ['About', 'Careers', 'Blog', 'Contact'] },
    ],
    social: [
      { id: 'newsletter', label: 'Newsletter', icon: 'mail' },
      { id: 'community', label: 'Community forum', icon: 'message' },
      { id: 'rss', label: 'RSS feed', icon: 'rss' },
    ],
    rights: '© Northwind Labs. All rights reserved.',
    legal: ['Privacy', 'Terms', 'Cookies'],
    socialLabel: 'Follow us',
  },
  es: {
    brand: 'Northwind',
    tagline: 'Interfaces listas para producción que siguen tu sistema de diseño, en cualquier framework.',
    columns: [
      { title: 'Producto', links: ['Funciones', 'Precios', 'Integraciones', 'Novedades'] },
      { title: 'Recursos', links: ['Documentación', 'Guías', 'Plantillas', 'Estado del servicio'] },
      { title: 'Empresa', links: ['Quiénes somos', 'Empleo', 'Blog', 'Contacto'] },
    ],
    social: [
      { id: 'newsletter', label: 'Boletín', icon: 'mail' },
      { id: 'community', label: 'Foro de la comunidad', icon: 'message' },
      { id: 'rss', label: 'Canal RSS', icon: 'rss' },
    ],
    rights: '© Northwind Labs. Todos los derechos reservados.',
    legal: ['Privacidad', 'Términos', 'Cookies'],
    socialLabel: 'Síguenos',
  },
};

const slug = (s: string) => `#${s.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '').replace(/[^a-z0-9]+/g, '-')}`;

function build(slots: Slots) {
  const th = themeFor(slots);
  const base = copyFor(COPY, slots);
  const copy = withTexts({ brand: base.brand, tagline: base.tagline }, slots.texts, ['brand', 'tagline']);
  const link = linkStyles(th, { color: th.muted, fontWeight: tok('font.weight.regular'), fontSize: tok('font.size.sm') });
  const column = (c: { title: string; links: string[] }, n: number) =>
    el('div', `footer-column-${n}`, { style: { base: stack('sm') } }, [
      el('h2', `footer-column-${n}-title`, { attrs: { id: `footer-column-${n}-title` }, style: { base: heading(th, 'sm', { textTransform: 'uppercase', color: th.text }) } }, [c.title]),
      el('ul', `footer-column-${n}-links`, { a11y: { labelledBy: `footer-column-${n}-title` }, style: { base: { ...listReset, ...stack('sm') } } }, [
        each(c.links.map((label, i) => ({ id: `l${i + 1}`, label, href: slug(label) })), 'id', [
          el('li', `footer-column-${n}-item`, {}, [el('a', `footer-column-${n}-link`, { attrs: { href: fromItem('href') }, style: link }, [bindItem('label')])]),
        ]),
      ]),
    ]);
  const root = el('footer', 'footer', { style: { base: { ...stack('xl'), padding: '{space.xl} {space.md}', backgroundColor: th.surface, color: th.text, fontFamily: tok('font.family.base'), ...divider('top', th.border) }, responsive: { md: { padding: '{space.xl} {space.xl}' } } } }, [
    el('div', 'footer-main', { style: { base: grid('xl'), responsive: { md: { gridTemplateColumns: '2fr repeat(3, minmax(0, 1fr))' } } } }, [
      el('div', 'footer-brand', { style: { base: { ...stack('md'), alignItems: 'flex-start' } } }, [
        el('a', 'footer-logo', { attrs: { href: '/' }, style: linkStyles(th, { ...row('sm'), color: th.text }) }, [
          iconTile(th, 'footer-logo-icon', icon('layers', 18)),
          el('span', 'footer-brand-name', { style: { base: heading(th, 'lg') } }, [copy.brand]),
        ]),
        el('p', 'footer-tagline', { style: { base: bodyText(th, 'sm', true, { maxWidth: '20rem' }) } }, [copy.tagline]),
        el('ul', 'footer-social', { a11y: { label: base.socialLabel }, style: { base: { ...listReset, ...row('xs') } } }, [
          each(base.social.map((s) => ({ id: s.id, label: s.label, href: `#${s.id}`, icon: iconPath(s.icon) })), 'id', [
            el('li', 'footer-social-item', {}, [
              el('a', 'footer-social-link', { attrs: { href: fromItem('href') }, a11y: { label: fromItem('label') }, style: iconButtonStyles(th, border(th.border)) }, [itemIcon('icon', 18)]),
            ]),
          ]),
        ]),
      ]),
      ...base.columns.map((c, i) => column(c, i + 1)),
    ]),
    el('div', 'footer-bottom', { style: { base: { ...stack('sm'), paddingTop: space('lg'), ...divider('top', th.border), ...bodyText(th, 'sm') }, responsive: { md: { flexDirection: 'row', justifyContent: 'space-between', alignItems: 'center' } } } }, [
      el('p', 'footer-rights', { style: { base: { margin: '0' } } }, [base.rights]),
      el('ul', 'footer-legal', { style: { base: { ...listReset, ...row('md') } } }, [
        each(base.legal.map((label, i) => ({ id: `legal${i + 1}`, label, href: slug(label) })), 'id', [
          el('li', 'footer-legal-item', {}, [el('a', 'footer-legal-link', { attrs: { href: fromItem('href') }, style: link }, [bindItem('label')])]),
        ]),
      ]),
    ]),
  ]);
  return component({ name: 'Footer', description: slots.language === 'es' ? 'Pie de página con columnas de enlaces' : 'Site footer with link columns', root });
}

export const footer: Archetype = {
  id: 'footer',
  title: { en: 'Footer', es: 'Pie de página' },
  keywords: {
    en: { footer: 9, 'site footer': 9, 'page footer': 9, 'bottom links': 5, copyright: 4 },
    es: { 'pie de pagina': 9, pie: 5, 'enlaces inferiores': 5, 'derechos reservados': 4 },
  },
  textSlots: { en: ['brand name', 'tagline'], es: ['nombre de la marca', 'eslogan'] },
  includes: ['newsletter'],
  build,
};

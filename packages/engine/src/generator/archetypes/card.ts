import { icon } from '../icons.js';
import { bindProp, component, el, emit, fromProp, isProp, on, prop, when } from '../nodes.js';
import { copyFor, withTexts } from '../slot-helpers.js';
import { bodyText, buttonStyles, cardSurface, chip, divider, heading, linkStyles, row, space, stack, tok } from '../styles.js';
import { themeFor } from '../theme.js';
import type { Archetype, Slots } from '../types.js';
import { initialsAvatar } from './parts.js';

const COPY = {
  en: {
    title: 'Designing with tokens from day one',
    body: 'How a shared set of colour, spacing and type tokens keeps every screen consistent — and makes rebrands a one-line change.',
    cta: 'Read article',
    category: 'Guide',
    meta: '6 min read',
    author: 'Lucía Romero',
    initials: 'LR',
    date: 'Mar 12',
    alt: 'Colour swatches and spacing scale of a design system',
    save: 'Save for later',
  },
  es: {
    title: 'Diseñar con tokens desde el primer día',
    body: 'Cómo un conjunto compartido de tokens de color, espaciado y tipografía mantiene coherentes todas las pantallas y convierte un cambio de marca en una sola línea.',
    cta: 'Leer artículo',
    category: 'Guía',
    meta: '6 min de lectura',
    author: 'Lucía Romero',
    initials: 'LR',
    date: '12 mar',
    alt: 'Muestras de color y escala de espaciado de un sistema de diseño',
    save: 'Guardar para después',
  },
};

function build(slots: Slots) {
  const th = themeFor(slots);
  const base = copyFor(COPY, slots);
  const copy = withTexts({ title: base.title, body: base.body, cta: base.cta }, slots.texts, ['title', 'body', 'cta']);
  const footer = el('footer', 'card-footer', { style: { base: { ...row('md'), justifyContent: 'space-between', flexWrap: 'wrap', padding: '{space.md} {space.lg}', ...divider('top', th.border) } } }, [
    el('div', 'card-author', { style: { base: row('sm') } }, [
      initialsAvatar(th, 'card-avatar', base.initials, '{space.xl}', 'primary'),
      el('div', 'card-author-text', { style: { base: stack('xs', { gap: '0' }) } }, [
        el('span', 'card-author-name', { style: { base: { fontSize: tok('font.size.sm'), fontWeight: tok('font.weight.semibold'), color: th.text } } }, [base.author]),
        el('span', 'card-date', { style: { base: bodyText(th, 'xs') } }, [base.date]),
      ]),
    ]),
    el('div', 'card-actions', { style: { base: row('xs') } }, [
      el('button', 'card-save', { attrs: { type: 'button' }, a11y: { label: base.save }, events: on('click', emit('save')), style: buttonStyles(th, 'ghost', 'sm') }, [icon('heart', 18)]),
      el('a', 'card-cta', { attrs: { href: '#article' }, style: linkStyles(th, { ...row('xs'), fontSize: tok('font.size.sm') }) }, [bindProp('cta'), icon('arrowRight', 16)]),
    ]),
  ]);
  const root = el('article', 'card', { a11y: { labelledBy: 'card-title' }, style: { base: { ...cardSurface(th, 'md'), padding: '0', overflow: 'hidden', ...stack('md', { gap: '0' }), maxWidth: '{breakpoint.sm}' } } }, [
    el('div', 'card-media', { style: { base: { aspectRatio: '16 / 9', backgroundColor: th.raised, color: th.link, display: 'flex', alignItems: 'center', justifyContent: 'center', overflow: 'hidden' } } }, [
      when(
        isProp('showImage'),
        [el('img', 'card-image', { attrs: { src: fromProp('imageSrc'), alt: fromProp('imageAlt'), loading: 'lazy' }, style: { base: { width: '100%', height: '100%', objectFit: 'cover' } } })],
        [icon('layers', 56)],
      ),
    ]),
    el('div', 'card-body', { style: { base: { ...stack('sm'), padding: space('lg'), flexGrow: '1' } } }, [
      el('div', 'card-meta', { style: { base: { ...row('sm'), ...bodyText(th, 'xs') } } }, [
        el('span', 'card-category', { style: { base: chip(th.raised, th.text, th) } }, [base.category]),
        el('span', 'card-reading-time', {}, [base.meta]),
      ]),
      el('h3', 'card-title', { attrs: { id: 'card-title' }, style: { base: heading(th, 'xl') } }, [bindProp('title')]),
      el('p', 'card-text', { style: { base: bodyText(th, 'md') } }, [bindProp('body')]),
    ]),
    footer,
  ]);
  return component({
    name: 'ContentCard',
    description: slots.language === 'es' ? 'Tarjeta de contenido con imagen, texto y acciones' : 'Content card with media, text and actions',
    props: [prop.string('title', copy.title), prop.string('body', copy.body), prop.string('cta', copy.cta), prop.boolean('showImage', false, slots.language === 'es' ? 'Mostrar la imagen en lugar de la ilustración' : 'Show the image instead of the illustration'), prop.string('imageSrc', 'images/article-cover.jpg'), prop.string('imageAlt', base.alt)],
    root,
  });
}

export const card: Archetype = {
  id: 'card',
  title: { en: 'Card', es: 'Tarjeta' },
  keywords: {
    en: { card: 4, 'blog card': 6, 'article card': 6, 'content card': 6, post: 2, article: 2, tile: 2, panel: 1 },
    es: { tarjeta: 4, ficha: 3, 'tarjeta de articulo': 6, 'tarjeta de blog': 6, articulo: 2, publicacion: 2 },
  },
  textSlots: { en: ['title', 'body', 'link text'], es: ['título', 'texto', 'texto del enlace'] },
  includes: ['button', 'badge'],
  build,
};

import { icon } from '../icons.js';
import { bindItem, component, each, el } from '../nodes.js';
import { copyFor, itemCount, takeItems, withTexts } from '../slot-helpers.js';
import { bodyText, cardSurface, columns, grid, listReset, row, stack, tok } from '../styles.js';
import { themeFor } from '../theme.js';
import type { Archetype, Slots } from '../types.js';
import { initialsAvatar, sectionHeader, sectionStyle, stars } from './parts.js';

const COPY = {
  en: {
    eyebrow: 'Testimonials',
    title: 'Loved by product teams',
    rating: 'Rated 5 out of 5',
    quotes: [
      { quote: 'We went from a two-week design handoff to shipping the same afternoon. Every component already matches our tokens.', name: 'Elena Marsh', role: 'Head of Design, Lumen', initials: 'EM' },
      { quote: 'The accessibility checks caught issues our audits used to find months later. It’s part of our CI now.', name: 'Tomás Ibarra', role: 'Staff Engineer, Brightside', initials: 'TI' },
      { quote: 'One spec, every framework. Our React and Vue apps finally look like the same product.', name: 'Priya Nair', role: 'Frontend Lead, Cobalt', initials: 'PN' },
      { quote: 'Our designers describe what they need and developers get code they would have written themselves.', name: 'Jonas Weber', role: 'CTO, Fieldnote', initials: 'JW' },
    ],
  },
  es: {
    eyebrow: 'Opiniones',
    title: 'Equipos de producto que ya lo usan',
    rating: 'Valoración: 5 de 5',
    quotes: [
      { quote: 'Pasamos de dos semanas de traspaso de diseño a publicar la misma tarde. Cada componente ya respeta nuestros tokens.', name: 'Elena Marsh', role: 'Directora de diseño, Lumen', initials: 'EM' },
      { quote: 'Las comprobaciones de accesibilidad detectan problemas que antes encontrábamos meses después. Ya forman parte de nuestra CI.', name: 'Tomás Ibarra', role: 'Ingeniero principal, Brightside', initials: 'TI' },
      { quote: 'Una especificación, todos los frameworks. Nuestras apps en React y Vue por fin parecen el mismo producto.', name: 'Priya Nair', role: 'Responsable de frontend, Cobalt', initials: 'PN' },
      { quote: 'El equipo de diseño describe lo que necesita y el de desarrollo recibe el código que habría escrito.', name: 'Jonas Weber', role: 'CTO, Fieldnote', initials: 'JW' },
    ],
  },
};

const COUNTS = { min: 1, max: 6 };

function build(slots: Slots) {
  const th = themeFor(slots);
  const base = copyFor(COPY, slots);
  const count = itemCount(slots, 1, COUNTS);
  const items = takeItems(base.quotes, count, (i) => base.quotes[i % base.quotes.length]!).map((q, i) => ({ id: `quote${i + 1}`, ...q }));
  const first = withTexts({ quote: items[0]!.quote, name: items[0]!.name, role: items[0]!.role }, slots.texts, ['quote', 'name', 'role']);
  items[0] = { ...items[0]!, ...first };
  const single = count === 1;
  const card = el('li', 'testimonial', { style: { base: { ...cardSurface(th, single ? 'xl' : 'lg'), ...stack('md'), margin: '0' } } }, [
    el('figure', 'testimonial-figure', { style: { base: { ...stack('md'), margin: '0', height: '100%' } } }, [
      el('div', 'testimonial-top', { style: { base: { ...row('sm'), justifyContent: 'space-between' } } }, [
        el('span', 'testimonial-quote-mark', { a11y: { hidden: true }, style: { base: { display: 'inline-flex', color: th.link } } }, [icon('quote', 28)]),
        stars(th, 'testimonial-stars', base.rating, 5),
      ]),
      el('blockquote', 'testimonial-quote', { style: { base: { margin: '0', flexGrow: '1' } } }, [
        el('p', 'testimonial-text', { style: { base: { ...bodyText(th, single ? 'xl' : 'md', false), fontFamily: tok('font.family.heading'), fontWeight: tok('font.weight.medium') } } }, [bindItem('quote')]),
      ]),
      el('figcaption', 'testimonial-author', { style: { base: row('sm') } }, [
        initialsAvatar(th, 'testimonial-avatar', bindItem('initials'), single ? '3rem' : '{space.xl}', 'primary'),
        el('div', 'testimonial-author-text', { style: { base: stack('xs', { gap: '0' }) } }, [
          el('cite', 'testimonial-name', { style: { base: { fontWeight: tok('font.weight.semibold'), color: th.text, textDecoration: 'none' } } }, [bindItem('name')]),
          el('span', 'testimonial-role', { style: { base: bodyText(th, 'sm') } }, [bindItem('role')]),
        ]),
      ]),
    ]),
  ]);
  const root = el('section', 'testimonials', { a11y: { labelledBy: 'testimonials-title' }, style: sectionStyle(th, { gap: tok('space.lg') }) }, [
    sectionHeader(th, 'testimonials', { eyebrow: base.eyebrow, title: base.title }, { center: true, titleId: 'testimonials-title' }),
    el('ul', 'testimonials-list', { style: { base: { ...listReset, ...grid('lg'), ...(single ? { maxWidth: '48rem', alignSelf: 'center', width: '100%' } : {}) }, responsive: single ? undefined : { md: columns(Math.min(count, 2)), lg: columns(Math.min(count, 3)) } } }, [each(items, 'id', [card])]),
  ]);
  return component({ name: 'Testimonials', description: slots.language === 'es' ? 'Testimonios de clientes' : 'Customer testimonials', root });
}

export const testimonial: Archetype = {
  id: 'testimonial',
  title: { en: 'Testimonial', es: 'Testimonio' },
  keywords: {
    en: { testimonial: 10, review: 4, quote: 5, 'customer quote': 9, 'social proof': 7, endorsement: 6, 'what customers say': 8 },
    es: { testimonio: 10, resena: 5, opinion: 5, cita: 4, 'opiniones de clientes': 9, 'prueba social': 7 },
  },
  textSlots: { en: ['quote', 'name', 'role'], es: ['cita', 'nombre', 'cargo'] },
  includes: ['card', 'avatar-group'],
  counts: COUNTS,
  build,
};

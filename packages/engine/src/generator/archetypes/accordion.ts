import { icon } from '../icons.js';
import { component, el, fromState, isState, on, state, toggle, when } from '../nodes.js';
import { copyFor, highlightIndex, itemCount, takeItems, withTexts } from '../slot-helpers.js';
import { bodyText, cardSurface, divider, interactive, linkStyles, row, space, stack, tok } from '../styles.js';
import { themeFor } from '../theme.js';
import type { Archetype, Slots } from '../types.js';
import { sectionHeader, sectionStyle } from './parts.js';

const COPY = {
  en: {
    eyebrow: 'FAQ',
    title: 'Frequently asked questions',
    subtitle: 'Everything you need to know about plans, billing and your data.',
    contact: 'Still stuck?',
    contactLink: 'Talk to our team',
    items: [
      { q: 'Can I try it before I pay?', a: 'Yes. The Free plan includes 50 generations a month with no card required, and Pro comes with a 14-day trial.' },
      { q: 'Does it work with my design system?', a: 'Import your tokens from DTCG JSON, Style Dictionary, CSS variables or a Tailwind theme, and every component follows them.' },
      { q: 'Which frameworks can I export to?', a: 'HTML with CSS or Tailwind, React, Vue 3, Svelte 5, Angular and Web Components — all from the same component.' },
      { q: 'Can I cancel at any time?', a: 'Of course. Cancel from the billing page and you keep access until the end of the period you paid for.' },
      { q: 'Where is my data stored?', a: 'In the EU, encrypted at rest and in transit, with daily backups that are restored and verified every week.' },
      { q: 'Do you offer discounts for non-profits?', a: 'Yes — registered non-profits and schools get 50% off any paid plan. Write to us to apply.' },
    ],
  },
  es: {
    eyebrow: 'Preguntas frecuentes',
    title: 'Preguntas frecuentes',
    subtitle: 'Todo lo que necesitas saber sobre planes, facturación y tus datos.',
    contact: '¿Sigues con dudas?',
    contactLink: 'Habla con nuestro equipo',
    items: [
      { q: '¿Puedo probarlo antes de pagar?', a: 'Sí. El plan gratuito incluye 50 generaciones al mes sin tarjeta, y el plan Pro tiene 14 días de prueba.' },
      { q: '¿Funciona con mi sistema de diseño?', a: 'Importa tus tokens desde DTCG JSON, Style Dictionary, variables CSS o un tema de Tailwind y cada componente los respetará.' },
      { q: '¿A qué frameworks puedo exportar?', a: 'HTML con CSS o Tailwind, React, Vue 3, Svelte 5, Angular y Web Components, todo desde el mismo componente.' },
      { q: '¿Puedo cancelar cuando quiera?', a: 'Claro. Cancela desde la página de facturación y mantendrás el acceso hasta el final del periodo pagado.' },
      { q: '¿Dónde se guardan mis datos?', a: 'En la UE, cifrados en reposo y en tránsito, con copias diarias que se restauran y verifican cada semana.' },
      { q: '¿Hacéis descuentos a ONG?', a: 'Sí: las ONG y centros educativos tienen un 50 % de descuento en cualquier plan de pago. Escríbenos para solicitarlo.' },
    ],
  },
};

const COUNTS = { min: 1, max: 8 };

function build(slots: Slots) {
  const th = themeFor(slots);
  const base = copyFor(COPY, slots);
  const count = itemCount(slots, Math.max(4, slots.texts.length - 1), COUNTS);
  const open = highlightIndex(slots.highlight, count, 'first');
  // The first quoted text is the title, the rest are questions.
  const titled = withTexts({ title: base.title }, slots.texts, ['title']);
  const questions = slots.texts.slice(1);
  const items = takeItems(base.items, count, (i) => base.items[i % base.items.length]!).map((item, i) => ({ n: i + 1, q: questions[i] ?? item.q, a: item.a }));
  const trigger = interactive(
    { ...row('md'), justifyContent: 'space-between', width: '100%', padding: '{space.md} {space.lg}', backgroundColor: 'transparent', borderWidth: '0', color: th.text, fontFamily: tok('font.family.base'), fontSize: tok('font.size.md'), fontWeight: tok('font.weight.semibold'), textAlign: 'left' },
    { backgroundColor: th.hover },
  );
  const root = el('section', 'faq', { a11y: { labelledBy: 'faq-title' }, style: sectionStyle(th, { gap: tok('space.lg') }) }, [
    sectionHeader(th, 'faq', { eyebrow: base.eyebrow, title: titled.title, subtitle: base.subtitle }, { titleId: 'faq-title' }),
    el(
      'div',
      'faq-list',
      { style: { base: { ...cardSurface(th, 'md'), padding: '0', overflow: 'hidden', ...stack('xs', { gap: '0' }) } } },
      items.map((item) =>
        el('div', `faq-item-${item.n}`, { style: { base: item.n === 1 ? {} : divider('top', th.border) } }, [
          el('h3', `faq-heading-${item.n}`, { style: { base: { margin: '0' } } }, [
            el(
              'button',
              `faq-trigger-${item.n}`,
              { attrs: { type: 'button', id: `faq-trigger-${item.n}` }, a11y: { expanded: fromState(`open${item.n}`), controls: `faq-panel-${item.n}` }, events: on('click', toggle(`open${item.n}`)), style: trigger },
              [
                item.q,
                el('span', `faq-icon-${item.n}`, { a11y: { hidden: true }, style: { base: { display: 'inline-flex', flexShrink: '0', color: th.link } } }, [when(isState(`open${item.n}`), [icon('minus', 18)], [icon('plus', 18)])]),
              ],
            ),
          ]),
          when(isState(`open${item.n}`), [
            el('div', `faq-panel-${item.n}`, { attrs: { id: `faq-panel-${item.n}` }, a11y: { role: 'region', labelledBy: `faq-trigger-${item.n}` }, style: { base: { padding: '0 {space.lg}', paddingBottom: space('md') } } }, [
              el('p', `faq-answer-${item.n}`, { style: { base: bodyText(th, 'md') } }, [item.a]),
            ]),
          ]),
        ]),
      ),
    ),
    el('p', 'faq-contact', { style: { base: { ...row('xs'), ...bodyText(th, 'sm'), flexWrap: 'wrap' } } }, [base.contact, el('a', 'faq-contact-link', { attrs: { href: '#contact' }, style: linkStyles(th) }, [base.contactLink])]),
  ]);
  return component({
    name: 'Accordion',
    description: slots.language === 'es' ? `Acordeón de preguntas frecuentes (${count})` : `FAQ accordion (${count})`,
    state: items.map((item) => state.boolean(`open${item.n}`, item.n - 1 === open)),
    root,
  });
}

export const accordion: Archetype = {
  id: 'accordion',
  title: { en: 'Accordion', es: 'Acordeón' },
  keywords: {
    en: { accordion: 9, faq: 7, 'frequently asked questions': 8, collapsible: 5, expandable: 5, 'expand collapse': 5, disclosure: 5, questions: 2 },
    es: { acordeon: 9, 'preguntas frecuentes': 8, desplegables: 2, plegable: 5, colapsable: 5, preguntas: 2 },
  },
  textSlots: { en: ['title', 'questions…'], es: ['título', 'preguntas…'] },
  counts: COUNTS,
  build,
};

import { component, el, fromState, isState, on, set, state, when } from '../nodes.js';
import { copyFor, highlightIndex, itemCount, takeItems } from '../slot-helpers.js';
import { bodyText, cardSurface, divider, heading, interactive, row, space, stack, tok } from '../styles.js';
import { themeFor } from '../theme.js';
import type { Archetype, Slots } from '../types.js';

const COPY = {
  en: {
    label: 'Product details',
    tabs: [
      { label: 'Overview', title: 'Built for everyday carry', body: 'A lightweight shell, recycled fabrics and a lifetime warranty make this the last backpack you will need.' },
      { label: 'Specifications', title: 'Specifications', body: 'Capacity 22 L · Weight 850 g · Padded sleeve for laptops up to 16 inches · Water-resistant zips.' },
      { label: 'Reviews', title: 'Rated 4.8 by 1,204 customers', body: '“Comfortable on long commutes, and the laptop sleeve fits perfectly.” — Daniel, verified buyer' },
      { label: 'Shipping', title: 'Free shipping over $50', body: 'Orders placed before 2 pm ship the same day. Delivery takes 2–4 business days.' },
      { label: 'Returns', title: 'Free 30-day returns', body: 'Changed your mind? Send it back within 30 days for a full refund.' },
      { label: 'FAQ', title: 'Still have questions?', body: 'Our team answers within one business day at help@northwind.io.' },
    ],
  },
  es: {
    label: 'Detalles del producto',
    tabs: [
      { label: 'Resumen', title: 'Pensada para el día a día', body: 'Una carcasa ligera, tejidos reciclados y garantía de por vida: la última mochila que vas a necesitar.' },
      { label: 'Especificaciones', title: 'Especificaciones', body: 'Capacidad 22 l · Peso 850 g · Funda acolchada para portátiles de hasta 16 pulgadas · Cremalleras resistentes al agua.' },
      { label: 'Opiniones', title: 'Valorada con 4,8 por 1.204 clientes', body: '«Cómoda en trayectos largos y la funda del portátil encaja perfecta». — Daniel, comprador verificado' },
      { label: 'Envío', title: 'Envío gratis desde 50 €', body: 'Los pedidos hechos antes de las 14:00 salen el mismo día. La entrega tarda de 2 a 4 días laborables.' },
      { label: 'Devoluciones', title: 'Devoluciones gratis en 30 días', body: '¿Has cambiado de opinión? Devuélvela en 30 días y te reembolsamos el importe completo.' },
      { label: 'Preguntas', title: '¿Tienes más preguntas?', body: 'Nuestro equipo responde en un día laborable en ayuda@northwind.io.' },
    ],
  },
};

const COUNTS = { min: 2, max: 6 };

function build(slots: Slots) {
  const th = themeFor(slots);
  const base = copyFor(COPY, slots);
  const count = itemCount(slots, Math.max(3, slots.texts.length), COUNTS);
  const active = highlightIndex(slots.highlight, count, 'first') ?? 0;
  const tabs = takeItems(base.tabs, count, (i) => ({ ...base.tabs[i % base.tabs.length]! })).map((t, i) => {
    const label = slots.texts[i] ?? t.label;
    return { n: i + 1, label, title: slots.texts[i] ?? t.title, body: t.body };
  });
  const select = (n: number) => tabs.map((t) => set(`tab${t.n}`, t.n === n));
  const tabStyle = interactive(
    { position: 'relative', padding: '{space.sm} {space.md}', backgroundColor: 'transparent', borderWidth: '0', borderRadius: th.radius.control, color: th.text, fontFamily: tok('font.family.base'), fontSize: tok('font.size.sm'), fontWeight: tok('font.weight.semibold'), whiteSpace: 'nowrap' },
    { backgroundColor: th.hover },
  );
  const indicator = { position: 'absolute', left: '{space.sm}', right: '{space.sm}', bottom: '0', height: '{space.xs}', borderRadius: tok('radius.full'), backgroundColor: th.tone.bg } as const;
  const root = el('div', 'tabs', { style: { base: { ...cardSurface(th, 'md'), ...stack('md'), fontFamily: tok('font.family.base') } } }, [
    el(
      'div',
      'tabs-list',
      { a11y: { role: 'tablist', label: base.label }, style: { base: { ...row('xs'), overflowX: 'auto', ...divider('bottom', th.border) } } },
      tabs.map((t) =>
        el(
          'button',
          `tab-${t.n}`,
          { attrs: { type: 'button', id: `tab-${t.n}` }, a11y: { role: 'tab', selected: fromState(`tab${t.n}`), controls: `tab-panel-${t.n}` }, events: on('click', ...select(t.n)), style: tabStyle },
          [t.label, when(isState(`tab${t.n}`), [el('span', `tab-${t.n}-indicator`, { a11y: { hidden: true }, style: { base: indicator } })])],
        ),
      ),
    ),
    ...tabs.map((t) =>
      when(isState(`tab${t.n}`), [
        el('div', `tab-panel-${t.n}`, { attrs: { id: `tab-panel-${t.n}`, tabindex: 0 }, a11y: { role: 'tabpanel', labelledBy: `tab-${t.n}` }, style: { base: { ...stack('sm'), padding: space('sm'), borderRadius: th.radius.control }, focusVisible: { outlineWidth: tok('border.width'), outlineStyle: 'solid', outlineColor: tok('color.focus') } } }, [
          el('h3', `tab-panel-${t.n}-title`, { style: { base: heading(th, 'lg') } }, [t.title]),
          el('p', `tab-panel-${t.n}-text`, { style: { base: bodyText(th, 'md') } }, [t.body]),
        ]),
      ]),
    ),
  ]);
  return component({
    name: 'Tabs',
    description: slots.language === 'es' ? `Pestañas (${count})` : `Tabs (${count})`,
    state: tabs.map((t) => state.boolean(`tab${t.n}`, t.n === active + 1)),
    root,
  });
}

export const tabs: Archetype = {
  id: 'tabs',
  title: { en: 'Tabs', es: 'Pestañas' },
  keywords: {
    en: { tab: 7, tabs: 7, tabbed: 7, 'tab bar': 8, 'segmented control': 5, 'tab panel': 8 },
    es: { pestana: 8, solapa: 7, 'barra de pestanas': 9, 'panel con pestanas': 9 },
  },
  textSlots: { en: ['tab labels…'], es: ['pestañas…'] },
  counts: COUNTS,
  build,
};

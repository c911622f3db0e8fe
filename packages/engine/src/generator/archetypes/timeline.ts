import { icon } from '../icons.js';
import { bindItem, component, each, el, fromItem, isItem, when } from '../nodes.js';
import { copyFor, highlightIndex, itemCount, takeItems, withTexts } from '../slot-helpers.js';
import { bodyText, cardSurface, chip, heading, iconBox, listReset, row, space, stack, tok } from '../styles.js';
import { themeFor } from '../theme.js';
import type { Archetype, Slots } from '../types.js';

const COPY = {
  en: {
    title: 'Project history',
    current: 'Current',
    events: [
      { date: '2024-03-02', when: 'Mar 2, 2024', title: 'Project created', body: 'Maya set up the workspace and imported the brand tokens.' },
      { date: '2024-03-09', when: 'Mar 9, 2024', title: 'First components generated', body: '24 components across navigation, forms and marketing pages.' },
      { date: '2024-04-15', when: 'Apr 15, 2024', title: 'Baseline approved', body: 'Visual regression baselines approved for every breakpoint.' },
      { date: '2024-05-20', when: 'May 20, 2024', title: 'Version 2 released', body: 'Dark mode and the new pricing page went live.' },
      { date: '2024-07-01', when: 'Jul 1, 2024', title: 'Team expanded', body: 'Three developers joined and connected the CI checks.' },
      { date: '2024-09-12', when: 'Sep 12, 2024', title: 'Design system 3.0', body: 'New spacing scale rolled out to every component.' },
    ],
  },
  es: {
    title: 'Historial del proyecto',
    current: 'Actual',
    events: [
      { date: '2024-03-02', when: '2 mar 2024', title: 'Proyecto creado', body: 'Maya configuró el espacio e importó los tokens de la marca.' },
      { date: '2024-03-09', when: '9 mar 2024', title: 'Primeros componentes generados', body: '24 componentes de navegación, formularios y páginas de marketing.' },
      { date: '2024-04-15', when: '15 abr 2024', title: 'Referencia aprobada', body: 'Referencias de regresión visual aprobadas para cada tamaño.' },
      { date: '2024-05-20', when: '20 may 2024', title: 'Versión 2 publicada', body: 'Se publicaron el modo oscuro y la nueva página de precios.' },
      { date: '2024-07-01', when: '1 jul 2024', title: 'El equipo crece', body: 'Tres desarrolladores se unieron y conectaron las comprobaciones de CI.' },
      { date: '2024-09-12', when: '12 sep 2024', title: 'Sistema de diseño 3.0', body: 'La nueva escala de espaciado llegó a todos los componentes.' },
    ],
  },
};

const COUNTS = { min: 1, max: 8 };

function build(slots: Slots) {
  const th = themeFor(slots);
  const base = copyFor(COPY, slots);
  const copy = withTexts({ title: base.title }, slots.texts, ['title']);
  const count = itemCount(slots, 4, COUNTS);
  const current = highlightIndex(slots.highlight, count, 'last');
  const events = takeItems(base.events, count, (i) => base.events[i % base.events.length]!).map((e, i) => ({ id: `event${i + 1}`, ...e, title: slots.texts[i + 1] ?? e.title, current: i === current }));
  const dot = (name: string, bg: typeof th.tone.bg, fg: typeof th.tone.fg, child: ReturnType<typeof icon>) =>
    el('span', name, { a11y: { hidden: true }, style: { base: { ...iconBox(th, bg, fg, '{space.lg}'), position: 'absolute', left: '0', top: '0', boxShadow: tok('shadow.sm') } } }, [child]);
  const root = el('section', 'timeline', { a11y: { labelledBy: 'timeline-title' }, style: { base: { ...cardSurface(th, 'lg'), ...stack('lg'), width: '100%', maxWidth: '40rem', fontFamily: tok('font.family.base') } } }, [
    el('h2', 'timeline-title', { attrs: { id: 'timeline-title' }, style: { base: heading(th, 'xl') } }, [copy.title]),
    el('ol', 'timeline-list', { style: { base: { ...listReset, ...stack('lg'), overflow: 'hidden' } } }, [
      each(events, 'id', [
        el('li', 'timeline-event', { style: { base: { position: 'relative', paddingLeft: space('xl'), ...stack('xs') } } }, [
          el('span', 'timeline-line', { a11y: { hidden: true }, style: { base: { position: 'absolute', left: '0.75rem', top: '1.5rem', bottom: '-1.5rem', width: tok('border.width'), backgroundColor: th.border } } }),
          when(isItem('current'), [dot('timeline-dot-current', th.tone.bg, th.tone.fg, icon('zap', 12))], [dot('timeline-dot', th.raised, th.link, icon('check', 12))]),
          el('time', 'timeline-date', { attrs: { datetime: fromItem('date') }, style: { base: bodyText(th, 'xs', true, { fontWeight: tok('font.weight.medium') }) } }, [bindItem('when')]),
          el('h3', 'timeline-event-title', { style: { base: { ...heading(th, 'md'), ...row('sm') } } }, [bindItem('title'), when(isItem('current'), [el('span', 'timeline-current', { style: { base: chip(th.tone.bg, th.tone.fg, th) } }, [base.current])])]),
          el('p', 'timeline-event-body', { style: { base: bodyText(th, 'sm') } }, [bindItem('body')]),
        ]),
      ]),
    ]),
  ]);
  return component({ name: 'Timeline', description: slots.language === 'es' ? `Línea de tiempo con ${count} hitos` : `Timeline of ${count} events`, root });
}

export const timeline: Archetype = {
  id: 'timeline',
  title: { en: 'Timeline', es: 'Línea de tiempo' },
  keywords: {
    en: { timeline: 10, history: 5, milestones: 7, roadmap: 6, changelog: 5, 'activity log': 6, chronology: 7 },
    es: { 'linea de tiempo': 10, cronologia: 9, historial: 5, hitos: 7, 'hoja de ruta': 6, trayectoria: 5 },
  },
  textSlots: { en: ['title', 'event titles…'], es: ['título', 'hitos…'] },
  counts: COUNTS,
  build,
};

import { icon } from '../icons.js';
import { bindItem, component, each, el, fromItem, isItem, when } from '../nodes.js';
import { copyFor, itemCount, labelsFromTexts, takeItems } from '../slot-helpers.js';
import { linkStyles, listReset, onPage, row, tok } from '../styles.js';
import { themeFor } from '../theme.js';
import type { Archetype, Slots } from '../types.js';

const COPY = {
  en: { label: 'Breadcrumb', crumbs: ['Home', 'Projects', 'Marketing site', 'Components', 'Pricing table', 'Version 3'], page: 'Page' },
  es: { label: 'Ruta de navegación', crumbs: ['Inicio', 'Proyectos', 'Web de marketing', 'Componentes', 'Tabla de precios', 'Versión 3'], page: 'Página' },
};

const COUNTS = { min: 2, max: 8 };

function build(slots: Slots) {
  const th = themeFor(slots);
  const base = copyFor(COPY, slots);
  const count = itemCount(slots, Math.max(4, slots.texts.length), COUNTS);
  const labels = takeItems(base.crumbs, count, (i) => `${base.page} ${i + 1}`);
  const crumbs = labelsFromTexts(
    labels.map((label, i) => ({ id: `crumb${i + 1}`, label, href: i === 0 ? '/' : `/${labels.slice(1, i + 1).map((l) => l.toLowerCase().replace(/[^a-z0-9]+/g, '-')).join('/')}`, home: i === 0, current: i === count - 1 })),
    slots.texts,
    (item, label) => ({ ...item, label }),
  );
  const root = el('nav', 'breadcrumbs', { a11y: { label: base.label }, style: { base: { fontFamily: tok('font.family.base'), fontSize: tok('font.size.sm'), color: th.muted, ...onPage(th) } } }, [
    el('ol', 'breadcrumbs-list', { style: { base: { ...listReset, ...row('xs'), flexWrap: 'wrap' } } }, [
      each(crumbs, 'id', [
        el('li', 'breadcrumbs-item', { style: { base: row('xs') } }, [
          when(
            isItem('current'),
            [el('span', 'breadcrumbs-current', { a11y: { current: 'page' }, style: { base: { color: th.text, fontWeight: tok('font.weight.semibold') } } }, [bindItem('label')])],
            [
              el('a', 'breadcrumbs-link', { attrs: { href: fromItem('href') }, style: linkStyles(th, { ...row('xs'), color: th.muted, fontWeight: tok('font.weight.regular') }) }, [
                when(isItem('home'), [icon('home', 16)]),
                bindItem('label'),
              ]),
              el('span', 'breadcrumbs-separator', { a11y: { hidden: true }, style: { base: { display: 'inline-flex', color: th.border } } }, [icon('chevronRight', 16)]),
            ],
          ),
        ]),
      ]),
    ]),
  ]);
  return component({ name: 'Breadcrumbs', description: slots.language === 'es' ? 'Ruta de navegación' : 'Breadcrumb trail', root });
}

export const breadcrumbs: Archetype = {
  id: 'breadcrumbs',
  title: { en: 'Breadcrumbs', es: 'Migas de pan' },
  keywords: {
    en: { breadcrumb: 9, breadcrumbs: 9, 'page path': 5, trail: 2 },
    es: { 'migas de pan': 9, miga: 6, 'ruta de navegacion': 8, 'hilo de ariadna': 8 },
  },
  textSlots: { en: ['crumb labels…'], es: ['etiquetas…'] },
  counts: COUNTS,
  build,
};

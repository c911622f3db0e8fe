import { icon } from '../icons.js';
import { bindState, component, el, emit, fromState, isState, on, set, state, when } from '../nodes.js';
import { copyFor, highlightIndex, itemCount, withTexts } from '../slot-helpers.js';
import { bodyText, interactive, listReset, onPage, row, space, tok, withResponsive, type Decl } from '../styles.js';
import { themeFor } from '../theme.js';
import type { Archetype, Slots } from '../types.js';

const COPY = {
  en: { label: 'Pagination', previous: 'Previous', next: 'Next', page: 'Page', of: 'of', previousPage: 'Previous page', nextPage: 'Next page' },
  es: { label: 'Paginación', previous: 'Anterior', next: 'Siguiente', page: 'Página', of: 'de', previousPage: 'Página anterior', nextPage: 'Página siguiente' },
};

const COUNTS = { min: 2, max: 9 };

function build(slots: Slots) {
  const th = themeFor(slots);
  const base = withTexts(copyFor(COPY, slots), slots.texts, ['label']);
  const pages = itemCount(slots, 5, COUNTS);
  const initial = (highlightIndex(slots.highlight, pages, 'first') ?? 0) + 1;
  const numbers = Array.from({ length: pages }, (_, i) => i + 1);
  const square: Decl = {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    gap: space('xs'),
    minWidth: '2.5rem',
    height: '2.5rem',
    padding: '0 {space.sm}',
    borderRadius: th.radius.control,
    borderWidth: tok('border.width'),
    borderStyle: 'solid',
    borderColor: th.border,
    backgroundColor: th.surface,
    color: th.text,
    fontFamily: tok('font.family.base'),
    fontSize: tok('font.size.sm'),
    fontWeight: tok('font.weight.medium'),
  };
  const idle = interactive(square, { backgroundColor: th.hover, borderColor: th.muted });
  const current = interactive({ ...square, backgroundColor: th.tone.bg, borderColor: th.tone.bg, color: th.tone.fg, fontWeight: tok('font.weight.semibold') }, { backgroundColor: th.tone.hover });
  // On phones only the current page shows between the arrows.
  const pageOnWide = withResponsive({ ...idle, base: { ...idle.base, display: 'none' } }, { sm: { display: 'inline-flex' } });
  // Specs have no arithmetic, so "previous" and "next" are one button per current page.
  const step = (dir: 'prev' | 'next') =>
    el(
      'li',
      `pagination-${dir}-item`,
      {},
      numbers.map((n) => {
        const target = dir === 'prev' ? n - 1 : n + 1;
        const edge = target < 1 || target > pages;
        return when(isState('page', n), [
          el(
            'button',
            `pagination-${dir}-${n}`,
            {
              attrs: edge ? { type: 'button', disabled: true } : { type: 'button' },
              a11y: { label: dir === 'prev' ? base.previousPage : base.nextPage },
              events: edge ? [] : on('click', set('page', target), emit('change', fromState('page'))),
              style: idle,
            },
            dir === 'prev' ? [icon('chevronLeft', 16), el('span', `pagination-prev-${n}-text`, { style: { base: { display: 'none' }, responsive: { sm: { display: 'inline' } } } }, [base.previous])] : [el('span', `pagination-next-${n}-text`, { style: { base: { display: 'none' }, responsive: { sm: { display: 'inline' } } } }, [base.next]), icon('chevronRight', 16)],
          ),
        ]);
      }),
    );
  const root = el('nav', 'pagination', { a11y: { label: base.label }, style: { base: { ...row('md'), justifyContent: 'space-between', flexWrap: 'wrap', fontFamily: tok('font.family.base'), ...onPage(th) } } }, [
    el('p', 'pagination-summary', { a11y: { live: 'polite' }, style: { base: bodyText(th, 'sm') } }, [`${base.page} `, bindState('page'), ` ${base.of} ${pages}`]),
    el('ul', 'pagination-list', { style: { base: { ...listReset, ...row('xs') } } }, [
      step('prev'),
      ...numbers.map((n) =>
        el('li', `pagination-item-${n}`, {}, [
          when(
            isState('page', n),
            [el('button', `pagination-page-${n}-current`, { attrs: { type: 'button' }, a11y: { current: 'page', label: `${base.page} ${n}` }, style: current }, [String(n)])],
            [el('button', `pagination-page-${n}`, { attrs: { type: 'button' }, a11y: { label: `${base.page} ${n}` }, events: on('click', set('page', n), emit('change', fromState('page'))), style: pageOnWide }, [String(n)])],
          ),
        ]),
      ),
      step('next'),
    ]),
  ]);
  return component({
    name: 'Pagination',
    description: slots.language === 'es' ? `Paginación de ${pages} páginas` : `Pagination over ${pages} pages`,
    state: [state.number('page', initial)],
    root,
  });
}

export const pagination: Archetype = {
  id: 'pagination',
  title: { en: 'Pagination', es: 'Paginación' },
  keywords: {
    en: { pagination: 9, paginator: 9, pager: 8, 'page numbers': 8, 'next previous': 5, pages: 2 },
    es: { paginacion: 9, paginador: 9, 'numeros de pagina': 8, 'siguiente anterior': 5, paginas: 2 },
  },
  textSlots: { en: ['accessible label'], es: ['nombre accesible'] },
  counts: COUNTS,
  build,
};

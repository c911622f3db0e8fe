import { icon } from '../icons.js';
import { bindItem, component, each, el, emit, fromItem, fromState, isState, notState, on, set, state, when } from '../nodes.js';
import { copyFor, withTexts } from '../slot-helpers.js';
import { bodyText, buttonStyles, chip, iconButtonStyles, inputStyles, interactive, listReset, onPage, row, space, stack, tok } from '../styles.js';
import { themeFor } from '../theme.js';
import type { Archetype, Slots } from '../types.js';

const COPY = {
  en: { label: 'Search', placeholder: 'Search components, tokens and docs…', submit: 'Search', clear: 'Clear search', popular: 'Popular:', suggestions: ['Pricing table', 'Login form', 'Navbar', 'Dark mode'], shortcut: '⌘K' },
  es: { label: 'Buscar', placeholder: 'Busca componentes, tokens y documentación…', submit: 'Buscar', clear: 'Borrar búsqueda', popular: 'Populares:', suggestions: ['Tabla de precios', 'Inicio de sesión', 'Barra de navegación', 'Modo oscuro'], shortcut: '⌘K' },
};

function build(slots: Slots) {
  const th = themeFor(slots);
  const base = copyFor(COPY, slots);
  const copy = withTexts({ placeholder: base.placeholder, submit: base.submit }, slots.texts, ['placeholder', 'submit']);
  const suggestions = base.suggestions.map((label, i) => ({ id: `s${i + 1}`, label }));
  const root = el('form', 'search', { a11y: { role: 'search', label: base.label }, events: on('submit', emit('search', fromState('query'))), style: { base: { ...stack('sm'), width: '100%', maxWidth: '40rem', fontFamily: tok('font.family.base'), ...onPage(th) } } }, [
    el('div', 'search-row', { style: { base: { ...row('sm') } } }, [
      el('div', 'search-field', { style: { base: { position: 'relative', flexGrow: '1', color: th.muted } } }, [
        el('span', 'search-icon', { a11y: { hidden: true }, style: { base: { position: 'absolute', left: space('sm'), top: '50%', transform: 'translateY(-50%)', display: 'inline-flex', pointerEvents: 'none' } } }, [icon('search', 18)]),
        el('input', 'search-input', {
          attrs: { id: 'search-input', type: 'search', name: 'q', placeholder: copy.placeholder, autocomplete: 'off', value: fromState('query') },
          a11y: { label: base.label },
          events: on('input', set('query', { fromEvent: 'value' })),
          style: inputStyles(th, { paddingLeft: tok('space.xl'), paddingRight: tok('space.xl'), borderRadius: th.shape === 'default' ? th.radius.control : th.radius.chip, boxShadow: th.shadow.card }),
        }),
        when(
          isState('query'),
          [el('button', 'search-clear', { attrs: { type: 'button' }, a11y: { label: base.clear, controls: 'search-input' }, events: on('click', set('query', '')), style: iconButtonStyles(th, { position: 'absolute', right: space('xs'), top: '50%', transform: 'translateY(-50%)' }) }, [icon('x', 16)])],
          [el('span', 'search-shortcut', { a11y: { hidden: true }, style: { base: { position: 'absolute', right: space('sm'), top: '50%', transform: 'translateY(-50%)', ...chip(th.raised, th.text, th, { fontFamily: tok('font.family.mono') }) } } }, [base.shortcut])],
        ),
      ]),
      el('button', 'search-submit', { attrs: { type: 'submit' }, a11y: { label: copy.submit }, style: buttonStyles(th, 'primary') }, [icon('search', 18), el('span', 'search-submit-text', { style: { base: { display: 'none' }, responsive: { sm: { display: 'inline' } } } }, [copy.submit])]),
    ]),
    when(notState('query'), [
      el('div', 'search-popular', { style: { base: { ...row('sm'), flexWrap: 'wrap', ...bodyText(th, 'sm') } } }, [
        base.popular,
        el('ul', 'search-suggestions', { style: { base: { ...listReset, ...row('xs'), flexWrap: 'wrap' } } }, [
          each(suggestions, 'id', [
            el('li', 'search-suggestion', {}, [
              el('button', 'search-suggestion-button', { attrs: { type: 'button' }, events: on('click', set('query', fromItem('label'))), style: interactive(chip(th.raised, th.text, th, { borderWidth: '0' }), { backgroundColor: th.hoverStrong }) }, [bindItem('label')]),
            ]),
          ]),
        ]),
      ]),
    ]),
  ]);
  return component({ name: 'SearchBar', description: slots.language === 'es' ? 'Barra de búsqueda con sugerencias' : 'Search bar with suggestions', state: [state.string('query', '')], root });
}

export const searchBar: Archetype = {
  id: 'search-bar',
  title: { en: 'Search bar', es: 'Barra de búsqueda' },
  keywords: {
    en: { search: 7, 'search bar': 9, 'search box': 9, 'search field': 9, 'search input': 9, find: 2, lookup: 3, autocomplete: 4 },
    es: { buscar: 7, busqueda: 7, buscador: 9, 'barra de busqueda': 10, 'campo de busqueda': 10, 'caja de busqueda': 10 },
  },
  textSlots: { en: ['placeholder', 'button label'], es: ['marcador de posición', 'texto del botón'] },
  includes: ['button', 'dropdown-menu'],
  build,
};

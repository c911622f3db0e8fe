import { icon } from '../icons.js';
import { bindProp, component, el, emit, on, prop } from '../nodes.js';
import { copyFor, withTexts } from '../slot-helpers.js';
import { bodyText, border, buttonStyles, heading, iconBox, linkStyles, row, space, stack, tok } from '../styles.js';
import { themeFor } from '../theme.js';
import type { Archetype, Slots } from '../types.js';

const COPY = {
  en: { title: 'No projects yet', body: 'Projects keep your components, versions and design tokens together. Create your first one to get started.', cta: 'Create project', secondary: 'Import from code', help: 'Need a hand?', helpLink: 'Read the quick-start guide' },
  es: { title: 'Aún no hay proyectos', body: 'Los proyectos reúnen tus componentes, versiones y tokens de diseño. Crea el primero para empezar.', cta: 'Crear proyecto', secondary: 'Importar desde código', help: '¿Necesitas ayuda?', helpLink: 'Lee la guía de inicio rápido' },
};

function build(slots: Slots) {
  const th = themeFor(slots);
  const base = copyFor(COPY, slots);
  const copy = withTexts({ title: base.title, body: base.body, cta: base.cta }, slots.texts, ['title', 'body', 'cta']);
  const root = el('section', 'empty', { a11y: { labelledBy: 'empty-title' }, style: { base: { ...stack('md'), alignItems: 'center', textAlign: 'center', padding: '{space.xl} {space.lg}', ...border(th.border), borderStyle: 'dashed', borderRadius: th.radius.card, backgroundColor: th.surface, color: th.text, fontFamily: tok('font.family.base') } } }, [
    el('div', 'empty-illustration', { a11y: { hidden: true }, style: { base: { ...iconBox(th, th.raised, th.link, '5rem'), position: 'relative' } } }, [
      icon('folder', 36),
      el('span', 'empty-illustration-badge', { style: { base: { ...iconBox(th, th.tone.bg, th.tone.fg, '{space.lg}'), position: 'absolute', right: '0', bottom: '0', ...border(th.surface) } } }, [icon('plus', 14)]),
    ]),
    el('h2', 'empty-title', { attrs: { id: 'empty-title' }, style: { base: heading(th, 'xl') } }, [bindProp('title')]),
    el('p', 'empty-body', { style: { base: bodyText(th, 'md', true, { maxWidth: '28rem' }) } }, [bindProp('body')]),
    el('div', 'empty-actions', { style: { base: { ...row('sm'), flexWrap: 'wrap', justifyContent: 'center', marginTop: space('sm') } } }, [
      el('button', 'empty-cta', { attrs: { type: 'button' }, events: on('click', emit('create')), style: buttonStyles(th, 'primary') }, [icon('plus', 18), bindProp('cta')]),
      el('button', 'empty-secondary', { attrs: { type: 'button' }, events: on('click', emit('import')), style: buttonStyles(th, 'outline') }, [icon('upload', 18), base.secondary]),
    ]),
    el('p', 'empty-help', { style: { base: bodyText(th, 'sm') } }, [`${base.help} `, el('a', 'empty-help-link', { attrs: { href: '#docs' }, style: linkStyles(th, { textDecoration: 'underline' }) }, [base.helpLink])]),
  ]);
  return component({
    name: 'EmptyState',
    description: slots.language === 'es' ? 'Estado vacío con llamada a la acción' : 'Empty state with a call to action',
    props: [prop.string('title', copy.title), prop.string('body', copy.body), prop.string('cta', copy.cta)],
    root,
  });
}

export const emptyState: Archetype = {
  id: 'empty-state',
  title: { en: 'Empty state', es: 'Estado vacío' },
  keywords: {
    en: { 'empty state': 10, empty: 6, 'no results': 8, 'no data': 8, 'nothing here': 8, 'zero state': 9, placeholder: 3, blank: 3 },
    es: { 'estado vacio': 10, vacio: 6, 'sin resultados': 8, 'sin datos': 8, 'no hay nada': 8, 'lista vacia': 8 },
  },
  textSlots: { en: ['title', 'message', 'button label'], es: ['título', 'mensaje', 'texto del botón'] },
  includes: ['button'],
  build,
};

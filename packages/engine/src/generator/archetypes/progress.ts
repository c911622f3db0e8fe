import { icon } from '../icons.js';
import { bindProp, component, el, emit, fromProp, on, prop } from '../nodes.js';
import { clamp, copyFor, withTexts } from '../slot-helpers.js';
import { bodyText, buttonStyles, cardSurface, heading, row, stack, tok, type Decl } from '../styles.js';
import { themeFor } from '../theme.js';
import type { Archetype, Slots } from '../types.js';
import { iconTile } from './parts.js';

const COPY = {
  en: {
    title: 'Uploading design-tokens.json',
    caption: '2.4 MB of 3.8 MB · about 12 seconds left',
    cancel: 'Cancel',
    loading: 'Loading your workspace…',
    loadingDetail: 'Fetching components and design tokens.',
    label: 'Upload progress',
  },
  es: {
    title: 'Subiendo design-tokens.json',
    caption: '2,4 MB de 3,8 MB · quedan unos 12 segundos',
    cancel: 'Cancelar',
    loading: 'Cargando tu espacio de trabajo…',
    loadingDetail: 'Obteniendo componentes y tokens de diseño.',
    label: 'Progreso de la subida',
  },
};

function build(slots: Slots) {
  const th = themeFor(slots);
  const base = copyFor(COPY, slots);
  // "loader", "spinner" or "loading" ask for the indeterminate variant.
  const indeterminate = slots.state === 'loading';
  const copy = withTexts({ title: indeterminate ? base.loading : base.title, caption: indeterminate ? base.loadingDetail : base.caption }, slots.texts, ['title', 'caption']);
  const value = clamp(slots.percent ?? 64, 0, 100);
  const bar: Decl = { display: 'block', width: '100%', height: slots.size === 'lg' ? tok('space.md') : slots.size === 'sm' ? tok('space.xs') : tok('space.sm'), borderWidth: '0', borderRadius: th.shape === 'sharp' ? '0' : tok('radius.full'), overflow: 'hidden', backgroundColor: th.raised, color: th.tone.bg };
  const root = el('div', 'progress', { a11y: indeterminate ? { role: 'status' } : undefined, style: { base: { ...cardSurface(th, 'lg'), ...stack('md'), width: '100%', maxWidth: '32rem', fontFamily: tok('font.family.base') } } }, [
    el('div', 'progress-top', { style: { base: { ...row('md'), alignItems: 'flex-start' } } }, [
      iconTile(th, 'progress-icon', icon(indeterminate ? 'loader' : 'upload', 18)),
      el('div', 'progress-text', { style: { base: { ...stack('xs'), flexGrow: '1', minWidth: '0' } } }, [
        el('p', 'progress-title', { attrs: { id: 'progress-title' }, style: { base: heading(th, 'md', { overflow: 'hidden', textOverflow: 'ellipsis' }) } }, [bindProp('title')]),
        el('p', 'progress-caption', { style: { base: bodyText(th, 'sm') } }, [copy.caption]),
      ]),
      ...(indeterminate ? [] : [el('span', 'progress-value', { attrs: { id: 'progress-value' }, style: { base: heading(th, 'md', { color: th.link }) } }, [bindProp('value'), '%'])]),
    ]),
    indeterminate
      ? el('progress', 'progress-bar', { a11y: { labelledBy: 'progress-title' }, style: { base: bar } })
      : el('progress', 'progress-bar', { attrs: { max: 100, value: fromProp('value') }, a11y: { labelledBy: 'progress-title' }, style: { base: bar } }),
    ...(indeterminate
      ? []
      : [
          el('div', 'progress-actions', { style: { base: { ...row('sm'), justifyContent: 'flex-end' } } }, [
            el('button', 'progress-cancel', { attrs: { type: 'button' }, events: on('click', emit('cancel')), style: buttonStyles(th, 'ghost', 'sm') }, [base.cancel]),
          ]),
        ]),
  ]);
  return component({
    name: indeterminate ? 'Loader' : 'ProgressBar',
    description: indeterminate ? (slots.language === 'es' ? 'Indicador de carga' : 'Loading indicator') : slots.language === 'es' ? 'Barra de progreso' : 'Progress bar',
    props: indeterminate ? [prop.string('title', copy.title)] : [prop.string('title', copy.title), prop.number('value', value)],
    root,
  });
}

export const progress: Archetype = {
  id: 'progress',
  title: { en: 'Progress / loader', es: 'Progreso / carga' },
  keywords: {
    en: { progress: 8, 'progress bar': 10, loader: 8, spinner: 8, 'loading indicator': 9, 'loading bar': 9, 'loading state': 5, percent: 2, skeleton: 3 },
    es: { progreso: 8, 'barra de progreso': 10, cargador: 8, 'indicador de carga': 10, 'barra de carga': 10, porcentaje: 2, cargando: 3 },
  },
  textSlots: { en: ['title', 'caption'], es: ['título', 'detalle'] },
  build,
};

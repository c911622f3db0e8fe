import { icon, iconPath, itemIcon, type IconName } from '../icons.js';
import { bindItem, component, each, el, fromItem, isItem, when } from '../nodes.js';
import { copyFor, highlightIndex, itemCount, takeItems, withTexts } from '../slot-helpers.js';
import { bodyText, border, cardSurface, columns, grid, heading, linkStyles, listReset, row, stack, tok } from '../styles.js';
import { themeFor } from '../theme.js';
import type { Archetype, Slots } from '../types.js';
import { iconTile, sectionHeader, sectionStyle } from './parts.js';

const ICONS: IconName[] = ['zap', 'layers', 'shield', 'globe', 'chart', 'users', 'lock', 'sparkles', 'settings'];
const COPY = {
  en: {
    eyebrow: 'Features',
    title: 'Everything your team needs to ship UI',
    subtitle: 'From the first prompt to the last pixel, every step is checked against your design system.',
    more: 'Learn more',
    features: [
      { title: 'Instant generation', body: 'Describe a component and get a working version in seconds, online or offline.' },
      { title: 'Your design tokens', body: 'Colours, spacing and type come from your system, never from guesswork.' },
      { title: 'Accessible by default', body: 'Labels, focus styles and contrast are checked on every change.' },
      { title: 'Every framework', body: 'React, Vue, Svelte, Angular, Web Components and plain HTML from one spec.' },
      { title: 'Visual regression', body: 'Approve a baseline and see exactly which pixels changed.' },
      { title: 'Built for teams', body: 'Roles, shared libraries and version history for the whole team.' },
      { title: 'Secure', body: 'Sandboxed previews, a strict CSP and encrypted storage.' },
      { title: 'Smart refinements', body: 'Ask for changes in plain language and get a new version.' },
      { title: 'Configurable', body: 'Plug in your own model provider or run fully offline.' },
    ],
    feature: 'Feature',
  },
  es: {
    eyebrow: 'Funciones',
    title: 'Todo lo que tu equipo necesita para crear interfaces',
    subtitle: 'Del primer prompt al último píxel, cada paso se comprueba contra tu sistema de diseño.',
    more: 'Saber más',
    features: [
      { title: 'Generación instantánea', body: 'Describe un componente y obtén una versión funcional en segundos, con o sin conexión.' },
      { title: 'Tus tokens de diseño', body: 'Colores, espaciado y tipografía salen de tu sistema, nunca de suposiciones.' },
      { title: 'Accesible por defecto', body: 'Etiquetas, estilos de foco y contraste se comprueban en cada cambio.' },
      { title: 'Cualquier framework', body: 'React, Vue, Svelte, Angular, Web Components y HTML a partir de una sola especificación.' },
      { title: 'Regresión visual', body: 'Aprueba una referencia y ve exactamente qué píxeles han cambiado.' },
      { title: 'Pensado para equipos', body: 'Roles, bibliotecas compartidas e historial de versiones para todo el equipo.' },
      { title: 'Seguro', body: 'Vistas previas aisladas, CSP estricta y almacenamiento cifrado.' },
      { title: 'Ajustes inteligentes', body: 'Pide cambios con tus palabras y obtén una nueva versión.' },
      { title: 'Configurable', body: 'Conecta tu propio proveedor de modelos o trabaja sin conexión.' },
    ],
    feature: 'Función',
  },
};

const COUNTS = { min: 1, max: 9 };

function build(slots: Slots) {
  const th = themeFor(slots);
  const base = copyFor(COPY, slots);
  const copy = withTexts({ title: base.title, subtitle: base.subtitle }, slots.texts, ['title', 'subtitle']);
  const count = itemCount(slots, 6, COUNTS);
  const featured = slots.highlight === undefined ? undefined : highlightIndex(slots.highlight, count, undefined);
  const features = takeItems(base.features, count, (i) => ({ title: `${base.feature} ${i + 1}`, body: base.features[0]!.body })).map((f, i) => ({
    id: `feature${i + 1}`,
    title: f.title,
    body: f.body,
    icon: iconPath(ICONS[i % ICONS.length]!),
    href: `#feature-${i + 1}`,
    featured: i === featured,
  }));
  const root = el('section', 'features', { a11y: { labelledBy: 'features-title' }, style: sectionStyle(th) }, [
    sectionHeader(th, 'features', { eyebrow: base.eyebrow, title: copy.title, subtitle: copy.subtitle }, { center: true, titleId: 'features-title' }),
    el('ul', 'features-grid', { style: { base: { ...listReset, ...grid('lg') }, responsive: { sm: columns(Math.min(count, 2)), md: columns(Math.min(count, 3)) } } }, [
      each(features, 'id', [
        el('li', 'feature', { style: { base: { ...cardSurface(th, 'lg'), ...stack('sm'), position: 'relative' } } }, [
          when(isItem('featured'), [el('span', 'feature-ring', { a11y: { hidden: true }, style: { base: { position: 'absolute', inset: '0', ...border(th.tone.bg), borderRadius: th.radius.card, pointerEvents: 'none' } } })]),
          iconTile(th, 'feature-icon', itemIcon('icon', 20)),
          el('h3', 'feature-title', { style: { base: heading(th, 'lg', { marginTop: tok('space.sm') }) } }, [bindItem('title')]),
          el('p', 'feature-body', { style: { base: { ...bodyText(th, 'md'), flexGrow: '1' } } }, [bindItem('body')]),
          el('a', 'feature-link', { attrs: { href: fromItem('href') }, style: linkStyles(th, { ...row('xs'), fontSize: tok('font.size.sm') }) }, [base.more, icon('arrowRight', 16)]),
        ]),
      ]),
    ]),
  ]);
  return component({ name: 'FeatureGrid', description: slots.language === 'es' ? `Cuadrícula de ${count} funciones` : `Grid of ${count} features`, root });
}

export const featureGrid: Archetype = {
  id: 'feature-grid',
  title: { en: 'Feature grid', es: 'Cuadrícula de funciones' },
  keywords: {
    en: { feature: 6, 'feature grid': 10, 'features section': 10, benefits: 6, 'why choose us': 7, services: 4, capabilities: 5, grid: 2 },
    es: { caracteristica: 7, funcion: 4, funcionalidad: 6, ventajas: 6, beneficios: 6, servicios: 4, cuadricula: 3, 'cuadricula de funciones': 10 },
  },
  textSlots: { en: ['title', 'subtitle'], es: ['título', 'subtítulo'] },
  includes: ['card'],
  counts: COUNTS,
  build,
};

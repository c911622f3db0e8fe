import { icon } from '../icons.js';
import { bindProp, component, el, prop, type Child } from '../nodes.js';
import { copyFor, withTexts } from '../slot-helpers.js';
import { bodyText, border, buttonStyles, cardSurface, chip, columns, fontSize, grid, heading, iconBox, row, space, stack, tok, type TokenRef } from '../styles.js';
import { themeFor } from '../theme.js';
import type { Archetype, Slots } from '../types.js';
import { initialsAvatar, sectionStyle } from './parts.js';

const COPY = {
  en: {
    eyebrow: 'New · Svelte 5 export is here',
    title: 'Build on-brand interfaces in minutes, not weeks',
    subtitle: 'Describe a component in plain language and get production-ready code that follows your design system, in every framework your team uses.',
    primary: 'Start for free',
    secondary: 'Watch the demo',
    proof: 'Trusted by 2,000+ product teams',
    preview: 'Component preview',
    code: '<Button variant="primary">Save changes</Button>',
    tokens: 'Design tokens in use',
  },
  es: {
    eyebrow: 'Novedad · ya puedes exportar a Svelte 5',
    title: 'Crea interfaces fieles a tu marca en minutos, no en semanas',
    subtitle: 'Describe un componente con tus palabras y obtén código listo para producción que sigue tu sistema de diseño, en cualquier framework de tu equipo.',
    primary: 'Empieza gratis',
    secondary: 'Ver la demo',
    proof: 'Más de 2.000 equipos de producto confían en nosotros',
    preview: 'Vista previa del componente',
    code: '<Button variant="primary">Guardar cambios</Button>',
    tokens: 'Tokens de diseño en uso',
  },
};

function build(slots: Slots) {
  const th = themeFor(slots);
  const base = copyFor(COPY, slots);
  const copy = withTexts({ title: base.title, subtitle: base.subtitle, primary: base.primary, secondary: base.secondary }, slots.texts, ['title', 'subtitle', 'primary', 'secondary']);
  const swatch = (name: string, color: TokenRef, size = '{space.lg}'): Child =>
    el('span', `hero-swatch-${name}`, { a11y: { hidden: true }, style: { base: { ...iconBox(th, color, th.text, size), ...border(th.border) } } });
  const visual = el('figure', 'hero-visual', { a11y: { label: base.preview }, style: { base: { ...cardSurface(th, 'md'), ...stack('md'), margin: '0', boxShadow: th.shadow.overlay } } }, [
    el('div', 'hero-window-bar', { a11y: { hidden: true }, style: { base: row('xs') } }, [
      swatch('close', '{color.danger}', '{space.sm}'),
      swatch('minimise', '{color.warning}', '{space.sm}'),
      swatch('expand', '{color.success}', '{space.sm}'),
    ]),
    el('pre', 'hero-code', { style: { base: { margin: '0', padding: space('md'), borderRadius: th.radius.control, backgroundColor: tok('color.text'), color: tok('color.surface'), fontFamily: tok('font.family.mono'), fontSize: fontSize('sm'), overflowX: 'auto', whiteSpace: 'pre-wrap' } } }, [
      el('code', 'hero-code-text', {}, [base.code]),
    ]),
    el('div', 'hero-sample', { style: { base: { ...row('sm'), justifyContent: 'center', padding: space('lg'), backgroundColor: th.raised, borderRadius: th.radius.control } } }, [
      el('span', 'hero-sample-button', { a11y: { hidden: true }, style: { base: { ...buttonStyles(th, 'primary', 'md').base, cursor: 'default' } } }, [slots.language === 'es' ? 'Guardar cambios' : 'Save changes']),
    ]),
    el('figcaption', 'hero-tokens', { style: { base: { ...row('sm'), flexWrap: 'wrap', ...bodyText(th, 'xs') } } }, [
      base.tokens,
      swatch('primary', '{color.primary}'),
      swatch('accent', '{color.accent}'),
      swatch('surface', '{color.surface-muted}'),
    ]),
  ]);
  const root = el('section', 'hero', { a11y: { labelledBy: 'hero-title' }, style: { ...sectionStyle(th, { ...grid('xl'), alignItems: 'center' }), responsive: { md: { padding: '{space.xl} {space.xl}' }, lg: columns(2) } } }, [
    el('div', 'hero-content', { style: { base: { ...stack('lg'), alignItems: 'flex-start' } } }, [
      el('span', 'hero-eyebrow', { style: { base: chip(th.raised, th.text, th, { fontSize: tok('font.size.sm') }) } }, [el('span', 'hero-eyebrow-icon', { style: { base: { display: 'inline-flex', color: th.link } } }, [icon('sparkles', 16)]), base.eyebrow]),
      el('h1', 'hero-title', { attrs: { id: 'hero-title' }, style: { base: heading(th, '2xl'), responsive: { md: { fontSize: tok('font.size.3xl') } } } }, [bindProp('title')]),
      el('p', 'hero-subtitle', { style: { base: bodyText(th, 'lg', true, { maxWidth: '{breakpoint.sm}' }) } }, [bindProp('subtitle')]),
      el('div', 'hero-actions', { style: { base: { ...row('sm'), flexWrap: 'wrap' } } }, [
        el('a', 'hero-primary', { attrs: { href: '#get-started' }, style: buttonStyles(th, 'primary', slots.size === 'sm' ? 'md' : 'lg') }, [bindProp('primaryLabel'), icon('arrowRight', 18)]),
        el('a', 'hero-secondary', { attrs: { href: '#demo' }, style: buttonStyles(th, 'outline', slots.size === 'sm' ? 'md' : 'lg') }, [bindProp('secondaryLabel')]),
      ]),
      el('p', 'hero-proof', { style: { base: { ...row('sm'), ...bodyText(th, 'sm') } } }, [
        el('span', 'hero-avatars', { a11y: { hidden: true }, style: { base: { display: 'grid', gridTemplateColumns: 'repeat(3, {space.lg})' } } }, [
          initialsAvatar(th, 'hero-avatar-1', 'AK', '{space.xl}', 'primary'),
          initialsAvatar(th, 'hero-avatar-2', 'JM', '{space.xl}', 'secondary'),
          initialsAvatar(th, 'hero-avatar-3', 'SR', '{space.xl}', 'raised'),
        ]),
        base.proof,
      ]),
    ]),
    visual,
  ]);
  return component({
    name: 'Hero',
    description: slots.language === 'es' ? 'Sección principal con titular, llamadas a la acción y vista previa' : 'Hero section with headline, calls to action and a product preview',
    props: [prop.string('title', copy.title), prop.string('subtitle', copy.subtitle), prop.string('primaryLabel', copy.primary), prop.string('secondaryLabel', copy.secondary)],
    root,
  });
}

export const hero: Archetype = {
  id: 'hero',
  title: { en: 'Hero section', es: 'Sección hero' },
  keywords: {
    en: { hero: 8, 'hero section': 9, 'landing page': 5, landing: 4, headline: 3, 'above the fold': 5, jumbotron: 6, 'hero banner': 8 },
    es: { 'seccion principal': 7, portada: 5, 'pagina de aterrizaje': 6, cabecera: 2, titular: 3, 'seccion hero': 9 },
  },
  textSlots: { en: ['headline', 'subtitle', 'primary button', 'secondary button'], es: ['titular', 'subtítulo', 'botón principal', 'botón secundario'] },
  includes: ['button'],
  build,
};

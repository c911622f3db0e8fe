import { icon } from '../icons.js';
import { bindProp, component, el, prop } from '../nodes.js';
import { copyFor, withTexts } from '../slot-helpers.js';
import { bodyText, buttonStyles, heading, interactive, row, stack, tok, type Decl } from '../styles.js';
import { themeFor } from '../theme.js';
import type { Archetype, Slots } from '../types.js';

const COPY = {
  en: { title: 'Ready to ship your design system everywhere?', body: 'Start free today. Upgrade when your team is ready — no credit card needed.', primary: 'Start for free', secondary: 'Talk to sales' },
  es: { title: '¿Listo para llevar tu sistema de diseño a todas partes?', body: 'Empieza gratis hoy y amplía cuando tu equipo lo necesite, sin tarjeta de crédito.', primary: 'Empieza gratis', secondary: 'Hablar con ventas' },
};

function build(slots: Slots) {
  const th = themeFor(slots);
  const base = copyFor(COPY, slots);
  const copy = withTexts({ ...base }, slots.texts, ['title', 'body', 'primary', 'secondary']);
  const { tone } = th;
  // On the tone fill, actions invert: a surface button and a bordered ghost in the on-tone colour.
  const onTone: Decl = { color: tone.fg, borderColor: tone.fg };
  const root = el('section', 'cta', { a11y: { labelledBy: 'cta-title' }, style: { base: { ...stack('lg'), padding: '{space.xl} {space.lg}', borderRadius: th.radius.card, backgroundColor: tone.bg, color: tone.fg, boxShadow: th.shadow.card, fontFamily: tok('font.family.base') }, responsive: { md: { flexDirection: 'row', alignItems: 'center', justifyContent: 'space-between', padding: '{space.xl} {space.xl}' } } } }, [
    el('div', 'cta-text', { style: { base: stack('sm') } }, [
      el('h2', 'cta-title', { attrs: { id: 'cta-title' }, style: { base: heading(th, '2xl', { color: tone.fg }) } }, [bindProp('title')]),
      el('p', 'cta-body', { style: { base: bodyText(th, 'lg', false, { color: tone.fg }) } }, [bindProp('body')]),
    ]),
    el('div', 'cta-actions', { style: { base: { ...row('sm'), flexWrap: 'wrap', flexShrink: '0' } } }, [
      el('a', 'cta-primary', { attrs: { href: '#get-started' }, style: interactive({ ...buttonStyles(th, 'primary', 'lg').base, backgroundColor: tok('color.surface'), color: tok('color.text') }, { boxShadow: tok('shadow.lg'), transform: 'translateY(-1px)' }) }, [bindProp('primaryLabel'), icon('arrowRight', 18)]),
      el('a', 'cta-secondary', { attrs: { href: '#contact-sales' }, style: interactive({ ...buttonStyles(th, 'outline', 'lg').base, ...onTone, backgroundColor: 'transparent' }, { backgroundColor: tone.fg, color: tone.bg }) }, [bindProp('secondaryLabel')]),
    ]),
  ]);
  return component({
    name: 'CtaBanner',
    description: slots.language === 'es' ? 'Banda de llamada a la acción' : 'Call-to-action banner',
    props: [prop.string('title', copy.title), prop.string('body', copy.body), prop.string('primaryLabel', copy.primary), prop.string('secondaryLabel', copy.secondary)],
    root,
  });
}

export const ctaBanner: Archetype = {
  id: 'cta-banner',
  title: { en: 'Call-to-action banner', es: 'Banda de llamada a la acción' },
  keywords: {
    en: { 'cta banner': 10, 'cta section': 10, 'call to action section': 10, 'call to action banner': 10, 'promo banner': 8, promotion: 4, banner: 3 },
    es: { 'banda de llamada a la accion': 10, 'seccion de llamada a la accion': 10, 'banner promocional': 9, promocion: 4, banner: 3 },
  },
  textSlots: { en: ['title', 'message', 'primary button', 'secondary button'], es: ['título', 'mensaje', 'botón principal', 'botón secundario'] },
  includes: ['button'],
  build,
};

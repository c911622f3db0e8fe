import { icon } from '../icons.js';
import { component, el, emit, fromState, isState, on, set, state, toggle, when } from '../nodes.js';
import { copyFor, withTexts } from '../slot-helpers.js';
import { bodyText, buttonStyles, cardSurface, heading, linkStyles, row, stack, tok } from '../styles.js';
import { themeFor } from '../theme.js';
import type { Archetype, Slots } from '../types.js';
import { choiceField } from './form-parts.js';
import { iconTile } from './parts.js';

const COPY = {
  en: {
    title: 'We value your privacy',
    body: 'We use cookies to keep you signed in, understand how the product is used and improve it. You can change your choice at any time.',
    policy: 'Read our cookie policy',
    accept: 'Accept all',
    reject: 'Reject all',
    customize: 'Customise',
    save: 'Save choices',
    necessary: 'Strictly necessary (always on)',
    analytics: 'Analytics — help us improve the product',
    marketing: 'Marketing — relevant offers on other sites',
  },
  es: {
    title: 'Respetamos tu privacidad',
    body: 'Usamos cookies para mantener tu sesión, entender cómo se usa el producto y mejorarlo. Puedes cambiar tu elección cuando quieras.',
    policy: 'Lee nuestra política de cookies',
    accept: 'Aceptar todas',
    reject: 'Rechazar todas',
    customize: 'Personalizar',
    save: 'Guardar elección',
    necessary: 'Estrictamente necesarias (siempre activas)',
    analytics: 'Analítica: nos ayudan a mejorar el producto',
    marketing: 'Marketing: ofertas relevantes en otros sitios',
  },
};

function build(slots: Slots) {
  const th = themeFor(slots);
  const base = copyFor(COPY, slots);
  const copy = withTexts({ title: base.title, body: base.body, accept: base.accept }, slots.texts, ['title', 'body', 'accept']);
  const close = (choice: string) => [set('visible', false), emit(choice)];
  const banner = el(
    'section',
    'cookies',
    {
      a11y: { labelledBy: 'cookies-title', describedBy: 'cookies-body' },
      style: {
        base: { ...cardSurface(th, 'lg'), ...stack('md'), position: 'fixed', left: '{space.md}', right: '{space.md}', bottom: '{space.md}', zIndex: '60', boxShadow: th.shadow.overlay, fontFamily: tok('font.family.base') },
        responsive: { md: { left: 'auto', width: '30rem' } },
      },
    },
    [
      el('div', 'cookies-top', { style: { base: { ...row('md'), alignItems: 'flex-start' } } }, [
        iconTile(th, 'cookies-icon', icon('cookie', 20)),
        el('div', 'cookies-text', { style: { base: stack('xs') } }, [
          el('h2', 'cookies-title', { attrs: { id: 'cookies-title' }, style: { base: heading(th, 'lg') } }, [copy.title]),
          el('p', 'cookies-body', { attrs: { id: 'cookies-body' }, style: { base: bodyText(th, 'sm') } }, [copy.body, ' ', el('a', 'cookies-policy', { attrs: { href: '#cookie-policy' }, style: linkStyles(th) }, [base.policy])]),
        ]),
      ]),
      when(isState('customizing'), [
        el('fieldset', 'cookies-options', { attrs: { id: 'cookies-options' }, style: { base: { ...stack('sm'), margin: '0', padding: tok('space.md'), borderWidth: '0', borderRadius: th.radius.control, backgroundColor: th.raised } } }, [
          el('legend', 'cookies-legend', { style: { base: { fontSize: tok('font.size.sm'), fontWeight: tok('font.weight.semibold'), color: th.text, padding: '0' } } }, [base.customize]),
          choiceField(th, { id: 'cookies-necessary', name: 'cookies-necessary', label: [base.necessary], checked: true }),
          choiceField(th, { id: 'cookies-analytics', name: 'cookies-analytics', label: [base.analytics], checked: true }),
          choiceField(th, { id: 'cookies-marketing', name: 'cookies-marketing', label: [base.marketing] }),
        ]),
      ]),
      el('div', 'cookies-actions', { style: { base: { ...stack('sm') }, responsive: { sm: { flexDirection: 'row', justifyContent: 'flex-end', flexWrap: 'wrap' } } } }, [
        when(
          isState('customizing'),
          [el('button', 'cookies-save', { attrs: { type: 'button' }, events: on('click', ...close('save')), style: buttonStyles(th, 'secondary', 'sm') }, [base.save])],
          [el('button', 'cookies-customize', { attrs: { type: 'button' }, a11y: { expanded: fromState('customizing'), controls: 'cookies-options' }, events: on('click', toggle('customizing')), style: buttonStyles(th, 'ghost', 'sm') }, [base.customize])],
        ),
        el('button', 'cookies-reject', { attrs: { type: 'button' }, events: on('click', ...close('reject')), style: buttonStyles(th, 'outline', 'sm') }, [base.reject]),
        el('button', 'cookies-accept', { attrs: { type: 'button' }, events: on('click', ...close('accept')), style: buttonStyles(th, 'primary', 'sm') }, [copy.accept]),
      ]),
    ],
  );
  return component({
    name: 'CookieBanner',
    description: slots.language === 'es' ? 'Aviso de cookies con preferencias' : 'Cookie consent banner with preferences',
    state: [state.boolean('visible', true), state.boolean('customizing', false)],
    root: el('div', 'cookies-root', {}, [when(isState('visible'), [banner])]),
  });
}

export const cookieBanner: Archetype = {
  id: 'cookie-banner',
  title: { en: 'Cookie banner', es: 'Aviso de cookies' },
  keywords: {
    en: { cookie: 9, cookies: 9, 'cookie banner': 10, consent: 7, gdpr: 8, 'privacy banner': 8, 'cookie notice': 10 },
    es: { cookie: 9, 'aviso de cookies': 10, 'banner de cookies': 10, consentimiento: 7, rgpd: 8, privacidad: 3 },
  },
  textSlots: { en: ['title', 'message', 'accept label'], es: ['título', 'mensaje', 'botón de aceptar'] },
  includes: ['button', 'toggle-switch'],
  build,
};

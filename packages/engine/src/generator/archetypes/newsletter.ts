import { icon } from '../icons.js';
import { component, el, emit, fromState, isState, on, set, state, when } from '../nodes.js';
import { copyFor, withTexts } from '../slot-helpers.js';
import { bodyText, buttonStyles, cardSurface, heading, inputStyles, row, stack, tok } from '../styles.js';
import { themeFor, toneColors } from '../theme.js';
import type { Archetype, Slots } from '../types.js';
import { iconTile } from './parts.js';

const COPY = {
  en: {
    title: 'Get the weekly UI digest',
    body: 'New components, design-system tips and release notes. One email every Thursday — no spam.',
    label: 'Email address',
    placeholder: 'you@company.com',
    submit: 'Subscribe',
    done: 'You’re subscribed! Check your inbox to confirm.',
    privacy: 'We care about your data. Unsubscribe with one click.',
  },
  es: {
    title: 'Recibe el resumen semanal de UI',
    body: 'Componentes nuevos, consejos sobre sistemas de diseño y novedades. Un correo cada jueves, sin spam.',
    label: 'Correo electrónico',
    placeholder: 'tu@empresa.com',
    submit: 'Suscribirme',
    done: '¡Ya estás suscrito! Revisa tu correo para confirmarlo.',
    privacy: 'Cuidamos tus datos. Date de baja con un clic.',
  },
};

function build(slots: Slots) {
  const th = themeFor(slots);
  const base = copyFor(COPY, slots);
  const copy = withTexts({ title: base.title, body: base.body, submit: base.submit }, slots.texts, ['title', 'body', 'submit']);
  const ok = toneColors('success', slots.dark);
  const root = el('section', 'newsletter', { a11y: { labelledBy: 'newsletter-title' }, style: { base: { ...cardSurface(th, 'lg'), ...stack('md'), width: '100%', maxWidth: '40rem', fontFamily: tok('font.family.base') }, responsive: { md: { padding: tok('space.xl') } } } }, [
    iconTile(th, 'newsletter-icon', icon('mail', 20)),
    el('h2', 'newsletter-title', { attrs: { id: 'newsletter-title' }, style: { base: heading(th, 'xl') } }, [copy.title]),
    el('p', 'newsletter-body', { style: { base: bodyText(th, 'md') } }, [copy.body]),
    when(
      isState('subscribed'),
      [
        el('p', 'newsletter-done', { a11y: { role: 'status' }, style: { base: { ...row('sm'), ...bodyText(th, 'md', false), fontWeight: tok('font.weight.medium') } } }, [
          el('span', 'newsletter-done-icon', { style: { base: { display: 'inline-flex', color: ok.bg } } }, [icon('checkCircle', 20)]),
          base.done,
        ]),
      ],
      [
        el('form', 'newsletter-form', { a11y: { label: copy.title }, events: on('submit', set('subscribed', true), emit('subscribe', fromState('email'))), style: { base: stack('sm'), responsive: { sm: { flexDirection: 'row', alignItems: 'flex-end' } } } }, [
          el('div', 'newsletter-field', { style: { base: { ...stack('xs'), flexGrow: '1' } } }, [
            el('label', 'newsletter-label', { attrs: { for: 'newsletter-email' }, style: { base: { fontSize: tok('font.size.sm'), fontWeight: tok('font.weight.medium'), color: th.text } } }, [base.label]),
            el('input', 'newsletter-input', { attrs: { id: 'newsletter-email', type: 'email', name: 'email', autocomplete: 'email', placeholder: base.placeholder, required: true, value: fromState('email') }, a11y: { describedBy: 'newsletter-privacy' }, events: on('input', set('email', { fromEvent: 'value' })), style: inputStyles(th) }),
          ]),
          el('button', 'newsletter-submit', { attrs: { type: 'submit' }, style: buttonStyles(th, 'primary') }, [copy.submit, icon('arrowRight', 18)]),
        ]),
      ],
    ),
    el('p', 'newsletter-privacy', { attrs: { id: 'newsletter-privacy' }, style: { base: { ...row('xs'), ...bodyText(th, 'xs') } } }, [icon('lock', 14), base.privacy]),
  ]);
  return component({ name: 'NewsletterSignup', description: slots.language === 'es' ? 'Suscripción al boletín' : 'Newsletter sign-up', state: [state.string('email', ''), state.boolean('subscribed', false)], root });
}

export const newsletter: Archetype = {
  id: 'newsletter',
  title: { en: 'Newsletter sign-up', es: 'Suscripción al boletín' },
  keywords: {
    en: { newsletter: 10, subscribe: 8, subscription: 3, 'mailing list': 9, 'email capture': 9, digest: 4 },
    es: { boletin: 10, suscribirse: 8, suscripcion: 3, 'lista de correo': 9, 'captura de correo': 9 },
  },
  textSlots: { en: ['title', 'message', 'button label'], es: ['título', 'mensaje', 'texto del botón'] },
  includes: ['button'],
  build,
};

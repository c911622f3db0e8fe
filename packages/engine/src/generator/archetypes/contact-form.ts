import { icon } from '../icons.js';
import { bindItem, bindProp, component, each, el, emit, fromItem, isProp, isState, on, prop, set, state, when } from '../nodes.js';
import { copyFor, withTexts } from '../slot-helpers.js';
import { bodyText, border, buttonStyles, cardSurface, columns, grid, heading, inputStyles, row, stack, tok } from '../styles.js';
import { themeFor, toneColors } from '../theme.js';
import type { Archetype, Slots } from '../types.js';
import { choiceField, fieldLabel, textField } from './form-parts.js';
import { iconTile } from './parts.js';

const COPY = {
  en: {
    title: 'Get in touch',
    subtitle: 'Tell us about your project and we’ll reply within one business day.',
    submit: 'Send message',
    name: 'Full name',
    nameValid: 'Looks good!',
    email: 'Email',
    emailError: 'Enter a valid email address, like name@company.com.',
    subject: 'Topic',
    subjects: ['Sales', 'Support', 'Partnerships', 'Press'],
    message: 'Message',
    messageHint: 'Up to 500 characters.',
    consent: 'You may contact me about my request.',
    sent: 'Thanks! Your message has been sent.',
    sentDetail: 'We’ll get back to you at the email you entered.',
  },
  es: {
    title: 'Hablemos',
    subtitle: 'Cuéntanos tu proyecto y te responderemos en un día laborable.',
    submit: 'Enviar mensaje',
    name: 'Nombre completo',
    nameValid: '¡Perfecto!',
    email: 'Correo electrónico',
    emailError: 'Introduce un correo válido, por ejemplo nombre@empresa.com.',
    subject: 'Tema',
    subjects: ['Ventas', 'Soporte', 'Colaboraciones', 'Prensa'],
    message: 'Mensaje',
    messageHint: 'Hasta 500 caracteres.',
    consent: 'Acepto que me contactéis sobre mi consulta.',
    sent: '¡Gracias! Hemos recibido tu mensaje.',
    sentDetail: 'Te responderemos al correo que has indicado.',
  },
};

function build(slots: Slots) {
  const th = themeFor(slots);
  const base = copyFor(COPY, slots);
  const copy = withTexts({ title: base.title, subtitle: base.subtitle, submit: base.submit }, slots.texts, ['title', 'subtitle', 'submit']);
  const ok = toneColors('success', slots.dark);
  const root = el(
    'form',
    'contact',
    { a11y: { labelledBy: 'contact-title' }, events: on('submit', set('sent', true), emit('submit')), style: { base: { ...cardSurface(th, 'lg'), ...stack('lg'), width: '100%', maxWidth: '40rem', fontFamily: tok('font.family.base') }, responsive: { md: { padding: tok('space.xl') } } } },
    [
      el('header', 'contact-header', { style: { base: stack('sm') } }, [
        el('h2', 'contact-title', { attrs: { id: 'contact-title' }, style: { base: heading(th, '2xl') } }, [copy.title]),
        el('p', 'contact-subtitle', { style: { base: bodyText(th, 'md') } }, [copy.subtitle]),
      ]),
      when(isState('sent'), [
        el('div', 'contact-success', { a11y: { role: 'status' }, style: { base: { ...row('md'), alignItems: 'flex-start', padding: tok('space.md'), borderRadius: th.radius.control, backgroundColor: th.raised, ...border(ok.bg) } } }, [
          iconTile(th, 'contact-success-icon', icon('checkCircle', 18), ok.bg, ok.fg),
          el('div', 'contact-success-text', { style: { base: stack('xs') } }, [
            el('p', 'contact-success-title', { style: { base: heading(th, 'md') } }, [base.sent]),
            el('p', 'contact-success-detail', { style: { base: bodyText(th, 'sm', false) } }, [base.sentDetail]),
          ]),
        ]),
      ]),
      el('div', 'contact-fields', { style: { base: grid('md'), responsive: { md: columns(2) } } }, [
        textField(th, { id: 'contact-name', name: 'contact-name', label: base.name, autocomplete: 'name', required: true, valid: base.nameValid }),
        textField(th, {
          id: 'contact-email',
          name: 'contact-email',
          label: base.email,
          type: 'email',
          autocomplete: 'email',
          required: true,
          errorWhen: isProp('emailError'),
          errorText: [bindProp('emailError')],
        }),
        el('div', 'contact-subject-field', { style: { base: { ...stack('xs') }, responsive: { md: { gridColumn: '1 / -1' } } } }, [
          fieldLabel(th, { id: 'contact-subject', name: 'contact-subject', label: base.subject }),
          el('select', 'contact-subject-select', { attrs: { id: 'contact-subject', name: 'subject' }, style: inputStyles(th) }, [
            each(base.subjects.map((label, i) => ({ id: `s${i + 1}`, label })), 'id', [el('option', 'contact-subject-option', { attrs: { value: fromItem('label') } }, [bindItem('label')])]),
          ]),
        ]),
        el('div', 'contact-message-wrap', { style: { base: stack('xs'), responsive: { md: { gridColumn: '1 / -1' } } } }, [
          textField(th, { id: 'contact-message', name: 'contact-message', label: base.message, multiline: true, required: true, hint: base.messageHint }),
        ]),
      ]),
      choiceField(th, { id: 'contact-consent', name: 'contact-consent', label: [base.consent], required: true }),
      el('div', 'contact-actions', { style: { base: { ...row('md'), justifyContent: 'flex-end' } } }, [
        el('button', 'contact-submit', { attrs: { type: 'submit' }, disabledWhen: isState('sent'), style: buttonStyles(th, 'primary') }, [copy.submit, icon('arrowRight', 18)]),
      ]),
    ],
  );
  return component({
    name: 'ContactForm',
    description: slots.language === 'es' ? 'Formulario de contacto con estados de validación' : 'Contact form with validation states',
    props: [prop.string('emailError', base.emailError, slots.language === 'es' ? 'Mensaje de error del correo; vacío si es válido' : 'Email error message; empty when valid')],
    state: [state.boolean('sent', false)],
    root,
  });
}

export const contactForm: Archetype = {
  id: 'contact-form',
  title: { en: 'Contact form', es: 'Formulario de contacto' },
  keywords: {
    en: { 'contact form': 10, contact: 6, 'get in touch': 8, enquiry: 5, inquiry: 5, feedback: 3, form: 2, validation: 3, 'error states': 3 },
    es: { 'formulario de contacto': 10, contacto: 6, contactar: 6, consulta: 4, formulario: 2, validacion: 3, errores: 1 },
  },
  textSlots: { en: ['title', 'subtitle', 'button label'], es: ['título', 'subtítulo', 'texto del botón'] },
  includes: ['button'],
  build,
};

import { icon } from '../icons.js';
import { component, el, emit, isState, on, set, state, when } from '../nodes.js';
import { copyFor, withTexts } from '../slot-helpers.js';
import { bodyText, buttonStyles, cardSurface, columns, grid, heading, linkStyles, stack, tok } from '../styles.js';
import { themeFor } from '../theme.js';
import type { Archetype, Slots } from '../types.js';
import { choiceField, passwordField, textField } from './form-parts.js';

const COPY = {
  en: {
    title: 'Create your account',
    subtitle: 'Start your 14-day free trial. No credit card required.',
    submit: 'Create account',
    submitting: 'Creating account…',
    first: 'First name',
    last: 'Last name',
    email: 'Work email',
    emailPlaceholder: 'you@company.com',
    password: 'Password',
    hint: 'At least 8 characters, with a number and a symbol.',
    show: 'Show password',
    hide: 'Hide password',
    agree: 'I agree to the',
    terms: 'Terms of Service',
    and: 'and the',
    privacy: 'Privacy Policy',
    updates: 'Send me product news (about once a month)',
    haveAccount: 'Already have an account?',
    signIn: 'Sign in',
  },
  es: {
    title: 'Crea tu cuenta',
    subtitle: 'Empieza tu prueba gratuita de 14 días. Sin tarjeta de crédito.',
    submit: 'Crear cuenta',
    submitting: 'Creando cuenta…',
    first: 'Nombre',
    last: 'Apellidos',
    email: 'Correo del trabajo',
    emailPlaceholder: 'tu@empresa.com',
    password: 'Contraseña',
    hint: 'Al menos 8 caracteres, con un número y un símbolo.',
    show: 'Mostrar contraseña',
    hide: 'Ocultar contraseña',
    agree: 'Acepto las',
    terms: 'Condiciones del servicio',
    and: 'y la',
    privacy: 'Política de privacidad',
    updates: 'Quiero recibir novedades del producto (una vez al mes)',
    haveAccount: '¿Ya tienes cuenta?',
    signIn: 'Inicia sesión',
  },
};

function build(slots: Slots) {
  const th = themeFor(slots);
  const base = copyFor(COPY, slots);
  const copy = withTexts({ title: base.title, subtitle: base.subtitle, submit: base.submit }, slots.texts, ['title', 'subtitle', 'submit']);
  const link = linkStyles(th);
  const root = el(
    'form',
    'signup',
    { a11y: { labelledBy: 'signup-title' }, events: on('submit', set('submitting', true), emit('submit')), style: { base: { ...cardSurface(th, 'lg'), ...stack('lg'), width: '100%', maxWidth: '32rem', fontFamily: tok('font.family.base') }, responsive: { sm: { padding: tok('space.xl') } } } },
    [
      el('header', 'signup-header', { style: { base: stack('sm') } }, [
        el('h2', 'signup-title', { attrs: { id: 'signup-title' }, style: { base: heading(th, '2xl') } }, [copy.title]),
        el('p', 'signup-subtitle', { style: { base: bodyText(th, 'md') } }, [copy.subtitle]),
      ]),
      el('div', 'signup-fields', { style: { base: stack('md') } }, [
        el('div', 'signup-names', { style: { base: grid('md'), responsive: { sm: columns(2) } } }, [
          textField(th, { id: 'signup-first-name', name: 'signup-first', label: base.first, autocomplete: 'given-name', required: true }),
          textField(th, { id: 'signup-last-name', name: 'signup-last', label: base.last, autocomplete: 'family-name', required: true }),
        ]),
        textField(th, { id: 'signup-email', name: 'signup-email', label: base.email, type: 'email', autocomplete: 'email', placeholder: base.emailPlaceholder, required: true }),
        passwordField(th, { id: 'signup-password', name: 'signup-password', label: base.password, show: base.show, hide: base.hide, autocomplete: 'new-password', hint: base.hint }),
        choiceField(th, {
          id: 'signup-terms',
          name: 'signup-terms',
          required: true,
          label: [`${base.agree} `, el('a', 'signup-terms-link', { attrs: { href: '#terms' }, style: link }, [base.terms]), ` ${base.and} `, el('a', 'signup-privacy-link', { attrs: { href: '#privacy' }, style: link }, [base.privacy])],
        }),
        choiceField(th, { id: 'signup-updates', name: 'signup-updates', label: [base.updates] }),
      ]),
      el('button', 'signup-submit', { attrs: { type: 'submit' }, disabledWhen: isState('submitting'), style: buttonStyles(th, 'primary', th.size, { width: '100%' }) }, [
        when(isState('submitting'), [icon('loader', 18), base.submitting], [copy.submit]),
      ]),
      el('p', 'signup-footer', { style: { base: bodyText(th, 'sm', true, { textAlign: 'center' }) } }, [`${base.haveAccount} `, el('a', 'signup-sign-in', { attrs: { href: '#sign-in' }, style: link }, [base.signIn])]),
    ],
  );
  return component({
    name: 'SignUpForm',
    description: slots.language === 'es' ? 'Formulario de registro' : 'Sign-up form',
    state: [state.string('passwordType', 'password'), state.boolean('submitting', slots.state === 'loading')],
    root,
  });
}

export const signupForm: Archetype = {
  id: 'signup-form',
  title: { en: 'Sign-up form', es: 'Formulario de registro' },
  keywords: {
    en: { 'sign up': 9, signup: 9, register: 8, registration: 8, 'create account': 9, 'create an account': 9, onboarding: 3, join: 2 },
    es: { registro: 9, registrarse: 9, 'crear cuenta': 9, 'crear una cuenta': 9, 'formulario de registro': 10, darse: 1, alta: 4 },
  },
  textSlots: { en: ['title', 'subtitle', 'button label'], es: ['título', 'subtítulo', 'texto del botón'] },
  includes: ['button'],
  build,
};

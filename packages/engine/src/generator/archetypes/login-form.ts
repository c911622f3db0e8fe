import { icon } from '../icons.js';
import { component, el, emit, isState, on, set, state, when } from '../nodes.js';
import { copyFor, withTexts } from '../slot-helpers.js';
import { bodyText, buttonStyles, cardSurface, heading, linkStyles, stack, tok } from '../styles.js';
import { themeFor } from '../theme.js';
import type { Archetype, Slots } from '../types.js';
import { choiceField, orDivider, passwordField, textField } from './form-parts.js';
import { iconTile } from './parts.js';

const COPY = {
  en: {
    title: 'Welcome back',
    subtitle: 'Sign in to continue to Northwind.',
    submit: 'Sign in',
    submitting: 'Signing in…',
    email: 'Email',
    emailPlaceholder: 'you@company.com',
    password: 'Password',
    forgot: 'Forgot password?',
    show: 'Show password',
    hide: 'Hide password',
    remember: 'Keep me signed in',
    sso: 'Continue with SSO',
    or: 'or',
    noAccount: 'Don’t have an account?',
    signUp: 'Sign up',
  },
  es: {
    title: 'Hola de nuevo',
    subtitle: 'Inicia sesión para continuar en Northwind.',
    submit: 'Iniciar sesión',
    submitting: 'Iniciando sesión…',
    email: 'Correo electrónico',
    emailPlaceholder: 'tu@empresa.com',
    password: 'Contraseña',
    forgot: '¿Has olvidado la contraseña?',
    show: 'Mostrar contraseña',
    hide: 'Ocultar contraseña',
    remember: 'Mantener la sesión iniciada',
    sso: 'Continuar con SSO',
    or: 'o',
    noAccount: '¿No tienes cuenta?',
    signUp: 'Regístrate',
  },
};

function build(slots: Slots) {
  const th = themeFor(slots);
  const base = copyFor(COPY, slots);
  const copy = withTexts({ title: base.title, subtitle: base.subtitle, submit: base.submit }, slots.texts, ['title', 'subtitle', 'submit']);
  const root = el(
    'form',
    'login',
    { a11y: { labelledBy: 'login-title' }, events: on('submit', set('submitting', true), emit('submit')), style: { base: { ...cardSurface(th, 'lg'), ...stack('lg'), width: '100%', maxWidth: '26rem', fontFamily: tok('font.family.base') }, responsive: { sm: { padding: tok('space.xl') } } } },
    [
      el('header', 'login-header', { style: { base: { ...stack('sm'), alignItems: 'center', textAlign: 'center' } } }, [
        iconTile(th, 'login-logo', icon('layers', 22)),
        el('h2', 'login-title', { attrs: { id: 'login-title' }, style: { base: heading(th, '2xl') } }, [copy.title]),
        el('p', 'login-subtitle', { style: { base: bodyText(th, 'md') } }, [copy.subtitle]),
      ]),
      el('button', 'login-sso', { attrs: { type: 'button' }, events: on('click', emit('sso')), style: buttonStyles(th, 'secondary', th.size, { width: '100%' }) }, [icon('shield', 18), base.sso]),
      orDivider(th, 'login-divider', base.or),
      el('div', 'login-fields', { style: { base: stack('md') } }, [
        textField(th, { id: 'login-email', name: 'login-email', label: base.email, type: 'email', autocomplete: 'email', placeholder: base.emailPlaceholder, required: true }),
        passwordField(th, {
          id: 'login-password',
          name: 'login-password',
          label: base.password,
          show: base.show,
          hide: base.hide,
          autocomplete: 'current-password',
          extraLabel: el('a', 'login-forgot', { attrs: { href: '#forgot-password' }, style: linkStyles(th, { fontSize: tok('font.size.sm') }) }, [base.forgot]),
        }),
        choiceField(th, { id: 'login-remember', name: 'login-remember', label: [base.remember], checked: true }),
      ]),
      el('button', 'login-submit', { attrs: { type: 'submit' }, disabledWhen: isState('submitting'), style: buttonStyles(th, 'primary', th.size, { width: '100%' }) }, [
        when(isState('submitting'), [icon('loader', 18), base.submitting], [copy.submit]),
      ]),
      el('p', 'login-footer', { style: { base: bodyText(th, 'sm', true, { textAlign: 'center' }) } }, [`${base.noAccount} `, el('a', 'login-sign-up', { attrs: { href: '#sign-up' }, style: linkStyles(th) }, [base.signUp])]),
    ],
  );
  return component({
    name: 'LoginForm',
    description: slots.language === 'es' ? 'Formulario de inicio de sesión' : 'Sign-in form',
    state: [state.string('passwordType', 'password'), state.boolean('submitting', slots.state === 'loading')],
    root,
  });
}

export const loginForm: Archetype = {
  id: 'login-form',
  title: { en: 'Login form', es: 'Formulario de inicio de sesión' },
  keywords: {
    en: { login: 8, 'log in': 8, 'sign in': 8, signin: 8, 'login form': 9, 'login page': 9, authentication: 4, password: 2 },
    es: { 'inicio de sesion': 9, 'iniciar sesion': 9, acceso: 4, 'formulario de acceso': 9, entrar: 3, autenticacion: 4, contrasena: 2 },
  },
  textSlots: { en: ['title', 'subtitle', 'button label'], es: ['título', 'subtítulo', 'texto del botón'] },
  includes: ['button', 'toggle-switch'],
  build,
};

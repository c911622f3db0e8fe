import type { ElementNode } from '../../spec/schema.js';
import { icon } from '../icons.js';
import { component, el, emit, isState, on, set, state, when, type Child } from '../nodes.js';
import { copyFor, highlightIndex, itemCount } from '../slot-helpers.js';
import { bodyText, buttonStyles, cardSurface, columns, grid, heading, iconBox, listReset, row, stack, tok } from '../styles.js';
import { themeFor, type Theme } from '../theme.js';
import type { Archetype, Lang, Slots } from '../types.js';
import { choiceField, textField } from './form-parts.js';

type StepKind = 'account' | 'profile' | 'plan' | 'preferences' | 'review';
const KINDS: StepKind[] = ['account', 'profile', 'plan', 'preferences', 'review'];

const COPY = {
  en: {
    title: 'Set up your workspace',
    progress: 'Progress',
    back: 'Back',
    next: 'Continue',
    finish: 'Create workspace',
    step: 'Step',
    steps: { account: 'Account', profile: 'Profile', plan: 'Plan', preferences: 'Preferences', review: 'Review' },
    email: 'Work email',
    password: 'Password',
    name: 'Full name',
    company: 'Company',
    plans: ['Starter — free', 'Pro — $19/month', 'Team — $49/month'],
    planLegend: 'Choose a plan',
    prefs: ['Weekly summary email', 'Product updates', 'Tips for getting started'],
    prefsLegend: 'What should we send you?',
    review: 'Check your details and create your workspace. You can change everything later in Settings.',
  },
  es: {
    title: 'Configura tu espacio de trabajo',
    progress: 'Progreso',
    back: 'Atrás',
    next: 'Continuar',
    finish: 'Crear espacio',
    step: 'Paso',
    steps: { account: 'Cuenta', profile: 'Perfil', plan: 'Plan', preferences: 'Preferencias', review: 'Revisión' },
    email: 'Correo del trabajo',
    password: 'Contraseña',
    name: 'Nombre completo',
    company: 'Empresa',
    plans: ['Básico — gratis', 'Pro — 19 €/mes', 'Equipo — 49 €/mes'],
    planLegend: 'Elige un plan',
    prefs: ['Resumen semanal por correo', 'Novedades del producto', 'Consejos para empezar'],
    prefsLegend: '¿Qué quieres que te enviemos?',
    review: 'Revisa tus datos y crea tu espacio. Podrás cambiarlo todo más tarde en Ajustes.',
  },
};
type Copy = (typeof COPY)[Lang];

function fields(th: Theme, c: Copy, kind: StepKind, n: number): Child[] {
  const legend = (text: string) => el('legend', `step-${n}-legend`, { style: { base: { ...heading(th, 'sm'), marginBottom: tok('space.sm') } } }, [text]);
  const fieldset = (children: Child[]) => el('fieldset', `step-${n}-group`, { style: { base: { ...stack('sm'), margin: '0', padding: '0', borderWidth: '0' } } }, children);
  switch (kind) {
    case 'account':
      return [
        textField(th, { id: `step-${n}-email`, name: `step-${n}-email`, label: c.email, type: 'email', autocomplete: 'email', required: true }),
        textField(th, { id: `step-${n}-password`, name: `step-${n}-password`, label: c.password, type: 'password', autocomplete: 'new-password', required: true }),
      ];
    case 'profile':
      return [
        textField(th, { id: `step-${n}-name`, name: `step-${n}-name`, label: c.name, autocomplete: 'name', required: true }),
        textField(th, { id: `step-${n}-company`, name: `step-${n}-company`, label: c.company, autocomplete: 'organization' }),
      ];
    case 'plan':
      return [fieldset([legend(c.planLegend), ...c.plans.map((p, i) => choiceField(th, { id: `step-${n}-plan-${i + 1}`, name: `step-${n}-plan-${i + 1}`, group: 'plan', type: 'radio', value: `plan${i + 1}`, checked: i === 1, label: [p] }))])];
    case 'preferences':
      return [fieldset([legend(c.prefsLegend), ...c.prefs.map((p, i) => choiceField(th, { id: `step-${n}-pref-${i + 1}`, name: `step-${n}-pref-${i + 1}`, checked: i === 0, label: [p] }))])];
    case 'review':
      return [el('p', `step-${n}-summary`, { style: { base: bodyText(th, 'md') } }, [c.review])];
  }
}

const COUNTS = { min: 2, max: 5 };

function build(slots: Slots) {
  const th = themeFor(slots);
  const c = copyFor(COPY, slots);
  const count = itemCount(slots, 3, COUNTS);
  const start = (highlightIndex(slots.highlight, count, 'first') ?? 0) + 1;
  // The last step is always the review when there are four or more.
  const kinds = count >= 4 ? [...KINDS.slice(0, count - 1), 'review' as const] : KINDS.slice(0, count);
  const steps = kinds.map((kind, i) => ({ n: i + 1, kind, label: slots.texts[i] ?? c.steps[kind] }));
  const marker = (n: number, variant: 'current' | 'done' | 'todo'): ElementNode => {
    const [bg, fg] = variant === 'todo' ? [th.raised, th.text] : [th.tone.bg, th.tone.fg];
    return el('span', `stepper-${n}-${variant}-marker`, { a11y: { hidden: true }, style: { base: iconBox(th, bg, fg, '{space.xl}', { fontSize: tok('font.size.sm'), fontWeight: tok('font.weight.bold') }) } }, [variant === 'done' ? icon('check', 16) : String(n)]);
  };
  const stepLabel = (n: number, text: string, strong: boolean) =>
    el('span', `stepper-${n}-${strong ? 'current' : 'other'}-label`, { style: { base: { display: 'none', fontSize: tok('font.size.sm'), fontWeight: strong ? tok('font.weight.semibold') : tok('font.weight.medium'), color: strong ? th.text : th.muted }, responsive: { sm: { display: 'inline' } } } }, [text]);
  const stepper = el('ol', 'stepper', { a11y: { label: c.progress }, style: { base: { ...listReset, ...row('sm'), justifyContent: 'space-between' } } }, steps.map((s) =>
    el('li', `stepper-${s.n}`, { style: { base: { ...row('sm'), flexGrow: '1' } } }, [
      when(isState('step', s.n), [el('span', `stepper-${s.n}-current`, { a11y: { current: 'step' }, style: { base: row('sm') } }, [marker(s.n, 'current'), stepLabel(s.n, s.label, true)])], [
        when(isState(`done${s.n}`), [marker(s.n, 'done')], [marker(s.n, 'todo')]),
        stepLabel(s.n, s.label, false),
      ]),
    ]),
  ));
  const panel = (s: (typeof steps)[number]) => {
    const last = s.n === steps.length;
    const next = last ? [emit('complete')] : [set(`done${s.n}`, true), set('step', s.n + 1)];
    return when(isState('step', s.n), [
      el('section', `step-${s.n}`, { a11y: { labelledBy: `step-${s.n}-title` }, style: { base: stack('md') } }, [
        el('p', `step-${s.n}-count`, { style: { base: bodyText(th, 'sm') } }, [`${c.step} ${s.n} / ${steps.length}`]),
        el('h3', `step-${s.n}-title`, { attrs: { id: `step-${s.n}-title` }, style: { base: heading(th, 'xl') } }, [s.label]),
        el('div', `step-${s.n}-fields`, { style: { base: grid('md'), responsive: s.kind === 'profile' || s.kind === 'account' ? { md: columns(2) } : undefined } }, fields(th, c, s.kind, s.n)),
        el('div', `step-${s.n}-actions`, { style: { base: { ...row('sm'), justifyContent: 'space-between', marginTop: tok('space.sm') } } }, [
          el('button', `step-${s.n}-back`, { attrs: s.n === 1 ? { type: 'button', disabled: true } : { type: 'button' }, events: s.n === 1 ? [] : on('click', set('step', s.n - 1)), style: buttonStyles(th, 'ghost') }, [icon('chevronLeft', 18), c.back]),
          el('button', `step-${s.n}-next`, { attrs: { type: 'button' }, events: on('click', ...next), style: buttonStyles(th, 'primary') }, last ? [c.finish] : [c.next, icon('chevronRight', 18)]),
        ]),
      ]),
    ]);
  };
  const root = el('form', 'wizard', { a11y: { labelledBy: 'wizard-title' }, events: on('submit', emit('complete')), style: { base: { ...cardSurface(th, 'lg'), ...stack('lg'), width: '100%', maxWidth: '40rem', fontFamily: tok('font.family.base') }, responsive: { md: { padding: tok('space.xl') } } } }, [
    el('h2', 'wizard-title', { attrs: { id: 'wizard-title' }, style: { base: heading(th, '2xl') } }, [c.title]),
    stepper,
    ...steps.map(panel),
  ]);
  return component({
    name: 'MultiStepForm',
    description: slots.language === 'es' ? `Formulario en ${count} pasos` : `Multi-step form (${count} steps)`,
    state: [state.number('step', start), ...steps.map((s) => state.boolean(`done${s.n}`, s.n < start))],
    root,
  });
}

export const multiStepForm: Archetype = {
  id: 'multi-step-form',
  title: { en: 'Multi-step form', es: 'Formulario por pasos' },
  keywords: {
    en: { 'multi step': 9, multistep: 9, wizard: 8, stepper: 7, steps: 4, step: 3, 'onboarding flow': 7, checkout: 4 },
    es: { 'por pasos': 9, 'varios pasos': 9, asistente: 7, pasos: 5, paso: 3, 'formulario por pasos': 10, etapas: 5 },
  },
  textSlots: { en: ['step labels…'], es: ['pasos…'] },
  includes: ['button', 'progress'],
  counts: COUNTS,
  build,
};

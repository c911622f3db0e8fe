import { component, el, emit, fromState, isState, on, state, toggle, when } from '../nodes.js';
import { copyFor, itemCount, takeItems } from '../slot-helpers.js';
import { bodyText, cardSurface, divider, heading, interactive, row, stack, tok, type Decl } from '../styles.js';
import { themeFor } from '../theme.js';
import type { Archetype, Slots } from '../types.js';

const COPY = {
  en: {
    title: 'Notifications',
    subtitle: 'Choose what we tell you about and where.',
    settings: [
      { label: 'Email notifications', description: 'Get a summary of activity on your projects.' },
      { label: 'Push notifications', description: 'Instant alerts on your phone and desktop.' },
      { label: 'Weekly digest', description: 'One email every Monday with the highlights.' },
      { label: 'Mentions only', description: 'Only notify me when someone mentions me.' },
      { label: 'Product updates', description: 'News about features and improvements.' },
      { label: 'Dark mode', description: 'Use a dark theme across the app.' },
    ],
    setting: 'Setting',
  },
  es: {
    title: 'Notificaciones',
    subtitle: 'Elige de qué te avisamos y dónde.',
    settings: [
      { label: 'Notificaciones por correo', description: 'Recibe un resumen de la actividad de tus proyectos.' },
      { label: 'Notificaciones push', description: 'Avisos al instante en el móvil y el escritorio.' },
      { label: 'Resumen semanal', description: 'Un correo cada lunes con lo más importante.' },
      { label: 'Solo menciones', description: 'Avísame solo cuando alguien me mencione.' },
      { label: 'Novedades del producto', description: 'Noticias sobre funciones y mejoras.' },
      { label: 'Modo oscuro', description: 'Usa un tema oscuro en toda la aplicación.' },
    ],
    setting: 'Ajuste',
  },
};

const COUNTS = { min: 1, max: 6 };

function build(slots: Slots) {
  const th = themeFor(slots);
  const base = copyFor(COPY, slots);
  const count = itemCount(slots, 3, COUNTS);
  const items = takeItems(base.settings, count, (i) => ({ label: `${base.setting} ${i + 1}`, description: '' })).map((s, i) => ({
    n: i + 1,
    label: slots.texts[i] ?? s.label,
    description: s.description,
    on: i % 2 === 0,
    disabled: slots.state === 'disabled' && i === count - 1,
  }));
  const large = slots.size === 'lg';
  const [w, h, knob, inset, onLeft] = large ? ['3.5rem', '2rem', '1.5rem', '0.25rem', '1.75rem'] : slots.size === 'sm' ? ['2.25rem', '1.25rem', '0.875rem', '0.1875rem', '1.1875rem'] : ['2.75rem', '1.5rem', '1.125rem', '0.1875rem', '1.4375rem'];
  const track = interactive({ position: 'relative', flexShrink: '0', width: w, height: h, padding: '0', borderWidth: '0', borderRadius: th.shape === 'sharp' ? '0' : tok('radius.full'), backgroundColor: th.hoverStrong }, { opacity: '0.9' }, { transform: 'scale(0.97)' });
  const knobBase: Decl = { position: 'absolute', top: inset, width: knob, height: knob, borderRadius: th.shape === 'sharp' ? '0' : tok('radius.full'), backgroundColor: tok('color.surface'), boxShadow: tok('shadow.sm'), transitionProperty: 'left', transitionDuration: tok('duration.normal') };
  const row_ = (s: (typeof items)[number]) =>
    el('li', `setting-${s.n}`, { style: { base: { ...row('md'), justifyContent: 'space-between', alignItems: 'flex-start', paddingTop: tok('space.md'), ...(s.n === 1 ? {} : divider('top', th.border)) } } }, [
      el('div', `setting-${s.n}-text`, { style: { base: stack('xs') } }, [
        el('span', `setting-${s.n}-label`, { attrs: { id: `setting-${s.n}-label` }, style: { base: { fontSize: tok('font.size.md'), fontWeight: tok('font.weight.medium'), color: th.text } } }, [s.label]),
        ...(s.description ? [el('span', `setting-${s.n}-description`, { attrs: { id: `setting-${s.n}-description` }, style: { base: bodyText(th, 'sm') } }, [s.description])] : []),
      ]),
      el(
        'button',
        `switch-${s.n}`,
        {
          attrs: s.disabled ? { type: 'button', disabled: true } : { type: 'button' },
          a11y: { role: 'switch', checked: fromState(`setting${s.n}`), labelledBy: `setting-${s.n}-label`, ...(s.description ? { describedBy: `setting-${s.n}-description` } : {}) },
          events: on('click', toggle(`setting${s.n}`), emit('change')),
          style: track,
        },
        [
          when(
            isState(`setting${s.n}`),
            [
              el('span', `switch-${s.n}-on`, { a11y: { hidden: true }, style: { base: { position: 'absolute', inset: '0', borderRadius: th.shape === 'sharp' ? '0' : tok('radius.full'), backgroundColor: th.tone.bg } } }),
              el('span', `switch-${s.n}-knob-on`, { a11y: { hidden: true }, style: { base: { ...knobBase, left: onLeft } } }),
            ],
            [el('span', `switch-${s.n}-knob-off`, { a11y: { hidden: true }, style: { base: { ...knobBase, left: inset } } })],
          ),
        ],
      ),
    ]);
  const root = el('section', 'settings', { a11y: { labelledBy: 'settings-title' }, style: { base: { ...cardSurface(th, 'lg'), ...stack('md'), width: '100%', maxWidth: '36rem', fontFamily: tok('font.family.base') } } }, [
    el('header', 'settings-header', { style: { base: stack('xs') } }, [
      el('h2', 'settings-title', { attrs: { id: 'settings-title' }, style: { base: heading(th, 'xl') } }, [base.title]),
      el('p', 'settings-subtitle', { style: { base: bodyText(th, 'sm') } }, [base.subtitle]),
    ]),
    el('ul', 'settings-list', { style: { base: { ...stack('md'), listStyle: 'none', margin: '0', padding: '0' } } }, items.map(row_)),
  ]);
  return component({
    name: 'ToggleSwitch',
    description: slots.language === 'es' ? 'Interruptores de ajustes' : 'Settings toggle switches',
    state: items.map((s) => state.boolean(`setting${s.n}`, s.on)),
    root,
  });
}

export const toggleSwitch: Archetype = {
  id: 'toggle-switch',
  title: { en: 'Toggle switch', es: 'Interruptor' },
  keywords: {
    en: { toggle: 8, switch: 8, 'toggle switch': 10, 'on off': 6, settings: 3, preferences: 3, 'notification settings': 6 },
    es: { interruptor: 9, conmutador: 8, 'activar desactivar': 6, ajustes: 3, preferencias: 3, 'encendido apagado': 6 },
  },
  textSlots: { en: ['setting labels…'], es: ['ajustes…'] },
  counts: COUNTS,
  build,
};

import { icon } from '../icons.js';
import { component, el, isState, on, set, state, when } from '../nodes.js';
import { copyFor, withTexts } from '../slot-helpers.js';
import { bodyText, buttonStyles, onPage, row, tok } from '../styles.js';
import { themeFor } from '../theme.js';
import type { Archetype, Slots } from '../types.js';

const COPY = {
  en: { trigger: 'Share', tip: 'Copy a public link to this component', label: 'Share this component' },
  es: { trigger: 'Compartir', tip: 'Copia un enlace público a este componente', label: 'Compartir este componente' },
};

function build(slots: Slots) {
  const th = themeFor(slots);
  const base = copyFor(COPY, slots);
  const copy = withTexts({ tip: base.tip, trigger: base.trigger }, slots.texts, ['tip', 'trigger']);
  const show = set('open', true);
  const hide = set('open', false);
  // Inverted like a toast, so it reads on any surface.
  const bg = slots.dark ? tok('color.surface') : tok('color.text');
  const fg = slots.dark ? tok('color.text') : tok('color.surface');
  const root = el('span', 'tooltip', { style: { base: { position: 'relative', display: 'inline-flex', fontFamily: tok('font.family.base'), ...onPage(th) } } }, [
    el(
      'button',
      'tooltip-trigger',
      {
        attrs: { type: 'button' },
        a11y: { describedBy: 'tooltip-content' },
        events: [...on('mouseenter', show), ...on('focus', show), ...on('mouseleave', hide), ...on('blur', hide), ...on('keydown', hide)],
        style: buttonStyles(th, 'secondary'),
      },
      [icon('share', 18), copy.trigger],
    ),
    when(isState('open'), [
      el('span', 'tooltip-content', { attrs: { id: 'tooltip-content' }, style: { base: { ...row('xs'), position: 'absolute', bottom: '100%', left: '50%', transform: 'translate(-50%, -0.5rem)', zIndex: '50', width: 'max-content', maxWidth: '16rem', padding: '{space.xs} {space.sm}', borderRadius: th.radius.control, backgroundColor: bg, color: fg, boxShadow: th.shadow.overlay, ...bodyText(th, 'xs', false, { color: fg }), pointerEvents: 'none' } } }, [copy.tip]),
    ]),
  ]);
  return component({
    name: 'Tooltip',
    description: slots.language === 'es' ? 'Botón con información emergente' : 'Button with a tooltip',
    // Shown on first render so the preview shows the tip.
    state: [state.boolean('open', true)],
    root,
  });
}

export const tooltip: Archetype = {
  id: 'tooltip',
  title: { en: 'Tooltip', es: 'Información emergente' },
  keywords: {
    en: { tooltip: 10, 'tool tip': 10, hint: 4, popover: 6, 'hover text': 7, 'info bubble': 7 },
    es: { 'informacion emergente': 10, 'texto emergente': 9, 'globo de ayuda': 9, pista: 3, 'texto de ayuda': 5 },
  },
  textSlots: { en: ['tooltip text', 'button label'], es: ['texto de ayuda', 'texto del botón'] },
  includes: ['button'],
  build,
};

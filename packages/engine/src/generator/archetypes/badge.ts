import { bindProp, component, el, prop } from '../nodes.js';
import { copyFor, withTexts } from '../slot-helpers.js';
import { border, chip, iconBox, tok } from '../styles.js';
import { statusTone, themeFor, toneColors, toneStatus } from '../theme.js';
import type { Archetype, Slots, Status } from '../types.js';

const COPY: Record<'en' | 'es', Record<Status, string> & { count: string }> = {
  en: { info: 'New', success: 'Active', warning: 'Pending', danger: 'Failed', count: 'new notifications' },
  es: { info: 'Nuevo', success: 'Activo', warning: 'Pendiente', danger: 'Fallido', count: 'notificaciones nuevas' },
};

function build(slots: Slots) {
  const status: Status = slots.status ?? toneStatus(slots.tone) ?? 'info';
  const th = themeFor({ ...slots, tone: slots.tone ?? statusTone(status) });
  const tone = toneColors(statusTone(status), slots.dark);
  const base = copyFor(COPY, slots);
  const numeric = slots.count !== undefined && slots.texts.length === 0;
  const copy = withTexts({ label: numeric ? String(slots.count) : base[status] }, slots.texts, ['label']);
  const solid = numeric || slots.mood === 'bold' || slots.mood === 'playful' || slots.variant === 'primary';
  const sizeFont = slots.size === 'lg' ? tok('font.size.sm') : tok('font.size.xs');
  const root = solid
    ? el('span', 'badge', { a11y: numeric ? { role: 'status', label: `${copy.label} ${base.count}` } : undefined, style: { base: chip(tone.bg, tone.fg, th, { fontSize: sizeFont }) } }, [bindProp('label')])
    : el('span', 'badge', { style: { base: chip(th.raised, th.text, th, { ...border(th.border), fontSize: sizeFont }) } }, [
        el('span', 'badge-dot', { a11y: { hidden: true }, style: { base: iconBox(th, tone.bg, tone.fg, '{space.sm}') } }),
        bindProp('label'),
      ]);
  return component({
    name: 'Badge',
    description: slots.language === 'es' ? 'Insignia de estado' : 'Status badge',
    props: [prop.string('label', copy.label)],
    root,
  });
}

export const badge: Archetype = {
  id: 'badge',
  title: { en: 'Badge', es: 'Insignia' },
  keywords: {
    en: { badge: 6, tag: 3, chip: 4, pill: 1, label: 1, 'status badge': 6, 'status label': 4, counter: 2 },
    es: { insignia: 6, etiqueta: 4, chapa: 3, distintivo: 4, 'etiqueta de estado': 6 },
  },
  textSlots: { en: ['label'], es: ['texto'] },
  build,
};

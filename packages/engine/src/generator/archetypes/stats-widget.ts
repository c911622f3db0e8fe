import { icon, iconPath, itemIcon } from '../icons.js';
import { bindItem, component, each, el, isItem, state, when } from '../nodes.js';
import { copyFor, itemCount, takeItems, withTexts } from '../slot-helpers.js';
import { bodyText, cardSurface, chip, columns, grid, heading, listReset, row, stack, tok } from '../styles.js';
import { themeFor, toneColors } from '../theme.js';
import type { Archetype, Slots } from '../types.js';
import { sectionStyle, segmented } from './parts.js';

const STAT_ICONS = [iconPath('chart'), iconPath('users'), iconPath('zap'), iconPath('clock'), iconPath('trendingDown'), iconPath('user')];

const COPY = {
  en: {
    title: 'Overview',
    subtitle: 'Key metrics for your workspace',
    period: 'Period',
    periods: [
      { value: '7d', label: '7 days' },
      { value: '30d', label: '30 days' },
      { value: '90d', label: '90 days' },
    ],
    caption: 'vs previous period',
    stats: [
      { label: 'Revenue', value: '$48,295', delta: '+12.4%', trend: 'up' },
      { label: 'Active users', value: '12,480', delta: '+8.1%', trend: 'up' },
      { label: 'Conversion rate', value: '3.42%', delta: '−0.6%', trend: 'down' },
      { label: 'Avg. session', value: '4m 12s', delta: '+1.9%', trend: 'up' },
      { label: 'Churn', value: '1.8%', delta: '+0.3%', trend: 'down' },
      { label: 'Sign-ups', value: '1,204', delta: '+5.2%', trend: 'up' },
    ],
    metric: 'Metric',
  },
  es: {
    title: 'Resumen',
    subtitle: 'Métricas clave de tu espacio de trabajo',
    period: 'Periodo',
    periods: [
      { value: '7d', label: '7 días' },
      { value: '30d', label: '30 días' },
      { value: '90d', label: '90 días' },
    ],
    caption: 'frente al periodo anterior',
    stats: [
      { label: 'Ingresos', value: '48.295 €', delta: '+12,4 %', trend: 'up' },
      { label: 'Usuarios activos', value: '12.480', delta: '+8,1 %', trend: 'up' },
      { label: 'Tasa de conversión', value: '3,42 %', delta: '−0,6 %', trend: 'down' },
      { label: 'Sesión media', value: '4 min 12 s', delta: '+1,9 %', trend: 'up' },
      { label: 'Bajas', value: '1,8 %', delta: '+0,3 %', trend: 'down' },
      { label: 'Registros', value: '1.204', delta: '+5,2 %', trend: 'up' },
    ],
    metric: 'Métrica',
  },
};

const COUNTS = { min: 1, max: 8 };

function build(slots: Slots) {
  const th = themeFor(slots);
  const base = copyFor(COPY, slots);
  const copy = withTexts({ title: base.title, subtitle: base.subtitle }, slots.texts, ['title', 'subtitle']);
  const count = itemCount(slots, 4, COUNTS);
  const stats = takeItems(base.stats, count, (i) => ({ label: `${base.metric} ${i + 1}`, value: '1,000', delta: '+1.0%', trend: 'up' })).map((s, i) => ({
    id: `stat${i + 1}`,
    ...s,
    icon: STAT_ICONS[i % STAT_ICONS.length]!,
  }));
  const up = toneColors('success', slots.dark);
  const down = toneColors('danger', slots.dark);
  // A neutral chip with a coloured arrow: readable whatever the success/danger roles are.
  const delta = (name: string, colors: typeof up, arrow: 'arrowUp' | 'arrowDown') =>
    el('span', name, { style: { base: chip(th.raised, th.text, th) } }, [el('span', `${name}-icon`, { style: { base: { display: 'inline-flex', color: colors.bg } } }, [icon(arrow, 14)]), bindItem('delta')]);
  const root = el('section', 'stats', { a11y: { labelledBy: 'stats-title' }, style: sectionStyle(th, { gap: tok('space.lg') }) }, [
    el('header', 'stats-header', { style: { base: { ...stack('md') }, responsive: { md: { flexDirection: 'row', alignItems: 'flex-end', justifyContent: 'space-between' } } } }, [
      el('div', 'stats-heading', { style: { base: stack('xs') } }, [
        el('h2', 'stats-title', { attrs: { id: 'stats-title' }, style: { base: heading(th, '2xl') } }, [copy.title]),
        el('p', 'stats-subtitle', { style: { base: bodyText(th, 'md') } }, [copy.subtitle]),
      ]),
      segmented(th, 'period', 'period', base.periods, base.period),
    ]),
    el('ul', 'stats-grid', { style: { base: { ...listReset, ...grid('md') }, responsive: { sm: columns(Math.min(count, 2)), lg: columns(Math.min(count, 4)) } } }, [
      each(stats, 'id', [
        el('li', 'stat', { style: { base: { ...cardSurface(th, 'lg'), ...stack('sm') } } }, [
          el('div', 'stat-top', { style: { base: { ...row('sm'), justifyContent: 'space-between' } } }, [
            el('span', 'stat-label', { style: { base: bodyText(th, 'sm', true, { fontWeight: tok('font.weight.medium') }) } }, [bindItem('label')]),
            el('span', 'stat-icon', { style: { base: { display: 'inline-flex', padding: tok('space.xs'), borderRadius: th.radius.control, backgroundColor: th.raised, color: th.link } } }, [itemIcon('icon', 18)]),
          ]),
          el('p', 'stat-value', { style: { base: heading(th, '2xl'), responsive: { md: { fontSize: tok('font.size.3xl') } } } }, [bindItem('value')]),
          el('p', 'stat-change', { style: { base: { ...row('sm'), flexWrap: 'wrap', margin: '0' } } }, [
            when(isItem('trend', 'up'), [delta('stat-delta-up', up, 'arrowUp')], [delta('stat-delta-down', down, 'arrowDown')]),
            el('span', 'stat-caption', { style: { base: bodyText(th, 'xs') } }, [base.caption]),
          ]),
        ]),
      ]),
    ]),
  ]);
  return component({
    name: 'StatsWidget',
    description: slots.language === 'es' ? `Panel con ${count} métricas` : `Dashboard widget with ${count} metrics`,
    state: [state.string('period', '30d')],
    root,
  });
}

export const statsWidget: Archetype = {
  id: 'stats-widget',
  title: { en: 'Stats widget', es: 'Widget de estadísticas' },
  keywords: {
    en: { stats: 5, statistic: 5, metric: 5, kpi: 6, dashboard: 3, analytics: 4, widget: 2, 'stat card': 6, 'stats widget': 7, numbers: 1 },
    es: { estadistica: 6, metrica: 5, indicador: 4, 'panel de control': 4, analitica: 4, 'cuadro de mando': 5, 'widget de estadisticas': 7 },
  },
  textSlots: { en: ['title', 'subtitle'], es: ['título', 'subtítulo'] },
  includes: ['card', 'badge'],
  counts: COUNTS,
  build,
};

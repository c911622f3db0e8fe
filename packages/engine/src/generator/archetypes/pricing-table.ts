import { icon } from '../icons.js';
import { bindItem, component, each, el, emit, fromItem, isItem, isState, on, state, when } from '../nodes.js';
import { copyFor, highlightIndex, itemCount, takeItems, withTexts } from '../slot-helpers.js';
import { bodyText, border, buttonStyles, cardSurface, chip, columns, grid, heading, listReset, row, stack, tok } from '../styles.js';
import { themeFor } from '../theme.js';
import type { Archetype, Slots } from '../types.js';
import { sectionHeader, sectionStyle, segmented } from './parts.js';

interface Plan {
  name: string;
  monthly: string;
  yearly: string;
  description: string;
  features: [string, string, string, string];
}

const COPY = {
  en: {
    eyebrow: 'Pricing',
    title: 'Plans that grow with your team',
    subtitle: 'Start free and upgrade when you need more. Cancel anytime.',
    cta: 'Get started',
    monthly: 'Monthly',
    yearly: 'Yearly · save 20%',
    billing: 'Billing period',
    period: '/month',
    popular: 'Most popular',
    footnote: 'Prices in USD. Taxes may apply.',
    plans: [
      { name: 'Starter', monthly: '$0', yearly: '$0', description: 'For side projects and trying things out.', features: ['50 generations a month', 'HTML and React exports', '1 design system', 'Community support'] },
      { name: 'Pro', monthly: '$19', yearly: '$15', description: 'For professionals who ship every week.', features: ['Unlimited generations', 'All 10 framework targets', 'Visual regression checks', 'Priority email support'] },
      { name: 'Team', monthly: '$49', yearly: '$39', description: 'For teams that share one design system.', features: ['Everything in Pro', 'Shared component library', 'Roles and permissions', 'SSO and audit log'] },
      { name: 'Enterprise', monthly: 'Custom', yearly: 'Custom', description: 'For organisations with special requirements.', features: ['Dedicated success manager', 'Custom contracts and SLA', 'On-premise option', 'Security review'] },
    ] as Plan[],
    extra: 'Plan',
  },
  es: {
    eyebrow: 'Precios',
    title: 'Planes que crecen con tu equipo',
    subtitle: 'Empieza gratis y amplía cuando lo necesites. Cancela cuando quieras.',
    cta: 'Empezar',
    monthly: 'Mensual',
    yearly: 'Anual · ahorra un 20 %',
    billing: 'Periodo de facturación',
    period: '/mes',
    popular: 'El más elegido',
    footnote: 'Precios en euros. Impuestos no incluidos.',
    plans: [
      { name: 'Básico', monthly: '0 €', yearly: '0 €', description: 'Para proyectos personales y pruebas.', features: ['50 generaciones al mes', 'Exportación a HTML y React', '1 sistema de diseño', 'Soporte de la comunidad'] },
      { name: 'Pro', monthly: '19 €', yearly: '15 €', description: 'Para profesionales que publican cada semana.', features: ['Generaciones ilimitadas', 'Los 10 frameworks', 'Pruebas de regresión visual', 'Soporte prioritario por correo'] },
      { name: 'Equipo', monthly: '49 €', yearly: '39 €', description: 'Para equipos que comparten un sistema de diseño.', features: ['Todo lo del plan Pro', 'Biblioteca de componentes compartida', 'Roles y permisos', 'SSO y registro de auditoría'] },
      { name: 'Empresa', monthly: 'A medida', yearly: 'A medida', description: 'Para organizaciones con requisitos especiales.', features: ['Gestor de cuenta dedicado', 'Contrato y SLA a medida', 'Opción on-premise', 'Revisión de seguridad'] },
    ] as Plan[],
    extra: 'Plan',
  },
};

const COUNTS = { min: 1, max: 6 };

function build(slots: Slots) {
  const th = themeFor(slots);
  const base = copyFor(COPY, slots);
  const copy = withTexts({ title: base.title, subtitle: base.subtitle, cta: base.cta }, slots.texts, ['title', 'subtitle', 'cta']);
  const count = itemCount(slots, 3, COUNTS);
  const featured = highlightIndex(slots.highlight, count, count >= 2 ? 'middle' : undefined);
  const plans = takeItems(base.plans, count, (i) => ({ ...base.plans[1]!, name: `${base.extra} ${i + 1}` })).map((p, i) => ({
    id: `plan${i + 1}`,
    name: p.name,
    monthly: p.monthly,
    yearly: p.yearly,
    description: p.description,
    feature1: p.features[0],
    feature2: p.features[1],
    feature3: p.features[2],
    feature4: p.features[3],
    cta: copy.cta,
    featured: i === featured,
  }));
  const md = count >= 4 ? 2 : count;
  const lg = Math.min(count, 4);
  const feature = (n: number) =>
    el('li', `plan-feature-${n}`, { style: { base: { ...row('sm'), alignItems: 'flex-start', ...bodyText(th, 'sm', false) } } }, [
      el('span', `plan-check-${n}`, { style: { base: { display: 'inline-flex', color: th.tone.text, flexShrink: '0' } } }, [icon('check', 18)]),
      bindItem(`feature${n}`),
    ]);
  const cta = (name: string, variant: 'primary' | 'outline') =>
    el('button', name, { attrs: { type: 'button' }, events: on('click', emit('selectPlan', fromItem('id'))), style: buttonStyles(th, variant, th.size, { width: '100%' }) }, [
      bindItem('cta'),
    ]);
  const root = el('section', 'pricing', { a11y: { labelledBy: 'pricing-title' }, style: sectionStyle(th) }, [
    sectionHeader(th, 'pricing', { eyebrow: base.eyebrow, title: copy.title, subtitle: copy.subtitle }, { center: true, titleId: 'pricing-title' }),
    segmented(th, 'billing', 'billing', [{ value: 'monthly', label: base.monthly }, { value: 'yearly', label: base.yearly }], base.billing),
    el('ul', 'plans', { style: { base: { ...listReset, ...grid('lg'), alignItems: 'stretch' }, responsive: { md: columns(md), lg: columns(lg) } } }, [
      each(plans, 'id', [
        el('li', 'plan', { style: { base: { ...cardSurface(th, 'lg'), ...stack('md'), position: 'relative' } } }, [
          when(isItem('featured'), [
            el('span', 'plan-ring', {
              a11y: { hidden: true },
              style: { base: { position: 'absolute', inset: '0', ...border(th.tone.bg), borderWidth: tok('border.width'), borderRadius: th.radius.card, boxShadow: th.shadow.overlay, pointerEvents: 'none' } },
            }),
          ]),
          el('div', 'plan-head', { style: { base: { ...row('sm'), justifyContent: 'space-between', flexWrap: 'wrap' } } }, [
            el('h3', 'plan-name', { style: { base: heading(th, 'lg') } }, [bindItem('name')]),
            when(isItem('featured'), [el('span', 'plan-badge', { style: { base: chip(th.tone.bg, th.tone.fg, th) } }, [base.popular])]),
          ]),
          el('p', 'plan-description', { style: { base: bodyText(th, 'sm') } }, [bindItem('description')]),
          el('p', 'plan-price', { style: { base: { ...row('xs'), alignItems: 'baseline', margin: '0' } } }, [
            el('span', 'plan-amount', { style: { base: heading(th, '3xl') } }, [when(isState('billing', 'yearly'), [bindItem('yearly')], [bindItem('monthly')])]),
            el('span', 'plan-period', { style: { base: bodyText(th, 'sm') } }, [base.period]),
          ]),
          el('ul', 'plan-features', { style: { base: { ...listReset, ...stack('sm'), flexGrow: '1' } } }, [1, 2, 3, 4].map(feature)),
          when(isItem('featured'), [cta('plan-cta-featured', 'primary')], [cta('plan-cta', 'outline')]),
        ]),
      ]),
    ]),
    el('p', 'pricing-footnote', { style: { base: bodyText(th, 'sm', true, { textAlign: 'center' }) } }, [base.footnote]),
  ]);
  return component({
    name: 'PricingTable',
    description: slots.language === 'es' ? `Tabla de precios con ${count} planes` : `Pricing table with ${count} plans`,
    state: [state.string('billing', 'monthly')],
    root,
  });
}

export const pricingTable: Archetype = {
  id: 'pricing-table',
  title: { en: 'Pricing table', es: 'Tabla de precios' },
  keywords: {
    en: { 'pricing table': 6, 'pricing card': 6, pricing: 4, price: 2, plan: 2, tier: 3, subscription: 2, billing: 1, 'price list': 4 },
    es: { 'tabla de precios': 6, 'tarjeta de precios': 6, precio: 4, plan: 2, tarifa: 4, suscripcion: 2, nivel: 1, 'planes de precios': 5 },
  },
  textSlots: { en: ['title', 'subtitle', 'button label'], es: ['título', 'subtítulo', 'texto del botón'] },
  includes: ['card', 'button', 'toggle-switch'],
  counts: COUNTS,
  build,
};

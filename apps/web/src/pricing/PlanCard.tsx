import { Link } from 'react-router';
import { usePrefs } from '../app/prefs';
import type { MessageKey } from '../lib/i18n';
import { formatPrice, yearlyTotal, type Billing, type Plan } from './plans';

const FEATURES: Record<Plan['id'], MessageKey[]> = {
  free: ['pricing.free.f1', 'pricing.free.f2', 'pricing.free.f3'],
  pro: ['pricing.pro.f1', 'pricing.pro.f2', 'pricing.pro.f3', 'pricing.pro.f4'],
  enterprise: ['pricing.enterprise.f1', 'pricing.enterprise.f2', 'pricing.enterprise.f3'],
};

export const planNameKey = (id: Plan['id']): MessageKey => `pricing.plan.${id}`;

/** One plan: price for the chosen billing period, what it includes, and its call to action. */
export function PlanCard({ plan, billing, current, signedIn }: { plan: Plan; billing: Billing; current: boolean; signedIn: boolean }) {
  const { t, lang } = usePrefs();
  const price = plan.monthlyPrice[billing];
  const titleId = `plan-${plan.id}`;
  const note =
    plan.id === 'free'
      ? t('pricing.forever')
      : billing === 'yearly' && plan.monthlyPrice.yearly !== plan.monthlyPrice.monthly
        ? t('pricing.billedYearly', { total: formatPrice(yearlyTotal(plan), lang) })
        : t('pricing.billedMonthly');
  return (
    <article className={`plan-card${plan.id === 'pro' ? ' plan-card--featured' : ''}${current ? ' plan-card--current' : ''}`} aria-labelledby={titleId} data-plan={plan.id}>
      <h2 id={titleId} className="plan-card__name">
        {t(planNameKey(plan.id))}
        {current && <span className="badge badge--good plan-card__badge">{t('pricing.current')}</span>}
      </h2>
      <p className="muted">{t(`pricing.tagline.${plan.id}`)}</p>
      <p className="plan-card__price">
        <span className="plan-card__amount" data-testid={`price-${plan.id}`}>
          {formatPrice(price, lang)}
        </span>{' '}
        <span className="plan-card__period">{t(plan.id === 'enterprise' ? 'pricing.perTeamMonth' : 'pricing.perMonth')}</span>
      </p>
      <p className="small muted plan-card__note">{note}</p>
      <ul className="plan-card__features">
        {FEATURES[plan.id].map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
      {/* A signed-in user already has the Free plan's account: signing up again leads nowhere. */}
      {!(signedIn && plan.id === 'free' && !current) && <PlanAction plan={plan} current={current} />}
    </article>
  );
}

function PlanAction({ plan, current }: { plan: Plan; current: boolean }) {
  const { t } = usePrefs();
  if (current) return <p className="plan-card__action plan-card__current">{t('pricing.current')}</p>;
  const label = t(`pricing.cta.${plan.id}`);
  const className = `button plan-card__action${plan.id === 'pro' ? ' button--primary' : ''}`;
  // A mailto: leaves the app, so it is a plain link; the others stay in the router.
  return plan.href.startsWith('mailto:') ? (
    <a className={className} href={plan.href}>
      {label}
    </a>
  ) : (
    <Link className={className} to={plan.href}>
      {label}
    </Link>
  );
}

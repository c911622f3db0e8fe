import { useState } from 'react';
import { useAuth } from '../app/auth';
import { useT, useTitle } from '../app/prefs';
import { BillingSwitch } from '../pricing/BillingSwitch';
import { ComparisonTable } from '../pricing/ComparisonTable';
import { PlanCard, planNameKey } from '../pricing/PlanCard';
import { PLANS, type Billing } from '../pricing/plans';
import '../pricing/pricing.css';

/** The three plans with a monthly/yearly switch, a comparison table, and the signed-in user's current plan. */
export default function PricingPage() {
  const t = useT();
  useTitle(t('pricing.title'));
  const auth = useAuth();
  const [billing, setBilling] = useState<Billing>('monthly');
  const plan = auth.status === 'signed-in' ? auth.user?.plan : undefined;

  return (
    <div className="container page pricing">
      <h1>{t('pricing.title')}</h1>
      <p className="pricing__lead">{t('pricing.lead')}</p>
      {plan && (
        <p className="notice notice--info" data-testid="current-plan">
          {t('pricing.youAreOn', { plan: t(planNameKey(plan)) })}
        </p>
      )}
      <BillingSwitch value={billing} onChange={setBilling} />
      <div className="pricing__plans">
        {PLANS.map((p) => (
          <PlanCard key={p.id} plan={p} billing={billing} current={p.id === plan} signedIn={Boolean(plan)} />
        ))}
      </div>
      <ComparisonTable />
    </div>
  );
}

import { useState } from 'react';
import './PricingTable.css';

interface PlanItem {
  id: string;
  name: string;
  monthly: string;
  yearly: string;
  description: string;
  feature1: string;
  feature2: string;
  feature3: string;
  feature4: string;
  cta: string;
  featured: boolean;
}

const planItems: PlanItem[] = [
  { id: 'plan1', name: 'Starter', monthly: '$0', yearly: '$0', description: 'For side projects and trying things out.', feature1: '50 generations a month', feature2: 'HTML and React exports', feature3: '1 design system', feature4: 'Community support', cta: 'Get started', featured: false },
  { id: 'plan2', name: 'Pro', monthly: '$19', yearly: '$15', description: 'For professionals who ship every week.', feature1: 'Unlimited generations', feature2: 'All 10 framework targets', feature3: 'Visual regression checks', feature4: 'Priority email support', cta: 'Get started', featured: true },
  { id: 'plan3', name: 'Team', monthly: '$49', yearly: '$39', description: 'For teams that share one design system.', feature1: 'Everything in Pro', feature2: 'Shared component library', feature3: 'Roles and permissions', feature4: 'SSO and audit log', cta: 'Get started', featured: false },
];

/** Pricing table with 3 plans */
export interface PricingTableProps {
  onSelectPlan?: (payload: string) => void;
}

/** Pricing table with 3 plans */
export function PricingTable({ onSelectPlan }: PricingTableProps) {
  const [billing, setBilling] = useState('monthly');

  function handleBillingMonthlyClick() {
    setBilling('monthly');
  }

  function handleBillingYearlyClick() {
    setBilling('yearly');
  }

  function handlePlanCtaFeaturedClick(item: PlanItem) {
    onSelectPlan?.(item.id);
  }

  function handlePlanCtaClick(item: PlanItem) {
    onSelectPlan?.(item.id);
  }

  return (
    <section className="pricing-table__pricing" aria-labelledby="pricing-title">
      <header className="pricing-table__pricing-header">
        <p className="pricing-table__pricing-eyebrow">Pricing</p>
        <h2 className="pricing-table__pricing-title" id="pricing-title">Plans that grow with your team</h2>
        <p className="pricing-table__pricing-subtitle">Start free and upgrade when you need more. Cancel anytime.</p>
      </header>
      <div className="pricing-table__billing" role="group" aria-label="Billing period">
        {billing === 'monthly' ? (
          <button
            className="pricing-table__billing-monthly-active"
            type="button"
            aria-pressed="true"
          >Monthly</button>
        ) : (
          <button
            className="pricing-table__billing-monthly"
            type="button"
            aria-pressed="false"
            onClick={handleBillingMonthlyClick}
          >Monthly</button>
        )}
        {billing === 'yearly' ? (
          <button className="pricing-table__billing-yearly-active" type="button" aria-pressed="true">Yearly · save 20%</button>
        ) : (
          <button
            className="pricing-table__billing-yearly"
            type="button"
            aria-pressed="false"
            onClick={handleBillingYearlyClick}
          >Yearly · save 20%</button>
        )}
      </div>
      <ul className="pricing-table__plans">
        {planItems.map((item) => (
          <li key={item.id} className="pricing-table__plan">
            {item.featured && (
              <span className="pricing-table__plan-ring" aria-hidden="true" />
            )}
            <div className="pricing-table__plan-head">
              <h3 className="pricing-table__plan-name">{item.name}</h3>
              {item.featured && (
                <span className="pricing-table__plan-badge">Most popular</span>
              )}
            </div>
            <p className="pricing-table__plan-description">{item.description}</p>
            <p className="pricing-table__plan-price">
              <span className="pricing-table__plan-amount">{billing === 'yearly' ? item.yearly : item.monthly}</span>
              <span className="pricing-table__plan-period">/month</span>
            </p>
            <ul className="pricing-table__plan-features">
              <li className="pricing-table__plan-feature-1"><span className="pricing-table__plan-check-1"><svg className="pricing-table__svg-1" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path className="pricing-table__path-1" d="M20 6 9 17l-5-5" /></svg></span>{item.feature1}</li>
              <li className="pricing-table__plan-feature-2"><span className="pricing-table__plan-check-2"><svg className="pricing-table__svg-2" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path className="pricing-table__path-2" d="M20 6 9 17l-5-5" /></svg></span>{item.feature2}</li>
              <li className="pricing-table__plan-feature-3"><span className="pricing-table__plan-check-3"><svg className="pricing-table__svg-3" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path className="pricing-table__path-3" d="M20 6 9 17l-5-5" /></svg></span>{item.feature3}</li>
              <li className="pricing-table__plan-feature-4"><span className="pricing-table__plan-check-4"><svg className="pricing-table__svg-4" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path className="pricing-table__path-4" d="M20 6 9 17l-5-5" /></svg></span>{item.feature4}</li>
            </ul>
            {item.featured ? (
              <button
                className="pricing-table__plan-cta-featured"
                type="button"
                onClick={() => handlePlanCtaFeaturedClick(item)}
              >{item.cta}</button>
            ) : (
              <button
                className="pricing-table__plan-cta"
                type="button"
                onClick={() => handlePlanCtaClick(item)}
              >{item.cta}</button>
            )}
          </li>
        ))}
      </ul>
      <p className="pricing-table__pricing-footnote">Prices in USD. Taxes may apply.</p>
    </section>
  );
}

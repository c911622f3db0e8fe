import { useState } from 'react';

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
    <section
      className="text-text bg-background py-xl px-md gap-xl font-base flex flex-col w-full box-border md:p-xl"
      aria-labelledby="pricing-title"
    >
      <header className="gap-sm flex flex-col items-center text-center">
        <p className="text-primary m-0 text-sm/[inherit] font-semibold uppercase">Pricing</p>
        <h2
          className="text-text m-0 font-heading text-2xl font-bold leading-tight md:text-3xl"
          id="pricing-title"
        >Plans that grow with your team</h2>
        <p className="text-text-muted m-0 font-base text-lg leading-normal max-w-(--breakpoint-sm)">Start free and upgrade when you need more. Cancel anytime.</p>
      </header>
      <div
        className="bg-surface-muted p-xs gap-xs rounded-md flex items-center self-center"
        role="group"
        aria-label="Billing period"
      >
        {billing === 'monthly' ? (
          <button
            className="text-text bg-surface border-transparent py-xs px-md rounded-md border-(length:--border-width) shadow-sm font-[family-name:inherit] text-sm font-semibold leading-tight duration-(--duration-fast) border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:text-text focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
            type="button"
            aria-pressed="true"
          >Monthly</button>
        ) : (
          <button
            className="text-text bg-transparent border-transparent py-xs px-md rounded-md border-(length:--border-width) font-[family-name:inherit] text-sm font-medium leading-tight duration-(--duration-fast) border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:bg-surface focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
            type="button"
            aria-pressed="false"
            onClick={handleBillingMonthlyClick}
          >Monthly</button>
        )}
        {billing === 'yearly' ? (
          <button
            className="text-text bg-surface border-transparent py-xs px-md rounded-md border-(length:--border-width) shadow-sm font-[family-name:inherit] text-sm font-semibold leading-tight duration-(--duration-fast) border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:text-text focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
            type="button"
            aria-pressed="true"
          >Yearly · save 20%</button>
        ) : (
          <button
            className="text-text bg-transparent border-transparent py-xs px-md rounded-md border-(length:--border-width) font-[family-name:inherit] text-sm font-medium leading-tight duration-(--duration-fast) border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:bg-surface focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
            type="button"
            aria-pressed="false"
            onClick={handleBillingYearlyClick}
          >Yearly · save 20%</button>
        )}
      </div>
      <ul className="p-0 m-0 gap-lg grid items-stretch grid-cols-[minmax(0,1fr)] list-none md:grid-cols-3 lg:grid-cols-3">
        {planItems.map((item) => (
          <li
            key={item.id}
            className="text-text bg-surface border-border p-lg gap-md rounded-lg border-(length:--border-width) shadow-sm flex relative flex-col border-solid box-border"
          >
            {item.featured && (
              <span
                className="border-primary rounded-lg border-(length:--border-width) shadow-lg absolute inset-0 border-solid pointer-events-none"
                aria-hidden="true"
              />
            )}
            <div className="gap-sm flex flex-wrap items-center justify-between">
              <h3 className="text-text m-0 font-heading text-lg font-bold leading-tight">{item.name}</h3>
              {item.featured && (
                <span className="text-on-primary bg-primary py-xs px-sm gap-xs rounded-full text-xs font-semibold leading-tight inline-flex items-center whitespace-nowrap">Most popular</span>
              )}
            </div>
            <p className="text-text-muted m-0 font-base text-sm leading-normal">{item.description}</p>
            <p className="m-0 gap-xs flex items-baseline">
              <span className="text-text m-0 font-heading text-3xl font-bold leading-tight">{billing === 'yearly' ? item.yearly : item.monthly}</span>
              <span className="text-text-muted m-0 font-base text-sm leading-normal">/month</span>
            </p>
            <ul className="p-0 m-0 gap-sm flex flex-col grow list-none">
              <li className="text-text m-0 gap-sm font-base text-sm leading-normal flex items-start"><span className="text-primary inline-flex shrink-0"><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path d="M20 6 9 17l-5-5" /></svg></span>{item.feature1}</li>
              <li className="text-text m-0 gap-sm font-base text-sm leading-normal flex items-start"><span className="text-primary inline-flex shrink-0"><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path d="M20 6 9 17l-5-5" /></svg></span>{item.feature2}</li>
              <li className="text-text m-0 gap-sm font-base text-sm leading-normal flex items-start"><span className="text-primary inline-flex shrink-0"><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path d="M20 6 9 17l-5-5" /></svg></span>{item.feature3}</li>
              <li className="text-text m-0 gap-sm font-base text-sm leading-normal flex items-start"><span className="text-primary inline-flex shrink-0"><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path d="M20 6 9 17l-5-5" /></svg></span>{item.feature4}</li>
            </ul>
            {item.featured ? (
              <button
                className="text-on-primary bg-primary border-transparent py-sm px-md gap-xs rounded-md border-(length:--border-width) shadow-none font-base text-md font-semibold leading-tight duration-(--duration-fast) inline-flex items-center justify-center w-full no-underline whitespace-nowrap border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] select-none hover:bg-primary-hover focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
                type="button"
                onClick={() => handlePlanCtaFeaturedClick(item)}
              >{item.cta}</button>
            ) : (
              <button
                className="text-primary bg-transparent border-primary py-sm px-md gap-xs rounded-md border-(length:--border-width) font-base text-md font-semibold leading-tight duration-(--duration-fast) inline-flex items-center justify-center w-full no-underline whitespace-nowrap border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] select-none hover:text-on-primary hover:bg-primary focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
                type="button"
                onClick={() => handlePlanCtaClick(item)}
              >{item.cta}</button>
            )}
          </li>
        ))}
      </ul>
      <p className="text-text-muted m-0 font-base text-sm leading-normal text-center">Prices in USD. Taxes may apply.</p>
    </section>
  );
}

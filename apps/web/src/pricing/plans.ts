/** The plans as sold (PRODUCT.md "Plans"): prices in US dollars per month. Pure data and formatting. */
import type { Lang } from '../lib/i18n';

export type PlanId = 'free' | 'pro' | 'enterprise';
export type Billing = 'monthly' | 'yearly';

export interface Plan {
  id: PlanId;
  /** Price per month for each billing period (Enterprise: per team). */
  monthlyPrice: Record<Billing, number>;
  /** Where the plan's call to action leads. */
  href: string;
}

export const SALES_EMAIL = 'sales@anclora.com';

export const PLANS: readonly Plan[] = [
  { id: 'free', monthlyPrice: { monthly: 0, yearly: 0 }, href: '/signup' },
  // Billing checkout is not built yet: the trial starts with an account.
  { id: 'pro', monthlyPrice: { monthly: 19, yearly: 15 }, href: '/signup?plan=pro' },
  { id: 'enterprise', monthlyPrice: { monthly: 199, yearly: 199 }, href: `mailto:${SALES_EMAIL}?subject=${encodeURIComponent('Anclora Render Enterprise')}` },
];

/** What a year costs when billed yearly (the monthly rate times twelve). */
export const yearlyTotal = (plan: Plan): number => plan.monthlyPrice.yearly * 12;

/** Whole-percent saving of yearly over monthly billing (0 when there is none). */
export function yearlySavingsPercent(plan: Plan): number {
  const { monthly, yearly } = plan.monthlyPrice;
  return monthly > 0 ? Math.round((1 - yearly / monthly) * 100) : 0;
}

/** The best yearly saving across the plans, for the billing switch's label. */
export const bestYearlySavings = (plans: readonly Plan[] = PLANS): number => Math.max(0, ...plans.map(yearlySavingsPercent));

const LOCALES: Record<Lang, string> = { en: 'en-US', es: 'es-ES' };

/** A price in US dollars for the UI's language, without cents when it is whole ("$19", "19 US$"). */
export function formatPrice(amount: number, lang: Lang): string {
  const whole = Number.isInteger(amount);
  return new Intl.NumberFormat(LOCALES[lang], {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  }).format(amount);
}

import { describe, expect, it } from 'vitest';
import { bestYearlySavings, formatPrice, PLANS, yearlySavingsPercent, yearlyTotal } from './plans';

const plan = (id: string) => PLANS.find((p) => p.id === id)!;

describe('plans', () => {
  it('holds the prices as sold', () => {
    expect(plan('free').monthlyPrice).toEqual({ monthly: 0, yearly: 0 });
    expect(plan('pro').monthlyPrice).toEqual({ monthly: 19, yearly: 15 });
    expect(plan('enterprise').monthlyPrice.monthly).toBe(199);
    expect(plan('free').href).toBe('/signup');
    expect(plan('pro').href).toBe('/signup?plan=pro');
    expect(plan('enterprise').href).toMatch(/^mailto:sales@anclora\.com\?subject=/);
  });

  it('computes the yearly total and saving', () => {
    expect(yearlyTotal(plan('pro'))).toBe(180);
    expect(yearlySavingsPercent(plan('pro'))).toBe(21);
    expect(yearlySavingsPercent(plan('free'))).toBe(0);
    expect(yearlySavingsPercent(plan('enterprise'))).toBe(0);
    expect(bestYearlySavings()).toBe(21);
    expect(bestYearlySavings([])).toBe(0);
  });

  it('formats whole prices without cents, per language', () => {
    expect(formatPrice(19, 'en')).toBe('$19');
    expect(formatPrice(1999, 'en')).toBe('$1,999');
    expect(formatPrice(0, 'en')).toBe('$0');
    expect(formatPrice(12.5, 'en')).toBe('$12.50');
    // Intl separates the amount and the sign with a no-break space in Spanish.
    expect(formatPrice(15, 'es').replace(/\s/g, ' ')).toBe('15 US$');
  });
});

import { useT } from '../app/prefs';
import { bestYearlySavings, type Billing } from './plans';

/** Monthly / yearly as a native radio group: arrow keys move between the two, the legend names it. */
export function BillingSwitch({ value, onChange }: { value: Billing; onChange(next: Billing): void }) {
  const t = useT();
  const options: Array<{ value: Billing; label: string }> = [
    { value: 'monthly', label: t('pricing.monthly') },
    { value: 'yearly', label: `${t('pricing.yearly')} (${t('pricing.yearlySave', { n: bestYearlySavings() })})` },
  ];
  return (
    <fieldset className="billing-switch">
      <legend className="billing-switch__legend">{t('pricing.billing')}</legend>
      <div className="billing-switch__options">
        {options.map((option) => (
          <label key={option.value} className="billing-switch__option">
            <input type="radio" name="billing" value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

import { useT } from '../app/prefs';
import type { MessageKey } from '../lib/i18n';
import { planNameKey } from './PlanCard';
import { PLANS } from './plans';

type Cell = MessageKey | boolean;

// Rows: feature → [free, pro, enterprise]; true/false are "included"/"not included".
const ROWS: Array<[MessageKey, [Cell, Cell, Cell]]> = [
  ['pricing.row.generations', ['pricing.cell.free.generations', 'pricing.cell.unlimited', 'pricing.cell.unlimited']],
  ['pricing.row.designSystems', ['pricing.cell.three', 'pricing.cell.unlimitedShort', 'pricing.cell.unlimitedShort']],
  ['pricing.row.quality', [true, true, true]],
  ['pricing.row.providers', ['pricing.cell.defaultProvider', 'pricing.cell.anyProvider', 'pricing.cell.anyProvider']],
  ['pricing.row.trial', [false, 'pricing.cell.trialDays', false]],
  ['pricing.row.teams', [false, false, true]],
];

/** The plans side by side: a real table, one column per plan, one row header per feature. */
export function ComparisonTable() {
  const t = useT();
  return (
    <section className="pricing-compare" aria-labelledby="pricing-compare-title">
      <h2 id="pricing-compare-title">{t('pricing.compare')}</h2>
      {/* Scrolls sideways on narrow screens; focusable so keyboard users can scroll it too. */}
      <div className="pricing-compare__scroll" role="region" aria-labelledby="pricing-compare-title" tabIndex={0}>
        <table className="pricing-compare__table">
          <thead>
            <tr>
              <th scope="col">{t('pricing.feature')}</th>
              {PLANS.map((plan) => (
                <th key={plan.id} scope="col">
                  {t(planNameKey(plan.id))}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ROWS.map(([feature, cells]) => (
              <tr key={feature}>
                <th scope="row">{t(feature)}</th>
                {cells.map((cell, i) => (
                  <td key={PLANS[i]!.id}>{typeof cell === 'boolean' ? <Mark included={cell} /> : t(cell)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Mark({ included }: { included: boolean }) {
  const t = useT();
  return (
    <>
      <span aria-hidden="true" className={included ? 'pricing-compare__yes' : 'pricing-compare__no'}>
        {included ? '✓' : '—'}
      </span>
      <span className="visually-hidden">{t(included ? 'pricing.cell.included' : 'pricing.cell.notIncluded')}</span>
    </>
  );
}

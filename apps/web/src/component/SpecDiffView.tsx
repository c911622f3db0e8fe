import { useT } from '../app/prefs';
import type { SpecDiff } from './spec-diff';

interface SpecDiffViewProps {
  diff: SpecDiff;
  from: number;
  to: number;
}

/**
 * A unified diff of two specs. Added and removed lines carry a sign and a
 * word (for screen readers) as well as a colour, and sit in <ins>/<del>.
 */
export function SpecDiffView({ diff, from, to }: SpecDiffViewProps) {
  const t = useT();
  return (
    <div className="spec-diff" data-testid="spec-diff">
      <h3>{t('component.diffHeading', { from, to })}</h3>
      <p className="small">{diff.added + diff.removed === 0 ? t('component.diffNone') : t('component.diffSummary', { added: diff.added, removed: diff.removed })}</p>
      {diff.added + diff.removed > 0 && (
        // Focusable so a keyboard user can scroll a long diff.
        <div className="spec-diff__lines" role="region" aria-label={t('component.diffLabel', { from, to })} tabIndex={0}>
          {diff.rows.map((row, i) => {
            if (row.kind === 'skipped') {
              return (
                <div key={i} className="spec-diff__line spec-diff__line--skipped">
                  <span className="spec-diff__sign" aria-hidden="true">
                    ⋯
                  </span>
                  <span>{t('component.skipped', { n: row.count })}</span>
                </div>
              );
            }
            const sign = row.kind === 'added' ? '+' : row.kind === 'removed' ? '−' : ' ';
            const Tag = row.kind === 'added' ? 'ins' : row.kind === 'removed' ? 'del' : 'span';
            return (
              <div key={i} className={`spec-diff__line spec-diff__line--${row.kind}`} data-kind={row.kind}>
                <span className="spec-diff__num" aria-hidden="true">
                  {row.oldLine ?? ''}
                </span>
                <span className="spec-diff__num" aria-hidden="true">
                  {row.newLine ?? ''}
                </span>
                <span className="spec-diff__sign" aria-hidden="true">
                  {sign}
                </span>
                <Tag className="spec-diff__text">
                  {row.kind !== 'context' && <span className="visually-hidden">{row.kind === 'added' ? t('component.added') : t('component.removed')}: </span>}
                  {row.text}
                </Tag>
              </div>
            );
          })}
        </div>
      )}
    </div>
  );
}

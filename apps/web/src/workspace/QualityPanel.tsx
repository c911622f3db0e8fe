import { usePrefs } from '../app/prefs';
import type { QualityReport } from '../lib/anclora-api';
import type { PreviewPerf } from '../lib/preview-protocol';
import { formatPerf } from './perf-format';
import type { AuditResult } from './PreviewPane';

interface QualityPanelProps {
  audit: AuditResult | null;
  /** True once a preview is on screen (the audit is then pending until it arrives). */
  previewing: boolean;
  quality: QualityReport | null;
  /** The preview's measured performance (null until it is ready). */
  perf?: PreviewPerf | null;
  onHighlight?: (selector: string) => void;
}

/** Measured accessibility (axe in the preview) and the engine's quality report. */
export function QualityPanel({ audit, previewing, quality, perf, onHighlight }: QualityPanelProps) {
  const { t, lang } = usePrefs();
  if (!quality && !previewing) {
    return (
      <section className="panel quality" aria-labelledby="quality-title">
        <h2 id="quality-title">{t('quality.title')}</h2>
        <p className="muted">{t('quality.none')}</p>
      </section>
    );
  }
  const failing = quality?.contrast.pairs.filter((p) => !p.passes) ?? [];
  const passing = quality?.contrast.pairs.filter((p) => p.passes) ?? [];
  const figures = perf ? formatPerf(perf, lang) : null;
  return (
    <section className="panel quality" aria-labelledby="quality-title">
      <h2 id="quality-title">{t('quality.title')}</h2>

      <h3>{t('quality.a11yMeasured')}</h3>
      {!audit ? (
        <p className="muted" role="status">
          {t('quality.a11yPending')}
        </p>
      ) : (
        <>
          <p role="status" className={`notice ${audit.violations.length === 0 ? 'notice--good' : 'notice--bad'}`} data-testid="audit-summary">
            {t('quality.a11yScore', { passes: audit.passes, violations: audit.violations.length })}
          </p>
          {audit.violations.length === 0 ? (
            <p>{t('quality.noViolations')}</p>
          ) : (
            <ul className="finding-list">
              {audit.violations.map((v) => (
                <li key={v.id}>
                  <span className={`badge badge--${v.impact === 'critical' || v.impact === 'serious' ? 'bad' : 'warn'}`}>{v.impact ?? '—'}</span>{' '}
                  <strong>{v.help}</strong> <code>{v.id}</code>
                  <ul className="selector-list">
                    {v.targets.map((selector) => (
                      <li key={selector}>
                        {t('quality.selector')}: <code>{selector}</code>{' '}
                        {onHighlight && (
                          <button type="button" className="button button--small button--link" onClick={() => onHighlight(selector)}>
                            {t('quality.highlight')}
                          </button>
                        )}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          )}
        </>
      )}

      {previewing && (
        <>
          <h3>{t('quality.perf')}</h3>
          {!figures ? (
            <p className="muted">{t('quality.perfPending')}</p>
          ) : (
            <dl className="perf-figures" data-testid="perf-figures">
              <div>
                <dt>{t('quality.perfRender')}</dt>
                <dd>{figures.renderMs} ms</dd>
              </div>
              <div>
                <dt>{t('quality.perfNodes')}</dt>
                <dd>{figures.domNodes}</dd>
              </div>
              <div>
                <dt>{t('quality.perfCss')}</dt>
                <dd>{figures.cssKb} kB</dd>
              </div>
              <div>
                <dt>{t('quality.perfJs')}</dt>
                <dd>{figures.jsKb} kB</dd>
              </div>
              <div>
                <dt>{t('quality.perfCls')}</dt>
                <dd>{figures.layoutShift}</dd>
              </div>
            </dl>
          )}
        </>
      )}

      {quality && (
        <>
          <h3>{t('quality.engine')}</h3>
          <p>
            <strong>{t('quality.score', { score: quality.score })}</strong>
          </p>
          <p>{t('quality.tokens', { pct: Math.round(quality.tokenCompliance.ratio * 1000) / 10 })}</p>
          <meter className="meter" min={0} max={1} low={0.8} high={0.95} optimum={1} value={quality.tokenCompliance.ratio} aria-label={t('quality.tokens', { pct: Math.round(quality.tokenCompliance.ratio * 100) })} />
          {quality.tokenCompliance.literals.length > 0 && (
            <details>
              <summary>
                {t('quality.literals')} ({quality.tokenCompliance.literals.length})
              </summary>
              <ul className="finding-list">
                {quality.tokenCompliance.literals.map((l) => (
                  <li key={`${l.path}-${l.property}-${l.value}`}>
                    <code>{l.property}: {l.value}</code> <span className="muted small">{l.path}</span>
                    {l.suggestion && <span className="small"> — {t('quality.suggest', { token: l.suggestion })}</span>}
                  </li>
                ))}
              </ul>
            </details>
          )}
          <details>
            <summary>
              {t('quality.contrast')} ({failing.length} {t('quality.contrastFail')}, {passing.length} {t('quality.contrastPass')})
            </summary>
            <ul className="finding-list">
              {[...failing, ...passing].map((p) => (
                <li key={`${p.path}-${p.state}`}>
                  <span className="swatch" style={{ background: p.backgroundColor, color: p.foregroundColor }} aria-hidden="true">
                    Aa
                  </span>{' '}
                  <strong>{p.ratio.toFixed(2)}:1</strong> ({p.passes ? t('quality.contrastPass') : t('quality.contrastFail')} ≥ {p.required}:1) <code>{p.foreground}</code> / <code>{p.background}</code>{' '}
                  <span className="muted small">
                    {p.path} · {p.state}
                  </span>
                </li>
              ))}
            </ul>
          </details>
          <h4>{t('quality.issues')}</h4>
          {quality.accessibility.issues.length === 0 ? (
            <p className="muted">{t('quality.noIssues')}</p>
          ) : (
            <ul className="finding-list">
              {quality.accessibility.issues.map((issue) => (
                <li key={`${issue.rule}-${issue.path}`}>
                  <span className={`badge badge--${issue.severity === 'error' ? 'bad' : 'warn'}`}>{issue.severity}</span> {issue.message}{' '}
                  <span className="muted small">
                    <code>{issue.path}</code>
                    {issue.wcag ? ` · WCAG ${issue.wcag}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

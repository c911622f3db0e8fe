import { useCallback, useEffect, useRef, useState } from 'react';
import { usePrefs } from '../app/prefs';
import { errorMessage, HttpError } from '../lib/http';
import type { componentApi, DiffView, RenderView } from './component-api';
import { DiffViewer } from './DiffViewer';
import { formatRatio, overallVerdict, pollRender, RenderTimeoutError } from './render-job';

interface VisualRegressionPanelProps {
  api: ReturnType<typeof componentApi>;
  target: string;
  targetLabel: string;
}

type Job =
  | { kind: 'idle' }
  | { kind: 'rendering'; status: RenderView['status'] }
  | { kind: 'approving' }
  | { kind: 'done'; text: string }
  | { kind: 'unavailable' }
  | { kind: 'failed'; text: string };

const isBrowserUnavailable = (cause: unknown) => cause instanceof HttpError && (cause.code === 'BROWSER_UNAVAILABLE' || cause.status === 503);

/** Render now, approve as baseline, and the per-viewport visual diff with its viewer. */
export function VisualRegressionPanel({ api, target, targetLabel }: VisualRegressionPanelProps) {
  const { t, lang } = usePrefs();
  const [diff, setDiff] = useState<DiffView | null>(null);
  const [diffError, setDiffError] = useState<string | null>(null);
  const [job, setJob] = useState<Job>({ kind: 'idle' });
  const [viewport, setViewport] = useState<number | null>(null);
  const [reload, setReload] = useState(0);
  const abort = useRef<AbortController | null>(null);

  useEffect(() => () => abort.current?.abort(), []);

  useEffect(() => {
    let live = true;
    setDiffError(null);
    api.diff(target).then(
      (body) => live && setDiff(body),
      (cause: unknown) => live && setDiffError(errorMessage(cause)),
    );
    return () => {
      live = false;
    };
  }, [api, target, reload]);

  // A new target starts over: its renders and baselines are its own.
  useEffect(() => {
    abort.current?.abort();
    setJob({ kind: 'idle' });
    setDiff(null);
  }, [target]);

  const busy = job.kind === 'rendering' || job.kind === 'approving';

  const renderNow = useCallback(async () => {
    if (busy) return;
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setJob({ kind: 'rendering', status: 'queued' });
    try {
      const { id } = await api.startRender(target);
      const render = await pollRender(api.render, id, { signal: controller.signal, onUpdate: (r) => !controller.signal.aborted && setJob({ kind: 'rendering', status: r.status }) });
      if (controller.signal.aborted) return;
      if (render.status === 'failed') {
        setJob(render.error?.code === 'BROWSER_UNAVAILABLE' ? { kind: 'unavailable' } : { kind: 'failed', text: t('component.status.failed', { message: render.error?.message ?? render.error?.code ?? '' }) });
      } else setJob({ kind: 'done', text: t('component.status.succeeded') });
      setReload((n) => n + 1);
    } catch (cause) {
      if (controller.signal.aborted) return;
      if (isBrowserUnavailable(cause)) setJob({ kind: 'unavailable' });
      else if (cause instanceof RenderTimeoutError) setJob({ kind: 'failed', text: t('component.status.timeout') });
      else setJob({ kind: 'failed', text: t('component.status.failed', { message: errorMessage(cause) }) });
    }
  }, [api, busy, t, target]);

  const approve = useCallback(async () => {
    if (busy || !diff?.render) return;
    setJob({ kind: 'approving' });
    try {
      const { baselines } = await api.approve(target, diff.render.id);
      setJob({ kind: 'done', text: t('component.approved', { v: diff.render.version, n: baselines.length }) });
      setReload((n) => n + 1);
    } catch (cause) {
      setJob({ kind: 'failed', text: t('component.approveFailed', { message: errorMessage(cause) }) });
    }
  }, [api, busy, diff, t, target]);

  const compared = diff?.viewports.filter((v) => v.diff) ?? [];
  const shown = compared.find((v) => v.viewport === viewport) ?? compared[0];
  const verdict = diff ? overallVerdict(diff.viewports) : 'none';
  const statusText =
    job.kind === 'rendering'
      ? t(job.status === 'queued' ? 'component.status.queued' : 'component.status.running')
      : job.kind === 'approving'
        ? t('component.approving')
        : job.kind === 'done' || job.kind === 'failed'
          ? job.text
          : '';
  const baselineOf = (vp: number) => diff?.baselines.find((b) => b.viewport === vp)?.screenshotUrl;

  return (
    <section className="panel visual" aria-labelledby="visual-title">
      <h2 id="visual-title">{t('component.visualTitle')}</h2>
      <p className="muted small">{t('component.visualLead', { target: targetLabel })}</p>
      <div className="actions">
        <button type="button" className="button button--primary" aria-disabled={busy} onClick={() => void renderNow()}>
          {job.kind === 'rendering' && <span className="spinner" aria-hidden="true" />}
          {t('component.renderNow')}
        </button>
        {diff?.render && (
          <button type="button" className="button" aria-disabled={busy} onClick={() => void approve()}>
            {t('component.approve')}
          </button>
        )}
      </div>
      <p role="status" data-testid="visual-status" className={job.kind === 'failed' ? 'notice notice--bad' : statusText ? 'notice notice--info' : 'component-status'}>
        {statusText}
      </p>
      {job.kind === 'unavailable' && (
        <p className="notice notice--warn" role="alert">
          {t('component.browserUnavailable')}
        </p>
      )}

      {diffError ? (
        <div className="notice notice--bad" role="alert">
          <p>{t('component.diffError', { message: diffError })}</p>
          <button type="button" className="button button--small" onClick={() => setReload((n) => n + 1)}>
            {t('common.retry')}
          </button>
        </div>
      ) : !diff ? (
        <p className="muted" role="status">
          {t('component.diffLoading')}
        </p>
      ) : !diff.render ? (
        <p className="muted">{t('component.noRenders')}</p>
      ) : (
        <>
          <p className="small">{t('component.latestRender', { v: diff.render.version, date: new Date(diff.render.createdAt).toLocaleString(lang, { dateStyle: 'medium', timeStyle: 'short' }) })}</p>
          {diff.baselines.length === 0 ? (
            <p className="notice notice--info">{t('component.noBaseline', { v: diff.render.version })}</p>
          ) : !shown?.diff ? (
            <p className="notice notice--info">{t('component.noComparison', { v: diff.render.version })}</p>
          ) : (
            <>
              <p className={`notice ${verdict === 'pass' ? 'notice--good' : 'notice--bad'}`} data-testid="visual-overall">
                <span className={`badge badge--${verdict === 'pass' ? 'good' : 'bad'}`}>{verdict === 'pass' ? t('component.verdictPass') : t('component.verdictFail')}</span>{' '}
                {verdict === 'pass' ? t('component.overallPass') : t('component.overallFail')}
              </p>
              <div className="segmented" role="group" aria-label={t('component.viewport')}>
                {compared.map((v) => (
                  <button key={v.viewport} type="button" aria-pressed={v.viewport === shown.viewport} onClick={() => setViewport(v.viewport)}>
                    {t('component.viewportButton', { n: v.viewport })}
                    <span className="visually-hidden">: {v.diff!.passed ? t('component.verdictPass') : t('component.verdictFail')}</span>
                  </button>
                ))}
              </div>
              <dl className="facts visual__facts" data-testid="visual-facts">
                <div>
                  <dt>{t('component.changedPixels')}</dt>
                  <dd data-testid="visual-pixels">{shown.diff.changedPixels.toLocaleString(lang)}</dd>
                </div>
                <div>
                  <dt>{t('component.ratio')}</dt>
                  <dd data-testid="visual-ratio" data-ratio={shown.diff.ratio}>
                    {formatRatio(shown.diff.ratio, lang)}
                  </dd>
                </div>
                <div>
                  <dt>{t('component.threshold')}</dt>
                  <dd data-testid="visual-threshold" data-threshold={shown.diff.threshold}>
                    {formatRatio(shown.diff.threshold, lang)}
                  </dd>
                </div>
                <div>
                  <dt>{t('component.verdict')}</dt>
                  <dd data-testid="visual-verdict">
                    <span className={`badge badge--${shown.diff.passed ? 'good' : 'bad'}`}>{shown.diff.passed ? t('component.verdictPass') : t('component.verdictFail')}</span>
                  </dd>
                </div>
              </dl>
              <DiffViewer
                viewport={shown.viewport}
                baselineUrl={shown.diff.baselineUrl ?? baselineOf(shown.viewport) ?? ''}
                currentUrl={shown.screenshotUrl}
                diffUrl={shown.diff.diffUrl}
              />
            </>
          )}
        </>
      )}
    </section>
  );
}

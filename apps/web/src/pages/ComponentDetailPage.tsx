import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useAuth } from '../app/auth';
import { usePrefs, useTitle } from '../app/prefs';
import { componentApi } from '../component/component-api';
import { ExportPanel } from '../component/ExportPanel';
import { SharePanel } from '../component/SharePanel';
import { VersionsPanel } from '../component/VersionsPanel';
import { VisualRegressionPanel } from '../component/VisualRegressionPanel';
import type { CompiledOutput, ComponentDetail, ComponentView, Target } from '../lib/anclora-api';
import { asHttpError, errorMessage, type HttpError } from '../lib/http';
import { loadTargets } from '../TargetList';
import { CodePanel } from '../workspace/CodePanel';
import { PreviewPane, type AuditResult } from '../workspace/PreviewPane';
import { QualityPanel } from '../workspace/QualityPanel';
import type { PreviewPerf } from '../lib/preview-protocol';
import { usePreview } from '../workspace/usePreview';
import '../component/component.css';

/**
 * One saved component: live preview, code and quality for the chosen target;
 * sharing and embedding; export (copy, zip, CodePen); its versions with a
 * diff between any two and restore; and visual regression against a baseline.
 */
export default function ComponentDetailPage() {
  const { t } = usePrefs();
  const { id = '' } = useParams();
  const auth = useAuth();
  const [detail, setDetail] = useState<ComponentDetail | null>(null);
  const [error, setError] = useState<HttpError | null>(null);
  const [targets, setTargets] = useState<Target[]>([]);
  const [target, setTarget] = useState('react-css');
  const [code, setCode] = useState<CompiledOutput | null>(null);
  const [codeError, setCodeError] = useState<string | null>(null);
  const [audit, setAudit] = useState<AuditResult | null>(null);
  const [perf, setPerf] = useState<PreviewPerf | null>(null);
  const [attempt, setAttempt] = useState(0);
  const preview = usePreview();
  const { build } = preview;
  const api = useMemo(() => componentApi(auth.request, id), [auth.request, id]);
  useTitle(detail?.component.name ?? t('list.title'));

  useEffect(() => {
    loadTargets().then(setTargets, () => undefined);
  }, []);

  useEffect(() => {
    if (auth.status === 'checking') return;
    let live = true;
    setError(null);
    auth.request<ComponentDetail>(`/api/components/${encodeURIComponent(id)}`).then(
      (body) => live && setDetail(body),
      (cause: unknown) => live && setError(asHttpError(cause)),
    );
    return () => {
      live = false;
    };
  }, [auth, auth.status, id, attempt]);

  const version = detail?.component.version;
  useEffect(() => {
    if (!detail) return;
    let live = true;
    setCodeError(null);
    auth.request<CompiledOutput>(`/api/components/${encodeURIComponent(id)}/code?target=${encodeURIComponent(target)}`).then(
      (body) => live && setCode(body),
      (cause: unknown) => live && setCodeError(errorMessage(cause)),
    );
    void build({ componentId: id }, target);
    return () => {
      live = false;
    };
    // Rebuild for a new target or version, not for a share toggle.
  }, [id, target, version, Boolean(detail)]);

  // Share and restore answer without canEdit (only GET says who may edit); it stays as the page last read it.
  const onShared = useCallback((component: ComponentView) => setDetail((d) => (d ? { ...d, component: { ...component, canEdit: d.component.canEdit } } : d)), []);
  const onRestored = useCallback((next: ComponentDetail) => setDetail((d) => ({ ...next, component: { ...next.component, canEdit: d?.component.canEdit } })), []);

  if (error) {
    return (
      <div className="container page">
        <h1>{t('list.title')}</h1>
        <div className="notice notice--bad" role="alert">
          <p>{error.status === 404 || error.status === 401 ? t('detail.notFound') : error.status === 0 ? `${t('err.network')} ${t('common.offlineHint')}` : t('common.error', { message: error.message })}</p>
          <p className="actions">
            {error.status !== 404 && (
              <button type="button" className="button" onClick={() => setAttempt((n) => n + 1)}>
                {t('common.retry')}
              </button>
            )}
            <Link to="/components">{t('detail.back')}</Link>
          </p>
        </div>
      </div>
    );
  }
  if (!detail) {
    return (
      <div className="container page">
        <p role="status" className="muted">
          {t('common.loading')}
        </p>
      </div>
    );
  }

  const { component } = detail;
  // The API says whether the caller owns it: anyone else (signed in or not) sees a public component read-only,
  // without the panels whose calls the API would refuse (share, render and baseline, versions, refine).
  const owner = component.canEdit === true;
  const targetLabel = targets.find((tg) => tg.id === target)?.label ?? target;
  return (
    <div className="container container--wide page component-page">
      <p>
        <Link to="/components">← {t('detail.back')}</Link>
      </p>
      <h1>{component.name}</h1>
      {component.description && <p className="muted">{component.description}</p>}
      <p className="small muted" data-testid="component-version">
        {t('list.version', { v: component.version })}
      </p>
      <div className="workspace__grid">
        <div className="workspace__side">
          {owner && <SharePanel component={component} onChange={onShared} />}
          <ExportPanel componentId={component.id} name={component.name} description={component.description} target={target} targets={targets} onTarget={setTarget} code={code} />
          <QualityPanel audit={audit} previewing={preview.url !== null} perf={perf} quality={detail.quality} />
        </div>
        <div className="workspace__main">
          <PreviewPane url={preview.url} loading={preview.loading} error={preview.error} name={component.name} onAudit={setAudit} onPerf={setPerf} />
          {owner && <VisualRegressionPanel api={api} target={target} targetLabel={targetLabel} />}
          {codeError && (
            <p className="notice notice--bad" role="alert">
              {codeError}
            </p>
          )}
          <CodePanel files={code?.files ?? []} specText={JSON.stringify(detail.spec, null, 2)} idPrefix="detail-code" />
          {owner && <VersionsPanel api={api} currentVersion={component.version} onRestored={onRestored} />}
        </div>
      </div>
    </div>
  );
}

import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useAuth } from '../app/auth';
import { usePrefs, useTitle } from '../app/prefs';
import type { CompiledOutput, ComponentDetail, Target } from '../lib/anclora-api';
import { HttpError } from '../lib/http';
import { loadTargets } from '../TargetList';
import { CodePanel } from '../workspace/CodePanel';
import { PreviewPane, type AuditResult } from '../workspace/PreviewPane';
import { QualityPanel } from '../workspace/QualityPanel';
import { usePreview } from '../workspace/usePreview';

/** One saved component: spec, quality, code per target, live preview and the share switch. */
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
  const [sharing, setSharing] = useState(false);
  const [shareError, setShareError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const preview = usePreview();
  const { build } = preview;
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
      (cause: unknown) => live && setError(cause instanceof HttpError ? cause : new HttpError(0, 'NETWORK_ERROR', String(cause))),
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
      (cause: unknown) => live && setCodeError(cause instanceof Error ? cause.message : String(cause)),
    );
    void build({ componentId: id }, target);
    return () => {
      live = false;
    };
    // Rebuild for a new target or version, not for a share toggle.
  }, [id, target, version, Boolean(detail)]);

  const toggleShare = useCallback(async () => {
    if (!detail || sharing) return;
    setSharing(true);
    setShareError(null);
    try {
      const component = await auth.request<ComponentDetail['component']>(`/api/components/${encodeURIComponent(id)}`, {
        method: 'PATCH',
        body: { isPublic: !detail.component.isPublic },
      });
      setDetail({ ...detail, component });
    } catch (cause) {
      setShareError(cause instanceof Error ? cause.message : String(cause));
    } finally {
      setSharing(false);
    }
  }, [auth, detail, id, sharing]);

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
  const owner = auth.status === 'signed-in';
  const shareUrl = `${location.origin}/share/${component.id}`;
  return (
    <div className="container container--wide page">
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
          {owner && (
            <section className="panel" aria-labelledby="share-title">
              <h2 id="share-title" className="h3">
                {t('detail.share')}
              </h2>
              <button type="button" role="switch" className="switch" aria-checked={component.isPublic} aria-labelledby="share-title" onClick={() => void toggleShare()}>
                <span className="switch__track" aria-hidden="true">
                  <span className="switch__thumb" />
                </span>
              </button>
              {component.isPublic ? (
                <p>
                  {t('detail.shareOn')} <a href={shareUrl}>{shareUrl}</a>
                </p>
              ) : (
                <p className="muted">{t('detail.shareOff')}</p>
              )}
              {shareError && (
                <p className="notice notice--bad" role="alert">
                  {shareError}
                </p>
              )}
              <p>
                <Link to={`/workspace?component=${component.id}`}>{t('detail.openWorkspace')}</Link>
              </p>
            </section>
          )}
          <div className="panel">
            <label htmlFor="detail-target">{t('ws.target')}</label>
            <select id="detail-target" value={target} onChange={(e) => setTarget(e.target.value)}>
              {(targets.length ? targets : [{ id: target, label: target } as Target]).map((tg) => (
                <option key={tg.id} value={tg.id}>
                  {tg.label}
                </option>
              ))}
            </select>
          </div>
          <QualityPanel audit={audit} previewing={preview.url !== null} quality={detail.quality} />
        </div>
        <div className="workspace__main">
          <PreviewPane url={preview.url} loading={preview.loading} error={preview.error} name={component.name} onAudit={setAudit} />
          {codeError && (
            <p className="notice notice--bad" role="alert">
              {codeError}
            </p>
          )}
          <CodePanel files={code?.files ?? []} specText={JSON.stringify(detail.spec, null, 2)} idPrefix="detail-code" />
        </div>
      </div>
    </div>
  );
}

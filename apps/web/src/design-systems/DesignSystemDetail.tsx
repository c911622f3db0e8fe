import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useAuth } from '../app/auth';
import { usePrefs, useTitle } from '../app/prefs';
import type { HttpError } from '../lib/http';
import { ApiErrorNotice } from './ApiErrorNotice';
import { asHttpError, getDesignSystem, type DesignSystemDetail as Detail, type DesignSystemView, type SavedDesignSystem } from './design-systems-api';
import { ExportPanel } from './ExportPanel';
import { isImportFormat } from './formats';
import { ManageDesignSystem } from './ManageDesignSystem';
import { TokenTable } from './TokenTable';

interface DetailProps {
  id: string;
  /** What the last import or copy answered, shown on its own detail (which roles were filled in). */
  saved: SavedDesignSystem | null;
  /** Move focus to the heading once loaded (after a choice in the list, not on a bookmark's first load). */
  focusOnLoad: boolean;
  onRenamed(saved: SavedDesignSystem): void;
  onDeleted(system: DesignSystemView): void;
}

/** One design system: its tokens, export, the workspace link, and rename/delete when it is yours. */
export function DesignSystemDetail({ id, saved, focusOnLoad, onRenamed, onDeleted }: DetailProps) {
  const { t } = usePrefs();
  const auth = useAuth();
  const [detail, setDetail] = useState<Detail | null>(null);
  const [error, setError] = useState<HttpError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  useTitle(detail?.name ?? t('ds.title'));

  useEffect(() => {
    if (auth.status === 'checking') return;
    let live = true;
    setError(null);
    setDetail((current) => (current?.id === id ? current : null));
    getDesignSystem(auth.request, id).then(
      (body) => live && setDetail(body),
      (cause: unknown) => live && setError(asHttpError(cause)),
    );
    return () => {
      live = false;
    };
  }, [auth.request, auth.status, id, attempt, saved?.version]);

  useEffect(() => {
    if (focusOnLoad && detail?.id === id) heading.current?.focus();
  }, [focusOnLoad, detail?.id, id]);

  if (error) {
    if (error.status === 404) {
      return (
        <div className="panel">
          <p>{t('ds.notFound')}</p>
          {auth.status === 'anonymous' && (
            <p>
              {t('ds.notFoundSignin')}{' '}
              <Link to={`/signin?next=${encodeURIComponent(`/design-systems?id=${id}`)}`}>{t('nav.signin')}</Link>
            </p>
          )}
          <p>
            <Link to="/design-systems">{t('ds.back')}</Link>
          </p>
        </div>
      );
    }
    return <ApiErrorNotice error={error} onRetry={() => setAttempt((n) => n + 1)} />;
  }
  if (!detail || detail.id !== id) {
    return (
      <p role="status" className="muted">
        {t('common.loading')}
      </p>
    );
  }

  const justSaved = saved?.id === detail.id ? saved : null;
  return (
    <article className="ds-detail" aria-labelledby="ds-detail-title" data-testid="ds-detail">
      <div className="panel__header">
        <h2 id="ds-detail-title" ref={heading} tabIndex={-1}>
          {detail.name}
        </h2>
        <Link className="button button--primary" to={`/workspace?designSystem=${encodeURIComponent(detail.id)}`}>
          {t('ds.useInWorkspace')}
        </Link>
      </div>
      <p className="small muted">
        {t('ds.tokenCount', { n: detail.tokenCount })}
        {detail.builtIn ? ` · ${t('ds.builtIn')}` : ` · ${t('ds.version', { v: detail.version })}`}
        {detail.sourceFormat && isImportFormat(detail.sourceFormat) && ` · ${t('ds.sourceFormat', { format: t(`ds.format.${detail.sourceFormat}`) })}`}
      </p>
      {justSaved && (
        <div className="notice notice--info" role="status" data-testid="ds-saved">
          <p>{t('ds.created', { name: justSaved.name })}</p>
          {justSaved.sourceFormat &&
            (justSaved.filledRoles.length > 0 ? (
              <>
                <p>{t('ds.filledRoles', { n: justSaved.filledRoles.length })}</p>
                <p className="small ds-roles">
                  {justSaved.filledRoles.map((role) => (
                    <code key={role}>{role}</code>
                  ))}
                </p>
              </>
            ) : (
              <p>{t('ds.complete')}</p>
            ))}
          {justSaved.skipped && justSaved.skipped.length > 0 && (
            <details>
              <summary>{t('ds.skipped', { n: justSaved.skipped.length })}</summary>
              <ul className="finding-list small">
                {justSaved.skipped.map((s) => (
                  <li key={s.name}>
                    <code>{s.name}</code> — {s.reason}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
      <TokenTable tokens={detail.tokens} />
      <ExportPanel systemId={detail.id} name={detail.name} version={detail.version} />
      {!detail.builtIn && (
        <ManageDesignSystem
          system={detail}
          onRenamed={(next) => {
            setDetail({ ...detail, ...next, tokens: detail.tokens });
            onRenamed(next);
          }}
          onDeleted={onDeleted}
        />
      )}
    </article>
  );
}

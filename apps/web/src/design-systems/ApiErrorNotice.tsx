import { Link } from 'react-router';
import { useT } from '../app/prefs';
import type { HttpError } from '../lib/http';

interface ApiErrorNoticeProps {
  error: HttpError;
  onRetry?: () => void;
}

/**
 * An API error with a way forward: the plan limit links to the plans, a
 * rejected token file lists each issue with the token path it is about.
 */
export function ApiErrorNotice({ error, onRetry }: ApiErrorNoticeProps) {
  const t = useT();
  if (error.code === 'PLAN_LIMIT') {
    return (
      <div className="notice notice--warn" role="alert">
        <p>{t('ds.planLimit')}</p>
        <p>
          <Link to="/pricing">{t('ds.seePlans')}</Link>
        </p>
      </div>
    );
  }
  if (error.status === 0) {
    return (
      <div className="notice notice--bad" role="alert">
        <p>
          {t('err.network')} {t('common.offlineHint')}
        </p>
        {onRetry && (
          <button type="button" className="button" onClick={onRetry}>
            {t('common.retry')}
          </button>
        )}
      </div>
    );
  }
  const input = error.status === 400 || error.status === 413 || error.status === 422;
  // The first issue usually repeats the message; list them all only when there are several or they add a path.
  const issues = error.issues.filter((issue, i) => issue.path || i > 0 || issue.message !== error.message);
  return (
    <div className="notice notice--bad" role="alert">
      <p>{input ? t('ds.rejected', { message: error.message }) : t('common.error', { message: error.message })}</p>
      {issues.length > 0 && (
        <ul className="finding-list">
          {issues.map((issue, i) => (
            <li key={i}>
              {issue.message}
              {issue.path && (
                <>
                  {' '}
                  <span className="muted small">
                    {t('ds.issueAt')} <code>{issue.path}</code>
                  </span>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <p className="small">{t('ds.errorCode', { code: error.code })}</p>
      {onRetry && !input && (
        <button type="button" className="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { usePrefs } from '../app/prefs';
import type { HttpError } from '../lib/http';

interface GenerationErrorProps {
  error: HttpError;
  signedIn: boolean;
  onRetry(): void;
}

/** A failed generation, with what to do next for each error the API can answer. */
export function GenerationError({ error, signedIn, onRetry }: GenerationErrorProps) {
  const { t, lang } = usePrefs();
  const [wait, setWait] = useState(error.code === 'RATE_LIMITED' ? (error.retryAfterSeconds ?? 60) : 0);

  useEffect(() => {
    if (wait <= 0) return;
    const timer = window.setTimeout(() => setWait((s) => s - 1), 1000);
    return () => window.clearTimeout(timer);
  }, [wait]);

  const retry = (
    <button type="button" className="button" aria-disabled={wait > 0} onClick={() => wait <= 0 && onRetry()}>
      {t('common.retry')}
    </button>
  );

  let body;
  switch (error.code) {
    case 'QUOTA_EXCEEDED':
      body = (
        <>
          <p>
            <strong>{t('err.quota')}</strong> {error.resetAt && t('err.quotaReset', { date: error.resetAt.toLocaleDateString(lang) })}
          </p>
          <p className="small">{error.message}</p>
          {signedIn ? (
            <p>{t('err.quotaUpgrade')}</p>
          ) : (
            <p>
              <Link className="button button--primary" to="/signup?next=/workspace">
                {t('err.quotaSignup')}
              </Link>
            </p>
          )}
        </>
      );
      break;
    case 'RATE_LIMITED':
      body = (
        <>
          <p>
            <strong>{wait > 0 ? t('err.rate', { n: wait }) : t('err.rateNow')}</strong>
          </p>
          {retry}
        </>
      );
      break;
    case 'PROVIDER_UNAVAILABLE':
    case 'PROVIDER_REJECTED':
      body = (
        <>
          <p>
            <strong>{t('err.provider')}</strong> {t('err.providerRetry')}
          </p>
          <p className="small">{error.message}</p>
          {retry}
        </>
      );
      break;
    case 'GENERATION_FAILED':
      body = (
        <>
          <p>
            <strong>{t('err.failed')}</strong> {error.message}
          </p>
          {error.issues.length > 0 && (
            <>
              <p>{t('err.failedReasons')}:</p>
              <ul className="finding-list">
                {error.issues.slice(0, 20).map((issue, i) => (
                  <li key={i}>
                    {issue.path && <code>{issue.path}</code>} {issue.message}
                  </li>
                ))}
              </ul>
            </>
          )}
          {retry}
        </>
      );
      break;
    case 'NETWORK_ERROR':
    case 'STREAM_INTERRUPTED':
      body = (
        <>
          <p>
            <strong>{t('err.network')}</strong> {t('common.offlineHint')}
          </p>
          {retry}
        </>
      );
      break;
    case 'UNAUTHORIZED':
      body = (
        <p>
          {t('err.signinToRefine')}{' '}
          <Link to="/signin?next=/workspace">{t('nav.signin')}</Link>
        </p>
      );
      break;
    default:
      body = (
        <>
          <p>{t('common.error', { message: error.message })}</p>
          {error.issues.length > 0 && (
            <ul className="finding-list">
              {error.issues.slice(0, 10).map((issue, i) => (
                <li key={i}>
                  {issue.path && <code>{issue.path}</code>} {issue.message}
                </li>
              ))}
            </ul>
          )}
          {retry}
        </>
      );
  }
  return (
    <div className="notice notice--bad" role="alert" data-error-code={error.code}>
      {body}
    </div>
  );
}

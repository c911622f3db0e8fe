import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useOnline, usePrefs } from '../app/prefs';
import type { HttpError } from '../lib/http';

interface GenerationErrorProps {
  error: HttpError;
  signedIn: boolean;
  onRetry(): void;
  /** Offered when the chosen provider is not allowed or not configured: run again with the server's default. */
  onUseDefaultProvider?: () => void;
}

/** A failed generation (or import, or load), with what to do next for each error the API can answer. */
export function GenerationError({ error, signedIn, onRetry, onUseDefaultProvider }: GenerationErrorProps) {
  const { t, lang } = usePrefs();
  const online = useOnline();
  const [wait, setWait] = useState(error.code === 'RATE_LIMITED' ? (error.retryAfterSeconds ?? 60) : 0);

  // Remembers that the connection dropped while this error was shown, to say when it is back.
  const [wentOffline, setWentOffline] = useState(!online);
  useEffect(() => {
    if (!online) setWentOffline(true);
  }, [online]);

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

  const useDefault = onUseDefaultProvider && (
    <button type="button" className="button" onClick={onUseDefaultProvider}>
      {t('err.useDefault')}
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
            <p>
              {t('err.quotaUpgrade')} <Link to="/pricing">{t('err.seePlans')}</Link>
            </p>
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
          <div className="actions">
            {retry}
            {useDefault}
          </div>
        </>
      );
      break;
    case 'PLAN_REQUIRED':
      body = (
        <>
          <p>
            <strong>{t('err.plan')}</strong>
          </p>
          <div className="actions">
            <Link className="button button--primary" to="/pricing">
              {t('err.seePlans')}
            </Link>
            {useDefault}
          </div>
        </>
      );
      break;
    case 'PROVIDER_NOT_CONFIGURED':
      body = (
        <>
          <p>
            <strong>{t('err.providerMissing')}</strong>
          </p>
          <p className="small">{error.message}</p>
          <div className="actions">{useDefault ?? retry}</div>
        </>
      );
      break;
    case 'BROWSER_UNAVAILABLE':
      body = (
        <>
          <p>
            <strong>{t('err.browser')}</strong> {t('err.browserHint')}
          </p>
          {retry}
        </>
      );
      break;
    case 'SERVICE_UNAVAILABLE':
      body = (
        <>
          <p>
            <strong>{t('err.unavailable')}</strong> {t('err.providerRetry')}
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
      // Offline: say so, and offer the retry once the connection is back.
      body = online ? (
        <>
          <p>
            <strong>{error.code === 'NETWORK_ERROR' && wentOffline ? t('err.offlineBack') : t('err.network')}</strong> {t('common.offlineHint')}
          </p>
          {retry}
        </>
      ) : (
        <p>
          <strong>{t('err.offline')}</strong> {t('err.offlineWait')}
        </p>
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

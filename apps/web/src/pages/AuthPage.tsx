import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useAuth } from '../app/auth';
import { useT, useTitle } from '../app/prefs';
import { HttpError } from '../lib/http';
import { pendingTrialWork } from '../workspace/trial-stash';

/** Only same-app paths are followed after signing in (no open redirect). */
const safeNext = (value: string | null) => (value && value.startsWith('/') && !value.startsWith('//') ? value : '/workspace');

export function AuthPage({ mode }: { mode: 'signin' | 'signup' }) {
  const t = useT();
  const auth = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const signup = mode === 'signup';
  const title = signup ? t('auth.signupTitle') : t('auth.signinTitle');
  useTitle(title);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Work stashed by the workspace's "keep this component" prompt is saved once signed in, when the
  // visitor came from that prompt (the workspace reads the stash only on that return).
  const [keepsWork] = useState(() => pendingTrialWork(sessionStorage, next) !== null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      if (signup) await auth.register(email.trim(), password, name.trim() || undefined);
      else await auth.login(email.trim(), password);
      navigate(next);
    } catch (cause) {
      const e = cause instanceof HttpError ? cause : undefined;
      if (e?.status === 401) setError(t('auth.invalid'));
      else if (e?.status === 409) setError(t('auth.exists'));
      else if (e?.status === 429) setError(t('err.rate', { n: e.retryAfterSeconds ?? 60 }));
      else if (e?.status === 0) setError(`${t('err.network')} ${t('common.offlineHint')}`);
      else setError(e?.message ?? String(cause));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="container page page--narrow">
      <h1>{title}</h1>
      {signup && <p className="muted">{t('auth.signupLead')}</p>}
      {keepsWork && <p className="notice notice--info">{t('auth.keepNote')}</p>}
      <form className="card form" onSubmit={(e) => void submit(e)} noValidate={false} aria-describedby={error ? 'auth-error' : undefined}>
        {error && (
          <p id="auth-error" className="notice notice--bad" role="alert">
            {error}
          </p>
        )}
        {signup && (
          <div className="field">
            <label htmlFor="auth-name">{t('auth.name')}</label>
            <input id="auth-name" name="name" autoComplete="name" value={name} maxLength={120} onChange={(e) => setName(e.target.value)} />
          </div>
        )}
        <div className="field">
          <label htmlFor="auth-email">{t('auth.email')}</label>
          <input id="auth-email" name="email" type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="auth-password">{t('auth.password')}</label>
          <input
            id="auth-password"
            name="password"
            type="password"
            autoComplete={signup ? 'new-password' : 'current-password'}
            required
            minLength={8}
            maxLength={256}
            aria-describedby={signup ? 'auth-password-hint' : undefined}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          {signup && (
            <p id="auth-password-hint" className="field__hint">
              {t('auth.passwordHint')}
            </p>
          )}
        </div>
        <button type="submit" className="button button--primary" aria-disabled={busy}>
          {busy ? t('auth.submitting') : signup ? t('auth.submitSignup') : t('auth.submitSignin')}
        </button>
        <p>
          <Link to={`${signup ? '/signin' : '/signup'}${next !== '/workspace' ? `?next=${encodeURIComponent(next)}` : ''}`}>
            {signup ? t('auth.toSignin') : t('auth.toSignup')}
          </Link>
        </p>
      </form>
    </div>
  );
}

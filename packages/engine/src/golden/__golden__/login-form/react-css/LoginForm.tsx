import { useState, type FormEvent } from 'react';
import './LoginForm.css';

/** Sign-in form */
export interface LoginFormProps {
  onSubmit?: () => void;
  onSso?: () => void;
}

/** Sign-in form */
export function LoginForm({ onSubmit, onSso }: LoginFormProps) {
  const [passwordType, setPasswordType] = useState('password');
  const [submitting, setSubmitting] = useState(false);

  function handleLoginSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitting(true);
    onSubmit?.();
  }

  function handleLoginSsoClick() {
    onSso?.();
  }

  function handleLoginPasswordShowClick() {
    setPasswordType('text');
  }

  function handleLoginPasswordHideClick() {
    setPasswordType('password');
  }

  return (
    <form
      className="login-form__login"
      aria-labelledby="login-title"
      onSubmit={handleLoginSubmit}
    >
      <header className="login-form__login-header">
        <span className="login-form__login-logo" aria-hidden="true">
          <svg
            className="login-form__svg-1"
            viewBox="0 0 24 24"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
            focusable="false"
            width="22"
            height="22"
            aria-hidden="true"
          >
            <path className="login-form__path-1" d="M12 3 2 8l10 5 10-5zM2 13l10 5 10-5" />
          </svg>
        </span>
        <h2 className="login-form__login-title" id="login-title">Welcome back</h2>
        <p className="login-form__login-subtitle">Sign in to continue to Northwind.</p>
      </header>
      <button className="login-form__login-sso" type="button" onClick={handleLoginSsoClick}><svg className="login-form__svg-2" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path className="login-form__path-2" d="M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6z" /></svg>Continue with SSO</button>
      <div className="login-form__login-divider"><span className="login-form__login-divider-line-start" aria-hidden="true" />or<span className="login-form__login-divider-line-end" aria-hidden="true" /></div>
      <div className="login-form__login-fields">
        <div className="login-form__login-email-field">
          <label className="login-form__login-email-label" htmlFor="login-email">Email<span className="login-form__login-email-required" aria-hidden="true"> *</span></label>
          <input
            className="login-form__login-email-input"
            id="login-email"
            name="login-email"
            type="email"
            placeholder="you@company.com"
            autoComplete="email"
            required
          />
        </div>
        <div className="login-form__login-password-field">
          <div className="login-form__login-password-label-row">
            <label className="login-form__login-password-label" htmlFor="login-password">Password<span className="login-form__login-password-required" aria-hidden="true"> *</span></label>
            <a className="login-form__login-forgot" href="#forgot-password">Forgot password?</a>
          </div>
          <div className="login-form__login-password-control"><input className="login-form__login-password-input" id="login-password" name="login-password" type={passwordType} autoComplete="current-password" required minLength={8} />{passwordType === 'password' ? <button className="login-form__login-password-show" type="button" aria-label="Show password" aria-controls="login-password" onClick={handleLoginPasswordShowClick}><svg className="login-form__svg-3" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path className="login-form__path-3" d="M2 12s4-7 10-7 10 7 10 7-4 7-10 7S2 12 2 12z" /><circle className="login-form__circle-1" cx="12" cy="12" r="3" /></svg></button> : <button className="login-form__login-password-hide" type="button" aria-label="Hide password" aria-controls="login-password" onClick={handleLoginPasswordHideClick}><svg className="login-form__svg-4" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path className="login-form__path-4" d="M2 12s4-7 10-7 10 7 10 7-4 7-10 7S2 12 2 12zM3 3l18 18" /><circle className="login-form__circle-2" cx="12" cy="12" r="3" /></svg></button>}</div>
        </div>
        <label className="login-form__login-remember-option" htmlFor="login-remember">
          <input
            className="login-form__login-remember-checkbox"
            id="login-remember"
            name="login-remember"
            type="checkbox"
            defaultChecked
          />
          <span className="login-form__login-remember-text">Keep me signed in</span>
        </label>
      </div>
      <button className="login-form__login-submit" type="submit" disabled={submitting}>{submitting ? <><svg className="login-form__svg-5" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path className="login-form__path-5" d="M12 3a9 9 0 1 0 9 9" /></svg>Signing in…</> : 'Sign in'}</button>
      <p className="login-form__login-footer">Don’t have an account? <a className="login-form__login-sign-up" href="#sign-up">Sign up</a></p>
    </form>
  );
}

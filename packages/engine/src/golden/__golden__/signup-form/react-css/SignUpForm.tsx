import { useState, type FormEvent } from 'react';
import './SignUpForm.css';

/** Sign-up form */
export interface SignUpFormProps {
  onSubmit?: () => void;
}

/** Sign-up form */
export function SignUpForm({ onSubmit }: SignUpFormProps) {
  const [passwordType, setPasswordType] = useState('password');
  const [submitting, setSubmitting] = useState(false);

  function handleSignupSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitting(true);
    onSubmit?.();
  }

  function handleSignupPasswordShowClick() {
    setPasswordType('text');
  }

  function handleSignupPasswordHideClick() {
    setPasswordType('password');
  }

  return (
    <form
      className="sign-up-form__signup"
      aria-labelledby="signup-title"
      onSubmit={handleSignupSubmit}
    >
      <header className="sign-up-form__signup-header">
        <h2 className="sign-up-form__signup-title" id="signup-title">Create your account</h2>
        <p className="sign-up-form__signup-subtitle">Start your 14-day free trial. No credit card required.</p>
      </header>
      <div className="sign-up-form__signup-fields">
        <div className="sign-up-form__signup-names">
          <div className="sign-up-form__signup-first-field">
            <label className="sign-up-form__signup-first-label" htmlFor="signup-first-name">First name<span className="sign-up-form__signup-first-required" aria-hidden="true"> *</span></label>
            <input
              className="sign-up-form__signup-first-input"
              id="signup-first-name"
              name="signup-first-name"
              type="text"
              autoComplete="given-name"
              required
            />
          </div>
          <div className="sign-up-form__signup-last-field">
            <label className="sign-up-form__signup-last-label" htmlFor="signup-last-name">Last name<span className="sign-up-form__signup-last-required" aria-hidden="true"> *</span></label>
            <input
              className="sign-up-form__signup-last-input"
              id="signup-last-name"
              name="signup-last-name"
              type="text"
              autoComplete="family-name"
              required
            />
          </div>
        </div>
        <div className="sign-up-form__signup-email-field">
          <label className="sign-up-form__signup-email-label" htmlFor="signup-email">Work email<span className="sign-up-form__signup-email-required" aria-hidden="true"> *</span></label>
          <input
            className="sign-up-form__signup-email-input"
            id="signup-email"
            name="signup-email"
            type="email"
            placeholder="you@company.com"
            autoComplete="email"
            required
          />
        </div>
        <div className="sign-up-form__signup-password-field">
          <label className="sign-up-form__signup-password-label" htmlFor="signup-password">Password<span className="sign-up-form__signup-password-required" aria-hidden="true"> *</span></label>
          <div className="sign-up-form__signup-password-control"><input className="sign-up-form__signup-password-input" id="signup-password" name="signup-password" type={passwordType} autoComplete="new-password" required minLength={8} aria-describedby="signup-password-hint" />{passwordType === 'password' ? <button className="sign-up-form__signup-password-show" type="button" aria-label="Show password" aria-controls="signup-password" onClick={handleSignupPasswordShowClick}><svg className="sign-up-form__svg-1" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path className="sign-up-form__path-1" d="M2 12s4-7 10-7 10 7 10 7-4 7-10 7S2 12 2 12z" /><circle className="sign-up-form__circle-1" cx="12" cy="12" r="3" /></svg></button> : <button className="sign-up-form__signup-password-hide" type="button" aria-label="Hide password" aria-controls="signup-password" onClick={handleSignupPasswordHideClick}><svg className="sign-up-form__svg-2" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path className="sign-up-form__path-2" d="M2 12s4-7 10-7 10 7 10 7-4 7-10 7S2 12 2 12zM3 3l18 18" /><circle className="sign-up-form__circle-2" cx="12" cy="12" r="3" /></svg></button>}</div>
          <p className="sign-up-form__signup-password-hint" id="signup-password-hint">At least 8 characters, with a number and a symbol.</p>
        </div>
        <label className="sign-up-form__signup-terms-option" htmlFor="signup-terms">
          <input
            className="sign-up-form__signup-terms-checkbox"
            id="signup-terms"
            name="signup-terms"
            type="checkbox"
            required
          />
          <span className="sign-up-form__signup-terms-text">I agree to the <a className="sign-up-form__signup-terms-link" href="#terms">Terms of Service</a> and the <a className="sign-up-form__signup-privacy-link" href="#privacy">Privacy Policy</a></span>
        </label>
        <label className="sign-up-form__signup-updates-option" htmlFor="signup-updates">
          <input
            className="sign-up-form__signup-updates-checkbox"
            id="signup-updates"
            name="signup-updates"
            type="checkbox"
          />
          <span className="sign-up-form__signup-updates-text">Send me product news (about once a month)</span>
        </label>
      </div>
      <button className="sign-up-form__signup-submit" type="submit" disabled={submitting}>{submitting ? <><svg className="sign-up-form__svg-3" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path className="sign-up-form__path-3" d="M12 3a9 9 0 1 0 9 9" /></svg>Creating account…</> : 'Create account'}</button>
      <p className="sign-up-form__signup-footer">Already have an account? <a className="sign-up-form__signup-sign-in" href="#sign-in">Sign in</a></p>
    </form>
  );
}

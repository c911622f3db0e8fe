import { useState, type ChangeEvent, type FormEvent } from 'react';
import './NewsletterSignup.css';

/** Newsletter sign-up */
export interface NewsletterSignupProps {
  onSubscribe?: (payload: string) => void;
}

/** Newsletter sign-up */
export function NewsletterSignup({ onSubscribe }: NewsletterSignupProps) {
  const [email, setEmail] = useState('');
  const [subscribed, setSubscribed] = useState(false);

  function handleNewsletterFormSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubscribed(true);
    onSubscribe?.(email);
  }

  function handleNewsletterInputInput(event: ChangeEvent<HTMLInputElement>) {
    setEmail(event.currentTarget.value);
  }

  return (
    <section className="newsletter-signup__newsletter" aria-labelledby="newsletter-title">
      <span className="newsletter-signup__newsletter-icon" aria-hidden="true">
        <svg
          className="newsletter-signup__svg-1"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
          focusable="false"
          width="20"
          height="20"
          aria-hidden="true"
        >
          <path className="newsletter-signup__path-1" d="M3 5h18v14H3zM3 7l9 6 9-6" />
        </svg>
      </span>
      <h2 className="newsletter-signup__newsletter-title" id="newsletter-title">Get the weekly UI digest</h2>
      <p className="newsletter-signup__newsletter-body">New components, design-system tips and release notes. One email every Thursday — no spam.</p>
      {subscribed ? (
        <p className="newsletter-signup__newsletter-done" role="status"><span className="newsletter-signup__newsletter-done-icon"><svg className="newsletter-signup__svg-2" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="20" height="20" aria-hidden="true"><circle className="newsletter-signup__circle-1" cx="12" cy="12" r="9" /><path className="newsletter-signup__path-2" d="m8 12 3 3 5-6" /></svg></span>You’re subscribed! Check your inbox to confirm.</p>
      ) : (
        <form
          className="newsletter-signup__newsletter-form"
          aria-label="Get the weekly UI digest"
          onSubmit={handleNewsletterFormSubmit}
        >
          <div className="newsletter-signup__newsletter-field">
            <label className="newsletter-signup__newsletter-label" htmlFor="newsletter-email">Email address</label>
            <input
              className="newsletter-signup__newsletter-input"
              id="newsletter-email"
              type="email"
              name="email"
              autoComplete="email"
              placeholder="you@company.com"
              required
              value={email}
              aria-describedby="newsletter-privacy"
              onChange={handleNewsletterInputInput}
            />
          </div>
          <button className="newsletter-signup__newsletter-submit" type="submit">Subscribe<svg className="newsletter-signup__svg-3" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path className="newsletter-signup__path-3" d="M5 12h14M13 6l6 6-6 6" /></svg></button>
        </form>
      )}
      <p className="newsletter-signup__newsletter-privacy" id="newsletter-privacy"><svg className="newsletter-signup__svg-4" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="14" height="14" aria-hidden="true"><path className="newsletter-signup__path-4" d="M5 11h14v10H5zM8 11V7a4 4 0 0 1 8 0v4" /></svg>We care about your data. Unsubscribe with one click.</p>
    </section>
  );
}

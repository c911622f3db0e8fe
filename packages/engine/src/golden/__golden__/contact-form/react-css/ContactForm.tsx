import { useState, type FormEvent } from 'react';
import './ContactForm.css';

interface ContactSubjectOptionItem {
  id: string;
  label: string;
}

const contactSubjectOptionItems: ContactSubjectOptionItem[] = [
  { id: 's1', label: 'Sales' },
  { id: 's2', label: 'Support' },
  { id: 's3', label: 'Partnerships' },
  { id: 's4', label: 'Press' },
];

/** Contact form with validation states */
export interface ContactFormProps {
  /** Email error message; empty when valid @default 'Enter a valid email address, like name@company.com.' */
  emailError?: string;
  onSubmit?: () => void;
}

/** Contact form with validation states */
export function ContactForm({ emailError = 'Enter a valid email address, like name@company.com.', onSubmit }: ContactFormProps) {
  const [sent, setSent] = useState(false);

  function handleContactSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSent(true);
    onSubmit?.();
  }

  return (
    <form
      className="contact-form__contact"
      aria-labelledby="contact-title"
      onSubmit={handleContactSubmit}
    >
      <header className="contact-form__contact-header">
        <h2 className="contact-form__contact-title" id="contact-title">Get in touch</h2>
        <p className="contact-form__contact-subtitle">Tell us about your project and we’ll reply within one business day.</p>
      </header>
      {sent && (
        <div className="contact-form__contact-success" role="status">
          <span className="contact-form__contact-success-icon" aria-hidden="true">
            <svg
              className="contact-form__svg-1"
              viewBox="0 0 24 24"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
              strokeLinejoin="round"
              focusable="false"
              width="18"
              height="18"
              aria-hidden="true"
            >
              <circle className="contact-form__circle-1" cx="12" cy="12" r="9" />
              <path className="contact-form__path-1" d="m8 12 3 3 5-6" />
            </svg>
          </span>
          <div className="contact-form__contact-success-text">
            <p className="contact-form__contact-success-title">Thanks! Your message has been sent.</p>
            <p className="contact-form__contact-success-detail">We’ll get back to you at the email you entered.</p>
          </div>
        </div>
      )}
      <div className="contact-form__contact-fields">
        <div className="contact-form__contact-name-field">
          <label className="contact-form__contact-name-label" htmlFor="contact-name">Full name<span className="contact-form__contact-name-required" aria-hidden="true"> *</span></label>
          <input
            className="contact-form__contact-name-input"
            id="contact-name"
            name="contact-name"
            type="text"
            autoComplete="name"
            required
          />
          <p className="contact-form__contact-name-valid"><span className="contact-form__contact-name-valid-icon"><svg className="contact-form__svg-2" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><circle className="contact-form__circle-2" cx="12" cy="12" r="9" /><path className="contact-form__path-2" d="m8 12 3 3 5-6" /></svg></span>Looks good!</p>
        </div>
        <div className="contact-form__contact-email-field">
          <label className="contact-form__contact-email-label" htmlFor="contact-email">Email<span className="contact-form__contact-email-required" aria-hidden="true"> *</span></label>
          <div className="contact-form__contact-email-control"><input className="contact-form__contact-email-input" id="contact-email" name="contact-email" type="email" autoComplete="email" required aria-describedby="contact-email-error" />{emailError ? <span className="contact-form__contact-email-invalid" aria-hidden="true" /> : null}</div>
          {emailError ? (
            <p
              className="contact-form__contact-email-error"
              id="contact-email-error"
              aria-live="polite"
            ><span className="contact-form__contact-email-error-icon"><svg className="contact-form__svg-3" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path className="contact-form__path-3" d="M12 3 2 20h20zM12 10v4M12 17h.01" /></svg></span>{emailError}</p>
          ) : null}
        </div>
        <div className="contact-form__contact-subject-field">
          <label className="contact-form__contact-subject-label" htmlFor="contact-subject">Topic</label>
          <select
            className="contact-form__contact-subject-select"
            id="contact-subject"
            name="subject"
          >
            {contactSubjectOptionItems.map((item) => (
              <option key={item.id} className="contact-form__contact-subject-option" value={item.label}>{item.label}</option>
            ))}
          </select>
        </div>
        <div className="contact-form__contact-message-wrap">
          <div className="contact-form__contact-message-field">
            <label className="contact-form__contact-message-label" htmlFor="contact-message">Message<span className="contact-form__contact-message-required" aria-hidden="true"> *</span></label>
            <textarea
              className="contact-form__contact-message-input"
              id="contact-message"
              name="contact-message"
              required
              rows={4}
              aria-describedby="contact-message-hint"
            />
            <p className="contact-form__contact-message-hint" id="contact-message-hint">Up to 500 characters.</p>
          </div>
        </div>
      </div>
      <label className="contact-form__contact-consent-option" htmlFor="contact-consent">
        <input
          className="contact-form__contact-consent-checkbox"
          id="contact-consent"
          name="contact-consent"
          type="checkbox"
          required
        />
        <span className="contact-form__contact-consent-text">You may contact me about my request.</span>
      </label>
      <div className="contact-form__contact-actions">
        <button className="contact-form__contact-submit" type="submit" disabled={sent}>Send message<svg className="contact-form__svg-4" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path className="contact-form__path-4" d="M5 12h14M13 6l6 6-6 6" /></svg></button>
      </div>
    </form>
  );
}

import { useState, type FormEvent } from 'react';

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
      className="text-text bg-surface border-border p-lg gap-lg rounded-lg border-(length:--border-width) shadow-sm font-base flex flex-col w-full max-w-[40rem] border-solid box-border md:p-xl"
      aria-labelledby="contact-title"
      onSubmit={handleContactSubmit}
    >
      <header className="gap-sm flex flex-col">
        <h2
          className="text-text m-0 font-heading text-2xl font-bold leading-tight"
          id="contact-title"
        >Get in touch</h2>
        <p className="text-text-muted m-0 font-base text-md leading-normal">Tell us about your project and we’ll reply within one business day.</p>
      </header>
      {sent && (
        <div
          className="bg-surface-muted border-success p-md gap-md rounded-md border-(length:--border-width) flex items-start border-solid"
          role="status"
        >
          <span
            className="text-text bg-success p-xs rounded-md inline-flex shrink-0 items-center justify-center w-xl h-xl box-content"
            aria-hidden="true"
          >
            <svg
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
              <circle cx="12" cy="12" r="9" />
              <path d="m8 12 3 3 5-6" />
            </svg>
          </span>
          <div className="gap-xs flex flex-col">
            <p className="text-text m-0 font-heading text-md font-bold leading-tight">Thanks! Your message has been sent.</p>
            <p className="text-text m-0 font-base text-sm leading-normal">We’ll get back to you at the email you entered.</p>
          </div>
        </div>
      )}
      <div className="gap-md grid grid-cols-[minmax(0,1fr)] md:grid-cols-2">
        <div className="gap-xs flex flex-col">
          <label className="text-text text-sm/[inherit] font-medium" htmlFor="contact-name">Full name<span className="text-danger" aria-hidden="true"> *</span></label>
          <input
            className="text-text bg-surface border-border py-sm px-md rounded-md border-(length:--border-width) font-base text-md leading-normal duration-(--duration-fast) w-full border-solid transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] box-border hover:border-text-muted focus-visible:border-focus focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-[0] focus-visible:outline-solid active:border-focus disabled:bg-surface-muted disabled:opacity-70 disabled:cursor-not-allowed aria-disabled:bg-surface-muted aria-disabled:opacity-70 aria-disabled:cursor-not-allowed"
            id="contact-name"
            name="contact-name"
            type="text"
            autoComplete="name"
            required
          />
          <p className="text-text m-0 gap-xs font-base text-sm leading-normal flex items-center"><span className="text-success inline-flex"><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><circle cx="12" cy="12" r="9" /><path d="m8 12 3 3 5-6" /></svg></span>Looks good!</p>
        </div>
        <div className="gap-xs flex flex-col">
          <label className="text-text text-sm/[inherit] font-medium" htmlFor="contact-email">Email<span className="text-danger" aria-hidden="true"> *</span></label>
          <div className="relative"><input className="text-text bg-surface border-border py-sm px-md rounded-md border-(length:--border-width) font-base text-md leading-normal duration-(--duration-fast) w-full border-solid transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] box-border hover:border-text-muted focus-visible:border-focus focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-[0] focus-visible:outline-solid active:border-focus disabled:bg-surface-muted disabled:opacity-70 disabled:cursor-not-allowed aria-disabled:bg-surface-muted aria-disabled:opacity-70 aria-disabled:cursor-not-allowed" id="contact-email" name="contact-email" type="email" autoComplete="email" required aria-describedby="contact-email-error" />{emailError ? <span className="border-danger rounded-md border-(length:--border-width) absolute inset-0 border-solid pointer-events-none" aria-hidden="true" /> : null}</div>
          {emailError ? (
            <p
              className="text-danger m-0 gap-xs font-base text-sm leading-normal flex items-center"
              id="contact-email-error"
              aria-live="polite"
            ><span className="text-danger inline-flex"><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path d="M12 3 2 20h20zM12 10v4M12 17h.01" /></svg></span>{emailError}</p>
          ) : null}
        </div>
        <div className="gap-xs flex flex-col md:col-span-full">
          <label className="text-text text-sm/[inherit] font-medium" htmlFor="contact-subject">Topic</label>
          <select
            className="text-text bg-surface border-border py-sm px-md rounded-md border-(length:--border-width) font-base text-md leading-normal duration-(--duration-fast) w-full border-solid transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] box-border hover:border-text-muted focus-visible:border-focus focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-[0] focus-visible:outline-solid active:border-focus disabled:bg-surface-muted disabled:opacity-70 disabled:cursor-not-allowed aria-disabled:bg-surface-muted aria-disabled:opacity-70 aria-disabled:cursor-not-allowed"
            id="contact-subject"
            name="subject"
          >
            {contactSubjectOptionItems.map((item) => (
              <option key={item.id} value={item.label}>{item.label}</option>
            ))}
          </select>
        </div>
        <div className="gap-xs flex flex-col md:col-span-full">
          <div className="gap-xs flex flex-col">
            <label className="text-text text-sm/[inherit] font-medium" htmlFor="contact-message">Message<span className="text-danger" aria-hidden="true"> *</span></label>
            <textarea
              className="text-text bg-surface border-border py-sm px-md rounded-md border-(length:--border-width) font-base text-md leading-normal duration-(--duration-fast) w-full border-solid transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] box-border hover:border-text-muted focus-visible:border-focus focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-[0] focus-visible:outline-solid active:border-focus disabled:bg-surface-muted disabled:opacity-70 disabled:cursor-not-allowed aria-disabled:bg-surface-muted aria-disabled:opacity-70 aria-disabled:cursor-not-allowed"
              id="contact-message"
              name="contact-message"
              required
              rows={4}
              aria-describedby="contact-message-hint"
            />
            <p
              className="text-text-muted m-0 font-base text-sm leading-normal"
              id="contact-message-hint"
            >Up to 500 characters.</p>
          </div>
        </div>
      </div>
      <label
        className="text-text m-0 gap-sm font-base text-sm leading-normal flex items-start cursor-pointer"
        htmlFor="contact-consent"
      >
        <input
          className="m-0 duration-(--duration-fast) shrink-0 w-(--text-md) h-(--text-md) cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:opacity-85 focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[scale(0.95)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
          id="contact-consent"
          name="contact-consent"
          type="checkbox"
          required
        />
        <span>You may contact me about my request.</span>
      </label>
      <div className="gap-md flex items-center justify-end">
        <button
          className="text-on-primary bg-primary border-transparent py-sm px-md gap-xs rounded-md border-(length:--border-width) shadow-none font-base text-md font-semibold leading-tight duration-(--duration-fast) inline-flex items-center justify-center no-underline whitespace-nowrap border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] select-none hover:bg-primary-hover focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
          type="submit"
          disabled={sent}
        >Send message<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path d="M5 12h14M13 6l6 6-6 6" /></svg></button>
      </div>
    </form>
  );
}

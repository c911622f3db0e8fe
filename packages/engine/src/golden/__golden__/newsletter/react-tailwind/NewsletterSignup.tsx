import { useState, type ChangeEvent, type FormEvent } from 'react';

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
    <section
      className="text-text bg-surface border-border p-lg gap-md rounded-lg border-(length:--border-width) shadow-sm font-base flex flex-col w-full max-w-[40rem] border-solid box-border md:p-xl"
      aria-labelledby="newsletter-title"
    >
      <span
        className="text-on-primary bg-primary p-xs rounded-md inline-flex shrink-0 items-center justify-center w-xl h-xl box-content"
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
          width="20"
          height="20"
          aria-hidden="true"
        >
          <path d="M3 5h18v14H3zM3 7l9 6 9-6" />
        </svg>
      </span>
      <h2
        className="text-text m-0 font-heading text-xl font-bold leading-tight"
        id="newsletter-title"
      >Get the weekly UI digest</h2>
      <p className="text-text-muted m-0 font-base text-md leading-normal">New components, design-system tips and release notes. One email every Thursday — no spam.</p>
      {subscribed ? (
        <p
          className="text-text m-0 gap-sm font-base text-md font-medium leading-normal flex items-center"
          role="status"
        ><span className="text-success inline-flex"><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="20" height="20" aria-hidden="true"><circle cx="12" cy="12" r="9" /><path d="m8 12 3 3 5-6" /></svg></span>You’re subscribed! Check your inbox to confirm.</p>
      ) : (
        <form
          className="gap-sm flex flex-col sm:flex-row sm:items-end"
          aria-label="Get the weekly UI digest"
          onSubmit={handleNewsletterFormSubmit}
        >
          <div className="gap-xs flex flex-col grow">
            <label className="text-text text-sm/[inherit] font-medium" htmlFor="newsletter-email">Email address</label>
            <input
              className="text-text bg-surface border-border py-sm px-md rounded-md border-(length:--border-width) font-base text-md leading-normal duration-(--duration-fast) w-full border-solid transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] box-border hover:border-text-muted focus-visible:border-focus focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-[0] focus-visible:outline-solid active:border-focus disabled:bg-surface-muted disabled:opacity-70 disabled:cursor-not-allowed aria-disabled:bg-surface-muted aria-disabled:opacity-70 aria-disabled:cursor-not-allowed"
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
          <button
            className="text-on-primary bg-primary border-transparent py-sm px-md gap-xs rounded-md border-(length:--border-width) shadow-none font-base text-md font-semibold leading-tight duration-(--duration-fast) inline-flex items-center justify-center no-underline whitespace-nowrap border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] select-none hover:bg-primary-hover focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
            type="submit"
          >Subscribe<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path d="M5 12h14M13 6l6 6-6 6" /></svg></button>
        </form>
      )}
      <p
        className="text-text-muted m-0 gap-xs font-base text-xs leading-normal flex items-center"
        id="newsletter-privacy"
      ><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="14" height="14" aria-hidden="true"><path d="M5 11h14v10H5zM8 11V7a4 4 0 0 1 8 0v4" /></svg>We care about your data. Unsubscribe with one click.</p>
    </section>
  );
}

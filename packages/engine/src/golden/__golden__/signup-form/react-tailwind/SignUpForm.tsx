import { useState, type FormEvent } from 'react';

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
      className="text-text bg-surface border-border p-lg gap-lg rounded-lg border-(length:--border-width) shadow-sm font-base flex flex-col w-full max-w-[32rem] border-solid box-border sm:p-xl"
      aria-labelledby="signup-title"
      onSubmit={handleSignupSubmit}
    >
      <header className="gap-sm flex flex-col">
        <h2
          className="text-text m-0 font-heading text-2xl font-bold leading-tight"
          id="signup-title"
        >Create your account</h2>
        <p className="text-text-muted m-0 font-base text-md leading-normal">Start your 14-day free trial. No credit card required.</p>
      </header>
      <div className="gap-md flex flex-col">
        <div className="gap-md grid grid-cols-[minmax(0,1fr)] sm:grid-cols-2">
          <div className="gap-xs flex flex-col">
            <label className="text-text text-sm/[inherit] font-medium" htmlFor="signup-first-name">First name<span className="text-danger" aria-hidden="true"> *</span></label>
            <input
              className="text-text bg-surface border-border py-sm px-md rounded-md border-(length:--border-width) font-base text-md leading-normal duration-(--duration-fast) w-full border-solid transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] box-border hover:border-text-muted focus-visible:border-focus focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-[0] focus-visible:outline-solid active:border-focus disabled:bg-surface-muted disabled:opacity-70 disabled:cursor-not-allowed aria-disabled:bg-surface-muted aria-disabled:opacity-70 aria-disabled:cursor-not-allowed"
              id="signup-first-name"
              name="signup-first-name"
              type="text"
              autoComplete="given-name"
              required
            />
          </div>
          <div className="gap-xs flex flex-col">
            <label className="text-text text-sm/[inherit] font-medium" htmlFor="signup-last-name">Last name<span className="text-danger" aria-hidden="true"> *</span></label>
            <input
              className="text-text bg-surface border-border py-sm px-md rounded-md border-(length:--border-width) font-base text-md leading-normal duration-(--duration-fast) w-full border-solid transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] box-border hover:border-text-muted focus-visible:border-focus focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-[0] focus-visible:outline-solid active:border-focus disabled:bg-surface-muted disabled:opacity-70 disabled:cursor-not-allowed aria-disabled:bg-surface-muted aria-disabled:opacity-70 aria-disabled:cursor-not-allowed"
              id="signup-last-name"
              name="signup-last-name"
              type="text"
              autoComplete="family-name"
              required
            />
          </div>
        </div>
        <div className="gap-xs flex flex-col">
          <label className="text-text text-sm/[inherit] font-medium" htmlFor="signup-email">Work email<span className="text-danger" aria-hidden="true"> *</span></label>
          <input
            className="text-text bg-surface border-border py-sm px-md rounded-md border-(length:--border-width) font-base text-md leading-normal duration-(--duration-fast) w-full border-solid transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] box-border hover:border-text-muted focus-visible:border-focus focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-[0] focus-visible:outline-solid active:border-focus disabled:bg-surface-muted disabled:opacity-70 disabled:cursor-not-allowed aria-disabled:bg-surface-muted aria-disabled:opacity-70 aria-disabled:cursor-not-allowed"
            id="signup-email"
            name="signup-email"
            type="email"
            placeholder="you@company.com"
            autoComplete="email"
            required
          />
        </div>
        <div className="gap-xs flex flex-col">
          <label className="text-text text-sm/[inherit] font-medium" htmlFor="signup-password">Password<span className="text-danger" aria-hidden="true"> *</span></label>
          <div className="relative"><input className="text-text bg-surface border-border py-sm px-md pr-xl rounded-md border-(length:--border-width) font-base text-md leading-normal duration-(--duration-fast) w-full border-solid transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] box-border hover:border-text-muted focus-visible:border-focus focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-[0] focus-visible:outline-solid active:border-focus disabled:bg-surface-muted disabled:opacity-70 disabled:cursor-not-allowed aria-disabled:bg-surface-muted aria-disabled:opacity-70 aria-disabled:cursor-not-allowed" id="signup-password" name="signup-password" type={passwordType} autoComplete="new-password" required minLength={8} aria-describedby="signup-password-hint" />{passwordType === 'password' ? <button className="text-text-muted bg-transparent border-transparent p-xs rounded-md border-(length:--border-width) font-[family-name:inherit] duration-(--duration-fast) inline-flex absolute top-[50%] right-xs items-center justify-center border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] transform-[translateY(-50%)] hover:text-text hover:bg-surface-muted focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(-50%)_scale(0.95)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none" type="button" aria-label="Show password" aria-controls="signup-password" onClick={handleSignupPasswordShowClick}><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path d="M2 12s4-7 10-7 10 7 10 7-4 7-10 7S2 12 2 12z" /><circle cx="12" cy="12" r="3" /></svg></button> : <button className="text-text-muted bg-transparent border-transparent p-xs rounded-md border-(length:--border-width) font-[family-name:inherit] duration-(--duration-fast) inline-flex absolute top-[50%] right-xs items-center justify-center border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] transform-[translateY(-50%)] hover:text-text hover:bg-surface-muted focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(-50%)_scale(0.95)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none" type="button" aria-label="Hide password" aria-controls="signup-password" onClick={handleSignupPasswordHideClick}><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path d="M2 12s4-7 10-7 10 7 10 7-4 7-10 7S2 12 2 12zM3 3l18 18" /><circle cx="12" cy="12" r="3" /></svg></button>}</div>
          <p
            className="text-text-muted m-0 font-base text-sm leading-normal"
            id="signup-password-hint"
          >At least 8 characters, with a number and a symbol.</p>
        </div>
        <label
          className="text-text m-0 gap-sm font-base text-sm leading-normal flex items-start cursor-pointer"
          htmlFor="signup-terms"
        >
          <input
            className="m-0 duration-(--duration-fast) shrink-0 w-(--text-md) h-(--text-md) cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:opacity-85 focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[scale(0.95)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
            id="signup-terms"
            name="signup-terms"
            type="checkbox"
            required
          />
          <span>I agree to the <a className="text-primary rounded-sm font-[family-name:inherit] font-medium duration-(--duration-fast) no-underline cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:underline focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:underline disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none" href="#terms">Terms of Service</a> and the <a className="text-primary rounded-sm font-[family-name:inherit] font-medium duration-(--duration-fast) no-underline cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:underline focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:underline disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none" href="#privacy">Privacy Policy</a></span>
        </label>
        <label
          className="text-text m-0 gap-sm font-base text-sm leading-normal flex items-start cursor-pointer"
          htmlFor="signup-updates"
        >
          <input
            className="m-0 duration-(--duration-fast) shrink-0 w-(--text-md) h-(--text-md) cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:opacity-85 focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[scale(0.95)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
            id="signup-updates"
            name="signup-updates"
            type="checkbox"
          />
          <span>Send me product news (about once a month)</span>
        </label>
      </div>
      <button
        className="text-on-primary bg-primary border-transparent py-sm px-md gap-xs rounded-md border-(length:--border-width) shadow-none font-base text-md font-semibold leading-tight duration-(--duration-fast) inline-flex items-center justify-center w-full no-underline whitespace-nowrap border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] select-none hover:bg-primary-hover focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
        type="submit"
        disabled={submitting}
      >{submitting ? <><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path d="M12 3a9 9 0 1 0 9 9" /></svg>Creating account…</> : 'Create account'}</button>
      <p className="text-text-muted m-0 font-base text-sm leading-normal text-center">Already have an account? <a className="text-primary rounded-sm font-[family-name:inherit] font-medium duration-(--duration-fast) no-underline cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:underline focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:underline disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none" href="#sign-in">Sign in</a></p>
    </form>
  );
}

import { useState, type FormEvent } from 'react';

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
      className="text-text bg-surface border-border p-lg gap-lg rounded-lg border-(length:--border-width) shadow-sm font-base flex flex-col w-full max-w-[26rem] border-solid box-border sm:p-xl"
      aria-labelledby="login-title"
      onSubmit={handleLoginSubmit}
    >
      <header className="gap-sm flex flex-col items-center text-center">
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
            width="22"
            height="22"
            aria-hidden="true"
          >
            <path d="M12 3 2 8l10 5 10-5zM2 13l10 5 10-5" />
          </svg>
        </span>
        <h2
          className="text-text m-0 font-heading text-2xl font-bold leading-tight"
          id="login-title"
        >Welcome back</h2>
        <p className="text-text-muted m-0 font-base text-md leading-normal">Sign in to continue to Northwind.</p>
      </header>
      <button
        className="text-text bg-surface-muted border-transparent py-sm px-md gap-xs rounded-md border-(length:--border-width) font-base text-md font-semibold leading-tight duration-(--duration-fast) inline-flex items-center justify-center w-full no-underline whitespace-nowrap border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] select-none hover:bg-surface hover:border-border hover:shadow-sm focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
        type="button"
        onClick={handleLoginSsoClick}
      ><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path d="M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6z" /></svg>Continue with SSO</button>
      <div className="text-text-muted m-0 gap-sm font-base text-xs leading-normal flex items-center"><span className="bg-border grow h-(--border-width)" aria-hidden="true" />or<span className="bg-border grow h-(--border-width)" aria-hidden="true" /></div>
      <div className="gap-md flex flex-col">
        <div className="gap-xs flex flex-col">
          <label className="text-text text-sm/[inherit] font-medium" htmlFor="login-email">Email<span className="text-danger" aria-hidden="true"> *</span></label>
          <input
            className="text-text bg-surface border-border py-sm px-md rounded-md border-(length:--border-width) font-base text-md leading-normal duration-(--duration-fast) w-full border-solid transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] box-border hover:border-text-muted focus-visible:border-focus focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-[0] focus-visible:outline-solid active:border-focus disabled:bg-surface-muted disabled:opacity-70 disabled:cursor-not-allowed aria-disabled:bg-surface-muted aria-disabled:opacity-70 aria-disabled:cursor-not-allowed"
            id="login-email"
            name="login-email"
            type="email"
            placeholder="you@company.com"
            autoComplete="email"
            required
          />
        </div>
        <div className="gap-xs flex flex-col">
          <div className="gap-sm flex items-center justify-between">
            <label className="text-text text-sm/[inherit] font-medium" htmlFor="login-password">Password<span className="text-danger" aria-hidden="true"> *</span></label>
            <a
              className="text-primary rounded-sm font-[family-name:inherit] text-sm/[inherit] font-medium duration-(--duration-fast) no-underline cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:underline focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:underline disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
              href="#forgot-password"
            >Forgot password?</a>
          </div>
          <div className="relative"><input className="text-text bg-surface border-border py-sm px-md pr-xl rounded-md border-(length:--border-width) font-base text-md leading-normal duration-(--duration-fast) w-full border-solid transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] box-border hover:border-text-muted focus-visible:border-focus focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-[0] focus-visible:outline-solid active:border-focus disabled:bg-surface-muted disabled:opacity-70 disabled:cursor-not-allowed aria-disabled:bg-surface-muted aria-disabled:opacity-70 aria-disabled:cursor-not-allowed" id="login-password" name="login-password" type={passwordType} autoComplete="current-password" required minLength={8} />{passwordType === 'password' ? <button className="text-text-muted bg-transparent border-transparent p-xs rounded-md border-(length:--border-width) font-[family-name:inherit] duration-(--duration-fast) inline-flex absolute top-[50%] right-xs items-center justify-center border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] transform-[translateY(-50%)] hover:text-text hover:bg-surface-muted focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(-50%)_scale(0.95)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none" type="button" aria-label="Show password" aria-controls="login-password" onClick={handleLoginPasswordShowClick}><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path d="M2 12s4-7 10-7 10 7 10 7-4 7-10 7S2 12 2 12z" /><circle cx="12" cy="12" r="3" /></svg></button> : <button className="text-text-muted bg-transparent border-transparent p-xs rounded-md border-(length:--border-width) font-[family-name:inherit] duration-(--duration-fast) inline-flex absolute top-[50%] right-xs items-center justify-center border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] transform-[translateY(-50%)] hover:text-text hover:bg-surface-muted focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(-50%)_scale(0.95)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none" type="button" aria-label="Hide password" aria-controls="login-password" onClick={handleLoginPasswordHideClick}><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path d="M2 12s4-7 10-7 10 7 10 7-4 7-10 7S2 12 2 12zM3 3l18 18" /><circle cx="12" cy="12" r="3" /></svg></button>}</div>
        </div>
        <label
          className="text-text m-0 gap-sm font-base text-sm leading-normal flex items-start cursor-pointer"
          htmlFor="login-remember"
        >
          <input
            className="m-0 duration-(--duration-fast) shrink-0 w-(--text-md) h-(--text-md) cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:opacity-85 focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[scale(0.95)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
            id="login-remember"
            name="login-remember"
            type="checkbox"
            defaultChecked
          />
          <span>Keep me signed in</span>
        </label>
      </div>
      <button
        className="text-on-primary bg-primary border-transparent py-sm px-md gap-xs rounded-md border-(length:--border-width) shadow-none font-base text-md font-semibold leading-tight duration-(--duration-fast) inline-flex items-center justify-center w-full no-underline whitespace-nowrap border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] select-none hover:bg-primary-hover focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
        type="submit"
        disabled={submitting}
      >{submitting ? <><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path d="M12 3a9 9 0 1 0 9 9" /></svg>Signing in…</> : 'Sign in'}</button>
      <p className="text-text-muted m-0 font-base text-sm leading-normal text-center">Don’t have an account? <a className="text-primary rounded-sm font-[family-name:inherit] font-medium duration-(--duration-fast) no-underline cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:underline focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:underline disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none" href="#sign-up">Sign up</a></p>
    </form>
  );
}

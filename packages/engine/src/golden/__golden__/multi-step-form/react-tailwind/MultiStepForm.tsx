import { useState, type FormEvent } from 'react';

/** Multi-step form (3 steps) */
export interface MultiStepFormProps {
  onComplete?: () => void;
}

/** Multi-step form (3 steps) */
export function MultiStepForm({ onComplete }: MultiStepFormProps) {
  const [step, setStep] = useState(1);
  const [done1, setDone1] = useState(false);
  const [done2, setDone2] = useState(false);
  const [done3] = useState(false);

  function handleWizardSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onComplete?.();
  }

  function handleStep1NextClick() {
    setDone1(true);
    setStep(2);
  }

  function handleStep2BackClick() {
    setStep(1);
  }

  function handleStep2NextClick() {
    setDone2(true);
    setStep(3);
  }

  function handleStep3BackClick() {
    setStep(2);
  }

  function handleStep3NextClick() {
    onComplete?.();
  }

  return (
    <form
      className="text-text bg-surface border-border p-lg gap-lg rounded-lg border-(length:--border-width) shadow-sm font-base flex flex-col w-full max-w-[40rem] border-solid box-border md:p-xl"
      aria-labelledby="wizard-title"
      onSubmit={handleWizardSubmit}
    >
      <h2
        className="text-text m-0 font-heading text-2xl font-bold leading-tight"
        id="wizard-title"
      >Set up your workspace</h2>
      <ol
        className="p-0 m-0 gap-sm flex items-center justify-between list-none"
        aria-label="Progress"
      >
        <li className="gap-sm flex grow items-center">
          {step === 1 ? (
            <span className="gap-sm flex items-center" aria-current="step">
              <span
                className="text-on-primary bg-primary rounded-full text-sm/[inherit] font-bold inline-flex shrink-0 items-center justify-center w-xl h-xl"
                aria-hidden="true"
              >1</span>
              <span className="text-text text-sm/[inherit] font-semibold hidden sm:inline">Account</span>
            </span>
          ) : (
            <>
              {done1 ? (
                <span
                  className="text-on-primary bg-primary rounded-full text-sm/[inherit] font-bold inline-flex shrink-0 items-center justify-center w-xl h-xl"
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
                    width="16"
                    height="16"
                    aria-hidden="true"
                  >
                    <path d="M20 6 9 17l-5-5" />
                  </svg>
                </span>
              ) : (
                <span
                  className="text-text bg-surface-muted rounded-full text-sm/[inherit] font-bold inline-flex shrink-0 items-center justify-center w-xl h-xl"
                  aria-hidden="true"
                >1</span>
              )}
              <span className="text-text-muted text-sm/[inherit] font-medium hidden sm:inline">Account</span>
            </>
          )}
        </li>
        <li className="gap-sm flex grow items-center">
          {step === 2 ? (
            <span className="gap-sm flex items-center" aria-current="step">
              <span
                className="text-on-primary bg-primary rounded-full text-sm/[inherit] font-bold inline-flex shrink-0 items-center justify-center w-xl h-xl"
                aria-hidden="true"
              >2</span>
              <span className="text-text text-sm/[inherit] font-semibold hidden sm:inline">Profile</span>
            </span>
          ) : (
            <>
              {done2 ? (
                <span
                  className="text-on-primary bg-primary rounded-full text-sm/[inherit] font-bold inline-flex shrink-0 items-center justify-center w-xl h-xl"
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
                    width="16"
                    height="16"
                    aria-hidden="true"
                  >
                    <path d="M20 6 9 17l-5-5" />
                  </svg>
                </span>
              ) : (
                <span
                  className="text-text bg-surface-muted rounded-full text-sm/[inherit] font-bold inline-flex shrink-0 items-center justify-center w-xl h-xl"
                  aria-hidden="true"
                >2</span>
              )}
              <span className="text-text-muted text-sm/[inherit] font-medium hidden sm:inline">Profile</span>
            </>
          )}
        </li>
        <li className="gap-sm flex grow items-center">
          {step === 3 ? (
            <span className="gap-sm flex items-center" aria-current="step">
              <span
                className="text-on-primary bg-primary rounded-full text-sm/[inherit] font-bold inline-flex shrink-0 items-center justify-center w-xl h-xl"
                aria-hidden="true"
              >3</span>
              <span className="text-text text-sm/[inherit] font-semibold hidden sm:inline">Plan</span>
            </span>
          ) : (
            <>
              {done3 ? (
                <span
                  className="text-on-primary bg-primary rounded-full text-sm/[inherit] font-bold inline-flex shrink-0 items-center justify-center w-xl h-xl"
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
                    width="16"
                    height="16"
                    aria-hidden="true"
                  >
                    <path d="M20 6 9 17l-5-5" />
                  </svg>
                </span>
              ) : (
                <span
                  className="text-text bg-surface-muted rounded-full text-sm/[inherit] font-bold inline-flex shrink-0 items-center justify-center w-xl h-xl"
                  aria-hidden="true"
                >3</span>
              )}
              <span className="text-text-muted text-sm/[inherit] font-medium hidden sm:inline">Plan</span>
            </>
          )}
        </li>
      </ol>
      {step === 1 && (
        <section className="gap-md flex flex-col" aria-labelledby="step-1-title">
          <p className="text-text-muted m-0 font-base text-sm leading-normal">Step 1 / 3</p>
          <h3
            className="text-text m-0 font-heading text-xl font-bold leading-tight"
            id="step-1-title"
          >Account</h3>
          <div className="gap-md grid grid-cols-[minmax(0,1fr)] md:grid-cols-2">
            <div className="gap-xs flex flex-col">
              <label className="text-text text-sm/[inherit] font-medium" htmlFor="step-1-email">Work email<span className="text-danger" aria-hidden="true"> *</span></label>
              <input
                className="text-text bg-surface border-border py-sm px-md rounded-md border-(length:--border-width) font-base text-md leading-normal duration-(--duration-fast) w-full border-solid transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] box-border hover:border-text-muted focus-visible:border-focus focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-[0] focus-visible:outline-solid active:border-focus disabled:bg-surface-muted disabled:opacity-70 disabled:cursor-not-allowed aria-disabled:bg-surface-muted aria-disabled:opacity-70 aria-disabled:cursor-not-allowed"
                id="step-1-email"
                name="step-1-email"
                type="email"
                autoComplete="email"
                required
              />
            </div>
            <div className="gap-xs flex flex-col">
              <label className="text-text text-sm/[inherit] font-medium" htmlFor="step-1-password">Password<span className="text-danger" aria-hidden="true"> *</span></label>
              <input
                className="text-text bg-surface border-border py-sm px-md rounded-md border-(length:--border-width) font-base text-md leading-normal duration-(--duration-fast) w-full border-solid transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] box-border hover:border-text-muted focus-visible:border-focus focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-[0] focus-visible:outline-solid active:border-focus disabled:bg-surface-muted disabled:opacity-70 disabled:cursor-not-allowed aria-disabled:bg-surface-muted aria-disabled:opacity-70 aria-disabled:cursor-not-allowed"
                id="step-1-password"
                name="step-1-password"
                type="password"
                autoComplete="new-password"
                required
              />
            </div>
          </div>
          <div className="mt-sm gap-sm flex items-center justify-between">
            <button
              className="text-primary bg-transparent border-transparent py-sm px-md gap-xs rounded-md border-(length:--border-width) font-base text-md font-semibold leading-tight duration-(--duration-fast) inline-flex items-center justify-center no-underline whitespace-nowrap border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] select-none hover:text-text hover:bg-surface-muted focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
              type="button"
              disabled
            ><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path d="m15 18-6-6 6-6" /></svg>Back</button>
            <button
              className="text-on-primary bg-primary border-transparent py-sm px-md gap-xs rounded-md border-(length:--border-width) shadow-none font-base text-md font-semibold leading-tight duration-(--duration-fast) inline-flex items-center justify-center no-underline whitespace-nowrap border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] select-none hover:bg-primary-hover focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
              type="button"
              onClick={handleStep1NextClick}
            >Continue<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path d="m9 18 6-6-6-6" /></svg></button>
          </div>
        </section>
      )}
      {step === 2 && (
        <section className="gap-md flex flex-col" aria-labelledby="step-2-title">
          <p className="text-text-muted m-0 font-base text-sm leading-normal">Step 2 / 3</p>
          <h3
            className="text-text m-0 font-heading text-xl font-bold leading-tight"
            id="step-2-title"
          >Profile</h3>
          <div className="gap-md grid grid-cols-[minmax(0,1fr)] md:grid-cols-2">
            <div className="gap-xs flex flex-col">
              <label className="text-text text-sm/[inherit] font-medium" htmlFor="step-2-name">Full name<span className="text-danger" aria-hidden="true"> *</span></label>
              <input
                className="text-text bg-surface border-border py-sm px-md rounded-md border-(length:--border-width) font-base text-md leading-normal duration-(--duration-fast) w-full border-solid transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] box-border hover:border-text-muted focus-visible:border-focus focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-[0] focus-visible:outline-solid active:border-focus disabled:bg-surface-muted disabled:opacity-70 disabled:cursor-not-allowed aria-disabled:bg-surface-muted aria-disabled:opacity-70 aria-disabled:cursor-not-allowed"
                id="step-2-name"
                name="step-2-name"
                type="text"
                autoComplete="name"
                required
              />
            </div>
            <div className="gap-xs flex flex-col">
              <label className="text-text text-sm/[inherit] font-medium" htmlFor="step-2-company">Company</label>
              <input
                className="text-text bg-surface border-border py-sm px-md rounded-md border-(length:--border-width) font-base text-md leading-normal duration-(--duration-fast) w-full border-solid transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] box-border hover:border-text-muted focus-visible:border-focus focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-[0] focus-visible:outline-solid active:border-focus disabled:bg-surface-muted disabled:opacity-70 disabled:cursor-not-allowed aria-disabled:bg-surface-muted aria-disabled:opacity-70 aria-disabled:cursor-not-allowed"
                id="step-2-company"
                name="step-2-company"
                type="text"
                autoComplete="organization"
              />
            </div>
          </div>
          <div className="mt-sm gap-sm flex items-center justify-between">
            <button
              className="text-primary bg-transparent border-transparent py-sm px-md gap-xs rounded-md border-(length:--border-width) font-base text-md font-semibold leading-tight duration-(--duration-fast) inline-flex items-center justify-center no-underline whitespace-nowrap border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] select-none hover:text-text hover:bg-surface-muted focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
              type="button"
              onClick={handleStep2BackClick}
            ><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path d="m15 18-6-6 6-6" /></svg>Back</button>
            <button
              className="text-on-primary bg-primary border-transparent py-sm px-md gap-xs rounded-md border-(length:--border-width) shadow-none font-base text-md font-semibold leading-tight duration-(--duration-fast) inline-flex items-center justify-center no-underline whitespace-nowrap border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] select-none hover:bg-primary-hover focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
              type="button"
              onClick={handleStep2NextClick}
            >Continue<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path d="m9 18 6-6-6-6" /></svg></button>
          </div>
        </section>
      )}
      {step === 3 && (
        <section className="gap-md flex flex-col" aria-labelledby="step-3-title">
          <p className="text-text-muted m-0 font-base text-sm leading-normal">Step 3 / 3</p>
          <h3
            className="text-text m-0 font-heading text-xl font-bold leading-tight"
            id="step-3-title"
          >Plan</h3>
          <div className="gap-md grid grid-cols-[minmax(0,1fr)]">
            <fieldset className="p-0 m-0 gap-sm border-0 flex flex-col">
              <legend className="text-text m-0 mb-sm font-heading text-sm font-bold leading-tight">Choose a plan</legend>
              <label
                className="text-text m-0 gap-sm font-base text-sm leading-normal flex items-start cursor-pointer"
                htmlFor="step-3-plan-1"
              >
                <input
                  className="m-0 duration-(--duration-fast) shrink-0 w-(--text-md) h-(--text-md) cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:opacity-85 focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[scale(0.95)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
                  id="step-3-plan-1"
                  name="plan"
                  type="radio"
                  defaultValue="plan1"
                />
                <span>Starter — free</span>
              </label>
              <label
                className="text-text m-0 gap-sm font-base text-sm leading-normal flex items-start cursor-pointer"
                htmlFor="step-3-plan-2"
              >
                <input
                  className="m-0 duration-(--duration-fast) shrink-0 w-(--text-md) h-(--text-md) cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:opacity-85 focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[scale(0.95)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
                  id="step-3-plan-2"
                  name="plan"
                  type="radio"
                  defaultValue="plan2"
                  defaultChecked
                />
                <span>Pro — $19/month</span>
              </label>
              <label
                className="text-text m-0 gap-sm font-base text-sm leading-normal flex items-start cursor-pointer"
                htmlFor="step-3-plan-3"
              >
                <input
                  className="m-0 duration-(--duration-fast) shrink-0 w-(--text-md) h-(--text-md) cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:opacity-85 focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[scale(0.95)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
                  id="step-3-plan-3"
                  name="plan"
                  type="radio"
                  defaultValue="plan3"
                />
                <span>Team — $49/month</span>
              </label>
            </fieldset>
          </div>
          <div className="mt-sm gap-sm flex items-center justify-between">
            <button
              className="text-primary bg-transparent border-transparent py-sm px-md gap-xs rounded-md border-(length:--border-width) font-base text-md font-semibold leading-tight duration-(--duration-fast) inline-flex items-center justify-center no-underline whitespace-nowrap border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] select-none hover:text-text hover:bg-surface-muted focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
              type="button"
              onClick={handleStep3BackClick}
            ><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path d="m15 18-6-6 6-6" /></svg>Back</button>
            <button
              className="text-on-primary bg-primary border-transparent py-sm px-md gap-xs rounded-md border-(length:--border-width) shadow-none font-base text-md font-semibold leading-tight duration-(--duration-fast) inline-flex items-center justify-center no-underline whitespace-nowrap border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] select-none hover:bg-primary-hover focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
              type="button"
              onClick={handleStep3NextClick}
            >Create workspace</button>
          </div>
        </section>
      )}
    </form>
  );
}

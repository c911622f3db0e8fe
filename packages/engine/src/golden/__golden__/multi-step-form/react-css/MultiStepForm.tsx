import { useState, type FormEvent } from 'react';
import './MultiStepForm.css';

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
      className="multi-step-form__wizard"
      aria-labelledby="wizard-title"
      onSubmit={handleWizardSubmit}
    >
      <h2 className="multi-step-form__wizard-title" id="wizard-title">Set up your workspace</h2>
      <ol className="multi-step-form__stepper" aria-label="Progress">
        <li className="multi-step-form__stepper-1">
          {step === 1 ? (
            <span className="multi-step-form__stepper-1-current" aria-current="step">
              <span className="multi-step-form__stepper-1-current-marker" aria-hidden="true">1</span>
              <span className="multi-step-form__stepper-1-current-label">Account</span>
            </span>
          ) : (
            <>
              {done1 ? (
                <span className="multi-step-form__stepper-1-done-marker" aria-hidden="true">
                  <svg
                    className="multi-step-form__svg-1"
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
                    <path className="multi-step-form__path-1" d="M20 6 9 17l-5-5" />
                  </svg>
                </span>
              ) : <span className="multi-step-form__stepper-1-todo-marker" aria-hidden="true">1</span>}
              <span className="multi-step-form__stepper-1-other-label">Account</span>
            </>
          )}
        </li>
        <li className="multi-step-form__stepper-2">
          {step === 2 ? (
            <span className="multi-step-form__stepper-2-current" aria-current="step">
              <span className="multi-step-form__stepper-2-current-marker" aria-hidden="true">2</span>
              <span className="multi-step-form__stepper-2-current-label">Profile</span>
            </span>
          ) : (
            <>
              {done2 ? (
                <span className="multi-step-form__stepper-2-done-marker" aria-hidden="true">
                  <svg
                    className="multi-step-form__svg-2"
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
                    <path className="multi-step-form__path-2" d="M20 6 9 17l-5-5" />
                  </svg>
                </span>
              ) : <span className="multi-step-form__stepper-2-todo-marker" aria-hidden="true">2</span>}
              <span className="multi-step-form__stepper-2-other-label">Profile</span>
            </>
          )}
        </li>
        <li className="multi-step-form__stepper-3">
          {step === 3 ? (
            <span className="multi-step-form__stepper-3-current" aria-current="step">
              <span className="multi-step-form__stepper-3-current-marker" aria-hidden="true">3</span>
              <span className="multi-step-form__stepper-3-current-label">Plan</span>
            </span>
          ) : (
            <>
              {done3 ? (
                <span className="multi-step-form__stepper-3-done-marker" aria-hidden="true">
                  <svg
                    className="multi-step-form__svg-3"
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
                    <path className="multi-step-form__path-3" d="M20 6 9 17l-5-5" />
                  </svg>
                </span>
              ) : <span className="multi-step-form__stepper-3-todo-marker" aria-hidden="true">3</span>}
              <span className="multi-step-form__stepper-3-other-label">Plan</span>
            </>
          )}
        </li>
      </ol>
      {step === 1 && (
        <section className="multi-step-form__step-1" aria-labelledby="step-1-title">
          <p className="multi-step-form__step-1-count">Step 1 / 3</p>
          <h3 className="multi-step-form__step-1-title" id="step-1-title">Account</h3>
          <div className="multi-step-form__step-1-fields">
            <div className="multi-step-form__step-1-email-field">
              <label className="multi-step-form__step-1-email-label" htmlFor="step-1-email">Work email<span className="multi-step-form__step-1-email-required" aria-hidden="true"> *</span></label>
              <input
                className="multi-step-form__step-1-email-input"
                id="step-1-email"
                name="step-1-email"
                type="email"
                autoComplete="email"
                required
              />
            </div>
            <div className="multi-step-form__step-1-password-field">
              <label className="multi-step-form__step-1-password-label" htmlFor="step-1-password">Password<span className="multi-step-form__step-1-password-required" aria-hidden="true"> *</span></label>
              <input
                className="multi-step-form__step-1-password-input"
                id="step-1-password"
                name="step-1-password"
                type="password"
                autoComplete="new-password"
                required
              />
            </div>
          </div>
          <div className="multi-step-form__step-1-actions">
            <button className="multi-step-form__step-1-back" type="button" disabled><svg className="multi-step-form__svg-4" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path className="multi-step-form__path-4" d="m15 18-6-6 6-6" /></svg>Back</button>
            <button
              className="multi-step-form__step-1-next"
              type="button"
              onClick={handleStep1NextClick}
            >Continue<svg className="multi-step-form__svg-5" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path className="multi-step-form__path-5" d="m9 18 6-6-6-6" /></svg></button>
          </div>
        </section>
      )}
      {step === 2 && (
        <section className="multi-step-form__step-2" aria-labelledby="step-2-title">
          <p className="multi-step-form__step-2-count">Step 2 / 3</p>
          <h3 className="multi-step-form__step-2-title" id="step-2-title">Profile</h3>
          <div className="multi-step-form__step-2-fields">
            <div className="multi-step-form__step-2-name-field">
              <label className="multi-step-form__step-2-name-label" htmlFor="step-2-name">Full name<span className="multi-step-form__step-2-name-required" aria-hidden="true"> *</span></label>
              <input
                className="multi-step-form__step-2-name-input"
                id="step-2-name"
                name="step-2-name"
                type="text"
                autoComplete="name"
                required
              />
            </div>
            <div className="multi-step-form__step-2-company-field">
              <label className="multi-step-form__step-2-company-label" htmlFor="step-2-company">Company</label>
              <input
                className="multi-step-form__step-2-company-input"
                id="step-2-company"
                name="step-2-company"
                type="text"
                autoComplete="organization"
              />
            </div>
          </div>
          <div className="multi-step-form__step-2-actions">
            <button
              className="multi-step-form__step-2-back"
              type="button"
              onClick={handleStep2BackClick}
            ><svg className="multi-step-form__svg-6" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path className="multi-step-form__path-6" d="m15 18-6-6 6-6" /></svg>Back</button>
            <button
              className="multi-step-form__step-2-next"
              type="button"
              onClick={handleStep2NextClick}
            >Continue<svg className="multi-step-form__svg-7" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path className="multi-step-form__path-7" d="m9 18 6-6-6-6" /></svg></button>
          </div>
        </section>
      )}
      {step === 3 && (
        <section className="multi-step-form__step-3" aria-labelledby="step-3-title">
          <p className="multi-step-form__step-3-count">Step 3 / 3</p>
          <h3 className="multi-step-form__step-3-title" id="step-3-title">Plan</h3>
          <div className="multi-step-form__step-3-fields">
            <fieldset className="multi-step-form__step-3-group">
              <legend className="multi-step-form__step-3-legend">Choose a plan</legend>
              <label className="multi-step-form__step-3-plan-1-option" htmlFor="step-3-plan-1">
                <input
                  className="multi-step-form__step-3-plan-1-radio"
                  id="step-3-plan-1"
                  name="plan"
                  type="radio"
                  defaultValue="plan1"
                />
                <span className="multi-step-form__step-3-plan-1-text">Starter — free</span>
              </label>
              <label className="multi-step-form__step-3-plan-2-option" htmlFor="step-3-plan-2">
                <input
                  className="multi-step-form__step-3-plan-2-radio"
                  id="step-3-plan-2"
                  name="plan"
                  type="radio"
                  defaultValue="plan2"
                  defaultChecked
                />
                <span className="multi-step-form__step-3-plan-2-text">Pro — $19/month</span>
              </label>
              <label className="multi-step-form__step-3-plan-3-option" htmlFor="step-3-plan-3">
                <input
                  className="multi-step-form__step-3-plan-3-radio"
                  id="step-3-plan-3"
                  name="plan"
                  type="radio"
                  defaultValue="plan3"
                />
                <span className="multi-step-form__step-3-plan-3-text">Team — $49/month</span>
              </label>
            </fieldset>
          </div>
          <div className="multi-step-form__step-3-actions">
            <button
              className="multi-step-form__step-3-back"
              type="button"
              onClick={handleStep3BackClick}
            ><svg className="multi-step-form__svg-8" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path className="multi-step-form__path-8" d="m15 18-6-6 6-6" /></svg>Back</button>
            <button
              className="multi-step-form__step-3-next"
              type="button"
              onClick={handleStep3NextClick}
            >Create workspace</button>
          </div>
        </section>
      )}
    </form>
  );
}

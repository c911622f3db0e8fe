const styles = `:host {
  display: contents;
  --color-primary: #0b6477;
  --color-primary-hover: #09505f;
  --color-on-primary: #ffffff;
  --color-surface: #ffffff;
  --color-surface-muted: #f1f5f9;
  --color-text: #0f172a;
  --color-text-muted: #64748b;
  --color-border: #e2e8f0;
  --color-focus: #14919b;
  --color-danger: #dc2626;
  --space-xs: 0.25rem;
  --space-sm: 0.5rem;
  --space-md: 1rem;
  --space-lg: 1.5rem;
  --space-xl: 2rem;
  --radius-md: 8px;
  --radius-lg: 12px;
  --radius-full: 9999px;
  --border-width: 1px;
  --font-family-base: Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --font-family-heading: Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --font-size-sm: 0.875rem;
  --font-size-md: 1rem;
  --font-size-xl: 1.25rem;
  --font-size-2xl: 1.5rem;
  --font-weight-medium: 500;
  --font-weight-semibold: 600;
  --font-weight-bold: 700;
  --line-height-tight: 1.25;
  --line-height-normal: 1.5;
  --shadow-sm: 0 1px 2px 0 rgb(15 23 42 / 0.06);
  --duration-fast: 150ms;
}

.multi-step-form__wizard {
  display: flex;
  flex-direction: column;
  gap: var(--space-lg);
  box-sizing: border-box;
  width: 100%;
  max-width: 40rem;
  padding: var(--space-lg);
  border-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-border);
  border-radius: var(--radius-lg);
  box-shadow: var(--shadow-sm);
  background-color: var(--color-surface);
  color: var(--color-text);
  font-family: var(--font-family-base);
}

.multi-step-form__wizard-title {
  margin: 0;
  color: var(--color-text);
  font-family: var(--font-family-heading);
  font-size: var(--font-size-2xl);
  font-weight: var(--font-weight-bold);
  line-height: var(--line-height-tight);
}

.multi-step-form__stepper {
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: var(--space-sm);
  margin: 0;
  padding: 0;
  list-style: none;
}

.multi-step-form__stepper-1,
.multi-step-form__stepper-2,
.multi-step-form__stepper-3 {
  display: flex;
  flex-grow: 1;
  align-items: center;
  gap: var(--space-sm);
}

.multi-step-form__stepper-1-current,
.multi-step-form__stepper-2-current,
.multi-step-form__stepper-3-current {
  display: flex;
  align-items: center;
  gap: var(--space-sm);
}

.multi-step-form__stepper-1-current-marker,
.multi-step-form__stepper-1-done-marker,
.multi-step-form__stepper-2-current-marker,
.multi-step-form__stepper-2-done-marker,
.multi-step-form__stepper-3-current-marker,
.multi-step-form__stepper-3-done-marker {
  display: inline-flex;
  flex-shrink: 0;
  align-items: center;
  justify-content: center;
  width: var(--space-xl);
  height: var(--space-xl);
  border-radius: var(--radius-full);
  background-color: var(--color-primary);
  color: var(--color-on-primary);
  font-size: var(--font-size-sm);
  font-weight: var(--font-weight-bold);
}

.multi-step-form__stepper-1-current-label,
.multi-step-form__stepper-2-current-label,
.multi-step-form__stepper-3-current-label {
  display: none;
  color: var(--color-text);
  font-size: var(--font-size-sm);
  font-weight: var(--font-weight-semibold);
}

.multi-step-form__stepper-1-todo-marker,
.multi-step-form__stepper-2-todo-marker,
.multi-step-form__stepper-3-todo-marker {
  display: inline-flex;
  flex-shrink: 0;
  align-items: center;
  justify-content: center;
  width: var(--space-xl);
  height: var(--space-xl);
  border-radius: var(--radius-full);
  background-color: var(--color-surface-muted);
  color: var(--color-text);
  font-size: var(--font-size-sm);
  font-weight: var(--font-weight-bold);
}

.multi-step-form__stepper-1-other-label,
.multi-step-form__stepper-2-other-label,
.multi-step-form__stepper-3-other-label {
  display: none;
  color: var(--color-text-muted);
  font-size: var(--font-size-sm);
  font-weight: var(--font-weight-medium);
}

.multi-step-form__step-1,
.multi-step-form__step-2,
.multi-step-form__step-3 {
  display: flex;
  flex-direction: column;
  gap: var(--space-md);
}

.multi-step-form__step-1-count,
.multi-step-form__step-2-count,
.multi-step-form__step-3-count {
  margin: 0;
  color: var(--color-text-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-sm);
  line-height: var(--line-height-normal);
}

.multi-step-form__step-1-title,
.multi-step-form__step-2-title,
.multi-step-form__step-3-title {
  margin: 0;
  color: var(--color-text);
  font-family: var(--font-family-heading);
  font-size: var(--font-size-xl);
  font-weight: var(--font-weight-bold);
  line-height: var(--line-height-tight);
}

.multi-step-form__step-1-fields,
.multi-step-form__step-2-fields {
  display: grid;
  grid-template-columns: minmax(0, 1fr);
  gap: var(--space-md);
}

.multi-step-form__step-1-email-field,
.multi-step-form__step-1-password-field,
.multi-step-form__step-2-name-field,
.multi-step-form__step-2-company-field {
  display: flex;
  flex-direction: column;
  gap: var(--space-xs);
}

.multi-step-form__step-1-email-label,
.multi-step-form__step-1-password-label,
.multi-step-form__step-2-name-label,
.multi-step-form__step-2-company-label {
  color: var(--color-text);
  font-size: var(--font-size-sm);
  font-weight: var(--font-weight-medium);
}

.multi-step-form__step-1-email-required,
.multi-step-form__step-1-password-required,
.multi-step-form__step-2-name-required {
  color: var(--color-danger);
}

.multi-step-form__step-1-email-input,
.multi-step-form__step-1-password-input,
.multi-step-form__step-2-name-input,
.multi-step-form__step-2-company-input {
  box-sizing: border-box;
  width: 100%;
  padding: var(--space-sm) var(--space-md);
  border-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-border);
  border-radius: var(--radius-md);
  background-color: var(--color-surface);
  color: var(--color-text);
  font-family: var(--font-family-base);
  font-size: var(--font-size-md);
  line-height: var(--line-height-normal);
  transition-property: background-color, border-color, color, box-shadow, transform, opacity;
  transition-duration: var(--duration-fast);
  transition-timing-function: ease-out;
}

.multi-step-form__step-1-email-input:hover,
.multi-step-form__step-1-password-input:hover,
.multi-step-form__step-2-name-input:hover,
.multi-step-form__step-2-company-input:hover {
  border-color: var(--color-text-muted);
}

.multi-step-form__step-1-email-input:focus-visible,
.multi-step-form__step-1-password-input:focus-visible,
.multi-step-form__step-2-name-input:focus-visible,
.multi-step-form__step-2-company-input:focus-visible {
  border-color: var(--color-focus);
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: 0;
}

.multi-step-form__step-1-email-input:active,
.multi-step-form__step-1-password-input:active,
.multi-step-form__step-2-name-input:active,
.multi-step-form__step-2-company-input:active {
  border-color: var(--color-focus);
}

.multi-step-form__step-1-email-input:disabled,
.multi-step-form__step-1-password-input:disabled,
.multi-step-form__step-2-name-input:disabled,
.multi-step-form__step-2-company-input:disabled {
  background-color: var(--color-surface-muted);
  opacity: 0.7;
  cursor: not-allowed;
}

.multi-step-form__step-1-actions,
.multi-step-form__step-2-actions,
.multi-step-form__step-3-actions {
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: var(--space-sm);
  margin-top: var(--space-sm);
}

.multi-step-form__step-1-back,
.multi-step-form__step-2-back,
.multi-step-form__step-3-back {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  gap: var(--space-xs);
  padding: var(--space-sm) var(--space-md);
  border-width: var(--border-width);
  border-style: solid;
  border-color: transparent;
  border-radius: var(--radius-md);
  background-color: transparent;
  color: var(--color-primary);
  font-family: var(--font-family-base);
  font-size: var(--font-size-md);
  font-weight: var(--font-weight-semibold);
  line-height: var(--line-height-tight);
  text-decoration: none;
  white-space: nowrap;
  cursor: pointer;
  user-select: none;
  transition-property: background-color, border-color, color, box-shadow, transform, opacity;
  transition-duration: var(--duration-fast);
  transition-timing-function: ease-out;
}

.multi-step-form__step-1-back:hover,
.multi-step-form__step-2-back:hover,
.multi-step-form__step-3-back:hover {
  background-color: var(--color-surface-muted);
  color: var(--color-text);
}

.multi-step-form__step-1-back:focus-visible,
.multi-step-form__step-2-back:focus-visible,
.multi-step-form__step-3-back:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.multi-step-form__step-1-back:active,
.multi-step-form__step-2-back:active,
.multi-step-form__step-3-back:active {
  transform: translateY(1px);
}

.multi-step-form__step-1-back:disabled,
.multi-step-form__step-2-back:disabled,
.multi-step-form__step-3-back:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}

.multi-step-form__step-1-next,
.multi-step-form__step-2-next,
.multi-step-form__step-3-next {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  gap: var(--space-xs);
  padding: var(--space-sm) var(--space-md);
  border-width: var(--border-width);
  border-style: solid;
  border-color: transparent;
  border-radius: var(--radius-md);
  box-shadow: none;
  background-color: var(--color-primary);
  color: var(--color-on-primary);
  font-family: var(--font-family-base);
  font-size: var(--font-size-md);
  font-weight: var(--font-weight-semibold);
  line-height: var(--line-height-tight);
  text-decoration: none;
  white-space: nowrap;
  cursor: pointer;
  user-select: none;
  transition-property: background-color, border-color, color, box-shadow, transform, opacity;
  transition-duration: var(--duration-fast);
  transition-timing-function: ease-out;
}

.multi-step-form__step-1-next:hover,
.multi-step-form__step-2-next:hover,
.multi-step-form__step-3-next:hover {
  background-color: var(--color-primary-hover);
}

.multi-step-form__step-1-next:focus-visible,
.multi-step-form__step-2-next:focus-visible,
.multi-step-form__step-3-next:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.multi-step-form__step-1-next:active,
.multi-step-form__step-2-next:active,
.multi-step-form__step-3-next:active {
  transform: translateY(1px);
}

.multi-step-form__step-1-next:disabled,
.multi-step-form__step-2-next:disabled,
.multi-step-form__step-3-next:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}

.multi-step-form__step-3-fields {
  display: grid;
  grid-template-columns: minmax(0, 1fr);
  gap: var(--space-md);
}

.multi-step-form__step-3-group {
  display: flex;
  flex-direction: column;
  gap: var(--space-sm);
  margin: 0;
  padding: 0;
  border-width: 0;
}

.multi-step-form__step-3-legend {
  margin: 0;
  margin-bottom: var(--space-sm);
  color: var(--color-text);
  font-family: var(--font-family-heading);
  font-size: var(--font-size-sm);
  font-weight: var(--font-weight-bold);
  line-height: var(--line-height-tight);
}

.multi-step-form__step-3-plan-1-option,
.multi-step-form__step-3-plan-2-option,
.multi-step-form__step-3-plan-3-option {
  display: flex;
  align-items: flex-start;
  gap: var(--space-sm);
  margin: 0;
  color: var(--color-text);
  font-family: var(--font-family-base);
  font-size: var(--font-size-sm);
  line-height: var(--line-height-normal);
  cursor: pointer;
}

.multi-step-form__step-3-plan-1-radio,
.multi-step-form__step-3-plan-2-radio,
.multi-step-form__step-3-plan-3-radio {
  flex-shrink: 0;
  width: var(--font-size-md);
  height: var(--font-size-md);
  margin: 0;
  cursor: pointer;
  transition-property: background-color, border-color, color, box-shadow, transform, opacity;
  transition-duration: var(--duration-fast);
  transition-timing-function: ease-out;
}

.multi-step-form__step-3-plan-1-radio:hover,
.multi-step-form__step-3-plan-2-radio:hover,
.multi-step-form__step-3-plan-3-radio:hover {
  opacity: 0.85;
}

.multi-step-form__step-3-plan-1-radio:focus-visible,
.multi-step-form__step-3-plan-2-radio:focus-visible,
.multi-step-form__step-3-plan-3-radio:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.multi-step-form__step-3-plan-1-radio:active,
.multi-step-form__step-3-plan-2-radio:active,
.multi-step-form__step-3-plan-3-radio:active {
  transform: scale(0.95);
}

.multi-step-form__step-3-plan-1-radio:disabled,
.multi-step-form__step-3-plan-2-radio:disabled,
.multi-step-form__step-3-plan-3-radio:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}

@media (min-width: 640px) {
  .multi-step-form__stepper-1-current-label,
  .multi-step-form__stepper-2-current-label,
  .multi-step-form__stepper-3-current-label {
    display: inline;
  }

  .multi-step-form__stepper-1-other-label,
  .multi-step-form__stepper-2-other-label,
  .multi-step-form__stepper-3-other-label {
    display: inline;
  }
}

@media (min-width: 768px) {
  .multi-step-form__wizard {
    padding: var(--space-xl);
  }

  .multi-step-form__step-1-fields,
  .multi-step-form__step-2-fields {
    grid-template-columns: repeat(2, minmax(0, 1fr));
  }
}`;

/**
 * Multi-step form (3 steps)
 *
 * Usage: <multi-step-form></multi-step-form>
 * Events: complete
 */
export class MultiStepForm extends HTMLElement {
  static readonly observedAttributes = [];

  readonly #shadow = this.attachShadow({ mode: 'open' });
  #rendering = false;
  #step = 1;
  #done1 = false;
  #done2 = false;
  #done3 = false;

  constructor() {
    super();
    this.#shadow.adoptedStyleSheets = styleSheet();
  }

  connectedCallback(): void {
    this.#render();
  }

  attributeChangedCallback(): void {
    if (this.isConnected) this.#render();
  }

  #handleWizardSubmit(event: Event): void {
    event.preventDefault();
    this.dispatchEvent(new CustomEvent('complete', { bubbles: true, composed: true }));
  }

  #handleStep1NextClick(): void {
    this.#done1 = true;
    this.#step = 2;
    this.#render();
  }

  #handleStep2BackClick(): void {
    this.#step = 1;
    this.#render();
  }

  #handleStep2NextClick(): void {
    this.#done2 = true;
    this.#step = 3;
    this.#render();
  }

  #handleStep3BackClick(): void {
    this.#step = 2;
    this.#render();
  }

  #handleStep3NextClick(): void {
    this.dispatchEvent(new CustomEvent('complete', { bubbles: true, composed: true }));
  }

  #render(): void {
    // Restoring focus can fire a focus handler that renders again: ignore that nested call.
    if (this.#rendering) return;
    this.#rendering = true;
    try {
      restoreFocus(this.#shadow, () => this.#shadow.replaceChildren(this.#view()));
    } finally {
      this.#rendering = false;
    }
  }

  #view(): Node {
    return h('form', {
      class: 'multi-step-form__wizard',
      'aria-labelledby': 'wizard-title',
      onsubmit: (event) => this.#handleWizardSubmit(event),
    }, [
      h('h2', { class: 'multi-step-form__wizard-title', id: 'wizard-title' }, [
        'Set up your workspace',
      ]),
      h('ol', { class: 'multi-step-form__stepper', 'aria-label': 'Progress' }, [
        h('li', { class: 'multi-step-form__stepper-1' }, [
          ...(this.#step === 1 ? [
            h('span', {
              class: 'multi-step-form__stepper-1-current',
              'aria-current': 'step',
            }, [
              h('span', {
                class: 'multi-step-form__stepper-1-current-marker',
                'aria-hidden': 'true',
              }, ['1']),
              h('span', { class: 'multi-step-form__stepper-1-current-label' }, ['Account']),
            ]),
          ] : [
            this.#done1 ? h('span', {
              class: 'multi-step-form__stepper-1-done-marker',
              'aria-hidden': 'true',
            }, [
              h('svg', {
                class: 'multi-step-form__svg-1',
                'viewBox': '0 0 24 24',
                fill: 'none',
                stroke: 'currentColor',
                'stroke-width': '2',
                'stroke-linecap': 'round',
                'stroke-linejoin': 'round',
                focusable: 'false',
                width: '16',
                height: '16',
                'aria-hidden': 'true',
              }, [h('path', { class: 'multi-step-form__path-1', d: 'M20 6 9 17l-5-5' })]),
            ]) : h('span', {
              class: 'multi-step-form__stepper-1-todo-marker',
              'aria-hidden': 'true',
            }, ['1']),
            h('span', { class: 'multi-step-form__stepper-1-other-label' }, ['Account']),
          ]),
        ]),
        h('li', { class: 'multi-step-form__stepper-2' }, [
          ...(this.#step === 2 ? [
            h('span', {
              class: 'multi-step-form__stepper-2-current',
              'aria-current': 'step',
            }, [
              h('span', {
                class: 'multi-step-form__stepper-2-current-marker',
                'aria-hidden': 'true',
              }, ['2']),
              h('span', { class: 'multi-step-form__stepper-2-current-label' }, ['Profile']),
            ]),
          ] : [
            this.#done2 ? h('span', {
              class: 'multi-step-form__stepper-2-done-marker',
              'aria-hidden': 'true',
            }, [
              h('svg', {
                class: 'multi-step-form__svg-2',
                'viewBox': '0 0 24 24',
                fill: 'none',
                stroke: 'currentColor',
                'stroke-width': '2',
                'stroke-linecap': 'round',
                'stroke-linejoin': 'round',
                focusable: 'false',
                width: '16',
                height: '16',
                'aria-hidden': 'true',
              }, [h('path', { class: 'multi-step-form__path-2', d: 'M20 6 9 17l-5-5' })]),
            ]) : h('span', {
              class: 'multi-step-form__stepper-2-todo-marker',
              'aria-hidden': 'true',
            }, ['2']),
            h('span', { class: 'multi-step-form__stepper-2-other-label' }, ['Profile']),
          ]),
        ]),
        h('li', { class: 'multi-step-form__stepper-3' }, [
          ...(this.#step === 3 ? [
            h('span', {
              class: 'multi-step-form__stepper-3-current',
              'aria-current': 'step',
            }, [
              h('span', {
                class: 'multi-step-form__stepper-3-current-marker',
                'aria-hidden': 'true',
              }, ['3']),
              h('span', { class: 'multi-step-form__stepper-3-current-label' }, ['Plan']),
            ]),
          ] : [
            this.#done3 ? h('span', {
              class: 'multi-step-form__stepper-3-done-marker',
              'aria-hidden': 'true',
            }, [
              h('svg', {
                class: 'multi-step-form__svg-3',
                'viewBox': '0 0 24 24',
                fill: 'none',
                stroke: 'currentColor',
                'stroke-width': '2',
                'stroke-linecap': 'round',
                'stroke-linejoin': 'round',
                focusable: 'false',
                width: '16',
                height: '16',
                'aria-hidden': 'true',
              }, [h('path', { class: 'multi-step-form__path-3', d: 'M20 6 9 17l-5-5' })]),
            ]) : h('span', {
              class: 'multi-step-form__stepper-3-todo-marker',
              'aria-hidden': 'true',
            }, ['3']),
            h('span', { class: 'multi-step-form__stepper-3-other-label' }, ['Plan']),
          ]),
        ]),
      ]),
      this.#step === 1 ? h('section', { class: 'multi-step-form__step-1', 'aria-labelledby': 'step-1-title' }, [
        h('p', { class: 'multi-step-form__step-1-count' }, ['Step 1 / 3']),
        h('h3', { class: 'multi-step-form__step-1-title', id: 'step-1-title' }, ['Account']),
        h('div', { class: 'multi-step-form__step-1-fields' }, [
          h('div', { class: 'multi-step-form__step-1-email-field' }, [
            h('label', {
              class: 'multi-step-form__step-1-email-label',
              for: 'step-1-email',
            }, [
              'Work email',
              h('span', {
                class: 'multi-step-form__step-1-email-required',
                'aria-hidden': 'true',
              }, [' *']),
            ]),
            h('input', {
              class: 'multi-step-form__step-1-email-input',
              id: 'step-1-email',
              name: 'step-1-email',
              type: 'email',
              autocomplete: 'email',
              required: true,
            }),
          ]),
          h('div', { class: 'multi-step-form__step-1-password-field' }, [
            h('label', {
              class: 'multi-step-form__step-1-password-label',
              for: 'step-1-password',
            }, [
              'Password',
              h('span', {
                class: 'multi-step-form__step-1-password-required',
                'aria-hidden': 'true',
              }, [' *']),
            ]),
            h('input', {
              class: 'multi-step-form__step-1-password-input',
              id: 'step-1-password',
              name: 'step-1-password',
              type: 'password',
              autocomplete: 'new-password',
              required: true,
            }),
          ]),
        ]),
        h('div', { class: 'multi-step-form__step-1-actions' }, [
          h('button', {
            class: 'multi-step-form__step-1-back',
            type: 'button',
            disabled: true,
          }, [
            h('svg', {
              class: 'multi-step-form__svg-4',
              'viewBox': '0 0 24 24',
              fill: 'none',
              stroke: 'currentColor',
              'stroke-width': '2',
              'stroke-linecap': 'round',
              'stroke-linejoin': 'round',
              focusable: 'false',
              width: '18',
              height: '18',
              'aria-hidden': 'true',
            }, [h('path', { class: 'multi-step-form__path-4', d: 'm15 18-6-6 6-6' })]),
            'Back',
          ]),
          h('button', {
            class: 'multi-step-form__step-1-next',
            type: 'button',
            onclick: () => this.#handleStep1NextClick(),
          }, [
            'Continue',
            h('svg', {
              class: 'multi-step-form__svg-5',
              'viewBox': '0 0 24 24',
              fill: 'none',
              stroke: 'currentColor',
              'stroke-width': '2',
              'stroke-linecap': 'round',
              'stroke-linejoin': 'round',
              focusable: 'false',
              width: '18',
              height: '18',
              'aria-hidden': 'true',
            }, [h('path', { class: 'multi-step-form__path-5', d: 'm9 18 6-6-6-6' })]),
          ]),
        ]),
      ]) : null,
      this.#step === 2 ? h('section', { class: 'multi-step-form__step-2', 'aria-labelledby': 'step-2-title' }, [
        h('p', { class: 'multi-step-form__step-2-count' }, ['Step 2 / 3']),
        h('h3', { class: 'multi-step-form__step-2-title', id: 'step-2-title' }, ['Profile']),
        h('div', { class: 'multi-step-form__step-2-fields' }, [
          h('div', { class: 'multi-step-form__step-2-name-field' }, [
            h('label', { class: 'multi-step-form__step-2-name-label', for: 'step-2-name' }, [
              'Full name',
              h('span', {
                class: 'multi-step-form__step-2-name-required',
                'aria-hidden': 'true',
              }, [' *']),
            ]),
            h('input', {
              class: 'multi-step-form__step-2-name-input',
              id: 'step-2-name',
              name: 'step-2-name',
              type: 'text',
              autocomplete: 'name',
              required: true,
            }),
          ]),
          h('div', { class: 'multi-step-form__step-2-company-field' }, [
            h('label', {
              class: 'multi-step-form__step-2-company-label',
              for: 'step-2-company',
            }, ['Company']),
            h('input', {
              class: 'multi-step-form__step-2-company-input',
              id: 'step-2-company',
              name: 'step-2-company',
              type: 'text',
              autocomplete: 'organization',
            }),
          ]),
        ]),
        h('div', { class: 'multi-step-form__step-2-actions' }, [
          h('button', {
            class: 'multi-step-form__step-2-back',
            type: 'button',
            onclick: () => this.#handleStep2BackClick(),
          }, [
            h('svg', {
              class: 'multi-step-form__svg-6',
              'viewBox': '0 0 24 24',
              fill: 'none',
              stroke: 'currentColor',
              'stroke-width': '2',
              'stroke-linecap': 'round',
              'stroke-linejoin': 'round',
              focusable: 'false',
              width: '18',
              height: '18',
              'aria-hidden': 'true',
            }, [h('path', { class: 'multi-step-form__path-6', d: 'm15 18-6-6 6-6' })]),
            'Back',
          ]),
          h('button', {
            class: 'multi-step-form__step-2-next',
            type: 'button',
            onclick: () => this.#handleStep2NextClick(),
          }, [
            'Continue',
            h('svg', {
              class: 'multi-step-form__svg-7',
              'viewBox': '0 0 24 24',
              fill: 'none',
              stroke: 'currentColor',
              'stroke-width': '2',
              'stroke-linecap': 'round',
              'stroke-linejoin': 'round',
              focusable: 'false',
              width: '18',
              height: '18',
              'aria-hidden': 'true',
            }, [h('path', { class: 'multi-step-form__path-7', d: 'm9 18 6-6-6-6' })]),
          ]),
        ]),
      ]) : null,
      this.#step === 3 ? h('section', { class: 'multi-step-form__step-3', 'aria-labelledby': 'step-3-title' }, [
        h('p', { class: 'multi-step-form__step-3-count' }, ['Step 3 / 3']),
        h('h3', { class: 'multi-step-form__step-3-title', id: 'step-3-title' }, ['Plan']),
        h('div', { class: 'multi-step-form__step-3-fields' }, [
          h('fieldset', { class: 'multi-step-form__step-3-group' }, [
            h('legend', { class: 'multi-step-form__step-3-legend' }, ['Choose a plan']),
            h('label', {
              class: 'multi-step-form__step-3-plan-1-option',
              for: 'step-3-plan-1',
            }, [
              h('input', {
                class: 'multi-step-form__step-3-plan-1-radio',
                id: 'step-3-plan-1',
                name: 'plan',
                type: 'radio',
                value: 'plan1',
              }),
              h('span', { class: 'multi-step-form__step-3-plan-1-text' }, ['Starter — free']),
            ]),
            h('label', {
              class: 'multi-step-form__step-3-plan-2-option',
              for: 'step-3-plan-2',
            }, [
              h('input', {
                class: 'multi-step-form__step-3-plan-2-radio',
                id: 'step-3-plan-2',
                name: 'plan',
                type: 'radio',
                value: 'plan2',
                checked: true,
              }),
              h('span', { class: 'multi-step-form__step-3-plan-2-text' }, [
                'Pro — $19/month',
              ]),
            ]),
            h('label', {
              class: 'multi-step-form__step-3-plan-3-option',
              for: 'step-3-plan-3',
            }, [
              h('input', {
                class: 'multi-step-form__step-3-plan-3-radio',
                id: 'step-3-plan-3',
                name: 'plan',
                type: 'radio',
                value: 'plan3',
              }),
              h('span', { class: 'multi-step-form__step-3-plan-3-text' }, [
                'Team — $49/month',
              ]),
            ]),
          ]),
        ]),
        h('div', { class: 'multi-step-form__step-3-actions' }, [
          h('button', {
            class: 'multi-step-form__step-3-back',
            type: 'button',
            onclick: () => this.#handleStep3BackClick(),
          }, [
            h('svg', {
              class: 'multi-step-form__svg-8',
              'viewBox': '0 0 24 24',
              fill: 'none',
              stroke: 'currentColor',
              'stroke-width': '2',
              'stroke-linecap': 'round',
              'stroke-linejoin': 'round',
              focusable: 'false',
              width: '18',
              height: '18',
              'aria-hidden': 'true',
            }, [h('path', { class: 'multi-step-form__path-8', d: 'm15 18-6-6 6-6' })]),
            'Back',
          ]),
          h('button', {
            class: 'multi-step-form__step-3-next',
            type: 'button',
            onclick: () => this.#handleStep3NextClick(),
          }, ['Create workspace']),
        ]),
      ]) : null,
    ]);
  }
}

let sheet: CSSStyleSheet | undefined;

/** One constructable stylesheet, shared by every instance. */
function styleSheet(): CSSStyleSheet[] {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(styles);
  }
  return [sheet];
}

type Child = Node | string | number | null | undefined;
type Props = Record<string, string | boolean | null | undefined | ((event: Event) => void)>;

const SVG_TAGS = new Set(['svg', 'path', 'circle', 'rect', 'line', 'polyline', 'g']);

/**
 * Builds an element: `on…` functions become listeners, other values
 * attributes set as text (true: present, false/null: absent); children are
 * nodes or text. Nothing is ever parsed as markup.
 */
function h(tag: string, props: Props = {}, children: Child[] = []): Element {
  const el = SVG_TAGS.has(tag) ? document.createElementNS('http://www.w3.org/2000/svg', tag) : document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (typeof value === 'function') el.addEventListener(name.slice(2), value);
    else if (value === true) el.setAttribute(name, '');
    else if (typeof value === 'string') el.setAttribute(name, value);
  }
  for (const child of children) {
    if (child !== null && child !== undefined) el.append(typeof child === 'number' ? String(child) : child);
  }
  return el;
}

/** A render replaces the shadow tree: give focus, and a text field's caret, back to the same element. */
function restoreFocus(root: ShadowRoot, render: () => void): void {
  const active = root.activeElement;
  const key = active?.getAttribute('class') ?? null;
  const peers = () => [...root.querySelectorAll('*')].filter((el) => el.getAttribute('class') === key);
  const index = active ? peers().indexOf(active) : -1;
  const field = active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement ? active : undefined;
  const caret = field ? [field.selectionStart, field.selectionEnd] : [null, null];
  render();
  const next = index >= 0 ? peers()[index] : undefined;
  if (!(next instanceof HTMLElement || next instanceof SVGElement)) return;
  next.focus();
  const [start, end] = caret;
  if (start !== null && start !== undefined && (next instanceof HTMLInputElement || next instanceof HTMLTextAreaElement)) {
    next.setSelectionRange(start, end ?? start);
  }
}

if (!customElements.get('multi-step-form')) customElements.define('multi-step-form', MultiStepForm);

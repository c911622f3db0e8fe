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
  --radius-sm: 4px;
  --radius-md: 8px;
  --radius-lg: 12px;
  --border-width: 1px;
  --font-family-base: Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --font-family-heading: Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --font-size-sm: 0.875rem;
  --font-size-md: 1rem;
  --font-size-2xl: 1.5rem;
  --font-weight-medium: 500;
  --font-weight-semibold: 600;
  --font-weight-bold: 700;
  --line-height-tight: 1.25;
  --line-height-normal: 1.5;
  --shadow-sm: 0 1px 2px 0 rgb(15 23 42 / 0.06);
  --duration-fast: 150ms;
}

.sign-up-form__signup {
  display: flex;
  flex-direction: column;
  gap: var(--space-lg);
  box-sizing: border-box;
  width: 100%;
  max-width: 32rem;
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

.sign-up-form__signup-header {
  display: flex;
  flex-direction: column;
  gap: var(--space-sm);
}

.sign-up-form__signup-title {
  margin: 0;
  color: var(--color-text);
  font-family: var(--font-family-heading);
  font-size: var(--font-size-2xl);
  font-weight: var(--font-weight-bold);
  line-height: var(--line-height-tight);
}

.sign-up-form__signup-subtitle {
  margin: 0;
  color: var(--color-text-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-md);
  line-height: var(--line-height-normal);
}

.sign-up-form__signup-fields {
  display: flex;
  flex-direction: column;
  gap: var(--space-md);
}

.sign-up-form__signup-names {
  display: grid;
  grid-template-columns: minmax(0, 1fr);
  gap: var(--space-md);
}

.sign-up-form__signup-first-field,
.sign-up-form__signup-last-field,
.sign-up-form__signup-email-field,
.sign-up-form__signup-password-field {
  display: flex;
  flex-direction: column;
  gap: var(--space-xs);
}

.sign-up-form__signup-first-label,
.sign-up-form__signup-last-label,
.sign-up-form__signup-email-label,
.sign-up-form__signup-password-label {
  color: var(--color-text);
  font-size: var(--font-size-sm);
  font-weight: var(--font-weight-medium);
}

.sign-up-form__signup-first-required,
.sign-up-form__signup-last-required,
.sign-up-form__signup-email-required,
.sign-up-form__signup-password-required {
  color: var(--color-danger);
}

.sign-up-form__signup-first-input,
.sign-up-form__signup-last-input,
.sign-up-form__signup-email-input {
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

.sign-up-form__signup-first-input:hover,
.sign-up-form__signup-last-input:hover,
.sign-up-form__signup-email-input:hover {
  border-color: var(--color-text-muted);
}

.sign-up-form__signup-first-input:focus-visible,
.sign-up-form__signup-last-input:focus-visible,
.sign-up-form__signup-email-input:focus-visible {
  border-color: var(--color-focus);
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: 0;
}

.sign-up-form__signup-first-input:active,
.sign-up-form__signup-last-input:active,
.sign-up-form__signup-email-input:active {
  border-color: var(--color-focus);
}

.sign-up-form__signup-first-input:disabled,
.sign-up-form__signup-last-input:disabled,
.sign-up-form__signup-email-input:disabled {
  background-color: var(--color-surface-muted);
  opacity: 0.7;
  cursor: not-allowed;
}

.sign-up-form__signup-password-control {
  position: relative;
}

.sign-up-form__signup-password-input {
  box-sizing: border-box;
  width: 100%;
  padding: var(--space-sm) var(--space-md);
  padding-right: var(--space-xl);
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

.sign-up-form__signup-password-input:hover {
  border-color: var(--color-text-muted);
}

.sign-up-form__signup-password-input:focus-visible {
  border-color: var(--color-focus);
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: 0;
}

.sign-up-form__signup-password-input:active {
  border-color: var(--color-focus);
}

.sign-up-form__signup-password-input:disabled {
  background-color: var(--color-surface-muted);
  opacity: 0.7;
  cursor: not-allowed;
}

.sign-up-form__signup-password-show,
.sign-up-form__signup-password-hide {
  position: absolute;
  top: 50%;
  right: var(--space-xs);
  display: inline-flex;
  align-items: center;
  justify-content: center;
  padding: var(--space-xs);
  border-width: var(--border-width);
  border-style: solid;
  border-color: transparent;
  border-radius: var(--radius-md);
  background-color: transparent;
  color: var(--color-text-muted);
  font-family: inherit;
  cursor: pointer;
  transform: translateY(-50%);
  transition-property: background-color, border-color, color, box-shadow, transform, opacity;
  transition-duration: var(--duration-fast);
  transition-timing-function: ease-out;
}

.sign-up-form__signup-password-show:hover,
.sign-up-form__signup-password-hide:hover {
  background-color: var(--color-surface-muted);
  color: var(--color-text);
}

.sign-up-form__signup-password-show:focus-visible,
.sign-up-form__signup-password-hide:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.sign-up-form__signup-password-show:active,
.sign-up-form__signup-password-hide:active {
  transform: translateY(-50%) scale(0.95);
}

.sign-up-form__signup-password-show:disabled,
.sign-up-form__signup-password-hide:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}

.sign-up-form__signup-password-hint {
  margin: 0;
  color: var(--color-text-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-sm);
  line-height: var(--line-height-normal);
}

.sign-up-form__signup-terms-option,
.sign-up-form__signup-updates-option {
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

.sign-up-form__signup-terms-checkbox,
.sign-up-form__signup-updates-checkbox {
  flex-shrink: 0;
  width: var(--font-size-md);
  height: var(--font-size-md);
  margin: 0;
  cursor: pointer;
  transition-property: background-color, border-color, color, box-shadow, transform, opacity;
  transition-duration: var(--duration-fast);
  transition-timing-function: ease-out;
}

.sign-up-form__signup-terms-checkbox:hover,
.sign-up-form__signup-updates-checkbox:hover {
  opacity: 0.85;
}

.sign-up-form__signup-terms-checkbox:focus-visible,
.sign-up-form__signup-updates-checkbox:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.sign-up-form__signup-terms-checkbox:active,
.sign-up-form__signup-updates-checkbox:active {
  transform: scale(0.95);
}

.sign-up-form__signup-terms-checkbox:disabled,
.sign-up-form__signup-updates-checkbox:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}

.sign-up-form__signup-terms-link,
.sign-up-form__signup-privacy-link,
.sign-up-form__signup-sign-in {
  border-radius: var(--radius-sm);
  color: var(--color-primary);
  font-family: inherit;
  font-weight: var(--font-weight-medium);
  text-decoration: none;
  cursor: pointer;
  transition-property: background-color, border-color, color, box-shadow, transform, opacity;
  transition-duration: var(--duration-fast);
  transition-timing-function: ease-out;
}

.sign-up-form__signup-terms-link:hover,
.sign-up-form__signup-privacy-link:hover,
.sign-up-form__signup-sign-in:hover {
  text-decoration: underline;
}

.sign-up-form__signup-terms-link:focus-visible,
.sign-up-form__signup-privacy-link:focus-visible,
.sign-up-form__signup-sign-in:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.sign-up-form__signup-terms-link:active,
.sign-up-form__signup-privacy-link:active,
.sign-up-form__signup-sign-in:active {
  text-decoration: underline;
}

.sign-up-form__signup-submit {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  gap: var(--space-xs);
  width: 100%;
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

.sign-up-form__signup-submit:hover {
  background-color: var(--color-primary-hover);
}

.sign-up-form__signup-submit:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.sign-up-form__signup-submit:active {
  transform: translateY(1px);
}

.sign-up-form__signup-submit:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}

.sign-up-form__signup-footer {
  margin: 0;
  color: var(--color-text-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-sm);
  line-height: var(--line-height-normal);
  text-align: center;
}

@media (min-width: 640px) {
  .sign-up-form__signup {
    padding: var(--space-xl);
  }

  .sign-up-form__signup-names {
    grid-template-columns: repeat(2, minmax(0, 1fr));
  }
}`;

/**
 * Sign-up form
 *
 * Usage: <sign-up-form></sign-up-form>
 * Events: submit
 */
export class SignUpForm extends HTMLElement {
  static readonly observedAttributes = [];

  readonly #shadow = this.attachShadow({ mode: 'open' });
  #rendering = false;
  #passwordType = 'password';
  #submitting = false;

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

  #handleSignupSubmit(event: Event): void {
    event.preventDefault();
    this.#submitting = true;
    this.dispatchEvent(new CustomEvent('submit', { bubbles: true, composed: true }));
    this.#render();
  }

  #handleSignupPasswordShowClick(): void {
    this.#passwordType = 'text';
    this.#render();
  }

  #handleSignupPasswordHideClick(): void {
    this.#passwordType = 'password';
    this.#render();
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
      class: 'sign-up-form__signup',
      'aria-labelledby': 'signup-title',
      onsubmit: (event) => this.#handleSignupSubmit(event),
    }, [
      h('header', { class: 'sign-up-form__signup-header' }, [
        h('h2', { class: 'sign-up-form__signup-title', id: 'signup-title' }, [
          'Create your account',
        ]),
        h('p', { class: 'sign-up-form__signup-subtitle' }, [
          'Start your 14-day free trial. No credit card required.',
        ]),
      ]),
      h('div', { class: 'sign-up-form__signup-fields' }, [
        h('div', { class: 'sign-up-form__signup-names' }, [
          h('div', { class: 'sign-up-form__signup-first-field' }, [
            h('label', {
              class: 'sign-up-form__signup-first-label',
              for: 'signup-first-name',
            }, [
              'First name',
              h('span', {
                class: 'sign-up-form__signup-first-required',
                'aria-hidden': 'true',
              }, [' *']),
            ]),
            h('input', {
              class: 'sign-up-form__signup-first-input',
              id: 'signup-first-name',
              name: 'signup-first-name',
              type: 'text',
              autocomplete: 'given-name',
              required: true,
            }),
          ]),
          h('div', { class: 'sign-up-form__signup-last-field' }, [
            h('label', {
              class: 'sign-up-form__signup-last-label',
              for: 'signup-last-name',
            }, [
              'Last name',
              h('span', {
                class: 'sign-up-form__signup-last-required',
                'aria-hidden': 'true',
              }, [' *']),
            ]),
            h('input', {
              class: 'sign-up-form__signup-last-input',
              id: 'signup-last-name',
              name: 'signup-last-name',
              type: 'text',
              autocomplete: 'family-name',
              required: true,
            }),
          ]),
        ]),
        h('div', { class: 'sign-up-form__signup-email-field' }, [
          h('label', { class: 'sign-up-form__signup-email-label', for: 'signup-email' }, [
            'Work email',
            h('span', {
              class: 'sign-up-form__signup-email-required',
              'aria-hidden': 'true',
            }, [' *']),
          ]),
          h('input', {
            class: 'sign-up-form__signup-email-input',
            id: 'signup-email',
            name: 'signup-email',
            type: 'email',
            placeholder: 'you@company.com',
            autocomplete: 'email',
            required: true,
          }),
        ]),
        h('div', { class: 'sign-up-form__signup-password-field' }, [
          h('label', {
            class: 'sign-up-form__signup-password-label',
            for: 'signup-password',
          }, [
            'Password',
            h('span', {
              class: 'sign-up-form__signup-password-required',
              'aria-hidden': 'true',
            }, [' *']),
          ]),
          h('div', { class: 'sign-up-form__signup-password-control' }, [
            h('input', {
              class: 'sign-up-form__signup-password-input',
              id: 'signup-password',
              name: 'signup-password',
              type: this.#passwordType,
              autocomplete: 'new-password',
              required: true,
              minlength: '8',
              'aria-describedby': 'signup-password-hint',
            }),
            this.#passwordType === 'password' ? h('button', {
              class: 'sign-up-form__signup-password-show',
              type: 'button',
              'aria-label': 'Show password',
              'aria-controls': 'signup-password',
              onclick: () => this.#handleSignupPasswordShowClick(),
            }, [
              h('svg', {
                class: 'sign-up-form__svg-1',
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
              }, [
                h('path', {
                  class: 'sign-up-form__path-1',
                  d: 'M2 12s4-7 10-7 10 7 10 7-4 7-10 7S2 12 2 12z',
                }),
                h('circle', { class: 'sign-up-form__circle-1', cx: '12', cy: '12', r: '3' }),
              ]),
            ]) : h('button', {
              class: 'sign-up-form__signup-password-hide',
              type: 'button',
              'aria-label': 'Hide password',
              'aria-controls': 'signup-password',
              onclick: () => this.#handleSignupPasswordHideClick(),
            }, [
              h('svg', {
                class: 'sign-up-form__svg-2',
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
              }, [
                h('path', {
                  class: 'sign-up-form__path-2',
                  d: 'M2 12s4-7 10-7 10 7 10 7-4 7-10 7S2 12 2 12zM3 3l18 18',
                }),
                h('circle', { class: 'sign-up-form__circle-2', cx: '12', cy: '12', r: '3' }),
              ]),
            ]),
          ]),
          h('p', {
            class: 'sign-up-form__signup-password-hint',
            id: 'signup-password-hint',
          }, ['At least 8 characters, with a number and a symbol.']),
        ]),
        h('label', { class: 'sign-up-form__signup-terms-option', for: 'signup-terms' }, [
          h('input', {
            class: 'sign-up-form__signup-terms-checkbox',
            id: 'signup-terms',
            name: 'signup-terms',
            type: 'checkbox',
            required: true,
          }),
          h('span', { class: 'sign-up-form__signup-terms-text' }, [
            'I agree to the ',
            h('a', { class: 'sign-up-form__signup-terms-link', href: '#terms' }, [
              'Terms of Service',
            ]),
            ' and the ',
            h('a', { class: 'sign-up-form__signup-privacy-link', href: '#privacy' }, [
              'Privacy Policy',
            ]),
          ]),
        ]),
        h('label', { class: 'sign-up-form__signup-updates-option', for: 'signup-updates' }, [
          h('input', {
            class: 'sign-up-form__signup-updates-checkbox',
            id: 'signup-updates',
            name: 'signup-updates',
            type: 'checkbox',
          }),
          h('span', { class: 'sign-up-form__signup-updates-text' }, [
            'Send me product news (about once a month)',
          ]),
        ]),
      ]),
      h('button', {
        class: 'sign-up-form__signup-submit',
        type: 'submit',
        disabled: this.#submitting,
      }, [
        ...(this.#submitting ? [
          h('svg', {
            class: 'sign-up-form__svg-3',
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
          }, [h('path', { class: 'sign-up-form__path-3', d: 'M12 3a9 9 0 1 0 9 9' })]),
          'Creating account…',
        ] : ['Create account']),
      ]),
      h('p', { class: 'sign-up-form__signup-footer' }, [
        'Already have an account? ',
        h('a', { class: 'sign-up-form__signup-sign-in', href: '#sign-in' }, ['Sign in']),
      ]),
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

if (!customElements.get('sign-up-form')) customElements.define('sign-up-form', SignUpForm);

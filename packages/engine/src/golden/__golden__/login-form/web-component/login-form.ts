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
  --font-size-xs: 0.75rem;
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

.login-form__login {
  display: flex;
  flex-direction: column;
  gap: var(--space-lg);
  box-sizing: border-box;
  width: 100%;
  max-width: 26rem;
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

.login-form__login-header {
  display: flex;
  flex-direction: column;
  align-items: center;
  gap: var(--space-sm);
  text-align: center;
}

.login-form__login-logo {
  display: inline-flex;
  flex-shrink: 0;
  align-items: center;
  justify-content: center;
  width: var(--space-xl);
  height: var(--space-xl);
  padding: var(--space-xs);
  border-radius: var(--radius-md);
  background-color: var(--color-primary);
  color: var(--color-on-primary);
}

.login-form__login-title {
  margin: 0;
  color: var(--color-text);
  font-family: var(--font-family-heading);
  font-size: var(--font-size-2xl);
  font-weight: var(--font-weight-bold);
  line-height: var(--line-height-tight);
}

.login-form__login-subtitle {
  margin: 0;
  color: var(--color-text-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-md);
  line-height: var(--line-height-normal);
}

.login-form__login-sso {
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
  background-color: var(--color-surface-muted);
  color: var(--color-text);
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

.login-form__login-sso:hover {
  border-color: var(--color-border);
  box-shadow: var(--shadow-sm);
  background-color: var(--color-surface);
}

.login-form__login-sso:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.login-form__login-sso:active {
  transform: translateY(1px);
}

.login-form__login-sso:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}

.login-form__login-divider {
  display: flex;
  align-items: center;
  gap: var(--space-sm);
  margin: 0;
  color: var(--color-text-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-xs);
  line-height: var(--line-height-normal);
}

.login-form__login-divider-line-start,
.login-form__login-divider-line-end {
  flex-grow: 1;
  height: var(--border-width);
  background-color: var(--color-border);
}

.login-form__login-fields {
  display: flex;
  flex-direction: column;
  gap: var(--space-md);
}

.login-form__login-email-field,
.login-form__login-password-field {
  display: flex;
  flex-direction: column;
  gap: var(--space-xs);
}

.login-form__login-email-label,
.login-form__login-password-label {
  color: var(--color-text);
  font-size: var(--font-size-sm);
  font-weight: var(--font-weight-medium);
}

.login-form__login-email-required,
.login-form__login-password-required {
  color: var(--color-danger);
}

.login-form__login-email-input {
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

.login-form__login-email-input:hover {
  border-color: var(--color-text-muted);
}

.login-form__login-email-input:focus-visible {
  border-color: var(--color-focus);
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: 0;
}

.login-form__login-email-input:active {
  border-color: var(--color-focus);
}

.login-form__login-email-input:disabled {
  background-color: var(--color-surface-muted);
  opacity: 0.7;
  cursor: not-allowed;
}

.login-form__login-password-label-row {
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: var(--space-sm);
}

.login-form__login-forgot {
  border-radius: var(--radius-sm);
  color: var(--color-primary);
  font-family: inherit;
  font-size: var(--font-size-sm);
  font-weight: var(--font-weight-medium);
  text-decoration: none;
  cursor: pointer;
  transition-property: background-color, border-color, color, box-shadow, transform, opacity;
  transition-duration: var(--duration-fast);
  transition-timing-function: ease-out;
}

.login-form__login-forgot:hover {
  text-decoration: underline;
}

.login-form__login-forgot:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.login-form__login-forgot:active {
  text-decoration: underline;
}

.login-form__login-password-control {
  position: relative;
}

.login-form__login-password-input {
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

.login-form__login-password-input:hover {
  border-color: var(--color-text-muted);
}

.login-form__login-password-input:focus-visible {
  border-color: var(--color-focus);
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: 0;
}

.login-form__login-password-input:active {
  border-color: var(--color-focus);
}

.login-form__login-password-input:disabled {
  background-color: var(--color-surface-muted);
  opacity: 0.7;
  cursor: not-allowed;
}

.login-form__login-password-show,
.login-form__login-password-hide {
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

.login-form__login-password-show:hover,
.login-form__login-password-hide:hover {
  background-color: var(--color-surface-muted);
  color: var(--color-text);
}

.login-form__login-password-show:focus-visible,
.login-form__login-password-hide:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.login-form__login-password-show:active,
.login-form__login-password-hide:active {
  transform: translateY(-50%) scale(0.95);
}

.login-form__login-password-show:disabled,
.login-form__login-password-hide:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}

.login-form__login-remember-option {
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

.login-form__login-remember-checkbox {
  flex-shrink: 0;
  width: var(--font-size-md);
  height: var(--font-size-md);
  margin: 0;
  cursor: pointer;
  transition-property: background-color, border-color, color, box-shadow, transform, opacity;
  transition-duration: var(--duration-fast);
  transition-timing-function: ease-out;
}

.login-form__login-remember-checkbox:hover {
  opacity: 0.85;
}

.login-form__login-remember-checkbox:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.login-form__login-remember-checkbox:active {
  transform: scale(0.95);
}

.login-form__login-remember-checkbox:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}

.login-form__login-submit {
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

.login-form__login-submit:hover {
  background-color: var(--color-primary-hover);
}

.login-form__login-submit:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.login-form__login-submit:active {
  transform: translateY(1px);
}

.login-form__login-submit:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}

.login-form__login-footer {
  margin: 0;
  color: var(--color-text-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-sm);
  line-height: var(--line-height-normal);
  text-align: center;
}

.login-form__login-sign-up {
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

.login-form__login-sign-up:hover {
  text-decoration: underline;
}

.login-form__login-sign-up:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.login-form__login-sign-up:active {
  text-decoration: underline;
}

@media (min-width: 640px) {
  .login-form__login {
    padding: var(--space-xl);
  }
}`;

/**
 * Sign-in form
 *
 * Usage: <login-form></login-form>
 * Events: submit, sso
 */
export class LoginForm extends HTMLElement {
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

  #handleLoginSubmit(event: Event): void {
    event.preventDefault();
    this.#submitting = true;
    this.dispatchEvent(new CustomEvent('submit', { bubbles: true, composed: true }));
    this.#render();
  }

  #handleLoginSsoClick(): void {
    this.dispatchEvent(new CustomEvent('sso', { bubbles: true, composed: true }));
  }

  #handleLoginPasswordShowClick(): void {
    this.#passwordType = 'text';
    this.#render();
  }

  #handleLoginPasswordHideClick(): void {
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
      class: 'login-form__login',
      'aria-labelledby': 'login-title',
      onsubmit: (event) => this.#handleLoginSubmit(event),
    }, [
      h('header', { class: 'login-form__login-header' }, [
        h('span', { class: 'login-form__login-logo', 'aria-hidden': 'true' }, [
          h('svg', {
            class: 'login-form__svg-1',
            'viewBox': '0 0 24 24',
            fill: 'none',
            stroke: 'currentColor',
            'stroke-width': '2',
            'stroke-linecap': 'round',
            'stroke-linejoin': 'round',
            focusable: 'false',
            width: '22',
            height: '22',
            'aria-hidden': 'true',
          }, [
            h('path', {
              class: 'login-form__path-1',
              d: 'M12 3 2 8l10 5 10-5zM2 13l10 5 10-5',
            }),
          ]),
        ]),
        h('h2', { class: 'login-form__login-title', id: 'login-title' }, ['Welcome back']),
        h('p', { class: 'login-form__login-subtitle' }, [
          'Sign in to continue to Northwind.',
        ]),
      ]),
      h('button', {
        class: 'login-form__login-sso',
        type: 'button',
        onclick: () => this.#handleLoginSsoClick(),
      }, [
        h('svg', {
          class: 'login-form__svg-2',
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
            class: 'login-form__path-2',
            d: 'M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6z',
          }),
        ]),
        'Continue with SSO',
      ]),
      h('div', { class: 'login-form__login-divider' }, [
        h('span', { class: 'login-form__login-divider-line-start', 'aria-hidden': 'true' }),
        'or',
        h('span', { class: 'login-form__login-divider-line-end', 'aria-hidden': 'true' }),
      ]),
      h('div', { class: 'login-form__login-fields' }, [
        h('div', { class: 'login-form__login-email-field' }, [
          h('label', { class: 'login-form__login-email-label', for: 'login-email' }, [
            'Email',
            h('span', { class: 'login-form__login-email-required', 'aria-hidden': 'true' }, [
              ' *',
            ]),
          ]),
          h('input', {
            class: 'login-form__login-email-input',
            id: 'login-email',
            name: 'login-email',
            type: 'email',
            placeholder: 'you@company.com',
            autocomplete: 'email',
            required: true,
          }),
        ]),
        h('div', { class: 'login-form__login-password-field' }, [
          h('div', { class: 'login-form__login-password-label-row' }, [
            h('label', { class: 'login-form__login-password-label', for: 'login-password' }, [
              'Password',
              h('span', {
                class: 'login-form__login-password-required',
                'aria-hidden': 'true',
              }, [' *']),
            ]),
            h('a', { class: 'login-form__login-forgot', href: '#forgot-password' }, [
              'Forgot password?',
            ]),
          ]),
          h('div', { class: 'login-form__login-password-control' }, [
            h('input', {
              class: 'login-form__login-password-input',
              id: 'login-password',
              name: 'login-password',
              type: this.#passwordType,
              autocomplete: 'current-password',
              required: true,
              minlength: '8',
            }),
            this.#passwordType === 'password' ? h('button', {
              class: 'login-form__login-password-show',
              type: 'button',
              'aria-label': 'Show password',
              'aria-controls': 'login-password',
              onclick: () => this.#handleLoginPasswordShowClick(),
            }, [
              h('svg', {
                class: 'login-form__svg-3',
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
                  class: 'login-form__path-3',
                  d: 'M2 12s4-7 10-7 10 7 10 7-4 7-10 7S2 12 2 12z',
                }),
                h('circle', { class: 'login-form__circle-1', cx: '12', cy: '12', r: '3' }),
              ]),
            ]) : h('button', {
              class: 'login-form__login-password-hide',
              type: 'button',
              'aria-label': 'Hide password',
              'aria-controls': 'login-password',
              onclick: () => this.#handleLoginPasswordHideClick(),
            }, [
              h('svg', {
                class: 'login-form__svg-4',
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
                  class: 'login-form__path-4',
                  d: 'M2 12s4-7 10-7 10 7 10 7-4 7-10 7S2 12 2 12zM3 3l18 18',
                }),
                h('circle', { class: 'login-form__circle-2', cx: '12', cy: '12', r: '3' }),
              ]),
            ]),
          ]),
        ]),
        h('label', { class: 'login-form__login-remember-option', for: 'login-remember' }, [
          h('input', {
            class: 'login-form__login-remember-checkbox',
            id: 'login-remember',
            name: 'login-remember',
            type: 'checkbox',
            checked: true,
          }),
          h('span', { class: 'login-form__login-remember-text' }, ['Keep me signed in']),
        ]),
      ]),
      h('button', {
        class: 'login-form__login-submit',
        type: 'submit',
        disabled: this.#submitting,
      }, [
        ...(this.#submitting ? [
          h('svg', {
            class: 'login-form__svg-5',
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
          }, [h('path', { class: 'login-form__path-5', d: 'M12 3a9 9 0 1 0 9 9' })]),
          'Signing in…',
        ] : ['Sign in']),
      ]),
      h('p', { class: 'login-form__login-footer' }, [
        'Don’t have an account? ',
        h('a', { class: 'login-form__login-sign-up', href: '#sign-up' }, ['Sign up']),
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

if (!customElements.get('login-form')) customElements.define('login-form', LoginForm);

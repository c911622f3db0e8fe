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
  --color-success: #80ed99;
  --color-danger: #dc2626;
  --space-xs: 0.25rem;
  --space-sm: 0.5rem;
  --space-md: 1rem;
  --space-lg: 1.5rem;
  --space-xl: 2rem;
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

.contact-form__contact {
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

.contact-form__contact-header {
  display: flex;
  flex-direction: column;
  gap: var(--space-sm);
}

.contact-form__contact-title {
  margin: 0;
  color: var(--color-text);
  font-family: var(--font-family-heading);
  font-size: var(--font-size-2xl);
  font-weight: var(--font-weight-bold);
  line-height: var(--line-height-tight);
}

.contact-form__contact-subtitle {
  margin: 0;
  color: var(--color-text-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-md);
  line-height: var(--line-height-normal);
}

.contact-form__contact-success {
  display: flex;
  align-items: flex-start;
  gap: var(--space-md);
  padding: var(--space-md);
  border-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-success);
  border-radius: var(--radius-md);
  background-color: var(--color-surface-muted);
}

.contact-form__contact-success-icon {
  display: inline-flex;
  flex-shrink: 0;
  align-items: center;
  justify-content: center;
  width: var(--space-xl);
  height: var(--space-xl);
  padding: var(--space-xs);
  border-radius: var(--radius-md);
  background-color: var(--color-success);
  color: var(--color-text);
}

.contact-form__contact-success-text,
.contact-form__contact-name-field,
.contact-form__contact-email-field,
.contact-form__contact-message-field {
  display: flex;
  flex-direction: column;
  gap: var(--space-xs);
}

.contact-form__contact-success-title {
  margin: 0;
  color: var(--color-text);
  font-family: var(--font-family-heading);
  font-size: var(--font-size-md);
  font-weight: var(--font-weight-bold);
  line-height: var(--line-height-tight);
}

.contact-form__contact-success-detail {
  margin: 0;
  color: var(--color-text);
  font-family: var(--font-family-base);
  font-size: var(--font-size-sm);
  line-height: var(--line-height-normal);
}

.contact-form__contact-fields {
  display: grid;
  grid-template-columns: minmax(0, 1fr);
  gap: var(--space-md);
}

.contact-form__contact-name-label,
.contact-form__contact-email-label,
.contact-form__contact-subject-label,
.contact-form__contact-message-label {
  color: var(--color-text);
  font-size: var(--font-size-sm);
  font-weight: var(--font-weight-medium);
}

.contact-form__contact-name-required,
.contact-form__contact-email-required,
.contact-form__contact-message-required {
  color: var(--color-danger);
}

.contact-form__contact-name-input,
.contact-form__contact-email-input,
.contact-form__contact-subject-select,
.contact-form__contact-message-input {
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

.contact-form__contact-name-input:hover,
.contact-form__contact-email-input:hover,
.contact-form__contact-subject-select:hover,
.contact-form__contact-message-input:hover {
  border-color: var(--color-text-muted);
}

.contact-form__contact-name-input:focus-visible,
.contact-form__contact-email-input:focus-visible,
.contact-form__contact-subject-select:focus-visible,
.contact-form__contact-message-input:focus-visible {
  border-color: var(--color-focus);
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: 0;
}

.contact-form__contact-name-input:active,
.contact-form__contact-email-input:active,
.contact-form__contact-subject-select:active,
.contact-form__contact-message-input:active {
  border-color: var(--color-focus);
}

.contact-form__contact-name-input:disabled,
.contact-form__contact-email-input:disabled,
.contact-form__contact-subject-select:disabled,
.contact-form__contact-message-input:disabled {
  background-color: var(--color-surface-muted);
  opacity: 0.7;
  cursor: not-allowed;
}

.contact-form__contact-name-valid {
  display: flex;
  align-items: center;
  gap: var(--space-xs);
  margin: 0;
  color: var(--color-text);
  font-family: var(--font-family-base);
  font-size: var(--font-size-sm);
  line-height: var(--line-height-normal);
}

.contact-form__contact-name-valid-icon {
  display: inline-flex;
  color: var(--color-success);
}

.contact-form__contact-email-control {
  position: relative;
}

.contact-form__contact-email-invalid {
  position: absolute;
  inset: 0;
  border-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-danger);
  border-radius: var(--radius-md);
  pointer-events: none;
}

.contact-form__contact-email-error {
  display: flex;
  align-items: center;
  gap: var(--space-xs);
  margin: 0;
  color: var(--color-danger);
  font-family: var(--font-family-base);
  font-size: var(--font-size-sm);
  line-height: var(--line-height-normal);
}

.contact-form__contact-email-error-icon {
  display: inline-flex;
  color: var(--color-danger);
}

.contact-form__contact-subject-field,
.contact-form__contact-message-wrap {
  display: flex;
  flex-direction: column;
  gap: var(--space-xs);
}

.contact-form__contact-message-hint {
  margin: 0;
  color: var(--color-text-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-sm);
  line-height: var(--line-height-normal);
}

.contact-form__contact-consent-option {
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

.contact-form__contact-consent-checkbox {
  flex-shrink: 0;
  width: var(--font-size-md);
  height: var(--font-size-md);
  margin: 0;
  cursor: pointer;
  transition-property: background-color, border-color, color, box-shadow, transform, opacity;
  transition-duration: var(--duration-fast);
  transition-timing-function: ease-out;
}

.contact-form__contact-consent-checkbox:hover {
  opacity: 0.85;
}

.contact-form__contact-consent-checkbox:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.contact-form__contact-consent-checkbox:active {
  transform: scale(0.95);
}

.contact-form__contact-consent-checkbox:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}

.contact-form__contact-actions {
  display: flex;
  align-items: center;
  justify-content: flex-end;
  gap: var(--space-md);
}

.contact-form__contact-submit {
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

.contact-form__contact-submit:hover {
  background-color: var(--color-primary-hover);
}

.contact-form__contact-submit:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.contact-form__contact-submit:active {
  transform: translateY(1px);
}

.contact-form__contact-submit:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}

@media (min-width: 768px) {
  .contact-form__contact {
    padding: var(--space-xl);
  }

  .contact-form__contact-fields {
    grid-template-columns: repeat(2, minmax(0, 1fr));
  }

  .contact-form__contact-subject-field,
  .contact-form__contact-message-wrap {
    grid-column: 1 / -1;
  }
}`;

/**
 * Contact form with validation states
 *
 * Usage: <contact-form email-error="…"></contact-form>
 * Events: submit
 */
export class ContactForm extends HTMLElement {
  static readonly observedAttributes = ['email-error'];

  readonly #shadow = this.attachShadow({ mode: 'open' });
  #rendering = false;
  #sent = false;

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

  get #emailError(): string {
    return this.getAttribute('email-error') ?? 'Enter a valid email address, like name@company.com.';
  }

  #handleContactSubmit(event: Event): void {
    event.preventDefault();
    this.#sent = true;
    this.dispatchEvent(new CustomEvent('submit', { bubbles: true, composed: true }));
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
      class: 'contact-form__contact',
      'aria-labelledby': 'contact-title',
      onsubmit: (event) => this.#handleContactSubmit(event),
    }, [
      h('header', { class: 'contact-form__contact-header' }, [
        h('h2', { class: 'contact-form__contact-title', id: 'contact-title' }, [
          'Get in touch',
        ]),
        h('p', { class: 'contact-form__contact-subtitle' }, [
          'Tell us about your project and we’ll reply within one business day.',
        ]),
      ]),
      this.#sent ? h('div', { class: 'contact-form__contact-success', role: 'status' }, [
        h('span', { class: 'contact-form__contact-success-icon', 'aria-hidden': 'true' }, [
          h('svg', {
            class: 'contact-form__svg-1',
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
            h('circle', { class: 'contact-form__circle-1', cx: '12', cy: '12', r: '9' }),
            h('path', { class: 'contact-form__path-1', d: 'm8 12 3 3 5-6' }),
          ]),
        ]),
        h('div', { class: 'contact-form__contact-success-text' }, [
          h('p', { class: 'contact-form__contact-success-title' }, [
            'Thanks! Your message has been sent.',
          ]),
          h('p', { class: 'contact-form__contact-success-detail' }, [
            'We’ll get back to you at the email you entered.',
          ]),
        ]),
      ]) : null,
      h('div', { class: 'contact-form__contact-fields' }, [
        h('div', { class: 'contact-form__contact-name-field' }, [
          h('label', { class: 'contact-form__contact-name-label', for: 'contact-name' }, [
            'Full name',
            h('span', {
              class: 'contact-form__contact-name-required',
              'aria-hidden': 'true',
            }, [' *']),
          ]),
          h('input', {
            class: 'contact-form__contact-name-input',
            id: 'contact-name',
            name: 'contact-name',
            type: 'text',
            autocomplete: 'name',
            required: true,
          }),
          h('p', { class: 'contact-form__contact-name-valid' }, [
            h('span', { class: 'contact-form__contact-name-valid-icon' }, [
              h('svg', {
                class: 'contact-form__svg-2',
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
              }, [
                h('circle', { class: 'contact-form__circle-2', cx: '12', cy: '12', r: '9' }),
                h('path', { class: 'contact-form__path-2', d: 'm8 12 3 3 5-6' }),
              ]),
            ]),
            'Looks good!',
          ]),
        ]),
        h('div', { class: 'contact-form__contact-email-field' }, [
          h('label', { class: 'contact-form__contact-email-label', for: 'contact-email' }, [
            'Email',
            h('span', {
              class: 'contact-form__contact-email-required',
              'aria-hidden': 'true',
            }, [' *']),
          ]),
          h('div', { class: 'contact-form__contact-email-control' }, [
            h('input', {
              class: 'contact-form__contact-email-input',
              id: 'contact-email',
              name: 'contact-email',
              type: 'email',
              autocomplete: 'email',
              required: true,
              'aria-describedby': 'contact-email-error',
            }),
            this.#emailError ? h('span', {
              class: 'contact-form__contact-email-invalid',
              'aria-hidden': 'true',
            }) : null,
          ]),
          this.#emailError ? h('p', {
            class: 'contact-form__contact-email-error',
            id: 'contact-email-error',
            'aria-live': 'polite',
          }, [
            h('span', { class: 'contact-form__contact-email-error-icon' }, [
              h('svg', {
                class: 'contact-form__svg-3',
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
              }, [
                h('path', {
                  class: 'contact-form__path-3',
                  d: 'M12 3 2 20h20zM12 10v4M12 17h.01',
                }),
              ]),
            ]),
            this.#emailError,
          ]) : null,
        ]),
        h('div', { class: 'contact-form__contact-subject-field' }, [
          h('label', {
            class: 'contact-form__contact-subject-label',
            for: 'contact-subject',
          }, ['Topic']),
          h('select', {
            class: 'contact-form__contact-subject-select',
            id: 'contact-subject',
            name: 'subject',
          }, [
            ...contactSubjectOptionItems.map((item) => h('option', {
              class: 'contact-form__contact-subject-option',
              value: item.label,
            }, [item.label])),
          ]),
        ]),
        h('div', { class: 'contact-form__contact-message-wrap' }, [
          h('div', { class: 'contact-form__contact-message-field' }, [
            h('label', {
              class: 'contact-form__contact-message-label',
              for: 'contact-message',
            }, [
              'Message',
              h('span', {
                class: 'contact-form__contact-message-required',
                'aria-hidden': 'true',
              }, [' *']),
            ]),
            h('textarea', {
              class: 'contact-form__contact-message-input',
              id: 'contact-message',
              name: 'contact-message',
              required: true,
              rows: '4',
              'aria-describedby': 'contact-message-hint',
            }),
            h('p', {
              class: 'contact-form__contact-message-hint',
              id: 'contact-message-hint',
            }, ['Up to 500 characters.']),
          ]),
        ]),
      ]),
      h('label', { class: 'contact-form__contact-consent-option', for: 'contact-consent' }, [
        h('input', {
          class: 'contact-form__contact-consent-checkbox',
          id: 'contact-consent',
          name: 'contact-consent',
          type: 'checkbox',
          required: true,
        }),
        h('span', { class: 'contact-form__contact-consent-text' }, [
          'You may contact me about my request.',
        ]),
      ]),
      h('div', { class: 'contact-form__contact-actions' }, [
        h('button', {
          class: 'contact-form__contact-submit',
          type: 'submit',
          disabled: this.#sent,
        }, [
          'Send message',
          h('svg', {
            class: 'contact-form__svg-4',
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
          }, [h('path', { class: 'contact-form__path-4', d: 'M5 12h14M13 6l6 6-6 6' })]),
        ]),
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

if (!customElements.get('contact-form')) customElements.define('contact-form', ContactForm);

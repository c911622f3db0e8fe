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
  --font-size-xs: 0.75rem;
  --font-size-sm: 0.875rem;
  --font-size-md: 1rem;
  --font-size-xl: 1.25rem;
  --font-weight-medium: 500;
  --font-weight-semibold: 600;
  --font-weight-bold: 700;
  --line-height-tight: 1.25;
  --line-height-normal: 1.5;
  --shadow-sm: 0 1px 2px 0 rgb(15 23 42 / 0.06);
  --duration-fast: 150ms;
}

.newsletter-signup__newsletter {
  display: flex;
  flex-direction: column;
  gap: var(--space-md);
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

.newsletter-signup__newsletter-icon {
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

.newsletter-signup__newsletter-title {
  margin: 0;
  color: var(--color-text);
  font-family: var(--font-family-heading);
  font-size: var(--font-size-xl);
  font-weight: var(--font-weight-bold);
  line-height: var(--line-height-tight);
}

.newsletter-signup__newsletter-body {
  margin: 0;
  color: var(--color-text-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-md);
  line-height: var(--line-height-normal);
}

.newsletter-signup__newsletter-done {
  display: flex;
  align-items: center;
  gap: var(--space-sm);
  margin: 0;
  color: var(--color-text);
  font-family: var(--font-family-base);
  font-size: var(--font-size-md);
  font-weight: var(--font-weight-medium);
  line-height: var(--line-height-normal);
}

.newsletter-signup__newsletter-done-icon {
  display: inline-flex;
  color: var(--color-success);
}

.newsletter-signup__newsletter-form {
  display: flex;
  flex-direction: column;
  gap: var(--space-sm);
}

.newsletter-signup__newsletter-field {
  display: flex;
  flex-direction: column;
  flex-grow: 1;
  gap: var(--space-xs);
}

.newsletter-signup__newsletter-label {
  color: var(--color-text);
  font-size: var(--font-size-sm);
  font-weight: var(--font-weight-medium);
}

.newsletter-signup__newsletter-input {
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

.newsletter-signup__newsletter-input:hover {
  border-color: var(--color-text-muted);
}

.newsletter-signup__newsletter-input:focus-visible {
  border-color: var(--color-focus);
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: 0;
}

.newsletter-signup__newsletter-input:active {
  border-color: var(--color-focus);
}

.newsletter-signup__newsletter-input:disabled {
  background-color: var(--color-surface-muted);
  opacity: 0.7;
  cursor: not-allowed;
}

.newsletter-signup__newsletter-submit {
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

.newsletter-signup__newsletter-submit:hover {
  background-color: var(--color-primary-hover);
}

.newsletter-signup__newsletter-submit:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.newsletter-signup__newsletter-submit:active {
  transform: translateY(1px);
}

.newsletter-signup__newsletter-submit:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}

.newsletter-signup__newsletter-privacy {
  display: flex;
  align-items: center;
  gap: var(--space-xs);
  margin: 0;
  color: var(--color-text-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-xs);
  line-height: var(--line-height-normal);
}

@media (min-width: 640px) {
  .newsletter-signup__newsletter-form {
    flex-direction: row;
    align-items: flex-end;
  }
}

@media (min-width: 768px) {
  .newsletter-signup__newsletter {
    padding: var(--space-xl);
  }
}`;

/**
 * Newsletter sign-up
 *
 * Usage: <newsletter-signup></newsletter-signup>
 * Events: subscribe (detail: string)
 */
export class NewsletterSignup extends HTMLElement {
  static readonly observedAttributes = [];

  readonly #shadow = this.attachShadow({ mode: 'open' });
  #rendering = false;
  #email = '';
  #subscribed = false;

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

  #handleNewsletterFormSubmit(event: Event): void {
    event.preventDefault();
    this.#subscribed = true;
    this.dispatchEvent(new CustomEvent('subscribe', { detail: this.#email, bubbles: true, composed: true }));
    this.#render();
  }

  #handleNewsletterInputInput(event: Event): void {
    this.#email = (event.currentTarget as HTMLInputElement).value;
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
    return h('section', {
      class: 'newsletter-signup__newsletter',
      'aria-labelledby': 'newsletter-title',
    }, [
      h('span', { class: 'newsletter-signup__newsletter-icon', 'aria-hidden': 'true' }, [
        h('svg', {
          class: 'newsletter-signup__svg-1',
          'viewBox': '0 0 24 24',
          fill: 'none',
          stroke: 'currentColor',
          'stroke-width': '2',
          'stroke-linecap': 'round',
          'stroke-linejoin': 'round',
          focusable: 'false',
          width: '20',
          height: '20',
          'aria-hidden': 'true',
        }, [
          h('path', { class: 'newsletter-signup__path-1', d: 'M3 5h18v14H3zM3 7l9 6 9-6' }),
        ]),
      ]),
      h('h2', { class: 'newsletter-signup__newsletter-title', id: 'newsletter-title' }, [
        'Get the weekly UI digest',
      ]),
      h('p', { class: 'newsletter-signup__newsletter-body' }, [
        'New components, design-system tips and release notes. One email every Thursday — no spam.',
      ]),
      this.#subscribed ? h('p', { class: 'newsletter-signup__newsletter-done', role: 'status' }, [
        h('span', { class: 'newsletter-signup__newsletter-done-icon' }, [
          h('svg', {
            class: 'newsletter-signup__svg-2',
            'viewBox': '0 0 24 24',
            fill: 'none',
            stroke: 'currentColor',
            'stroke-width': '2',
            'stroke-linecap': 'round',
            'stroke-linejoin': 'round',
            focusable: 'false',
            width: '20',
            height: '20',
            'aria-hidden': 'true',
          }, [
            h('circle', {
              class: 'newsletter-signup__circle-1',
              cx: '12',
              cy: '12',
              r: '9',
            }),
            h('path', { class: 'newsletter-signup__path-2', d: 'm8 12 3 3 5-6' }),
          ]),
        ]),
        'You’re subscribed! Check your inbox to confirm.',
      ]) : h('form', {
        class: 'newsletter-signup__newsletter-form',
        'aria-label': 'Get the weekly UI digest',
        onsubmit: (event) => this.#handleNewsletterFormSubmit(event),
      }, [
        h('div', { class: 'newsletter-signup__newsletter-field' }, [
          h('label', {
            class: 'newsletter-signup__newsletter-label',
            for: 'newsletter-email',
          }, ['Email address']),
          h('input', {
            class: 'newsletter-signup__newsletter-input',
            id: 'newsletter-email',
            type: 'email',
            name: 'email',
            autocomplete: 'email',
            placeholder: 'you@company.com',
            required: true,
            value: this.#email,
            'aria-describedby': 'newsletter-privacy',
            oninput: (event) => this.#handleNewsletterInputInput(event),
          }),
        ]),
        h('button', { class: 'newsletter-signup__newsletter-submit', type: 'submit' }, [
          'Subscribe',
          h('svg', {
            class: 'newsletter-signup__svg-3',
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
          }, [h('path', { class: 'newsletter-signup__path-3', d: 'M5 12h14M13 6l6 6-6 6' })]),
        ]),
      ]),
      h('p', { class: 'newsletter-signup__newsletter-privacy', id: 'newsletter-privacy' }, [
        h('svg', {
          class: 'newsletter-signup__svg-4',
          'viewBox': '0 0 24 24',
          fill: 'none',
          stroke: 'currentColor',
          'stroke-width': '2',
          'stroke-linecap': 'round',
          'stroke-linejoin': 'round',
          focusable: 'false',
          width: '14',
          height: '14',
          'aria-hidden': 'true',
        }, [
          h('path', {
            class: 'newsletter-signup__path-4',
            d: 'M5 11h14v10H5zM8 11V7a4 4 0 0 1 8 0v4',
          }),
        ]),
        'We care about your data. Unsubscribe with one click.',
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

if (!customElements.get('newsletter-signup')) customElements.define('newsletter-signup', NewsletterSignup);

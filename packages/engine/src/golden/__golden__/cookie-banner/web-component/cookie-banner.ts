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
  --font-size-lg: 1.125rem;
  --font-weight-medium: 500;
  --font-weight-semibold: 600;
  --font-weight-bold: 700;
  --line-height-tight: 1.25;
  --line-height-normal: 1.5;
  --shadow-sm: 0 1px 2px 0 rgb(15 23 42 / 0.06);
  --shadow-lg: 0 10px 15px -3px rgb(15 23 42 / 0.1), 0 4px 6px -4px rgb(15 23 42 / 0.05);
  --duration-fast: 150ms;
}

.cookie-banner__cookies {
  position: fixed;
  right: var(--space-md);
  bottom: var(--space-md);
  left: var(--space-md);
  z-index: 60;
  display: flex;
  flex-direction: column;
  gap: var(--space-md);
  box-sizing: border-box;
  padding: var(--space-lg);
  border-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-border);
  border-radius: var(--radius-lg);
  box-shadow: var(--shadow-lg);
  background-color: var(--color-surface);
  color: var(--color-text);
  font-family: var(--font-family-base);
}

.cookie-banner__cookies-top {
  display: flex;
  align-items: flex-start;
  gap: var(--space-md);
}

.cookie-banner__cookies-icon {
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

.cookie-banner__cookies-text {
  display: flex;
  flex-direction: column;
  gap: var(--space-xs);
}

.cookie-banner__cookies-title {
  margin: 0;
  color: var(--color-text);
  font-family: var(--font-family-heading);
  font-size: var(--font-size-lg);
  font-weight: var(--font-weight-bold);
  line-height: var(--line-height-tight);
}

.cookie-banner__cookies-body {
  margin: 0;
  color: var(--color-text-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-sm);
  line-height: var(--line-height-normal);
}

.cookie-banner__cookies-policy {
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

.cookie-banner__cookies-policy:hover {
  text-decoration: underline;
}

.cookie-banner__cookies-policy:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.cookie-banner__cookies-policy:active {
  text-decoration: underline;
}

.cookie-banner__cookies-options {
  display: flex;
  flex-direction: column;
  gap: var(--space-sm);
  margin: 0;
  padding: var(--space-md);
  border-width: 0;
  border-radius: var(--radius-md);
  background-color: var(--color-surface-muted);
}

.cookie-banner__cookies-legend {
  padding: 0;
  color: var(--color-text);
  font-size: var(--font-size-sm);
  font-weight: var(--font-weight-semibold);
}

.cookie-banner__cookies-necessary-option,
.cookie-banner__cookies-analytics-option,
.cookie-banner__cookies-marketing-option {
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

.cookie-banner__cookies-necessary-checkbox,
.cookie-banner__cookies-analytics-checkbox,
.cookie-banner__cookies-marketing-checkbox {
  flex-shrink: 0;
  width: var(--font-size-md);
  height: var(--font-size-md);
  margin: 0;
  cursor: pointer;
  transition-property: background-color, border-color, color, box-shadow, transform, opacity;
  transition-duration: var(--duration-fast);
  transition-timing-function: ease-out;
}

.cookie-banner__cookies-necessary-checkbox:hover,
.cookie-banner__cookies-analytics-checkbox:hover,
.cookie-banner__cookies-marketing-checkbox:hover {
  opacity: 0.85;
}

.cookie-banner__cookies-necessary-checkbox:focus-visible,
.cookie-banner__cookies-analytics-checkbox:focus-visible,
.cookie-banner__cookies-marketing-checkbox:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.cookie-banner__cookies-necessary-checkbox:active,
.cookie-banner__cookies-analytics-checkbox:active,
.cookie-banner__cookies-marketing-checkbox:active {
  transform: scale(0.95);
}

.cookie-banner__cookies-necessary-checkbox:disabled,
.cookie-banner__cookies-analytics-checkbox:disabled,
.cookie-banner__cookies-marketing-checkbox:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}

.cookie-banner__cookies-actions {
  display: flex;
  flex-direction: column;
  gap: var(--space-sm);
}

.cookie-banner__cookies-save {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  gap: var(--space-xs);
  padding: var(--space-xs) var(--space-sm);
  border-width: var(--border-width);
  border-style: solid;
  border-color: transparent;
  border-radius: var(--radius-md);
  background-color: var(--color-surface-muted);
  color: var(--color-text);
  font-family: var(--font-family-base);
  font-size: var(--font-size-sm);
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

.cookie-banner__cookies-save:hover {
  border-color: var(--color-border);
  box-shadow: var(--shadow-sm);
  background-color: var(--color-surface);
}

.cookie-banner__cookies-save:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.cookie-banner__cookies-save:active {
  transform: translateY(1px);
}

.cookie-banner__cookies-save:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}

.cookie-banner__cookies-customize {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  gap: var(--space-xs);
  padding: var(--space-xs) var(--space-sm);
  border-width: var(--border-width);
  border-style: solid;
  border-color: transparent;
  border-radius: var(--radius-md);
  background-color: transparent;
  color: var(--color-primary);
  font-family: var(--font-family-base);
  font-size: var(--font-size-sm);
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

.cookie-banner__cookies-customize:hover {
  background-color: var(--color-surface-muted);
  color: var(--color-text);
}

.cookie-banner__cookies-customize:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.cookie-banner__cookies-customize:active {
  transform: translateY(1px);
}

.cookie-banner__cookies-customize:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}

.cookie-banner__cookies-reject {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  gap: var(--space-xs);
  padding: var(--space-xs) var(--space-sm);
  border-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-primary);
  border-radius: var(--radius-md);
  background-color: transparent;
  color: var(--color-primary);
  font-family: var(--font-family-base);
  font-size: var(--font-size-sm);
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

.cookie-banner__cookies-reject:hover {
  background-color: var(--color-primary);
  color: var(--color-on-primary);
}

.cookie-banner__cookies-reject:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.cookie-banner__cookies-reject:active {
  transform: translateY(1px);
}

.cookie-banner__cookies-reject:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}

.cookie-banner__cookies-accept {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  gap: var(--space-xs);
  padding: var(--space-xs) var(--space-sm);
  border-width: var(--border-width);
  border-style: solid;
  border-color: transparent;
  border-radius: var(--radius-md);
  box-shadow: none;
  background-color: var(--color-primary);
  color: var(--color-on-primary);
  font-family: var(--font-family-base);
  font-size: var(--font-size-sm);
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

.cookie-banner__cookies-accept:hover {
  background-color: var(--color-primary-hover);
}

.cookie-banner__cookies-accept:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.cookie-banner__cookies-accept:active {
  transform: translateY(1px);
}

.cookie-banner__cookies-accept:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}

@media (min-width: 640px) {
  .cookie-banner__cookies-actions {
    flex-direction: row;
    flex-wrap: wrap;
    justify-content: flex-end;
  }
}

@media (min-width: 768px) {
  .cookie-banner__cookies {
    left: auto;
    width: 30rem;
  }
}`;

/**
 * Cookie consent banner with preferences
 *
 * Usage: <cookie-banner></cookie-banner>
 * Events: save, reject, accept
 */
export class CookieBanner extends HTMLElement {
  static readonly observedAttributes = [];

  readonly #shadow = this.attachShadow({ mode: 'open' });
  #rendering = false;
  #visible = true;
  #customizing = false;

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

  #handleCookiesSaveClick(): void {
    this.#visible = false;
    this.dispatchEvent(new CustomEvent('save', { bubbles: true, composed: true }));
    this.#render();
  }

  #handleCookiesCustomizeClick(): void {
    this.#customizing = !this.#customizing;
    this.#render();
  }

  #handleCookiesRejectClick(): void {
    this.#visible = false;
    this.dispatchEvent(new CustomEvent('reject', { bubbles: true, composed: true }));
    this.#render();
  }

  #handleCookiesAcceptClick(): void {
    this.#visible = false;
    this.dispatchEvent(new CustomEvent('accept', { bubbles: true, composed: true }));
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
    return h('div', { class: 'cookie-banner__cookies-root' }, [
      this.#visible ? h('section', {
        class: 'cookie-banner__cookies',
        'aria-labelledby': 'cookies-title',
        'aria-describedby': 'cookies-body',
      }, [
        h('div', { class: 'cookie-banner__cookies-top' }, [
          h('span', { class: 'cookie-banner__cookies-icon', 'aria-hidden': 'true' }, [
            h('svg', {
              class: 'cookie-banner__svg-1',
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
              h('circle', { class: 'cookie-banner__circle-1', cx: '12', cy: '12', r: '9' }),
              h('path', {
                class: 'cookie-banner__path-1',
                d: 'M9 9h.01M15 10h.01M10 15h.01M15 15h.01',
              }),
            ]),
          ]),
          h('div', { class: 'cookie-banner__cookies-text' }, [
            h('h2', { class: 'cookie-banner__cookies-title', id: 'cookies-title' }, [
              'We value your privacy',
            ]),
            h('p', { class: 'cookie-banner__cookies-body', id: 'cookies-body' }, [
              'We use cookies to keep you signed in, understand how the product is used and improve it. You can change your choice at any time.',
              ' ',
              h('a', { class: 'cookie-banner__cookies-policy', href: '#cookie-policy' }, [
                'Read our cookie policy',
              ]),
            ]),
          ]),
        ]),
        this.#customizing ? h('fieldset', { class: 'cookie-banner__cookies-options', id: 'cookies-options' }, [
          h('legend', { class: 'cookie-banner__cookies-legend' }, ['Customise']),
          h('label', {
            class: 'cookie-banner__cookies-necessary-option',
            for: 'cookies-necessary',
          }, [
            h('input', {
              class: 'cookie-banner__cookies-necessary-checkbox',
              id: 'cookies-necessary',
              name: 'cookies-necessary',
              type: 'checkbox',
              checked: true,
            }),
            h('span', { class: 'cookie-banner__cookies-necessary-text' }, [
              'Strictly necessary (always on)',
            ]),
          ]),
          h('label', {
            class: 'cookie-banner__cookies-analytics-option',
            for: 'cookies-analytics',
          }, [
            h('input', {
              class: 'cookie-banner__cookies-analytics-checkbox',
              id: 'cookies-analytics',
              name: 'cookies-analytics',
              type: 'checkbox',
              checked: true,
            }),
            h('span', { class: 'cookie-banner__cookies-analytics-text' }, [
              'Analytics — help us improve the product',
            ]),
          ]),
          h('label', {
            class: 'cookie-banner__cookies-marketing-option',
            for: 'cookies-marketing',
          }, [
            h('input', {
              class: 'cookie-banner__cookies-marketing-checkbox',
              id: 'cookies-marketing',
              name: 'cookies-marketing',
              type: 'checkbox',
            }),
            h('span', { class: 'cookie-banner__cookies-marketing-text' }, [
              'Marketing — relevant offers on other sites',
            ]),
          ]),
        ]) : null,
        h('div', { class: 'cookie-banner__cookies-actions' }, [
          this.#customizing ? h('button', {
            class: 'cookie-banner__cookies-save',
            type: 'button',
            onclick: () => this.#handleCookiesSaveClick(),
          }, ['Save choices']) : h('button', {
            class: 'cookie-banner__cookies-customize',
            type: 'button',
            'aria-expanded': String(this.#customizing),
            'aria-controls': 'cookies-options',
            onclick: () => this.#handleCookiesCustomizeClick(),
          }, ['Customise']),
          h('button', {
            class: 'cookie-banner__cookies-reject',
            type: 'button',
            onclick: () => this.#handleCookiesRejectClick(),
          }, ['Reject all']),
          h('button', {
            class: 'cookie-banner__cookies-accept',
            type: 'button',
            onclick: () => this.#handleCookiesAcceptClick(),
          }, ['Accept all']),
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

if (!customElements.get('cookie-banner')) customElements.define('cookie-banner', CookieBanner);

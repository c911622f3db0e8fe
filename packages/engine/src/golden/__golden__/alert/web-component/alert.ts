const styles = `:host {
  display: contents;
  --color-primary: #0b6477;
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
  --font-weight-medium: 500;
  --font-weight-semibold: 600;
  --font-weight-bold: 700;
  --line-height-tight: 1.25;
  --line-height-normal: 1.5;
  --shadow-sm: 0 1px 2px 0 rgb(15 23 42 / 0.06);
  --duration-fast: 150ms;
}

.alert__alert-container {
  width: 100%;
  font-family: var(--font-family-base);
}

.alert__alert {
  position: relative;
  display: flex;
  align-items: flex-start;
  gap: var(--space-md);
  box-sizing: border-box;
  padding: var(--space-md);
  padding-left: var(--space-lg);
  overflow: hidden;
  border-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-border);
  border-radius: var(--radius-lg);
  box-shadow: var(--shadow-sm);
  background-color: var(--color-surface);
  color: var(--color-text);
}

.alert__alert-accent {
  position: absolute;
  top: 0;
  bottom: 0;
  left: 0;
  width: var(--space-xs);
  background-color: var(--color-primary);
}

.alert__alert-icon {
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

.alert__alert-body {
  display: flex;
  flex-direction: column;
  flex-grow: 1;
  gap: var(--space-xs);
  min-width: 0;
}

.alert__alert-title {
  margin: 0;
  color: var(--color-text);
  font-family: var(--font-family-heading);
  font-size: var(--font-size-md);
  font-weight: var(--font-weight-bold);
  line-height: var(--line-height-tight);
}

.alert__alert-message {
  margin: 0;
  color: var(--color-text-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-sm);
  line-height: var(--line-height-normal);
}

.alert__alert-actions {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: var(--space-md);
  margin-top: var(--space-xs);
}

.alert__alert-action {
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

.alert__alert-action:hover {
  text-decoration: underline;
}

.alert__alert-action:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.alert__alert-action:active {
  text-decoration: underline;
}

.alert__alert-dismiss {
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
  color: var(--color-text-muted);
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

.alert__alert-dismiss:hover {
  background-color: var(--color-surface-muted);
  color: var(--color-text);
}

.alert__alert-dismiss:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.alert__alert-dismiss:active {
  transform: translateY(1px);
}

.alert__alert-dismiss:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}

.alert__alert-close {
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
  transition-property: background-color, border-color, color, box-shadow, transform, opacity;
  transition-duration: var(--duration-fast);
  transition-timing-function: ease-out;
}

.alert__alert-close:hover {
  background-color: var(--color-surface-muted);
  color: var(--color-text);
}

.alert__alert-close:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.alert__alert-close:active {
  transform: translateY(1px);
}

.alert__alert-close:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}

@media (min-width: 768px) {
  .alert__alert {
    padding: var(--space-lg) var(--space-lg);
  }
}`;

/**
 * Dismissible alert
 *
 * Usage: <ui-alert title="…" message="…"></ui-alert>
 * Events: dismiss
 */
export class Alert extends HTMLElement {
  static readonly observedAttributes = ['title', 'message'];

  readonly #shadow = this.attachShadow({ mode: 'open' });
  #rendering = false;
  #visible = true;

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

  get #title(): string {
    return this.getAttribute('title') ?? 'A new version is available';
  }

  get #message(): string {
    return this.getAttribute('message') ?? 'Version 2.4 adds Svelte 5 exports and faster previews.';
  }

  #handleAlertDismissClick(): void {
    this.#visible = false;
    this.dispatchEvent(new CustomEvent('dismiss', { bubbles: true, composed: true }));
    this.#render();
  }

  #handleAlertCloseClick(): void {
    this.#visible = false;
    this.dispatchEvent(new CustomEvent('dismiss', { bubbles: true, composed: true }));
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
    return h('div', { class: 'alert__alert-container' }, [
      this.#visible ? h('div', { class: 'alert__alert', role: 'status' }, [
        h('span', { class: 'alert__alert-accent', 'aria-hidden': 'true' }),
        h('span', { class: 'alert__alert-icon', 'aria-hidden': 'true' }, [
          h('svg', {
            class: 'alert__svg-1',
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
            h('circle', { class: 'alert__circle-1', cx: '12', cy: '12', r: '9' }),
            h('path', { class: 'alert__path-1', d: 'M12 11v5M12 8h.01' }),
          ]),
        ]),
        h('div', { class: 'alert__alert-body' }, [
          h('p', { class: 'alert__alert-title' }, [this.#title]),
          h('p', { class: 'alert__alert-message' }, [this.#message]),
          h('div', { class: 'alert__alert-actions' }, [
            h('a', { class: 'alert__alert-action', href: '#details' }, ['See what’s new']),
            h('button', {
              class: 'alert__alert-dismiss',
              type: 'button',
              onclick: () => this.#handleAlertDismissClick(),
            }, ['Dismiss']),
          ]),
        ]),
        h('button', {
          class: 'alert__alert-close',
          type: 'button',
          'aria-label': 'Dismiss',
          onclick: () => this.#handleAlertCloseClick(),
        }, [
          h('svg', {
            class: 'alert__svg-2',
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
          }, [h('path', { class: 'alert__path-2', d: 'M18 6 6 18M6 6l12 12' })]),
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

if (!customElements.get('ui-alert')) customElements.define('ui-alert', Alert);

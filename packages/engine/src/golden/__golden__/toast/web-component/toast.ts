const styles = `:host {
  display: contents;
  --color-surface: #ffffff;
  --color-surface-muted: #f1f5f9;
  --color-text: #0f172a;
  --color-focus: #14919b;
  --color-success: #80ed99;
  --space-xs: 0.25rem;
  --space-sm: 0.5rem;
  --space-md: 1rem;
  --space-xl: 2rem;
  --radius-md: 8px;
  --radius-lg: 12px;
  --border-width: 1px;
  --font-family-base: Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --font-family-heading: Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --font-size-sm: 0.875rem;
  --font-size-md: 1rem;
  --font-weight-semibold: 600;
  --font-weight-bold: 700;
  --line-height-tight: 1.25;
  --line-height-normal: 1.5;
  --shadow-lg: 0 10px 15px -3px rgb(15 23 42 / 0.1), 0 4px 6px -4px rgb(15 23 42 / 0.05);
  --duration-fast: 150ms;
}

.toast__toast-region {
  position: fixed;
  right: var(--space-md);
  bottom: var(--space-md);
  left: var(--space-md);
  z-index: 50;
  display: flex;
  flex-direction: column;
  gap: var(--space-sm);
}

.toast__toast {
  display: flex;
  align-items: flex-start;
  gap: var(--space-md);
  padding: var(--space-md);
  border-radius: var(--radius-lg);
  box-shadow: var(--shadow-lg);
  background-color: var(--color-text);
  color: var(--color-surface);
  font-family: var(--font-family-base);
}

.toast__toast-icon {
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

.toast__toast-body {
  display: flex;
  flex-direction: column;
  flex-grow: 1;
  gap: var(--space-xs);
  min-width: 0;
}

.toast__toast-title {
  margin: 0;
  color: var(--color-surface);
  font-family: var(--font-family-heading);
  font-size: var(--font-size-md);
  font-weight: var(--font-weight-bold);
  line-height: var(--line-height-tight);
}

.toast__toast-message {
  margin: 0;
  color: var(--color-surface-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-sm);
  line-height: var(--line-height-normal);
}

.toast__toast-action {
  padding: var(--space-xs) var(--space-sm);
  border-width: var(--border-width);
  border-style: solid;
  border-color: transparent;
  border-radius: var(--radius-md);
  background-color: transparent;
  color: var(--color-surface);
  font-family: inherit;
  font-size: var(--font-size-sm);
  font-weight: var(--font-weight-semibold);
  cursor: pointer;
  transition-property: background-color, border-color, color, box-shadow, transform, opacity;
  transition-duration: var(--duration-fast);
  transition-timing-function: ease-out;
}

.toast__toast-action:hover {
  text-decoration: underline;
}

.toast__toast-action:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.toast__toast-action:active {
  transform: translateY(1px);
}

.toast__toast-action:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}

.toast__toast-close {
  display: inline-flex;
  padding: var(--space-xs);
  border-width: var(--border-width);
  border-style: solid;
  border-color: transparent;
  border-radius: var(--radius-md);
  background-color: transparent;
  color: var(--color-surface-muted);
  font-family: inherit;
  cursor: pointer;
  transition-property: background-color, border-color, color, box-shadow, transform, opacity;
  transition-duration: var(--duration-fast);
  transition-timing-function: ease-out;
}

.toast__toast-close:hover {
  color: var(--color-surface);
}

.toast__toast-close:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.toast__toast-close:active {
  transform: translateY(1px);
}

.toast__toast-close:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}

@media (min-width: 768px) {
  .toast__toast-region {
    left: auto;
    width: 24rem;
  }
}`;

/**
 * Toast notification
 *
 * Usage: <ui-toast title="…" message="…" action="…"></ui-toast>
 * Events: action, dismiss
 */
export class Toast extends HTMLElement {
  static readonly observedAttributes = ['title', 'message', 'action'];

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
    return this.getAttribute('title') ?? 'Changes saved';
  }

  get #message(): string {
    return this.getAttribute('message') ?? 'Your component was saved and a new version was created.';
  }

  get #action(): string {
    return this.getAttribute('action') ?? 'Undo';
  }

  #handleToastActionClick(): void {
    this.dispatchEvent(new CustomEvent('action', { bubbles: true, composed: true }));
    this.#visible = false;
    this.#render();
  }

  #handleToastCloseClick(): void {
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
    return h('div', { class: 'toast__toast-region', 'aria-live': 'polite' }, [
      this.#visible ? h('div', { class: 'toast__toast', role: 'status' }, [
        h('span', { class: 'toast__toast-icon', 'aria-hidden': 'true' }, [
          h('svg', {
            class: 'toast__svg-1',
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
            h('circle', { class: 'toast__circle-1', cx: '12', cy: '12', r: '9' }),
            h('path', { class: 'toast__path-1', d: 'm8 12 3 3 5-6' }),
          ]),
        ]),
        h('div', { class: 'toast__toast-body' }, [
          h('p', { class: 'toast__toast-title' }, [this.#title]),
          h('p', { class: 'toast__toast-message' }, [this.#message]),
        ]),
        h('button', {
          class: 'toast__toast-action',
          type: 'button',
          onclick: () => this.#handleToastActionClick(),
        }, [this.#action]),
        h('button', {
          class: 'toast__toast-close',
          type: 'button',
          'aria-label': 'Dismiss',
          onclick: () => this.#handleToastCloseClick(),
        }, [
          h('svg', {
            class: 'toast__svg-2',
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
          }, [h('path', { class: 'toast__path-2', d: 'M18 6 6 18M6 6l12 12' })]),
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

if (!customElements.get('ui-toast')) customElements.define('ui-toast', Toast);

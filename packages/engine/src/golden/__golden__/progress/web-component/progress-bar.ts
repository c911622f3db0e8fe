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
  --radius-md: 8px;
  --radius-lg: 12px;
  --radius-full: 9999px;
  --border-width: 1px;
  --font-family-base: Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --font-family-heading: Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --font-size-sm: 0.875rem;
  --font-size-md: 1rem;
  --font-weight-semibold: 600;
  --font-weight-bold: 700;
  --line-height-tight: 1.25;
  --line-height-normal: 1.5;
  --shadow-sm: 0 1px 2px 0 rgb(15 23 42 / 0.06);
  --duration-fast: 150ms;
}

.progress-bar__progress {
  display: flex;
  flex-direction: column;
  gap: var(--space-md);
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

.progress-bar__progress-top {
  display: flex;
  align-items: flex-start;
  gap: var(--space-md);
}

.progress-bar__progress-icon {
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

.progress-bar__progress-text {
  display: flex;
  flex-direction: column;
  flex-grow: 1;
  gap: var(--space-xs);
  min-width: 0;
}

.progress-bar__progress-title {
  margin: 0;
  overflow: hidden;
  color: var(--color-text);
  font-family: var(--font-family-heading);
  font-size: var(--font-size-md);
  font-weight: var(--font-weight-bold);
  line-height: var(--line-height-tight);
  text-overflow: ellipsis;
}

.progress-bar__progress-caption {
  margin: 0;
  color: var(--color-text-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-sm);
  line-height: var(--line-height-normal);
}

.progress-bar__progress-value {
  margin: 0;
  color: var(--color-primary);
  font-family: var(--font-family-heading);
  font-size: var(--font-size-md);
  font-weight: var(--font-weight-bold);
  line-height: var(--line-height-tight);
}

.progress-bar__progress-bar {
  display: block;
  width: 100%;
  height: var(--space-sm);
  overflow: hidden;
  border-width: 0;
  border-radius: var(--radius-full);
  background-color: var(--color-surface-muted);
  color: var(--color-primary);
}

.progress-bar__progress-actions {
  display: flex;
  align-items: center;
  justify-content: flex-end;
  gap: var(--space-sm);
}

.progress-bar__progress-cancel {
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

.progress-bar__progress-cancel:hover {
  background-color: var(--color-surface-muted);
  color: var(--color-text);
}

.progress-bar__progress-cancel:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.progress-bar__progress-cancel:active {
  transform: translateY(1px);
}

.progress-bar__progress-cancel:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}`;

/**
 * Progress bar
 *
 * Usage: <progress-bar title="…" value="…"></progress-bar>
 * Events: cancel
 */
export class ProgressBar extends HTMLElement {
  static readonly observedAttributes = ['title', 'value'];

  readonly #shadow = this.attachShadow({ mode: 'open' });
  #rendering = false;

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
    return this.getAttribute('title') ?? 'Uploading design-tokens.json';
  }

  get #value(): number {
    const value = Number(this.getAttribute('value') ?? NaN);
    return Number.isFinite(value) ? value : 64;
  }

  #handleProgressCancelClick(): void {
    this.dispatchEvent(new CustomEvent('cancel', { bubbles: true, composed: true }));
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
    return h('div', { class: 'progress-bar__progress' }, [
      h('div', { class: 'progress-bar__progress-top' }, [
        h('span', { class: 'progress-bar__progress-icon', 'aria-hidden': 'true' }, [
          h('svg', {
            class: 'progress-bar__svg-1',
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
            h('path', { class: 'progress-bar__path-1', d: 'M12 16V4M7 9l5-5 5 5M4 20h16' }),
          ]),
        ]),
        h('div', { class: 'progress-bar__progress-text' }, [
          h('p', { class: 'progress-bar__progress-title', id: 'progress-title' }, [
            this.#title,
          ]),
          h('p', { class: 'progress-bar__progress-caption' }, [
            '2.4 MB of 3.8 MB · about 12 seconds left',
          ]),
        ]),
        h('span', { class: 'progress-bar__progress-value', id: 'progress-value' }, [
          String(this.#value),
          '%',
        ]),
      ]),
      h('progress', {
        class: 'progress-bar__progress-bar',
        max: '100',
        value: String(this.#value),
        'aria-labelledby': 'progress-title',
      }),
      h('div', { class: 'progress-bar__progress-actions' }, [
        h('button', {
          class: 'progress-bar__progress-cancel',
          type: 'button',
          onclick: () => this.#handleProgressCancelClick(),
        }, ['Cancel']),
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

if (!customElements.get('progress-bar')) customElements.define('progress-bar', ProgressBar);

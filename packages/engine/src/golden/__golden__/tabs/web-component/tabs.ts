const styles = `:host {
  display: contents;
  --color-primary: #0b6477;
  --color-surface: #ffffff;
  --color-surface-muted: #f1f5f9;
  --color-text: #0f172a;
  --color-text-muted: #64748b;
  --color-border: #e2e8f0;
  --color-focus: #14919b;
  --space-xs: 0.25rem;
  --space-sm: 0.5rem;
  --space-md: 1rem;
  --radius-md: 8px;
  --radius-lg: 12px;
  --radius-full: 9999px;
  --border-width: 1px;
  --font-family-base: Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --font-family-heading: Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --font-size-sm: 0.875rem;
  --font-size-md: 1rem;
  --font-size-lg: 1.125rem;
  --font-weight-semibold: 600;
  --font-weight-bold: 700;
  --line-height-tight: 1.25;
  --line-height-normal: 1.5;
  --shadow-sm: 0 1px 2px 0 rgb(15 23 42 / 0.06);
  --duration-fast: 150ms;
}

.tabs__tabs {
  display: flex;
  flex-direction: column;
  gap: var(--space-md);
  box-sizing: border-box;
  padding: var(--space-md);
  border-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-border);
  border-radius: var(--radius-lg);
  box-shadow: var(--shadow-sm);
  background-color: var(--color-surface);
  color: var(--color-text);
  font-family: var(--font-family-base);
}

.tabs__tabs-list {
  display: flex;
  align-items: center;
  gap: var(--space-xs);
  overflow-x: auto;
  border-width: 0;
  border-bottom-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-border);
}

.tabs__tab-1,
.tabs__tab-2,
.tabs__tab-3 {
  position: relative;
  padding: var(--space-sm) var(--space-md);
  border-width: 0;
  border-radius: var(--radius-md);
  background-color: transparent;
  color: var(--color-text);
  font-family: var(--font-family-base);
  font-size: var(--font-size-sm);
  font-weight: var(--font-weight-semibold);
  white-space: nowrap;
  cursor: pointer;
  transition-property: background-color, border-color, color, box-shadow, transform, opacity;
  transition-duration: var(--duration-fast);
  transition-timing-function: ease-out;
}

.tabs__tab-1:hover,
.tabs__tab-2:hover,
.tabs__tab-3:hover {
  background-color: var(--color-surface-muted);
}

.tabs__tab-1:focus-visible,
.tabs__tab-2:focus-visible,
.tabs__tab-3:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.tabs__tab-1:active,
.tabs__tab-2:active,
.tabs__tab-3:active {
  transform: translateY(1px);
}

.tabs__tab-1:disabled,
.tabs__tab-2:disabled,
.tabs__tab-3:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}

.tabs__tab-1-indicator,
.tabs__tab-2-indicator,
.tabs__tab-3-indicator {
  position: absolute;
  right: var(--space-sm);
  bottom: 0;
  left: var(--space-sm);
  height: var(--space-xs);
  border-radius: var(--radius-full);
  background-color: var(--color-primary);
}

.tabs__tab-panel-1,
.tabs__tab-panel-2,
.tabs__tab-panel-3 {
  display: flex;
  flex-direction: column;
  gap: var(--space-sm);
  padding: var(--space-sm);
  border-radius: var(--radius-md);
}

.tabs__tab-panel-1:focus-visible,
.tabs__tab-panel-2:focus-visible,
.tabs__tab-panel-3:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
}

.tabs__tab-panel-1-title,
.tabs__tab-panel-2-title,
.tabs__tab-panel-3-title {
  margin: 0;
  color: var(--color-text);
  font-family: var(--font-family-heading);
  font-size: var(--font-size-lg);
  font-weight: var(--font-weight-bold);
  line-height: var(--line-height-tight);
}

.tabs__tab-panel-1-text,
.tabs__tab-panel-2-text,
.tabs__tab-panel-3-text {
  margin: 0;
  color: var(--color-text-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-md);
  line-height: var(--line-height-normal);
}`;

/**
 * Tabs (3)
 *
 * Usage: <ui-tabs></ui-tabs>
 */
export class Tabs extends HTMLElement {
  static readonly observedAttributes = [];

  readonly #shadow = this.attachShadow({ mode: 'open' });
  #rendering = false;
  #tab1 = true;
  #tab2 = false;
  #tab3 = false;

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

  #handleTab1Click(): void {
    this.#tab1 = true;
    this.#tab2 = false;
    this.#tab3 = false;
    this.#render();
  }

  #handleTab2Click(): void {
    this.#tab1 = false;
    this.#tab2 = true;
    this.#tab3 = false;
    this.#render();
  }

  #handleTab3Click(): void {
    this.#tab1 = false;
    this.#tab2 = false;
    this.#tab3 = true;
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
    return h('div', { class: 'tabs__tabs' }, [
      h('div', {
        class: 'tabs__tabs-list',
        role: 'tablist',
        'aria-label': 'Product details',
      }, [
        h('button', {
          class: 'tabs__tab-1',
          type: 'button',
          id: 'tab-1',
          role: 'tab',
          'aria-selected': String(this.#tab1),
          'aria-controls': 'tab-panel-1',
          onclick: () => this.#handleTab1Click(),
        }, [
          'Overview',
          this.#tab1 ? h('span', { class: 'tabs__tab-1-indicator', 'aria-hidden': 'true' }) : null,
        ]),
        h('button', {
          class: 'tabs__tab-2',
          type: 'button',
          id: 'tab-2',
          role: 'tab',
          'aria-selected': String(this.#tab2),
          'aria-controls': 'tab-panel-2',
          onclick: () => this.#handleTab2Click(),
        }, [
          'Specifications',
          this.#tab2 ? h('span', { class: 'tabs__tab-2-indicator', 'aria-hidden': 'true' }) : null,
        ]),
        h('button', {
          class: 'tabs__tab-3',
          type: 'button',
          id: 'tab-3',
          role: 'tab',
          'aria-selected': String(this.#tab3),
          'aria-controls': 'tab-panel-3',
          onclick: () => this.#handleTab3Click(),
        }, [
          'Reviews',
          this.#tab3 ? h('span', { class: 'tabs__tab-3-indicator', 'aria-hidden': 'true' }) : null,
        ]),
      ]),
      this.#tab1 ? h('div', {
        class: 'tabs__tab-panel-1',
        id: 'tab-panel-1',
        tabindex: '0',
        role: 'tabpanel',
        'aria-labelledby': 'tab-1',
      }, [
        h('h3', { class: 'tabs__tab-panel-1-title' }, ['Built for everyday carry']),
        h('p', { class: 'tabs__tab-panel-1-text' }, [
          'A lightweight shell, recycled fabrics and a lifetime warranty make this the last backpack you will need.',
        ]),
      ]) : null,
      this.#tab2 ? h('div', {
        class: 'tabs__tab-panel-2',
        id: 'tab-panel-2',
        tabindex: '0',
        role: 'tabpanel',
        'aria-labelledby': 'tab-2',
      }, [
        h('h3', { class: 'tabs__tab-panel-2-title' }, ['Specifications']),
        h('p', { class: 'tabs__tab-panel-2-text' }, [
          'Capacity 22 L · Weight 850 g · Padded sleeve for laptops up to 16 inches · Water-resistant zips.',
        ]),
      ]) : null,
      this.#tab3 ? h('div', {
        class: 'tabs__tab-panel-3',
        id: 'tab-panel-3',
        tabindex: '0',
        role: 'tabpanel',
        'aria-labelledby': 'tab-3',
      }, [
        h('h3', { class: 'tabs__tab-panel-3-title' }, ['Rated 4.8 by 1,204 customers']),
        h('p', { class: 'tabs__tab-panel-3-text' }, [
          '“Comfortable on long commutes, and the laptop sleeve fits perfectly.” — Daniel, verified buyer',
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

if (!customElements.get('ui-tabs')) customElements.define('ui-tabs', Tabs);

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
  --radius-full: 9999px;
  --border-width: 1px;
  --font-family-base: Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --font-family-heading: Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --font-size-sm: 0.875rem;
  --font-size-md: 1rem;
  --font-size-xl: 1.25rem;
  --font-weight-medium: 500;
  --font-weight-semibold: 600;
  --font-weight-bold: 700;
  --line-height-tight: 1.25;
  --line-height-normal: 1.5;
  --duration-fast: 150ms;
}

.empty-state__empty {
  display: flex;
  flex-direction: column;
  align-items: center;
  gap: var(--space-md);
  padding: var(--space-xl) var(--space-lg);
  border-width: var(--border-width);
  border-style: dashed;
  border-color: var(--color-border);
  border-radius: var(--radius-lg);
  background-color: var(--color-surface);
  color: var(--color-text);
  font-family: var(--font-family-base);
  text-align: center;
}

.empty-state__empty-illustration {
  position: relative;
  display: inline-flex;
  flex-shrink: 0;
  align-items: center;
  justify-content: center;
  width: 5rem;
  height: 5rem;
  border-radius: var(--radius-full);
  background-color: var(--color-surface-muted);
  color: var(--color-primary);
}

.empty-state__empty-illustration-badge {
  position: absolute;
  right: 0;
  bottom: 0;
  display: inline-flex;
  flex-shrink: 0;
  align-items: center;
  justify-content: center;
  width: var(--space-lg);
  height: var(--space-lg);
  border-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-surface);
  border-radius: var(--radius-full);
  background-color: var(--color-primary);
  color: var(--color-on-primary);
}

.empty-state__empty-title {
  margin: 0;
  color: var(--color-text);
  font-family: var(--font-family-heading);
  font-size: var(--font-size-xl);
  font-weight: var(--font-weight-bold);
  line-height: var(--line-height-tight);
}

.empty-state__empty-body {
  max-width: 28rem;
  margin: 0;
  color: var(--color-text-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-md);
  line-height: var(--line-height-normal);
}

.empty-state__empty-actions {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: center;
  gap: var(--space-sm);
  margin-top: var(--space-sm);
}

.empty-state__empty-cta {
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

.empty-state__empty-cta:hover {
  background-color: var(--color-primary-hover);
}

.empty-state__empty-cta:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.empty-state__empty-cta:active {
  transform: translateY(1px);
}

.empty-state__empty-cta:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}

.empty-state__empty-secondary {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  gap: var(--space-xs);
  padding: var(--space-sm) var(--space-md);
  border-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-primary);
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

.empty-state__empty-secondary:hover {
  background-color: var(--color-primary);
  color: var(--color-on-primary);
}

.empty-state__empty-secondary:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.empty-state__empty-secondary:active {
  transform: translateY(1px);
}

.empty-state__empty-secondary:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}

.empty-state__empty-help {
  margin: 0;
  color: var(--color-text-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-sm);
  line-height: var(--line-height-normal);
}

.empty-state__empty-help-link {
  border-radius: var(--radius-sm);
  color: var(--color-primary);
  font-family: inherit;
  font-weight: var(--font-weight-medium);
  text-decoration: underline;
  cursor: pointer;
  transition-property: background-color, border-color, color, box-shadow, transform, opacity;
  transition-duration: var(--duration-fast);
  transition-timing-function: ease-out;
}

.empty-state__empty-help-link:hover {
  text-decoration: underline;
}

.empty-state__empty-help-link:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.empty-state__empty-help-link:active {
  text-decoration: underline;
}`;

/**
 * Empty state with a call to action
 *
 * Usage: <empty-state title="…" body="…" cta="…"></empty-state>
 * Events: create, import
 */
export class EmptyState extends HTMLElement {
  static readonly observedAttributes = ['title', 'body', 'cta'];

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
    return this.getAttribute('title') ?? 'No projects yet';
  }

  get #body(): string {
    return this.getAttribute('body') ?? 'Projects keep your components, versions and design tokens together. Create your first one to get started.';
  }

  get #cta(): string {
    return this.getAttribute('cta') ?? 'Create project';
  }

  #handleEmptyCtaClick(): void {
    this.dispatchEvent(new CustomEvent('create', { bubbles: true, composed: true }));
  }

  #handleEmptySecondaryClick(): void {
    this.dispatchEvent(new CustomEvent('import', { bubbles: true, composed: true }));
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
    return h('section', { class: 'empty-state__empty', 'aria-labelledby': 'empty-title' }, [
      h('div', { class: 'empty-state__empty-illustration', 'aria-hidden': 'true' }, [
        h('svg', {
          class: 'empty-state__svg-1',
          'viewBox': '0 0 24 24',
          fill: 'none',
          stroke: 'currentColor',
          'stroke-width': '2',
          'stroke-linecap': 'round',
          'stroke-linejoin': 'round',
          focusable: 'false',
          width: '36',
          height: '36',
          'aria-hidden': 'true',
        }, [h('path', { class: 'empty-state__path-1', d: 'M3 6h6l2 2h10v11H3z' })]),
        h('span', { class: 'empty-state__empty-illustration-badge' }, [
          h('svg', {
            class: 'empty-state__svg-2',
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
          }, [h('path', { class: 'empty-state__path-2', d: 'M12 5v14M5 12h14' })]),
        ]),
      ]),
      h('h2', { class: 'empty-state__empty-title', id: 'empty-title' }, [this.#title]),
      h('p', { class: 'empty-state__empty-body' }, [this.#body]),
      h('div', { class: 'empty-state__empty-actions' }, [
        h('button', {
          class: 'empty-state__empty-cta',
          type: 'button',
          onclick: () => this.#handleEmptyCtaClick(),
        }, [
          h('svg', {
            class: 'empty-state__svg-3',
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
          }, [h('path', { class: 'empty-state__path-3', d: 'M12 5v14M5 12h14' })]),
          this.#cta,
        ]),
        h('button', {
          class: 'empty-state__empty-secondary',
          type: 'button',
          onclick: () => this.#handleEmptySecondaryClick(),
        }, [
          h('svg', {
            class: 'empty-state__svg-4',
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
            h('path', { class: 'empty-state__path-4', d: 'M12 16V4M7 9l5-5 5 5M4 20h16' }),
          ]),
          'Import from code',
        ]),
      ]),
      h('p', { class: 'empty-state__empty-help' }, [
        'Need a hand? ',
        h('a', { class: 'empty-state__empty-help-link', href: '#docs' }, [
          'Read the quick-start guide',
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

if (!customElements.get('empty-state')) customElements.define('empty-state', EmptyState);

const styles = `:host {
  display: contents;
  --color-primary: #0b6477;
  --color-on-primary: #ffffff;
  --color-surface: #ffffff;
  --color-text: #0f172a;
  --color-focus: #14919b;
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
  --font-size-lg: 1.125rem;
  --font-size-2xl: 1.5rem;
  --font-weight-semibold: 600;
  --font-weight-bold: 700;
  --line-height-tight: 1.25;
  --line-height-normal: 1.5;
  --shadow-sm: 0 1px 2px 0 rgb(15 23 42 / 0.06);
  --shadow-lg: 0 10px 15px -3px rgb(15 23 42 / 0.1), 0 4px 6px -4px rgb(15 23 42 / 0.05);
  --duration-fast: 150ms;
}

.cta-banner__cta {
  display: flex;
  flex-direction: column;
  gap: var(--space-lg);
  padding: var(--space-xl) var(--space-lg);
  border-radius: var(--radius-lg);
  box-shadow: var(--shadow-sm);
  background-color: var(--color-primary);
  color: var(--color-on-primary);
  font-family: var(--font-family-base);
}

.cta-banner__cta-text {
  display: flex;
  flex-direction: column;
  gap: var(--space-sm);
}

.cta-banner__cta-title {
  margin: 0;
  color: var(--color-on-primary);
  font-family: var(--font-family-heading);
  font-size: var(--font-size-2xl);
  font-weight: var(--font-weight-bold);
  line-height: var(--line-height-tight);
}

.cta-banner__cta-body {
  margin: 0;
  color: var(--color-on-primary);
  font-family: var(--font-family-base);
  font-size: var(--font-size-lg);
  line-height: var(--line-height-normal);
}

.cta-banner__cta-actions {
  display: flex;
  flex-wrap: wrap;
  flex-shrink: 0;
  align-items: center;
  gap: var(--space-sm);
}

.cta-banner__cta-primary {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  gap: var(--space-xs);
  padding: var(--space-md) var(--space-lg);
  border-width: var(--border-width);
  border-style: solid;
  border-color: transparent;
  border-radius: var(--radius-md);
  box-shadow: none;
  background-color: var(--color-surface);
  color: var(--color-text);
  font-family: var(--font-family-base);
  font-size: var(--font-size-lg);
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

.cta-banner__cta-primary:hover {
  box-shadow: var(--shadow-lg);
  transform: translateY(-1px);
}

.cta-banner__cta-primary:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.cta-banner__cta-primary:active {
  transform: translateY(1px);
}

.cta-banner__cta-secondary {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  gap: var(--space-xs);
  padding: var(--space-md) var(--space-lg);
  border-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-on-primary);
  border-radius: var(--radius-md);
  background-color: transparent;
  color: var(--color-on-primary);
  font-family: var(--font-family-base);
  font-size: var(--font-size-lg);
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

.cta-banner__cta-secondary:hover {
  background-color: var(--color-on-primary);
  color: var(--color-primary);
}

.cta-banner__cta-secondary:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.cta-banner__cta-secondary:active {
  transform: translateY(1px);
}

@media (min-width: 768px) {
  .cta-banner__cta {
    flex-direction: row;
    align-items: center;
    justify-content: space-between;
    padding: var(--space-xl) var(--space-xl);
  }
}`;

/**
 * Call-to-action banner
 *
 * Usage: <cta-banner title="…" body="…" primary-label="…" secondary-label="…"></cta-banner>
 */
export class CtaBanner extends HTMLElement {
  static readonly observedAttributes = ['title', 'body', 'primary-label', 'secondary-label'];

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
    return this.getAttribute('title') ?? 'Ready to ship your design system everywhere?';
  }

  get #body(): string {
    return this.getAttribute('body') ?? 'Start free today. Upgrade when your team is ready — no credit card needed.';
  }

  get #primaryLabel(): string {
    return this.getAttribute('primary-label') ?? 'Start for free';
  }

  get #secondaryLabel(): string {
    return this.getAttribute('secondary-label') ?? 'Talk to sales';
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
    return h('section', { class: 'cta-banner__cta', 'aria-labelledby': 'cta-title' }, [
      h('div', { class: 'cta-banner__cta-text' }, [
        h('h2', { class: 'cta-banner__cta-title', id: 'cta-title' }, [this.#title]),
        h('p', { class: 'cta-banner__cta-body' }, [this.#body]),
      ]),
      h('div', { class: 'cta-banner__cta-actions' }, [
        h('a', { class: 'cta-banner__cta-primary', href: '#get-started' }, [
          this.#primaryLabel,
          h('svg', {
            class: 'cta-banner__svg-1',
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
          }, [h('path', { class: 'cta-banner__path-1', d: 'M5 12h14M13 6l6 6-6 6' })]),
        ]),
        h('a', { class: 'cta-banner__cta-secondary', href: '#contact-sales' }, [
          this.#secondaryLabel,
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

if (!customElements.get('cta-banner')) customElements.define('cta-banner', CtaBanner);

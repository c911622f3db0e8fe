const styles = `:host {
  display: contents;
  --color-primary: #0b6477;
  --color-primary-hover: #09505f;
  --color-on-primary: #ffffff;
  --color-secondary: #213a58;
  --color-on-secondary: #ffffff;
  --color-accent: #45dfb1;
  --color-background: #f8fafc;
  --color-surface: #ffffff;
  --color-surface-muted: #f1f5f9;
  --color-text: #0f172a;
  --color-text-muted: #64748b;
  --color-border: #e2e8f0;
  --color-focus: #14919b;
  --color-success: #80ed99;
  --color-warning: #f59e0b;
  --color-danger: #dc2626;
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
  --font-family-mono: "JetBrains Mono", ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  --font-size-xs: 0.75rem;
  --font-size-sm: 0.875rem;
  --font-size-md: 1rem;
  --font-size-lg: 1.125rem;
  --font-size-2xl: 1.5rem;
  --font-size-3xl: 1.875rem;
  --font-weight-semibold: 600;
  --font-weight-bold: 700;
  --line-height-tight: 1.25;
  --line-height-normal: 1.5;
  --shadow-lg: 0 10px 15px -3px rgb(15 23 42 / 0.1), 0 4px 6px -4px rgb(15 23 42 / 0.05);
  --breakpoint-sm: 640px;
  --duration-fast: 150ms;
}

.hero__hero {
  display: grid;
  flex-direction: column;
  grid-template-columns: minmax(0, 1fr);
  align-items: center;
  gap: var(--space-xl);
  box-sizing: border-box;
  width: 100%;
  padding: var(--space-xl) var(--space-md);
  background-color: var(--color-background);
  color: var(--color-text);
  font-family: var(--font-family-base);
}

.hero__hero-content {
  display: flex;
  flex-direction: column;
  align-items: flex-start;
  gap: var(--space-lg);
}

.hero__hero-eyebrow {
  display: inline-flex;
  align-items: center;
  gap: var(--space-xs);
  padding: var(--space-xs) var(--space-sm);
  border-radius: var(--radius-full);
  background-color: var(--color-surface-muted);
  color: var(--color-text);
  font-size: var(--font-size-sm);
  font-weight: var(--font-weight-semibold);
  line-height: var(--line-height-tight);
  white-space: nowrap;
}

.hero__hero-eyebrow-icon {
  display: inline-flex;
  color: var(--color-primary);
}

.hero__hero-title {
  margin: 0;
  color: var(--color-text);
  font-family: var(--font-family-heading);
  font-size: var(--font-size-2xl);
  font-weight: var(--font-weight-bold);
  line-height: var(--line-height-tight);
}

.hero__hero-subtitle {
  max-width: var(--breakpoint-sm);
  margin: 0;
  color: var(--color-text-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-lg);
  line-height: var(--line-height-normal);
}

.hero__hero-actions {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: var(--space-sm);
}

.hero__hero-primary {
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
  background-color: var(--color-primary);
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

.hero__hero-primary:hover {
  background-color: var(--color-primary-hover);
}

.hero__hero-primary:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.hero__hero-primary:active {
  transform: translateY(1px);
}

.hero__hero-secondary {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  gap: var(--space-xs);
  padding: var(--space-md) var(--space-lg);
  border-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-primary);
  border-radius: var(--radius-md);
  background-color: transparent;
  color: var(--color-primary);
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

.hero__hero-secondary:hover {
  background-color: var(--color-primary);
  color: var(--color-on-primary);
}

.hero__hero-secondary:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.hero__hero-secondary:active {
  transform: translateY(1px);
}

.hero__hero-proof {
  display: flex;
  align-items: center;
  gap: var(--space-sm);
  margin: 0;
  color: var(--color-text-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-sm);
  line-height: var(--line-height-normal);
}

.hero__hero-avatars {
  display: grid;
  grid-template-columns: repeat(3, var(--space-lg));
}

.hero__hero-avatar-1 {
  display: inline-flex;
  flex-shrink: 0;
  align-items: center;
  justify-content: center;
  width: var(--space-xl);
  height: var(--space-xl);
  border-radius: var(--radius-full);
  background-color: var(--color-primary);
  color: var(--color-on-primary);
  font-size: var(--font-size-sm);
  font-weight: var(--font-weight-semibold);
}

.hero__hero-avatar-2 {
  display: inline-flex;
  flex-shrink: 0;
  align-items: center;
  justify-content: center;
  width: var(--space-xl);
  height: var(--space-xl);
  border-radius: var(--radius-full);
  background-color: var(--color-secondary);
  color: var(--color-on-secondary);
  font-size: var(--font-size-sm);
  font-weight: var(--font-weight-semibold);
}

.hero__hero-avatar-3 {
  display: inline-flex;
  flex-shrink: 0;
  align-items: center;
  justify-content: center;
  width: var(--space-xl);
  height: var(--space-xl);
  border-radius: var(--radius-full);
  background-color: var(--color-surface-muted);
  color: var(--color-text);
  font-size: var(--font-size-sm);
  font-weight: var(--font-weight-semibold);
}

.hero__hero-visual {
  display: flex;
  flex-direction: column;
  gap: var(--space-md);
  box-sizing: border-box;
  margin: 0;
  padding: var(--space-md);
  border-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-border);
  border-radius: var(--radius-lg);
  box-shadow: var(--shadow-lg);
  background-color: var(--color-surface);
  color: var(--color-text);
}

.hero__hero-window-bar {
  display: flex;
  align-items: center;
  gap: var(--space-xs);
}

.hero__hero-swatch-close {
  display: inline-flex;
  flex-shrink: 0;
  align-items: center;
  justify-content: center;
  width: var(--space-sm);
  height: var(--space-sm);
  border-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-border);
  border-radius: var(--radius-full);
  background-color: var(--color-danger);
  color: var(--color-text);
}

.hero__hero-swatch-minimise {
  display: inline-flex;
  flex-shrink: 0;
  align-items: center;
  justify-content: center;
  width: var(--space-sm);
  height: var(--space-sm);
  border-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-border);
  border-radius: var(--radius-full);
  background-color: var(--color-warning);
  color: var(--color-text);
}

.hero__hero-swatch-expand {
  display: inline-flex;
  flex-shrink: 0;
  align-items: center;
  justify-content: center;
  width: var(--space-sm);
  height: var(--space-sm);
  border-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-border);
  border-radius: var(--radius-full);
  background-color: var(--color-success);
  color: var(--color-text);
}

.hero__hero-code {
  margin: 0;
  padding: var(--space-md);
  overflow-x: auto;
  border-radius: var(--radius-md);
  background-color: var(--color-text);
  color: var(--color-surface);
  font-family: var(--font-family-mono);
  font-size: var(--font-size-sm);
  white-space: pre-wrap;
}

.hero__hero-sample {
  display: flex;
  align-items: center;
  justify-content: center;
  gap: var(--space-sm);
  padding: var(--space-lg);
  border-radius: var(--radius-md);
  background-color: var(--color-surface-muted);
}

.hero__hero-sample-button {
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
  cursor: default;
  user-select: none;
  transition-property: background-color, border-color, color, box-shadow, transform, opacity;
  transition-duration: var(--duration-fast);
  transition-timing-function: ease-out;
}

.hero__hero-tokens {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: var(--space-sm);
  margin: 0;
  color: var(--color-text-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-xs);
  line-height: var(--line-height-normal);
}

.hero__hero-swatch-primary {
  display: inline-flex;
  flex-shrink: 0;
  align-items: center;
  justify-content: center;
  width: var(--space-lg);
  height: var(--space-lg);
  border-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-border);
  border-radius: var(--radius-full);
  background-color: var(--color-primary);
  color: var(--color-text);
}

.hero__hero-swatch-accent {
  display: inline-flex;
  flex-shrink: 0;
  align-items: center;
  justify-content: center;
  width: var(--space-lg);
  height: var(--space-lg);
  border-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-border);
  border-radius: var(--radius-full);
  background-color: var(--color-accent);
  color: var(--color-text);
}

.hero__hero-swatch-surface {
  display: inline-flex;
  flex-shrink: 0;
  align-items: center;
  justify-content: center;
  width: var(--space-lg);
  height: var(--space-lg);
  border-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-border);
  border-radius: var(--radius-full);
  background-color: var(--color-surface-muted);
  color: var(--color-text);
}

@media (min-width: 768px) {
  .hero__hero {
    padding: var(--space-xl) var(--space-xl);
  }

  .hero__hero-title {
    font-size: var(--font-size-3xl);
  }
}

@media (min-width: 1024px) {
  .hero__hero {
    grid-template-columns: repeat(2, minmax(0, 1fr));
  }
}`;

/**
 * Hero section with headline, calls to action and a product preview
 *
 * Usage: <ui-hero title="…" subtitle="…" primary-label="…" secondary-label="…"></ui-hero>
 */
export class Hero extends HTMLElement {
  static readonly observedAttributes = ['title', 'subtitle', 'primary-label', 'secondary-label'];

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
    return this.getAttribute('title') ?? 'Build on-brand interfaces in minutes, not weeks';
  }

  get #subtitle(): string {
    return this.getAttribute('subtitle') ?? 'Describe a component in plain language and get production-ready code that follows your design system, in every framework your team uses.';
  }

  get #primaryLabel(): string {
    return this.getAttribute('primary-label') ?? 'Start for free';
  }

  get #secondaryLabel(): string {
    return this.getAttribute('secondary-label') ?? 'Watch the demo';
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
    return h('section', { class: 'hero__hero', 'aria-labelledby': 'hero-title' }, [
      h('div', { class: 'hero__hero-content' }, [
        h('span', { class: 'hero__hero-eyebrow' }, [
          h('span', { class: 'hero__hero-eyebrow-icon' }, [
            h('svg', {
              class: 'hero__svg-1',
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
                class: 'hero__path-1',
                d: 'M12 3v4M12 17v4M3 12h4M17 12h4M6 6l2 2M16 16l2 2M6 18l2-2M16 8l2-2',
              }),
            ]),
          ]),
          'New · Svelte 5 export is here',
        ]),
        h('h1', { class: 'hero__hero-title', id: 'hero-title' }, [this.#title]),
        h('p', { class: 'hero__hero-subtitle' }, [this.#subtitle]),
        h('div', { class: 'hero__hero-actions' }, [
          h('a', { class: 'hero__hero-primary', href: '#get-started' }, [
            this.#primaryLabel,
            h('svg', {
              class: 'hero__svg-2',
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
            }, [h('path', { class: 'hero__path-2', d: 'M5 12h14M13 6l6 6-6 6' })]),
          ]),
          h('a', { class: 'hero__hero-secondary', href: '#demo' }, [this.#secondaryLabel]),
        ]),
        h('p', { class: 'hero__hero-proof' }, [
          h('span', { class: 'hero__hero-avatars', 'aria-hidden': 'true' }, [
            h('span', { class: 'hero__hero-avatar-1', 'aria-hidden': 'true' }, ['AK']),
            h('span', { class: 'hero__hero-avatar-2', 'aria-hidden': 'true' }, ['JM']),
            h('span', { class: 'hero__hero-avatar-3', 'aria-hidden': 'true' }, ['SR']),
          ]),
          'Trusted by 2,000+ product teams',
        ]),
      ]),
      h('figure', { class: 'hero__hero-visual', 'aria-label': 'Component preview' }, [
        h('div', { class: 'hero__hero-window-bar', 'aria-hidden': 'true' }, [
          h('span', { class: 'hero__hero-swatch-close', 'aria-hidden': 'true' }),
          h('span', { class: 'hero__hero-swatch-minimise', 'aria-hidden': 'true' }),
          h('span', { class: 'hero__hero-swatch-expand', 'aria-hidden': 'true' }),
        ]),
        h('pre', { class: 'hero__hero-code' }, [
          h('code', { class: 'hero__hero-code-text' }, [
            '\x3CButton variant="primary">Save changes\x3C/Button>',
          ]),
        ]),
        h('div', { class: 'hero__hero-sample' }, [
          h('span', { class: 'hero__hero-sample-button', 'aria-hidden': 'true' }, [
            'Save changes',
          ]),
        ]),
        h('figcaption', { class: 'hero__hero-tokens' }, [
          'Design tokens in use',
          h('span', { class: 'hero__hero-swatch-primary', 'aria-hidden': 'true' }),
          h('span', { class: 'hero__hero-swatch-accent', 'aria-hidden': 'true' }),
          h('span', { class: 'hero__hero-swatch-surface', 'aria-hidden': 'true' }),
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

if (!customElements.get('ui-hero')) customElements.define('ui-hero', Hero);

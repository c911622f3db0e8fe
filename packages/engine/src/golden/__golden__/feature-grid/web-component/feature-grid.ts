interface FeatureItem {
  id: string;
  title: string;
  body: string;
  icon: string;
  href: string;
  featured: boolean;
}

const featureItems: FeatureItem[] = [
  { id: 'feature1', title: 'Instant generation', body: 'Describe a component and get a working version in seconds, online or offline.', icon: 'M13 2 4 14h7l-1 8 9-12h-7z', href: '#feature-1', featured: false },
  { id: 'feature2', title: 'Your design tokens', body: 'Colours, spacing and type come from your system, never from guesswork.', icon: 'M12 3 2 8l10 5 10-5zM2 13l10 5 10-5', href: '#feature-2', featured: false },
  { id: 'feature3', title: 'Accessible by default', body: 'Labels, focus styles and contrast are checked on every change.', icon: 'M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6z', href: '#feature-3', featured: false },
  { id: 'feature4', title: 'Every framework', body: 'React, Vue, Svelte, Angular, Web Components and plain HTML from one spec.', icon: 'M3 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0M3 12h18M12 3a14 14 0 0 1 0 18M12 3a14 14 0 0 0 0 18', href: '#feature-4', featured: false },
  { id: 'feature5', title: 'Visual regression', body: 'Approve a baseline and see exactly which pixels changed.', icon: 'M5 20V11M12 20V5M19 20v-6M3 20h18', href: '#feature-5', featured: false },
  { id: 'feature6', title: 'Built for teams', body: 'Roles, shared libraries and version history for the whole team.', icon: 'M5.5 8a3.5 3.5 0 1 0 7 0a3.5 3.5 0 1 0 -7 0M2 20a7 7 0 0 1 14 0M16 4.5a3.5 3.5 0 0 1 0 7M18 14a6 6 0 0 1 4 6', href: '#feature-6', featured: false },
];

const styles = `:host {
  display: contents;
  --color-primary: #0b6477;
  --color-on-primary: #ffffff;
  --color-background: #f8fafc;
  --color-surface: #ffffff;
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
  --font-size-2xl: 1.5rem;
  --font-size-3xl: 1.875rem;
  --font-weight-medium: 500;
  --font-weight-semibold: 600;
  --font-weight-bold: 700;
  --line-height-tight: 1.25;
  --line-height-normal: 1.5;
  --shadow-sm: 0 1px 2px 0 rgb(15 23 42 / 0.06);
  --breakpoint-sm: 640px;
  --duration-fast: 150ms;
}

.feature-grid__features {
  display: flex;
  flex-direction: column;
  gap: var(--space-xl);
  box-sizing: border-box;
  width: 100%;
  padding: var(--space-xl) var(--space-md);
  background-color: var(--color-background);
  color: var(--color-text);
  font-family: var(--font-family-base);
}

.feature-grid__features-header {
  display: flex;
  flex-direction: column;
  align-items: center;
  gap: var(--space-sm);
  text-align: center;
}

.feature-grid__features-eyebrow {
  margin: 0;
  color: var(--color-primary);
  font-size: var(--font-size-sm);
  font-weight: var(--font-weight-semibold);
  text-transform: uppercase;
}

.feature-grid__features-title {
  margin: 0;
  color: var(--color-text);
  font-family: var(--font-family-heading);
  font-size: var(--font-size-2xl);
  font-weight: var(--font-weight-bold);
  line-height: var(--line-height-tight);
}

.feature-grid__features-subtitle {
  max-width: var(--breakpoint-sm);
  margin: 0;
  color: var(--color-text-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-lg);
  line-height: var(--line-height-normal);
}

.feature-grid__features-grid {
  display: grid;
  grid-template-columns: minmax(0, 1fr);
  gap: var(--space-lg);
  margin: 0;
  padding: 0;
  list-style: none;
}

.feature-grid__feature {
  position: relative;
  display: flex;
  flex-direction: column;
  gap: var(--space-sm);
  box-sizing: border-box;
  padding: var(--space-lg);
  border-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-border);
  border-radius: var(--radius-lg);
  box-shadow: var(--shadow-sm);
  background-color: var(--color-surface);
  color: var(--color-text);
}

.feature-grid__feature-ring {
  position: absolute;
  inset: 0;
  border-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-primary);
  border-radius: var(--radius-lg);
  pointer-events: none;
}

.feature-grid__feature-icon {
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

.feature-grid__feature-title {
  margin: 0;
  margin-top: var(--space-sm);
  color: var(--color-text);
  font-family: var(--font-family-heading);
  font-size: var(--font-size-lg);
  font-weight: var(--font-weight-bold);
  line-height: var(--line-height-tight);
}

.feature-grid__feature-body {
  flex-grow: 1;
  margin: 0;
  color: var(--color-text-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-md);
  line-height: var(--line-height-normal);
}

.feature-grid__feature-link {
  display: flex;
  align-items: center;
  gap: var(--space-xs);
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

.feature-grid__feature-link:hover {
  text-decoration: underline;
}

.feature-grid__feature-link:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.feature-grid__feature-link:active {
  text-decoration: underline;
}

@media (min-width: 640px) {
  .feature-grid__features-grid {
    grid-template-columns: repeat(2, minmax(0, 1fr));
  }
}

@media (min-width: 768px) {
  .feature-grid__features {
    padding: var(--space-xl) var(--space-xl);
  }

  .feature-grid__features-title {
    font-size: var(--font-size-3xl);
  }

  .feature-grid__features-grid {
    grid-template-columns: repeat(3, minmax(0, 1fr));
  }
}`;

/**
 * Grid of 6 features
 *
 * Usage: <feature-grid></feature-grid>
 */
export class FeatureGrid extends HTMLElement {
  static readonly observedAttributes = [];

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
    return h('section', { class: 'feature-grid__features', 'aria-labelledby': 'features-title' }, [
      h('header', { class: 'feature-grid__features-header' }, [
        h('p', { class: 'feature-grid__features-eyebrow' }, ['Features']),
        h('h2', { class: 'feature-grid__features-title', id: 'features-title' }, [
          'Everything your team needs to ship UI',
        ]),
        h('p', { class: 'feature-grid__features-subtitle' }, [
          'From the first prompt to the last pixel, every step is checked against your design system.',
        ]),
      ]),
      h('ul', { class: 'feature-grid__features-grid' }, [
        ...featureItems.map((item) => h('li', { class: 'feature-grid__feature' }, [
          item.featured ? h('span', { class: 'feature-grid__feature-ring', 'aria-hidden': 'true' }) : null,
          h('span', { class: 'feature-grid__feature-icon', 'aria-hidden': 'true' }, [
            h('svg', {
              class: 'feature-grid__svg-1',
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
            }, [h('path', { class: 'feature-grid__path-1', d: item.icon })]),
          ]),
          h('h3', { class: 'feature-grid__feature-title' }, [item.title]),
          h('p', { class: 'feature-grid__feature-body' }, [item.body]),
          h('a', { class: 'feature-grid__feature-link', href: item.href }, [
            'Learn more',
            h('svg', {
              class: 'feature-grid__svg-2',
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
            }, [h('path', { class: 'feature-grid__path-2', d: 'M5 12h14M13 6l6 6-6 6' })]),
          ]),
        ])),
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

if (!customElements.get('feature-grid')) customElements.define('feature-grid', FeatureGrid);

interface StatItem {
  id: string;
  label: string;
  value: string;
  delta: string;
  trend: string;
  icon: string;
}

const statItems: StatItem[] = [
  { id: 'stat1', label: 'Revenue', value: '$48,295', delta: '+12.4%', trend: 'up', icon: 'M5 20V11M12 20V5M19 20v-6M3 20h18' },
  { id: 'stat2', label: 'Active users', value: '12,480', delta: '+8.1%', trend: 'up', icon: 'M5.5 8a3.5 3.5 0 1 0 7 0a3.5 3.5 0 1 0 -7 0M2 20a7 7 0 0 1 14 0M16 4.5a3.5 3.5 0 0 1 0 7M18 14a6 6 0 0 1 4 6' },
  { id: 'stat3', label: 'Conversion rate', value: '3.42%', delta: '−0.6%', trend: 'down', icon: 'M13 2 4 14h7l-1 8 9-12h-7z' },
  { id: 'stat4', label: 'Avg. session', value: '4m 12s', delta: '+1.9%', trend: 'up', icon: 'M3 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0M12 7v5l3 2' },
];

const styles = `:host {
  display: contents;
  --color-primary: #0b6477;
  --color-background: #f8fafc;
  --color-surface: #ffffff;
  --color-surface-muted: #f1f5f9;
  --color-text: #0f172a;
  --color-text-muted: #64748b;
  --color-border: #e2e8f0;
  --color-focus: #14919b;
  --color-success: #80ed99;
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
  --font-size-xs: 0.75rem;
  --font-size-sm: 0.875rem;
  --font-size-md: 1rem;
  --font-size-2xl: 1.5rem;
  --font-size-3xl: 1.875rem;
  --font-weight-medium: 500;
  --font-weight-semibold: 600;
  --font-weight-bold: 700;
  --line-height-tight: 1.25;
  --line-height-normal: 1.5;
  --shadow-sm: 0 1px 2px 0 rgb(15 23 42 / 0.06);
  --duration-fast: 150ms;
}

.stats-widget__stats {
  display: flex;
  flex-direction: column;
  gap: var(--space-lg);
  box-sizing: border-box;
  width: 100%;
  padding: var(--space-xl) var(--space-md);
  background-color: var(--color-background);
  color: var(--color-text);
  font-family: var(--font-family-base);
}

.stats-widget__stats-header {
  display: flex;
  flex-direction: column;
  gap: var(--space-md);
}

.stats-widget__stats-heading {
  display: flex;
  flex-direction: column;
  gap: var(--space-xs);
}

.stats-widget__stats-title {
  margin: 0;
  color: var(--color-text);
  font-family: var(--font-family-heading);
  font-size: var(--font-size-2xl);
  font-weight: var(--font-weight-bold);
  line-height: var(--line-height-tight);
}

.stats-widget__stats-subtitle {
  margin: 0;
  color: var(--color-text-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-md);
  line-height: var(--line-height-normal);
}

.stats-widget__period {
  display: flex;
  align-items: center;
  align-self: center;
  gap: var(--space-xs);
  padding: var(--space-xs);
  border-radius: var(--radius-md);
  background-color: var(--color-surface-muted);
}

.stats-widget__period-7d-active,
.stats-widget__period-30d-active,
.stats-widget__period-90d-active {
  padding: var(--space-xs) var(--space-md);
  border-width: var(--border-width);
  border-style: solid;
  border-color: transparent;
  border-radius: var(--radius-md);
  box-shadow: var(--shadow-sm);
  background-color: var(--color-surface);
  color: var(--color-text);
  font-family: inherit;
  font-size: var(--font-size-sm);
  font-weight: var(--font-weight-semibold);
  line-height: var(--line-height-tight);
  cursor: pointer;
  transition-property: background-color, border-color, color, box-shadow, transform, opacity;
  transition-duration: var(--duration-fast);
  transition-timing-function: ease-out;
}

.stats-widget__period-7d-active:hover,
.stats-widget__period-30d-active:hover,
.stats-widget__period-90d-active:hover {
  color: var(--color-text);
}

.stats-widget__period-7d-active:focus-visible,
.stats-widget__period-30d-active:focus-visible,
.stats-widget__period-90d-active:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.stats-widget__period-7d-active:active,
.stats-widget__period-30d-active:active,
.stats-widget__period-90d-active:active {
  transform: translateY(1px);
}

.stats-widget__period-7d-active:disabled,
.stats-widget__period-30d-active:disabled,
.stats-widget__period-90d-active:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}

.stats-widget__period-7d,
.stats-widget__period-30d,
.stats-widget__period-90d {
  padding: var(--space-xs) var(--space-md);
  border-width: var(--border-width);
  border-style: solid;
  border-color: transparent;
  border-radius: var(--radius-md);
  background-color: transparent;
  color: var(--color-text);
  font-family: inherit;
  font-size: var(--font-size-sm);
  font-weight: var(--font-weight-medium);
  line-height: var(--line-height-tight);
  cursor: pointer;
  transition-property: background-color, border-color, color, box-shadow, transform, opacity;
  transition-duration: var(--duration-fast);
  transition-timing-function: ease-out;
}

.stats-widget__period-7d:hover,
.stats-widget__period-30d:hover,
.stats-widget__period-90d:hover {
  background-color: var(--color-surface);
}

.stats-widget__period-7d:focus-visible,
.stats-widget__period-30d:focus-visible,
.stats-widget__period-90d:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.stats-widget__period-7d:active,
.stats-widget__period-30d:active,
.stats-widget__period-90d:active {
  transform: translateY(1px);
}

.stats-widget__period-7d:disabled,
.stats-widget__period-30d:disabled,
.stats-widget__period-90d:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}

.stats-widget__stats-grid {
  display: grid;
  grid-template-columns: minmax(0, 1fr);
  gap: var(--space-md);
  margin: 0;
  padding: 0;
  list-style: none;
}

.stats-widget__stat {
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

.stats-widget__stat-top {
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: var(--space-sm);
}

.stats-widget__stat-label {
  margin: 0;
  color: var(--color-text-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-sm);
  font-weight: var(--font-weight-medium);
  line-height: var(--line-height-normal);
}

.stats-widget__stat-icon {
  display: inline-flex;
  padding: var(--space-xs);
  border-radius: var(--radius-md);
  background-color: var(--color-surface-muted);
  color: var(--color-primary);
}

.stats-widget__stat-value {
  margin: 0;
  color: var(--color-text);
  font-family: var(--font-family-heading);
  font-size: var(--font-size-2xl);
  font-weight: var(--font-weight-bold);
  line-height: var(--line-height-tight);
}

.stats-widget__stat-change {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: var(--space-sm);
  margin: 0;
}

.stats-widget__stat-delta-up,
.stats-widget__stat-delta-down {
  display: inline-flex;
  align-items: center;
  gap: var(--space-xs);
  padding: var(--space-xs) var(--space-sm);
  border-radius: var(--radius-full);
  background-color: var(--color-surface-muted);
  color: var(--color-text);
  font-size: var(--font-size-xs);
  font-weight: var(--font-weight-semibold);
  line-height: var(--line-height-tight);
  white-space: nowrap;
}

.stats-widget__stat-delta-up-icon {
  display: inline-flex;
  color: var(--color-success);
}

.stats-widget__stat-delta-down-icon {
  display: inline-flex;
  color: var(--color-danger);
}

.stats-widget__stat-caption {
  margin: 0;
  color: var(--color-text-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-xs);
  line-height: var(--line-height-normal);
}

@media (min-width: 640px) {
  .stats-widget__stats-grid {
    grid-template-columns: repeat(2, minmax(0, 1fr));
  }
}

@media (min-width: 768px) {
  .stats-widget__stats {
    padding: var(--space-xl) var(--space-xl);
  }

  .stats-widget__stats-header {
    flex-direction: row;
    align-items: flex-end;
    justify-content: space-between;
  }

  .stats-widget__stat-value {
    font-size: var(--font-size-3xl);
  }
}

@media (min-width: 1024px) {
  .stats-widget__stats-grid {
    grid-template-columns: repeat(4, minmax(0, 1fr));
  }
}`;

/**
 * Dashboard widget with 4 metrics
 *
 * Usage: <stats-widget></stats-widget>
 */
export class StatsWidget extends HTMLElement {
  static readonly observedAttributes = [];

  readonly #shadow = this.attachShadow({ mode: 'open' });
  #rendering = false;
  #period = '30d';

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

  #handlePeriod7dClick(): void {
    this.#period = '7d';
    this.#render();
  }

  #handlePeriod30dClick(): void {
    this.#period = '30d';
    this.#render();
  }

  #handlePeriod90dClick(): void {
    this.#period = '90d';
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
    return h('section', { class: 'stats-widget__stats', 'aria-labelledby': 'stats-title' }, [
      h('header', { class: 'stats-widget__stats-header' }, [
        h('div', { class: 'stats-widget__stats-heading' }, [
          h('h2', { class: 'stats-widget__stats-title', id: 'stats-title' }, ['Overview']),
          h('p', { class: 'stats-widget__stats-subtitle' }, [
            'Key metrics for your workspace',
          ]),
        ]),
        h('div', { class: 'stats-widget__period', role: 'group', 'aria-label': 'Period' }, [
          this.#period === '7d' ? h('button', {
            class: 'stats-widget__period-7d-active',
            type: 'button',
            'aria-pressed': 'true',
          }, ['7 days']) : h('button', {
            class: 'stats-widget__period-7d',
            type: 'button',
            'aria-pressed': 'false',
            onclick: () => this.#handlePeriod7dClick(),
          }, ['7 days']),
          this.#period === '30d' ? h('button', {
            class: 'stats-widget__period-30d-active',
            type: 'button',
            'aria-pressed': 'true',
          }, ['30 days']) : h('button', {
            class: 'stats-widget__period-30d',
            type: 'button',
            'aria-pressed': 'false',
            onclick: () => this.#handlePeriod30dClick(),
          }, ['30 days']),
          this.#period === '90d' ? h('button', {
            class: 'stats-widget__period-90d-active',
            type: 'button',
            'aria-pressed': 'true',
          }, ['90 days']) : h('button', {
            class: 'stats-widget__period-90d',
            type: 'button',
            'aria-pressed': 'false',
            onclick: () => this.#handlePeriod90dClick(),
          }, ['90 days']),
        ]),
      ]),
      h('ul', { class: 'stats-widget__stats-grid' }, [
        ...statItems.map((item) => h('li', { class: 'stats-widget__stat' }, [
          h('div', { class: 'stats-widget__stat-top' }, [
            h('span', { class: 'stats-widget__stat-label' }, [item.label]),
            h('span', { class: 'stats-widget__stat-icon' }, [
              h('svg', {
                class: 'stats-widget__svg-1',
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
              }, [h('path', { class: 'stats-widget__path-1', d: item.icon })]),
            ]),
          ]),
          h('p', { class: 'stats-widget__stat-value' }, [item.value]),
          h('p', { class: 'stats-widget__stat-change' }, [
            item.trend === 'up' ? h('span', { class: 'stats-widget__stat-delta-up' }, [
              h('span', { class: 'stats-widget__stat-delta-up-icon' }, [
                h('svg', {
                  class: 'stats-widget__svg-2',
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
                  h('path', { class: 'stats-widget__path-2', d: 'M12 19V5M6 11l6-6 6 6' }),
                ]),
              ]),
              item.delta,
            ]) : h('span', { class: 'stats-widget__stat-delta-down' }, [
              h('span', { class: 'stats-widget__stat-delta-down-icon' }, [
                h('svg', {
                  class: 'stats-widget__svg-3',
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
                  h('path', { class: 'stats-widget__path-3', d: 'M12 5v14M6 13l6 6 6-6' }),
                ]),
              ]),
              item.delta,
            ]),
            h('span', { class: 'stats-widget__stat-caption' }, ['vs previous period']),
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

if (!customElements.get('stats-widget')) customElements.define('stats-widget', StatsWidget);

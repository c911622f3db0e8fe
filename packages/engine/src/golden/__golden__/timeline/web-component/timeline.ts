interface TimelineEventItem {
  id: string;
  date: string;
  when: string;
  title: string;
  body: string;
  current: boolean;
}

const timelineEventItems: TimelineEventItem[] = [
  { id: 'event1', date: '2024-03-02', when: 'Mar 2, 2024', title: 'Project created', body: 'Maya set up the workspace and imported the brand tokens.', current: false },
  { id: 'event2', date: '2024-03-09', when: 'Mar 9, 2024', title: 'First components generated', body: '24 components across navigation, forms and marketing pages.', current: false },
  { id: 'event3', date: '2024-04-15', when: 'Apr 15, 2024', title: 'Baseline approved', body: 'Visual regression baselines approved for every breakpoint.', current: false },
  { id: 'event4', date: '2024-05-20', when: 'May 20, 2024', title: 'Version 2 released', body: 'Dark mode and the new pricing page went live.', current: true },
];

const styles = `:host {
  display: contents;
  --color-primary: #0b6477;
  --color-on-primary: #ffffff;
  --color-surface: #ffffff;
  --color-surface-muted: #f1f5f9;
  --color-text: #0f172a;
  --color-text-muted: #64748b;
  --color-border: #e2e8f0;
  --space-xs: 0.25rem;
  --space-sm: 0.5rem;
  --space-lg: 1.5rem;
  --space-xl: 2rem;
  --radius-lg: 12px;
  --radius-full: 9999px;
  --border-width: 1px;
  --font-family-base: Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --font-family-heading: Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --font-size-xs: 0.75rem;
  --font-size-sm: 0.875rem;
  --font-size-md: 1rem;
  --font-size-xl: 1.25rem;
  --font-weight-medium: 500;
  --font-weight-semibold: 600;
  --font-weight-bold: 700;
  --line-height-tight: 1.25;
  --line-height-normal: 1.5;
  --shadow-sm: 0 1px 2px 0 rgb(15 23 42 / 0.06);
}

.timeline__timeline {
  display: flex;
  flex-direction: column;
  gap: var(--space-lg);
  box-sizing: border-box;
  width: 100%;
  max-width: 40rem;
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

.timeline__timeline-title {
  margin: 0;
  color: var(--color-text);
  font-family: var(--font-family-heading);
  font-size: var(--font-size-xl);
  font-weight: var(--font-weight-bold);
  line-height: var(--line-height-tight);
}

.timeline__timeline-list {
  display: flex;
  flex-direction: column;
  gap: var(--space-lg);
  margin: 0;
  padding: 0;
  overflow: hidden;
  list-style: none;
}

.timeline__timeline-event {
  position: relative;
  display: flex;
  flex-direction: column;
  gap: var(--space-xs);
  padding-left: var(--space-xl);
}

.timeline__timeline-line {
  position: absolute;
  top: 1.5rem;
  bottom: -1.5rem;
  left: 0.75rem;
  width: var(--border-width);
  background-color: var(--color-border);
}

.timeline__timeline-dot-current {
  position: absolute;
  top: 0;
  left: 0;
  display: inline-flex;
  flex-shrink: 0;
  align-items: center;
  justify-content: center;
  width: var(--space-lg);
  height: var(--space-lg);
  border-radius: var(--radius-full);
  box-shadow: var(--shadow-sm);
  background-color: var(--color-primary);
  color: var(--color-on-primary);
}

.timeline__timeline-dot {
  position: absolute;
  top: 0;
  left: 0;
  display: inline-flex;
  flex-shrink: 0;
  align-items: center;
  justify-content: center;
  width: var(--space-lg);
  height: var(--space-lg);
  border-radius: var(--radius-full);
  box-shadow: var(--shadow-sm);
  background-color: var(--color-surface-muted);
  color: var(--color-primary);
}

.timeline__timeline-date {
  margin: 0;
  color: var(--color-text-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-xs);
  font-weight: var(--font-weight-medium);
  line-height: var(--line-height-normal);
}

.timeline__timeline-event-title {
  display: flex;
  align-items: center;
  gap: var(--space-sm);
  margin: 0;
  color: var(--color-text);
  font-family: var(--font-family-heading);
  font-size: var(--font-size-md);
  font-weight: var(--font-weight-bold);
  line-height: var(--line-height-tight);
}

.timeline__timeline-current {
  display: inline-flex;
  align-items: center;
  gap: var(--space-xs);
  padding: var(--space-xs) var(--space-sm);
  border-radius: var(--radius-full);
  background-color: var(--color-primary);
  color: var(--color-on-primary);
  font-size: var(--font-size-xs);
  font-weight: var(--font-weight-semibold);
  line-height: var(--line-height-tight);
  white-space: nowrap;
}

.timeline__timeline-event-body {
  margin: 0;
  color: var(--color-text-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-sm);
  line-height: var(--line-height-normal);
}`;

/**
 * Timeline of 4 events
 *
 * Usage: <ui-timeline></ui-timeline>
 */
export class Timeline extends HTMLElement {
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
    return h('section', { class: 'timeline__timeline', 'aria-labelledby': 'timeline-title' }, [
      h('h2', { class: 'timeline__timeline-title', id: 'timeline-title' }, [
        'Project history',
      ]),
      h('ol', { class: 'timeline__timeline-list' }, [
        ...timelineEventItems.map((item) => h('li', { class: 'timeline__timeline-event' }, [
          h('span', { class: 'timeline__timeline-line', 'aria-hidden': 'true' }),
          item.current ? h('span', { class: 'timeline__timeline-dot-current', 'aria-hidden': 'true' }, [
            h('svg', {
              class: 'timeline__svg-1',
              'viewBox': '0 0 24 24',
              fill: 'none',
              stroke: 'currentColor',
              'stroke-width': '2',
              'stroke-linecap': 'round',
              'stroke-linejoin': 'round',
              focusable: 'false',
              width: '12',
              height: '12',
              'aria-hidden': 'true',
            }, [h('path', { class: 'timeline__path-1', d: 'M13 2 4 14h7l-1 8 9-12h-7z' })]),
          ]) : h('span', { class: 'timeline__timeline-dot', 'aria-hidden': 'true' }, [
            h('svg', {
              class: 'timeline__svg-2',
              'viewBox': '0 0 24 24',
              fill: 'none',
              stroke: 'currentColor',
              'stroke-width': '2',
              'stroke-linecap': 'round',
              'stroke-linejoin': 'round',
              focusable: 'false',
              width: '12',
              height: '12',
              'aria-hidden': 'true',
            }, [h('path', { class: 'timeline__path-2', d: 'M20 6 9 17l-5-5' })]),
          ]),
          h('time', { class: 'timeline__timeline-date', datetime: item.date }, [item.when]),
          h('h3', { class: 'timeline__timeline-event-title' }, [
            item.title,
            item.current ? h('span', { class: 'timeline__timeline-current' }, ['Current']) : null,
          ]),
          h('p', { class: 'timeline__timeline-event-body' }, [item.body]),
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

if (!customElements.get('ui-timeline')) customElements.define('ui-timeline', Timeline);

interface TestimonialItem {
  id: string;
  quote: string;
  name: string;
  role: string;
  initials: string;
}

const testimonialItems: TestimonialItem[] = [
  { id: 'quote1', quote: 'We went from a two-week design handoff to shipping the same afternoon. Every component already matches our tokens.', name: 'Elena Marsh', role: 'Head of Design, Lumen', initials: 'EM' },
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
  --color-warning: #f59e0b;
  --space-sm: 0.5rem;
  --space-md: 1rem;
  --space-lg: 1.5rem;
  --space-xl: 2rem;
  --radius-lg: 12px;
  --radius-full: 9999px;
  --border-width: 1px;
  --font-family-base: Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --font-family-heading: Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --font-size-sm: 0.875rem;
  --font-size-xl: 1.25rem;
  --font-size-2xl: 1.5rem;
  --font-size-3xl: 1.875rem;
  --font-weight-medium: 500;
  --font-weight-semibold: 600;
  --font-weight-bold: 700;
  --line-height-tight: 1.25;
  --line-height-normal: 1.5;
  --shadow-sm: 0 1px 2px 0 rgb(15 23 42 / 0.06);
}

.testimonials__testimonials {
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

.testimonials__testimonials-header {
  display: flex;
  flex-direction: column;
  align-items: center;
  gap: var(--space-sm);
  text-align: center;
}

.testimonials__testimonials-eyebrow {
  margin: 0;
  color: var(--color-primary);
  font-size: var(--font-size-sm);
  font-weight: var(--font-weight-semibold);
  text-transform: uppercase;
}

.testimonials__testimonials-title {
  margin: 0;
  color: var(--color-text);
  font-family: var(--font-family-heading);
  font-size: var(--font-size-2xl);
  font-weight: var(--font-weight-bold);
  line-height: var(--line-height-tight);
}

.testimonials__testimonials-list {
  display: grid;
  grid-template-columns: minmax(0, 1fr);
  align-self: center;
  gap: var(--space-lg);
  width: 100%;
  max-width: 48rem;
  margin: 0;
  padding: 0;
  list-style: none;
}

.testimonials__testimonial {
  display: flex;
  flex-direction: column;
  gap: var(--space-md);
  box-sizing: border-box;
  margin: 0;
  padding: var(--space-xl);
  border-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-border);
  border-radius: var(--radius-lg);
  box-shadow: var(--shadow-sm);
  background-color: var(--color-surface);
  color: var(--color-text);
}

.testimonials__testimonial-figure {
  display: flex;
  flex-direction: column;
  gap: var(--space-md);
  height: 100%;
  margin: 0;
}

.testimonials__testimonial-top {
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: var(--space-sm);
}

.testimonials__testimonial-quote-mark {
  display: inline-flex;
  color: var(--color-primary);
}

.testimonials__testimonial-stars {
  display: flex;
  align-items: center;
  gap: 0;
  color: var(--color-warning);
}

.testimonials__testimonial-quote {
  flex-grow: 1;
  margin: 0;
}

.testimonials__testimonial-text {
  margin: 0;
  color: var(--color-text);
  font-family: var(--font-family-heading);
  font-size: var(--font-size-xl);
  font-weight: var(--font-weight-medium);
  line-height: var(--line-height-normal);
}

.testimonials__testimonial-author {
  display: flex;
  align-items: center;
  gap: var(--space-sm);
}

.testimonials__testimonial-avatar {
  display: inline-flex;
  flex-shrink: 0;
  align-items: center;
  justify-content: center;
  width: 3rem;
  height: 3rem;
  border-radius: var(--radius-full);
  background-color: var(--color-primary);
  color: var(--color-on-primary);
  font-size: var(--font-size-sm);
  font-weight: var(--font-weight-semibold);
}

.testimonials__testimonial-author-text {
  display: flex;
  flex-direction: column;
  gap: 0;
}

.testimonials__testimonial-name {
  color: var(--color-text);
  font-weight: var(--font-weight-semibold);
  text-decoration: none;
}

.testimonials__testimonial-role {
  margin: 0;
  color: var(--color-text-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-sm);
  line-height: var(--line-height-normal);
}

@media (min-width: 768px) {
  .testimonials__testimonials {
    padding: var(--space-xl) var(--space-xl);
  }

  .testimonials__testimonials-title {
    font-size: var(--font-size-3xl);
  }
}`;

/**
 * Customer testimonials
 *
 * Usage: <ui-testimonials></ui-testimonials>
 */
export class Testimonials extends HTMLElement {
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
    return h('section', {
      class: 'testimonials__testimonials',
      'aria-labelledby': 'testimonials-title',
    }, [
      h('header', { class: 'testimonials__testimonials-header' }, [
        h('p', { class: 'testimonials__testimonials-eyebrow' }, ['Testimonials']),
        h('h2', { class: 'testimonials__testimonials-title', id: 'testimonials-title' }, [
          'Loved by product teams',
        ]),
      ]),
      h('ul', { class: 'testimonials__testimonials-list' }, [
        ...testimonialItems.map((item) => h('li', { class: 'testimonials__testimonial' }, [
          h('figure', { class: 'testimonials__testimonial-figure' }, [
            h('div', { class: 'testimonials__testimonial-top' }, [
              h('span', {
                class: 'testimonials__testimonial-quote-mark',
                'aria-hidden': 'true',
              }, [
                h('svg', {
                  class: 'testimonials__svg-1',
                  'viewBox': '0 0 24 24',
                  fill: 'none',
                  stroke: 'currentColor',
                  'stroke-width': '2',
                  'stroke-linecap': 'round',
                  'stroke-linejoin': 'round',
                  focusable: 'false',
                  width: '28',
                  height: '28',
                  'aria-hidden': 'true',
                }, [
                  h('path', {
                    class: 'testimonials__path-1',
                    d: 'M7 7h4v4c0 3-2 5-4 6M15 7h4v4c0 3-2 5-4 6',
                  }),
                ]),
              ]),
              h('span', {
                class: 'testimonials__testimonial-stars',
                role: 'img',
                'aria-label': 'Rated 5 out of 5',
              }, [
                h('svg', {
                  class: 'testimonials__svg-2',
                  'viewBox': '0 0 24 24',
                  fill: 'currentColor',
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
                    class: 'testimonials__path-2',
                    d: 'm12 3 2.8 5.8 6.2.9-4.5 4.4 1.1 6.2-5.6-3-5.6 3 1.1-6.2L3 9.7l6.2-.9z',
                  }),
                ]),
                h('svg', {
                  class: 'testimonials__svg-3',
                  'viewBox': '0 0 24 24',
                  fill: 'currentColor',
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
                    class: 'testimonials__path-3',
                    d: 'm12 3 2.8 5.8 6.2.9-4.5 4.4 1.1 6.2-5.6-3-5.6 3 1.1-6.2L3 9.7l6.2-.9z',
                  }),
                ]),
                h('svg', {
                  class: 'testimonials__svg-4',
                  'viewBox': '0 0 24 24',
                  fill: 'currentColor',
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
                    class: 'testimonials__path-4',
                    d: 'm12 3 2.8 5.8 6.2.9-4.5 4.4 1.1 6.2-5.6-3-5.6 3 1.1-6.2L3 9.7l6.2-.9z',
                  }),
                ]),
                h('svg', {
                  class: 'testimonials__svg-5',
                  'viewBox': '0 0 24 24',
                  fill: 'currentColor',
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
                    class: 'testimonials__path-5',
                    d: 'm12 3 2.8 5.8 6.2.9-4.5 4.4 1.1 6.2-5.6-3-5.6 3 1.1-6.2L3 9.7l6.2-.9z',
                  }),
                ]),
                h('svg', {
                  class: 'testimonials__svg-6',
                  'viewBox': '0 0 24 24',
                  fill: 'currentColor',
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
                    class: 'testimonials__path-6',
                    d: 'm12 3 2.8 5.8 6.2.9-4.5 4.4 1.1 6.2-5.6-3-5.6 3 1.1-6.2L3 9.7l6.2-.9z',
                  }),
                ]),
              ]),
            ]),
            h('blockquote', { class: 'testimonials__testimonial-quote' }, [
              h('p', { class: 'testimonials__testimonial-text' }, [item.quote]),
            ]),
            h('figcaption', { class: 'testimonials__testimonial-author' }, [
              h('span', {
                class: 'testimonials__testimonial-avatar',
                'aria-hidden': 'true',
              }, [item.initials]),
              h('div', { class: 'testimonials__testimonial-author-text' }, [
                h('cite', { class: 'testimonials__testimonial-name' }, [item.name]),
                h('span', { class: 'testimonials__testimonial-role' }, [item.role]),
              ]),
            ]),
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

if (!customElements.get('ui-testimonials')) customElements.define('ui-testimonials', Testimonials);

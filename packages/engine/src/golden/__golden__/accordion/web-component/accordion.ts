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
  --space-xs: 0.25rem;
  --space-sm: 0.5rem;
  --space-md: 1rem;
  --space-lg: 1.5rem;
  --space-xl: 2rem;
  --radius-sm: 4px;
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

.accordion__faq {
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

.accordion__faq-header {
  display: flex;
  flex-direction: column;
  gap: var(--space-sm);
}

.accordion__faq-eyebrow {
  margin: 0;
  color: var(--color-primary);
  font-size: var(--font-size-sm);
  font-weight: var(--font-weight-semibold);
  text-transform: uppercase;
}

.accordion__faq-title {
  margin: 0;
  color: var(--color-text);
  font-family: var(--font-family-heading);
  font-size: var(--font-size-2xl);
  font-weight: var(--font-weight-bold);
  line-height: var(--line-height-tight);
}

.accordion__faq-subtitle {
  max-width: var(--breakpoint-sm);
  margin: 0;
  color: var(--color-text-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-lg);
  line-height: var(--line-height-normal);
}

.accordion__faq-list {
  display: flex;
  flex-direction: column;
  gap: 0;
  box-sizing: border-box;
  padding: 0;
  overflow: hidden;
  border-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-border);
  border-radius: var(--radius-lg);
  box-shadow: var(--shadow-sm);
  background-color: var(--color-surface);
  color: var(--color-text);
}

.accordion__faq-heading-1,
.accordion__faq-heading-2,
.accordion__faq-heading-3,
.accordion__faq-heading-4 {
  margin: 0;
}

.accordion__faq-trigger-1,
.accordion__faq-trigger-2,
.accordion__faq-trigger-3,
.accordion__faq-trigger-4 {
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: var(--space-md);
  width: 100%;
  padding: var(--space-md) var(--space-lg);
  border-width: 0;
  background-color: transparent;
  color: var(--color-text);
  font-family: var(--font-family-base);
  font-size: var(--font-size-md);
  font-weight: var(--font-weight-semibold);
  text-align: left;
  cursor: pointer;
  transition-property: background-color, border-color, color, box-shadow, transform, opacity;
  transition-duration: var(--duration-fast);
  transition-timing-function: ease-out;
}

.accordion__faq-trigger-1:hover,
.accordion__faq-trigger-2:hover,
.accordion__faq-trigger-3:hover,
.accordion__faq-trigger-4:hover {
  background-color: var(--color-surface-muted);
}

.accordion__faq-trigger-1:focus-visible,
.accordion__faq-trigger-2:focus-visible,
.accordion__faq-trigger-3:focus-visible,
.accordion__faq-trigger-4:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.accordion__faq-trigger-1:active,
.accordion__faq-trigger-2:active,
.accordion__faq-trigger-3:active,
.accordion__faq-trigger-4:active {
  transform: translateY(1px);
}

.accordion__faq-trigger-1:disabled,
.accordion__faq-trigger-2:disabled,
.accordion__faq-trigger-3:disabled,
.accordion__faq-trigger-4:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}

.accordion__faq-icon-1,
.accordion__faq-icon-2,
.accordion__faq-icon-3,
.accordion__faq-icon-4 {
  display: inline-flex;
  flex-shrink: 0;
  color: var(--color-primary);
}

.accordion__faq-panel-1,
.accordion__faq-panel-2,
.accordion__faq-panel-3,
.accordion__faq-panel-4 {
  padding: 0 var(--space-lg);
  padding-bottom: var(--space-md);
}

.accordion__faq-answer-1,
.accordion__faq-answer-2,
.accordion__faq-answer-3,
.accordion__faq-answer-4 {
  margin: 0;
  color: var(--color-text-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-md);
  line-height: var(--line-height-normal);
}

.accordion__faq-item-2,
.accordion__faq-item-3,
.accordion__faq-item-4 {
  border-width: 0;
  border-top-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-border);
}

.accordion__faq-contact {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: var(--space-xs);
  margin: 0;
  color: var(--color-text-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-sm);
  line-height: var(--line-height-normal);
}

.accordion__faq-contact-link {
  border-radius: var(--radius-sm);
  color: var(--color-primary);
  font-family: inherit;
  font-weight: var(--font-weight-medium);
  text-decoration: none;
  cursor: pointer;
  transition-property: background-color, border-color, color, box-shadow, transform, opacity;
  transition-duration: var(--duration-fast);
  transition-timing-function: ease-out;
}

.accordion__faq-contact-link:hover {
  text-decoration: underline;
}

.accordion__faq-contact-link:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.accordion__faq-contact-link:active {
  text-decoration: underline;
}

@media (min-width: 768px) {
  .accordion__faq {
    padding: var(--space-xl) var(--space-xl);
  }

  .accordion__faq-title {
    font-size: var(--font-size-3xl);
  }
}`;

/**
 * FAQ accordion (4)
 *
 * Usage: <ui-accordion></ui-accordion>
 */
export class Accordion extends HTMLElement {
  static readonly observedAttributes = [];

  readonly #shadow = this.attachShadow({ mode: 'open' });
  #rendering = false;
  #open1 = true;
  #open2 = false;
  #open3 = false;
  #open4 = false;

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

  #handleFaqTrigger1Click(): void {
    this.#open1 = !this.#open1;
    this.#render();
  }

  #handleFaqTrigger2Click(): void {
    this.#open2 = !this.#open2;
    this.#render();
  }

  #handleFaqTrigger3Click(): void {
    this.#open3 = !this.#open3;
    this.#render();
  }

  #handleFaqTrigger4Click(): void {
    this.#open4 = !this.#open4;
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
    return h('section', { class: 'accordion__faq', 'aria-labelledby': 'faq-title' }, [
      h('header', { class: 'accordion__faq-header' }, [
        h('p', { class: 'accordion__faq-eyebrow' }, ['FAQ']),
        h('h2', { class: 'accordion__faq-title', id: 'faq-title' }, [
          'Frequently asked questions',
        ]),
        h('p', { class: 'accordion__faq-subtitle' }, [
          'Everything you need to know about plans, billing and your data.',
        ]),
      ]),
      h('div', { class: 'accordion__faq-list' }, [
        h('div', { class: 'accordion__faq-item-1' }, [
          h('h3', { class: 'accordion__faq-heading-1' }, [
            h('button', {
              class: 'accordion__faq-trigger-1',
              type: 'button',
              id: 'faq-trigger-1',
              'aria-expanded': String(this.#open1),
              'aria-controls': 'faq-panel-1',
              onclick: () => this.#handleFaqTrigger1Click(),
            }, [
              'Can I try it before I pay?',
              h('span', { class: 'accordion__faq-icon-1', 'aria-hidden': 'true' }, [
                this.#open1 ? h('svg', {
                  class: 'accordion__svg-1',
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
                }, [h('path', { class: 'accordion__path-1', d: 'M5 12h14' })]) : h('svg', {
                  class: 'accordion__svg-2',
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
                }, [h('path', { class: 'accordion__path-2', d: 'M12 5v14M5 12h14' })]),
              ]),
            ]),
          ]),
          this.#open1 ? h('div', {
            class: 'accordion__faq-panel-1',
            id: 'faq-panel-1',
            role: 'region',
            'aria-labelledby': 'faq-trigger-1',
          }, [
            h('p', { class: 'accordion__faq-answer-1' }, [
              'Yes. The Free plan includes 50 generations a month with no card required, and Pro comes with a 14-day trial.',
            ]),
          ]) : null,
        ]),
        h('div', { class: 'accordion__faq-item-2' }, [
          h('h3', { class: 'accordion__faq-heading-2' }, [
            h('button', {
              class: 'accordion__faq-trigger-2',
              type: 'button',
              id: 'faq-trigger-2',
              'aria-expanded': String(this.#open2),
              'aria-controls': 'faq-panel-2',
              onclick: () => this.#handleFaqTrigger2Click(),
            }, [
              'Does it work with my design system?',
              h('span', { class: 'accordion__faq-icon-2', 'aria-hidden': 'true' }, [
                this.#open2 ? h('svg', {
                  class: 'accordion__svg-3',
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
                }, [h('path', { class: 'accordion__path-3', d: 'M5 12h14' })]) : h('svg', {
                  class: 'accordion__svg-4',
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
                }, [h('path', { class: 'accordion__path-4', d: 'M12 5v14M5 12h14' })]),
              ]),
            ]),
          ]),
          this.#open2 ? h('div', {
            class: 'accordion__faq-panel-2',
            id: 'faq-panel-2',
            role: 'region',
            'aria-labelledby': 'faq-trigger-2',
          }, [
            h('p', { class: 'accordion__faq-answer-2' }, [
              'Import your tokens from DTCG JSON, Style Dictionary, CSS variables or a Tailwind theme, and every component follows them.',
            ]),
          ]) : null,
        ]),
        h('div', { class: 'accordion__faq-item-3' }, [
          h('h3', { class: 'accordion__faq-heading-3' }, [
            h('button', {
              class: 'accordion__faq-trigger-3',
              type: 'button',
              id: 'faq-trigger-3',
              'aria-expanded': String(this.#open3),
              'aria-controls': 'faq-panel-3',
              onclick: () => this.#handleFaqTrigger3Click(),
            }, [
              'Which frameworks can I export to?',
              h('span', { class: 'accordion__faq-icon-3', 'aria-hidden': 'true' }, [
                this.#open3 ? h('svg', {
                  class: 'accordion__svg-5',
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
                }, [h('path', { class: 'accordion__path-5', d: 'M5 12h14' })]) : h('svg', {
                  class: 'accordion__svg-6',
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
                }, [h('path', { class: 'accordion__path-6', d: 'M12 5v14M5 12h14' })]),
              ]),
            ]),
          ]),
          this.#open3 ? h('div', {
            class: 'accordion__faq-panel-3',
            id: 'faq-panel-3',
            role: 'region',
            'aria-labelledby': 'faq-trigger-3',
          }, [
            h('p', { class: 'accordion__faq-answer-3' }, [
              'HTML with CSS or Tailwind, React, Vue 3, Svelte 5, Angular and Web Components — all from the same component.',
            ]),
          ]) : null,
        ]),
        h('div', { class: 'accordion__faq-item-4' }, [
          h('h3', { class: 'accordion__faq-heading-4' }, [
            h('button', {
              class: 'accordion__faq-trigger-4',
              type: 'button',
              id: 'faq-trigger-4',
              'aria-expanded': String(this.#open4),
              'aria-controls': 'faq-panel-4',
              onclick: () => this.#handleFaqTrigger4Click(),
            }, [
              'Can I cancel at any time?',
              h('span', { class: 'accordion__faq-icon-4', 'aria-hidden': 'true' }, [
                this.#open4 ? h('svg', {
                  class: 'accordion__svg-7',
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
                }, [h('path', { class: 'accordion__path-7', d: 'M5 12h14' })]) : h('svg', {
                  class: 'accordion__svg-8',
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
                }, [h('path', { class: 'accordion__path-8', d: 'M12 5v14M5 12h14' })]),
              ]),
            ]),
          ]),
          this.#open4 ? h('div', {
            class: 'accordion__faq-panel-4',
            id: 'faq-panel-4',
            role: 'region',
            'aria-labelledby': 'faq-trigger-4',
          }, [
            h('p', { class: 'accordion__faq-answer-4' }, [
              'Of course. Cancel from the billing page and you keep access until the end of the period you paid for.',
            ]),
          ]) : null,
        ]),
      ]),
      h('p', { class: 'accordion__faq-contact' }, [
        'Still stuck?',
        h('a', { class: 'accordion__faq-contact-link', href: '#contact' }, [
          'Talk to our team',
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

if (!customElements.get('ui-accordion')) customElements.define('ui-accordion', Accordion);

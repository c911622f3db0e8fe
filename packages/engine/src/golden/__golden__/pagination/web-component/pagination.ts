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
  --radius-md: 8px;
  --border-width: 1px;
  --font-family-base: Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --font-size-sm: 0.875rem;
  --font-weight-medium: 500;
  --font-weight-semibold: 600;
  --line-height-normal: 1.5;
  --duration-fast: 150ms;
}

.pagination__pagination {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: var(--space-md);
  font-family: var(--font-family-base);
}

.pagination__pagination-summary {
  margin: 0;
  color: var(--color-text-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-sm);
  line-height: var(--line-height-normal);
}

.pagination__pagination-list {
  display: flex;
  align-items: center;
  gap: var(--space-xs);
  margin: 0;
  padding: 0;
  list-style: none;
}

.pagination__pagination-prev-1,
.pagination__pagination-prev-2,
.pagination__pagination-prev-3,
.pagination__pagination-prev-4,
.pagination__pagination-prev-5,
.pagination__pagination-next-1,
.pagination__pagination-next-2,
.pagination__pagination-next-3,
.pagination__pagination-next-4,
.pagination__pagination-next-5 {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  gap: var(--space-xs);
  min-width: 2.5rem;
  height: 2.5rem;
  padding: 0 var(--space-sm);
  border-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-border);
  border-radius: var(--radius-md);
  background-color: var(--color-surface);
  color: var(--color-text);
  font-family: var(--font-family-base);
  font-size: var(--font-size-sm);
  font-weight: var(--font-weight-medium);
  cursor: pointer;
  transition-property: background-color, border-color, color, box-shadow, transform, opacity;
  transition-duration: var(--duration-fast);
  transition-timing-function: ease-out;
}

.pagination__pagination-prev-1:hover,
.pagination__pagination-prev-2:hover,
.pagination__pagination-prev-3:hover,
.pagination__pagination-prev-4:hover,
.pagination__pagination-prev-5:hover,
.pagination__pagination-next-1:hover,
.pagination__pagination-next-2:hover,
.pagination__pagination-next-3:hover,
.pagination__pagination-next-4:hover,
.pagination__pagination-next-5:hover {
  border-color: var(--color-text-muted);
  background-color: var(--color-surface-muted);
}

.pagination__pagination-prev-1:focus-visible,
.pagination__pagination-prev-2:focus-visible,
.pagination__pagination-prev-3:focus-visible,
.pagination__pagination-prev-4:focus-visible,
.pagination__pagination-prev-5:focus-visible,
.pagination__pagination-next-1:focus-visible,
.pagination__pagination-next-2:focus-visible,
.pagination__pagination-next-3:focus-visible,
.pagination__pagination-next-4:focus-visible,
.pagination__pagination-next-5:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.pagination__pagination-prev-1:active,
.pagination__pagination-prev-2:active,
.pagination__pagination-prev-3:active,
.pagination__pagination-prev-4:active,
.pagination__pagination-prev-5:active,
.pagination__pagination-next-1:active,
.pagination__pagination-next-2:active,
.pagination__pagination-next-3:active,
.pagination__pagination-next-4:active,
.pagination__pagination-next-5:active {
  transform: translateY(1px);
}

.pagination__pagination-prev-1:disabled,
.pagination__pagination-prev-2:disabled,
.pagination__pagination-prev-3:disabled,
.pagination__pagination-prev-4:disabled,
.pagination__pagination-prev-5:disabled,
.pagination__pagination-next-1:disabled,
.pagination__pagination-next-2:disabled,
.pagination__pagination-next-3:disabled,
.pagination__pagination-next-4:disabled,
.pagination__pagination-next-5:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}

.pagination__pagination-prev-1-text,
.pagination__pagination-prev-2-text,
.pagination__pagination-prev-3-text,
.pagination__pagination-prev-4-text,
.pagination__pagination-prev-5-text,
.pagination__pagination-next-1-text,
.pagination__pagination-next-2-text,
.pagination__pagination-next-3-text,
.pagination__pagination-next-4-text,
.pagination__pagination-next-5-text {
  display: none;
}

.pagination__pagination-page-1-current,
.pagination__pagination-page-2-current,
.pagination__pagination-page-3-current,
.pagination__pagination-page-4-current,
.pagination__pagination-page-5-current {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  gap: var(--space-xs);
  min-width: 2.5rem;
  height: 2.5rem;
  padding: 0 var(--space-sm);
  border-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-primary);
  border-radius: var(--radius-md);
  background-color: var(--color-primary);
  color: var(--color-on-primary);
  font-family: var(--font-family-base);
  font-size: var(--font-size-sm);
  font-weight: var(--font-weight-semibold);
  cursor: pointer;
  transition-property: background-color, border-color, color, box-shadow, transform, opacity;
  transition-duration: var(--duration-fast);
  transition-timing-function: ease-out;
}

.pagination__pagination-page-1-current:hover,
.pagination__pagination-page-2-current:hover,
.pagination__pagination-page-3-current:hover,
.pagination__pagination-page-4-current:hover,
.pagination__pagination-page-5-current:hover {
  background-color: var(--color-primary-hover);
}

.pagination__pagination-page-1-current:focus-visible,
.pagination__pagination-page-2-current:focus-visible,
.pagination__pagination-page-3-current:focus-visible,
.pagination__pagination-page-4-current:focus-visible,
.pagination__pagination-page-5-current:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.pagination__pagination-page-1-current:active,
.pagination__pagination-page-2-current:active,
.pagination__pagination-page-3-current:active,
.pagination__pagination-page-4-current:active,
.pagination__pagination-page-5-current:active {
  transform: translateY(1px);
}

.pagination__pagination-page-1-current:disabled,
.pagination__pagination-page-2-current:disabled,
.pagination__pagination-page-3-current:disabled,
.pagination__pagination-page-4-current:disabled,
.pagination__pagination-page-5-current:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}

.pagination__pagination-page-1,
.pagination__pagination-page-2,
.pagination__pagination-page-3,
.pagination__pagination-page-4,
.pagination__pagination-page-5 {
  display: none;
  align-items: center;
  justify-content: center;
  gap: var(--space-xs);
  min-width: 2.5rem;
  height: 2.5rem;
  padding: 0 var(--space-sm);
  border-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-border);
  border-radius: var(--radius-md);
  background-color: var(--color-surface);
  color: var(--color-text);
  font-family: var(--font-family-base);
  font-size: var(--font-size-sm);
  font-weight: var(--font-weight-medium);
  cursor: pointer;
  transition-property: background-color, border-color, color, box-shadow, transform, opacity;
  transition-duration: var(--duration-fast);
  transition-timing-function: ease-out;
}

.pagination__pagination-page-1:hover,
.pagination__pagination-page-2:hover,
.pagination__pagination-page-3:hover,
.pagination__pagination-page-4:hover,
.pagination__pagination-page-5:hover {
  border-color: var(--color-text-muted);
  background-color: var(--color-surface-muted);
}

.pagination__pagination-page-1:focus-visible,
.pagination__pagination-page-2:focus-visible,
.pagination__pagination-page-3:focus-visible,
.pagination__pagination-page-4:focus-visible,
.pagination__pagination-page-5:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.pagination__pagination-page-1:active,
.pagination__pagination-page-2:active,
.pagination__pagination-page-3:active,
.pagination__pagination-page-4:active,
.pagination__pagination-page-5:active {
  transform: translateY(1px);
}

.pagination__pagination-page-1:disabled,
.pagination__pagination-page-2:disabled,
.pagination__pagination-page-3:disabled,
.pagination__pagination-page-4:disabled,
.pagination__pagination-page-5:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}

@media (min-width: 640px) {
  .pagination__pagination-prev-1-text,
  .pagination__pagination-prev-2-text,
  .pagination__pagination-prev-3-text,
  .pagination__pagination-prev-4-text,
  .pagination__pagination-prev-5-text,
  .pagination__pagination-next-1-text,
  .pagination__pagination-next-2-text,
  .pagination__pagination-next-3-text,
  .pagination__pagination-next-4-text,
  .pagination__pagination-next-5-text {
    display: inline;
  }

  .pagination__pagination-page-1,
  .pagination__pagination-page-2,
  .pagination__pagination-page-3,
  .pagination__pagination-page-4,
  .pagination__pagination-page-5 {
    display: inline-flex;
  }
}`;

/**
 * Pagination over 5 pages
 *
 * Usage: <ui-pagination></ui-pagination>
 * Events: change (detail: number)
 */
export class Pagination extends HTMLElement {
  static readonly observedAttributes = [];

  readonly #shadow = this.attachShadow({ mode: 'open' });
  #rendering = false;
  #page = 1;

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

  #handlePaginationPrev2Click(): void {
    this.#page = 1;
    this.dispatchEvent(new CustomEvent('change', { detail: this.#page, bubbles: true, composed: true }));
    this.#render();
  }

  #handlePaginationPrev3Click(): void {
    this.#page = 2;
    this.dispatchEvent(new CustomEvent('change', { detail: this.#page, bubbles: true, composed: true }));
    this.#render();
  }

  #handlePaginationPrev4Click(): void {
    this.#page = 3;
    this.dispatchEvent(new CustomEvent('change', { detail: this.#page, bubbles: true, composed: true }));
    this.#render();
  }

  #handlePaginationPrev5Click(): void {
    this.#page = 4;
    this.dispatchEvent(new CustomEvent('change', { detail: this.#page, bubbles: true, composed: true }));
    this.#render();
  }

  #handlePaginationPage1Click(): void {
    this.#page = 1;
    this.dispatchEvent(new CustomEvent('change', { detail: this.#page, bubbles: true, composed: true }));
    this.#render();
  }

  #handlePaginationPage2Click(): void {
    this.#page = 2;
    this.dispatchEvent(new CustomEvent('change', { detail: this.#page, bubbles: true, composed: true }));
    this.#render();
  }

  #handlePaginationPage3Click(): void {
    this.#page = 3;
    this.dispatchEvent(new CustomEvent('change', { detail: this.#page, bubbles: true, composed: true }));
    this.#render();
  }

  #handlePaginationPage4Click(): void {
    this.#page = 4;
    this.dispatchEvent(new CustomEvent('change', { detail: this.#page, bubbles: true, composed: true }));
    this.#render();
  }

  #handlePaginationPage5Click(): void {
    this.#page = 5;
    this.dispatchEvent(new CustomEvent('change', { detail: this.#page, bubbles: true, composed: true }));
    this.#render();
  }

  #handlePaginationNext1Click(): void {
    this.#page = 2;
    this.dispatchEvent(new CustomEvent('change', { detail: this.#page, bubbles: true, composed: true }));
    this.#render();
  }

  #handlePaginationNext2Click(): void {
    this.#page = 3;
    this.dispatchEvent(new CustomEvent('change', { detail: this.#page, bubbles: true, composed: true }));
    this.#render();
  }

  #handlePaginationNext3Click(): void {
    this.#page = 4;
    this.dispatchEvent(new CustomEvent('change', { detail: this.#page, bubbles: true, composed: true }));
    this.#render();
  }

  #handlePaginationNext4Click(): void {
    this.#page = 5;
    this.dispatchEvent(new CustomEvent('change', { detail: this.#page, bubbles: true, composed: true }));
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
    return h('nav', { class: 'pagination__pagination', 'aria-label': 'Pagination' }, [
      h('p', { class: 'pagination__pagination-summary', 'aria-live': 'polite' }, [
        'Page ',
        String(this.#page),
        ' of 5',
      ]),
      h('ul', { class: 'pagination__pagination-list' }, [
        h('li', { class: 'pagination__pagination-prev-item' }, [
          this.#page === 1 ? h('button', {
            class: 'pagination__pagination-prev-1',
            type: 'button',
            disabled: true,
            'aria-label': 'Previous page',
          }, [
            h('svg', {
              class: 'pagination__svg-1',
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
            }, [h('path', { class: 'pagination__path-1', d: 'm15 18-6-6 6-6' })]),
            h('span', { class: 'pagination__pagination-prev-1-text' }, ['Previous']),
          ]) : null,
          this.#page === 2 ? h('button', {
            class: 'pagination__pagination-prev-2',
            type: 'button',
            'aria-label': 'Previous page',
            onclick: () => this.#handlePaginationPrev2Click(),
          }, [
            h('svg', {
              class: 'pagination__svg-2',
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
            }, [h('path', { class: 'pagination__path-2', d: 'm15 18-6-6 6-6' })]),
            h('span', { class: 'pagination__pagination-prev-2-text' }, ['Previous']),
          ]) : null,
          this.#page === 3 ? h('button', {
            class: 'pagination__pagination-prev-3',
            type: 'button',
            'aria-label': 'Previous page',
            onclick: () => this.#handlePaginationPrev3Click(),
          }, [
            h('svg', {
              class: 'pagination__svg-3',
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
            }, [h('path', { class: 'pagination__path-3', d: 'm15 18-6-6 6-6' })]),
            h('span', { class: 'pagination__pagination-prev-3-text' }, ['Previous']),
          ]) : null,
          this.#page === 4 ? h('button', {
            class: 'pagination__pagination-prev-4',
            type: 'button',
            'aria-label': 'Previous page',
            onclick: () => this.#handlePaginationPrev4Click(),
          }, [
            h('svg', {
              class: 'pagination__svg-4',
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
            }, [h('path', { class: 'pagination__path-4', d: 'm15 18-6-6 6-6' })]),
            h('span', { class: 'pagination__pagination-prev-4-text' }, ['Previous']),
          ]) : null,
          this.#page === 5 ? h('button', {
            class: 'pagination__pagination-prev-5',
            type: 'button',
            'aria-label': 'Previous page',
            onclick: () => this.#handlePaginationPrev5Click(),
          }, [
            h('svg', {
              class: 'pagination__svg-5',
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
            }, [h('path', { class: 'pagination__path-5', d: 'm15 18-6-6 6-6' })]),
            h('span', { class: 'pagination__pagination-prev-5-text' }, ['Previous']),
          ]) : null,
        ]),
        h('li', { class: 'pagination__pagination-item-1' }, [
          this.#page === 1 ? h('button', {
            class: 'pagination__pagination-page-1-current',
            type: 'button',
            'aria-label': 'Page 1',
            'aria-current': 'page',
          }, ['1']) : h('button', {
            class: 'pagination__pagination-page-1',
            type: 'button',
            'aria-label': 'Page 1',
            onclick: () => this.#handlePaginationPage1Click(),
          }, ['1']),
        ]),
        h('li', { class: 'pagination__pagination-item-2' }, [
          this.#page === 2 ? h('button', {
            class: 'pagination__pagination-page-2-current',
            type: 'button',
            'aria-label': 'Page 2',
            'aria-current': 'page',
          }, ['2']) : h('button', {
            class: 'pagination__pagination-page-2',
            type: 'button',
            'aria-label': 'Page 2',
            onclick: () => this.#handlePaginationPage2Click(),
          }, ['2']),
        ]),
        h('li', { class: 'pagination__pagination-item-3' }, [
          this.#page === 3 ? h('button', {
            class: 'pagination__pagination-page-3-current',
            type: 'button',
            'aria-label': 'Page 3',
            'aria-current': 'page',
          }, ['3']) : h('button', {
            class: 'pagination__pagination-page-3',
            type: 'button',
            'aria-label': 'Page 3',
            onclick: () => this.#handlePaginationPage3Click(),
          }, ['3']),
        ]),
        h('li', { class: 'pagination__pagination-item-4' }, [
          this.#page === 4 ? h('button', {
            class: 'pagination__pagination-page-4-current',
            type: 'button',
            'aria-label': 'Page 4',
            'aria-current': 'page',
          }, ['4']) : h('button', {
            class: 'pagination__pagination-page-4',
            type: 'button',
            'aria-label': 'Page 4',
            onclick: () => this.#handlePaginationPage4Click(),
          }, ['4']),
        ]),
        h('li', { class: 'pagination__pagination-item-5' }, [
          this.#page === 5 ? h('button', {
            class: 'pagination__pagination-page-5-current',
            type: 'button',
            'aria-label': 'Page 5',
            'aria-current': 'page',
          }, ['5']) : h('button', {
            class: 'pagination__pagination-page-5',
            type: 'button',
            'aria-label': 'Page 5',
            onclick: () => this.#handlePaginationPage5Click(),
          }, ['5']),
        ]),
        h('li', { class: 'pagination__pagination-next-item' }, [
          this.#page === 1 ? h('button', {
            class: 'pagination__pagination-next-1',
            type: 'button',
            'aria-label': 'Next page',
            onclick: () => this.#handlePaginationNext1Click(),
          }, [
            h('span', { class: 'pagination__pagination-next-1-text' }, ['Next']),
            h('svg', {
              class: 'pagination__svg-6',
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
            }, [h('path', { class: 'pagination__path-6', d: 'm9 18 6-6-6-6' })]),
          ]) : null,
          this.#page === 2 ? h('button', {
            class: 'pagination__pagination-next-2',
            type: 'button',
            'aria-label': 'Next page',
            onclick: () => this.#handlePaginationNext2Click(),
          }, [
            h('span', { class: 'pagination__pagination-next-2-text' }, ['Next']),
            h('svg', {
              class: 'pagination__svg-7',
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
            }, [h('path', { class: 'pagination__path-7', d: 'm9 18 6-6-6-6' })]),
          ]) : null,
          this.#page === 3 ? h('button', {
            class: 'pagination__pagination-next-3',
            type: 'button',
            'aria-label': 'Next page',
            onclick: () => this.#handlePaginationNext3Click(),
          }, [
            h('span', { class: 'pagination__pagination-next-3-text' }, ['Next']),
            h('svg', {
              class: 'pagination__svg-8',
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
            }, [h('path', { class: 'pagination__path-8', d: 'm9 18 6-6-6-6' })]),
          ]) : null,
          this.#page === 4 ? h('button', {
            class: 'pagination__pagination-next-4',
            type: 'button',
            'aria-label': 'Next page',
            onclick: () => this.#handlePaginationNext4Click(),
          }, [
            h('span', { class: 'pagination__pagination-next-4-text' }, ['Next']),
            h('svg', {
              class: 'pagination__svg-9',
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
            }, [h('path', { class: 'pagination__path-9', d: 'm9 18 6-6-6-6' })]),
          ]) : null,
          this.#page === 5 ? h('button', {
            class: 'pagination__pagination-next-5',
            type: 'button',
            disabled: true,
            'aria-label': 'Next page',
          }, [
            h('span', { class: 'pagination__pagination-next-5-text' }, ['Next']),
            h('svg', {
              class: 'pagination__svg-10',
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
            }, [h('path', { class: 'pagination__path-10', d: 'm9 18 6-6-6-6' })]),
          ]) : null,
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

if (!customElements.get('ui-pagination')) customElements.define('ui-pagination', Pagination);

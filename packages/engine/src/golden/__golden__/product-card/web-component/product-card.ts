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
  --color-success: #80ed99;
  --color-warning: #f59e0b;
  --color-danger: #dc2626;
  --color-on-danger: #ffffff;
  --space-xs: 0.25rem;
  --space-sm: 0.5rem;
  --space-md: 1rem;
  --space-lg: 1.5rem;
  --radius-md: 8px;
  --radius-lg: 12px;
  --radius-full: 9999px;
  --border-width: 1px;
  --font-family-base: Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --font-family-heading: Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --font-size-xs: 0.75rem;
  --font-size-sm: 0.875rem;
  --font-size-md: 1rem;
  --font-size-lg: 1.125rem;
  --font-size-2xl: 1.5rem;
  --font-weight-semibold: 600;
  --font-weight-bold: 700;
  --line-height-tight: 1.25;
  --line-height-normal: 1.5;
  --shadow-sm: 0 1px 2px 0 rgb(15 23 42 / 0.06);
  --duration-fast: 150ms;
}

.product-card__product {
  display: flex;
  flex-direction: column;
  gap: 0;
  box-sizing: border-box;
  max-width: 22rem;
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

.product-card__product-media {
  position: relative;
  display: flex;
  align-items: center;
  justify-content: center;
  aspect-ratio: 4 / 3;
  background-color: var(--color-surface-muted);
  color: var(--color-text-muted);
}

.product-card__product-image {
  width: 100%;
  height: 100%;
  object-fit: cover;
}

.product-card__product-badge {
  position: absolute;
  top: var(--space-sm);
  left: var(--space-sm);
  display: inline-flex;
  align-items: center;
  gap: var(--space-xs);
  padding: var(--space-xs) var(--space-sm);
  border-radius: var(--radius-full);
  background-color: var(--color-danger);
  color: var(--color-on-danger);
  font-size: var(--font-size-xs);
  font-weight: var(--font-weight-semibold);
  line-height: var(--line-height-tight);
  white-space: nowrap;
}

.product-card__product-wishlist {
  position: absolute;
  top: var(--space-sm);
  right: var(--space-sm);
  display: inline-flex;
  align-items: center;
  justify-content: center;
  padding: var(--space-xs);
  border-width: var(--border-width);
  border-style: solid;
  border-color: transparent;
  border-radius: var(--radius-full);
  box-shadow: var(--shadow-sm);
  background-color: var(--color-surface);
  color: var(--color-text);
  font-family: inherit;
  cursor: pointer;
  transition-property: background-color, border-color, color, box-shadow, transform, opacity;
  transition-duration: var(--duration-fast);
  transition-timing-function: ease-out;
}

.product-card__product-wishlist:hover {
  background-color: var(--color-surface-muted);
  color: var(--color-text);
}

.product-card__product-wishlist:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.product-card__product-wishlist:active {
  transform: translateY(1px);
}

.product-card__product-wishlist:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}

.product-card__product-wishlist-on {
  display: inline-flex;
  color: var(--color-danger);
}

.product-card__product-body {
  display: flex;
  flex-direction: column;
  gap: var(--space-sm);
  padding: var(--space-lg);
}

.product-card__product-category {
  margin: 0;
  color: var(--color-text-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-xs);
  font-weight: var(--font-weight-semibold);
  line-height: var(--line-height-normal);
  text-transform: uppercase;
}

.product-card__product-name {
  margin: 0;
  color: var(--color-text);
  font-family: var(--font-family-heading);
  font-size: var(--font-size-lg);
  font-weight: var(--font-weight-bold);
  line-height: var(--line-height-tight);
}

.product-card__product-rating {
  display: flex;
  align-items: center;
  gap: var(--space-sm);
  margin: 0;
  color: var(--color-text-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-sm);
  line-height: var(--line-height-normal);
}

.product-card__product-stars {
  display: flex;
  align-items: center;
  gap: 0;
  color: var(--color-warning);
}

.product-card__product-stars-empty-4 {
  display: inline-flex;
  color: var(--color-border);
}

.product-card__product-prices {
  display: flex;
  align-items: baseline;
  gap: var(--space-sm);
  margin: 0;
}

.product-card__product-price {
  margin: 0;
  color: var(--color-text);
  font-family: var(--font-family-heading);
  font-size: var(--font-size-2xl);
  font-weight: var(--font-weight-bold);
  line-height: var(--line-height-tight);
}

.product-card__product-compare {
  margin: 0;
  color: var(--color-text-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-sm);
  line-height: var(--line-height-normal);
  text-decoration: line-through;
}

.product-card__product-stock {
  display: flex;
  align-items: center;
  gap: var(--space-xs);
  margin: 0;
  color: var(--color-text-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-sm);
  line-height: var(--line-height-normal);
}

.product-card__product-stock-dot {
  width: var(--space-sm);
  height: var(--space-sm);
  border-radius: var(--radius-full);
  background-color: var(--color-success);
}

.product-card__product-add {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  gap: var(--space-xs);
  width: 100%;
  margin-top: var(--space-sm);
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

.product-card__product-add:hover {
  background-color: var(--color-primary-hover);
}

.product-card__product-add:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.product-card__product-add:active {
  transform: translateY(1px);
}

.product-card__product-add:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}`;

/**
 * Product card with price, rating and add to cart
 *
 * Usage: <product-card name="…" price="…" cta="…" show-image="…" image-src="…" image-alt="…" on-sale="…" sold-out="…"></product-card>
 * Events: wishlist, addToCart
 */
export class ProductCard extends HTMLElement {
  static readonly observedAttributes = ['name', 'price', 'cta', 'show-image', 'image-src', 'image-alt', 'on-sale', 'sold-out'];

  readonly #shadow = this.attachShadow({ mode: 'open' });
  #rendering = false;
  #added = false;
  #wishlisted = false;

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

  get #name(): string {
    return this.getAttribute('name') ?? 'Aurora Wireless Headphones';
  }

  get #price(): string {
    return this.getAttribute('price') ?? '$129';
  }

  get #cta(): string {
    return this.getAttribute('cta') ?? 'Add to cart';
  }

  get #showImage(): boolean {
    const value = this.getAttribute('show-image');
    return value === null ? false : value !== 'false';
  }

  get #imageSrc(): string {
    return this.getAttribute('image-src') ?? 'images/aurora-headphones.jpg';
  }

  get #imageAlt(): string {
    return this.getAttribute('image-alt') ?? 'Aurora wireless headphones in sand colour';
  }

  get #onSale(): boolean {
    const value = this.getAttribute('on-sale');
    return value === null ? true : value !== 'false';
  }

  get #soldOut(): boolean {
    const value = this.getAttribute('sold-out');
    return value === null ? false : value !== 'false';
  }

  #handleProductWishlistClick(): void {
    this.#wishlisted = !this.#wishlisted;
    this.dispatchEvent(new CustomEvent('wishlist', { bubbles: true, composed: true }));
    this.#render();
  }

  #handleProductAddClick(): void {
    this.#added = !this.#added;
    this.dispatchEvent(new CustomEvent('addToCart', { bubbles: true, composed: true }));
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
    return h('article', { class: 'product-card__product', 'aria-labelledby': 'product-name' }, [
      h('div', { class: 'product-card__product-media' }, [
        this.#showImage ? h('img', {
          class: 'product-card__product-image',
          src: this.#imageSrc,
          alt: this.#imageAlt,
          loading: 'lazy',
        }) : h('svg', {
          class: 'product-card__svg-1',
          'viewBox': '0 0 24 24',
          fill: 'none',
          stroke: 'currentColor',
          'stroke-width': '2',
          'stroke-linecap': 'round',
          'stroke-linejoin': 'round',
          focusable: 'false',
          width: '64',
          height: '64',
          'aria-hidden': 'true',
        }, [
          h('path', { class: 'product-card__path-1', d: 'M3 4h18v16H3zM21 16l-5-5L5 20' }),
          h('circle', { class: 'product-card__circle-1', cx: '9', cy: '10', r: '2' }),
        ]),
        this.#onSale ? h('span', { class: 'product-card__product-badge' }, ['Sale']) : null,
        h('button', {
          class: 'product-card__product-wishlist',
          type: 'button',
          'aria-label': 'Add to wishlist',
          'aria-pressed': String(this.#wishlisted),
          onclick: () => this.#handleProductWishlistClick(),
        }, [
          this.#wishlisted ? h('span', { class: 'product-card__product-wishlist-on' }, [
            h('svg', {
              class: 'product-card__svg-2',
              'viewBox': '0 0 24 24',
              fill: 'currentColor',
              stroke: 'currentColor',
              'stroke-width': '2',
              'stroke-linecap': 'round',
              'stroke-linejoin': 'round',
              focusable: 'false',
              width: '18',
              height: '18',
              'aria-hidden': 'true',
            }, [
              h('path', {
                class: 'product-card__path-2',
                d: 'M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.5-7 10-7 10z',
              }),
            ]),
          ]) : h('svg', {
            class: 'product-card__svg-3',
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
            h('path', {
              class: 'product-card__path-3',
              d: 'M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.5-7 10-7 10z',
            }),
          ]),
        ]),
      ]),
      h('div', { class: 'product-card__product-body' }, [
        h('p', { class: 'product-card__product-category' }, ['Audio']),
        h('h3', { class: 'product-card__product-name', id: 'product-name' }, [this.#name]),
        h('div', { class: 'product-card__product-rating' }, [
          h('span', {
            class: 'product-card__product-stars',
            role: 'img',
            'aria-label': 'Rated 4.8 out of 5',
          }, [
            h('svg', {
              class: 'product-card__svg-4',
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
                class: 'product-card__path-4',
                d: 'm12 3 2.8 5.8 6.2.9-4.5 4.4 1.1 6.2-5.6-3-5.6 3 1.1-6.2L3 9.7l6.2-.9z',
              }),
            ]),
            h('svg', {
              class: 'product-card__svg-5',
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
                class: 'product-card__path-5',
                d: 'm12 3 2.8 5.8 6.2.9-4.5 4.4 1.1 6.2-5.6-3-5.6 3 1.1-6.2L3 9.7l6.2-.9z',
              }),
            ]),
            h('svg', {
              class: 'product-card__svg-6',
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
                class: 'product-card__path-6',
                d: 'm12 3 2.8 5.8 6.2.9-4.5 4.4 1.1 6.2-5.6-3-5.6 3 1.1-6.2L3 9.7l6.2-.9z',
              }),
            ]),
            h('svg', {
              class: 'product-card__svg-7',
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
                class: 'product-card__path-7',
                d: 'm12 3 2.8 5.8 6.2.9-4.5 4.4 1.1 6.2-5.6-3-5.6 3 1.1-6.2L3 9.7l6.2-.9z',
              }),
            ]),
            h('span', { class: 'product-card__product-stars-empty-4' }, [
              h('svg', {
                class: 'product-card__svg-8',
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
                  class: 'product-card__path-8',
                  d: 'm12 3 2.8 5.8 6.2.9-4.5 4.4 1.1 6.2-5.6-3-5.6 3 1.1-6.2L3 9.7l6.2-.9z',
                }),
              ]),
            ]),
          ]),
          '4.8 · 212 reviews',
        ]),
        h('p', { class: 'product-card__product-prices' }, [
          h('span', { class: 'product-card__product-price' }, [this.#price]),
          this.#onSale ? h('span', { class: 'product-card__product-compare', 'aria-label': 'Was $159' }, [
            '$159',
          ]) : null,
        ]),
        h('p', { class: 'product-card__product-stock' }, [
          h('span', { class: 'product-card__product-stock-dot', 'aria-hidden': 'true' }),
          'In stock · ships tomorrow',
        ]),
        h('button', {
          class: 'product-card__product-add',
          type: 'button',
          disabled: this.#soldOut,
          onclick: () => this.#handleProductAddClick(),
        }, [
          ...(this.#added ? [
            h('svg', {
              class: 'product-card__svg-9',
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
            }, [h('path', { class: 'product-card__path-9', d: 'M20 6 9 17l-5-5' })]),
            'Added to cart',
          ] : [
            h('svg', {
              class: 'product-card__svg-10',
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
              h('path', {
                class: 'product-card__path-10',
                d: 'M3 4h2l2.4 11h10.2L20 8H6.2',
              }),
              h('circle', { class: 'product-card__circle-2', cx: '9', cy: '19', r: '1.5' }),
              h('circle', { class: 'product-card__circle-3', cx: '17', cy: '19', r: '1.5' }),
            ]),
            this.#cta,
          ]),
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

if (!customElements.get('product-card')) customElements.define('product-card', ProductCard);

const styles = `:host {
  display: contents;
  --color-primary: #0b6477;
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
  --breakpoint-sm: 640px;
  --duration-fast: 150ms;
}

.content-card__card {
  display: flex;
  flex-direction: column;
  gap: 0;
  box-sizing: border-box;
  max-width: var(--breakpoint-sm);
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

.content-card__card-media {
  display: flex;
  align-items: center;
  justify-content: center;
  aspect-ratio: 16 / 9;
  overflow: hidden;
  background-color: var(--color-surface-muted);
  color: var(--color-primary);
}

.content-card__card-image {
  width: 100%;
  height: 100%;
  object-fit: cover;
}

.content-card__card-body {
  display: flex;
  flex-direction: column;
  flex-grow: 1;
  gap: var(--space-sm);
  padding: var(--space-lg);
}

.content-card__card-meta {
  display: flex;
  align-items: center;
  gap: var(--space-sm);
  margin: 0;
  color: var(--color-text-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-xs);
  line-height: var(--line-height-normal);
}

.content-card__card-category {
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

.content-card__card-title {
  margin: 0;
  color: var(--color-text);
  font-family: var(--font-family-heading);
  font-size: var(--font-size-xl);
  font-weight: var(--font-weight-bold);
  line-height: var(--line-height-tight);
}

.content-card__card-text {
  margin: 0;
  color: var(--color-text-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-md);
  line-height: var(--line-height-normal);
}

.content-card__card-footer {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: var(--space-md);
  padding: var(--space-md) var(--space-lg);
  border-width: 0;
  border-top-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-border);
}

.content-card__card-author {
  display: flex;
  align-items: center;
  gap: var(--space-sm);
}

.content-card__card-avatar {
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

.content-card__card-author-text {
  display: flex;
  flex-direction: column;
  gap: 0;
}

.content-card__card-author-name {
  color: var(--color-text);
  font-size: var(--font-size-sm);
  font-weight: var(--font-weight-semibold);
}

.content-card__card-date {
  margin: 0;
  color: var(--color-text-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-xs);
  line-height: var(--line-height-normal);
}

.content-card__card-actions {
  display: flex;
  align-items: center;
  gap: var(--space-xs);
}

.content-card__card-save {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  gap: var(--space-xs);
  padding: var(--space-xs) var(--space-sm);
  border-width: var(--border-width);
  border-style: solid;
  border-color: transparent;
  border-radius: var(--radius-md);
  background-color: transparent;
  color: var(--color-primary);
  font-family: var(--font-family-base);
  font-size: var(--font-size-sm);
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

.content-card__card-save:hover {
  background-color: var(--color-surface-muted);
  color: var(--color-text);
}

.content-card__card-save:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.content-card__card-save:active {
  transform: translateY(1px);
}

.content-card__card-save:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}

.content-card__card-cta {
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

.content-card__card-cta:hover {
  text-decoration: underline;
}

.content-card__card-cta:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.content-card__card-cta:active {
  text-decoration: underline;
}`;

/**
 * Content card with media, text and actions
 *
 * Usage: <content-card title="…" body="…" cta="…" show-image="…" image-src="…" image-alt="…"></content-card>
 * Events: save
 */
export class ContentCard extends HTMLElement {
  static readonly observedAttributes = ['title', 'body', 'cta', 'show-image', 'image-src', 'image-alt'];

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
    return this.getAttribute('title') ?? 'Designing with tokens from day one';
  }

  get #body(): string {
    return this.getAttribute('body') ?? 'How a shared set of colour, spacing and type tokens keeps every screen consistent — and makes rebrands a one-line change.';
  }

  get #cta(): string {
    return this.getAttribute('cta') ?? 'Read article';
  }

  get #showImage(): boolean {
    const value = this.getAttribute('show-image');
    return value === null ? false : value !== 'false';
  }

  get #imageSrc(): string {
    return this.getAttribute('image-src') ?? 'images/article-cover.jpg';
  }

  get #imageAlt(): string {
    return this.getAttribute('image-alt') ?? 'Colour swatches and spacing scale of a design system';
  }

  #handleCardSaveClick(): void {
    this.dispatchEvent(new CustomEvent('save', { bubbles: true, composed: true }));
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
    return h('article', { class: 'content-card__card', 'aria-labelledby': 'card-title' }, [
      h('div', { class: 'content-card__card-media' }, [
        this.#showImage ? h('img', {
          class: 'content-card__card-image',
          src: this.#imageSrc,
          alt: this.#imageAlt,
          loading: 'lazy',
        }) : h('svg', {
          class: 'content-card__svg-1',
          'viewBox': '0 0 24 24',
          fill: 'none',
          stroke: 'currentColor',
          'stroke-width': '2',
          'stroke-linecap': 'round',
          'stroke-linejoin': 'round',
          focusable: 'false',
          width: '56',
          height: '56',
          'aria-hidden': 'true',
        }, [
          h('path', {
            class: 'content-card__path-1',
            d: 'M12 3 2 8l10 5 10-5zM2 13l10 5 10-5',
          }),
        ]),
      ]),
      h('div', { class: 'content-card__card-body' }, [
        h('div', { class: 'content-card__card-meta' }, [
          h('span', { class: 'content-card__card-category' }, ['Guide']),
          h('span', { class: 'content-card__card-reading-time' }, ['6 min read']),
        ]),
        h('h3', { class: 'content-card__card-title', id: 'card-title' }, [this.#title]),
        h('p', { class: 'content-card__card-text' }, [this.#body]),
      ]),
      h('footer', { class: 'content-card__card-footer' }, [
        h('div', { class: 'content-card__card-author' }, [
          h('span', { class: 'content-card__card-avatar', 'aria-hidden': 'true' }, ['LR']),
          h('div', { class: 'content-card__card-author-text' }, [
            h('span', { class: 'content-card__card-author-name' }, ['Lucía Romero']),
            h('span', { class: 'content-card__card-date' }, ['Mar 12']),
          ]),
        ]),
        h('div', { class: 'content-card__card-actions' }, [
          h('button', {
            class: 'content-card__card-save',
            type: 'button',
            'aria-label': 'Save for later',
            onclick: () => this.#handleCardSaveClick(),
          }, [
            h('svg', {
              class: 'content-card__svg-2',
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
                class: 'content-card__path-2',
                d: 'M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.5-7 10-7 10z',
              }),
            ]),
          ]),
          h('a', { class: 'content-card__card-cta', href: '#article' }, [
            this.#cta,
            h('svg', {
              class: 'content-card__svg-3',
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
            }, [h('path', { class: 'content-card__path-3', d: 'M5 12h14M13 6l6 6-6 6' })]),
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

if (!customElements.get('content-card')) customElements.define('content-card', ContentCard);

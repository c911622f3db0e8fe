interface BreadcrumbsItem {
  id: string;
  label: string;
  href: string;
  home: boolean;
  current: boolean;
}

const breadcrumbsItems: BreadcrumbsItem[] = [
  { id: 'crumb1', label: 'Home', href: '/', home: true, current: false },
  { id: 'crumb2', label: 'Projects', href: '/projects', home: false, current: false },
  { id: 'crumb3', label: 'Marketing site', href: '/projects/marketing-site', home: false, current: false },
  { id: 'crumb4', label: 'Components', href: '/projects/marketing-site/components', home: false, current: true },
];

const styles = `:host {
  display: contents;
  --color-text: #0f172a;
  --color-text-muted: #64748b;
  --color-border: #e2e8f0;
  --color-focus: #14919b;
  --space-xs: 0.25rem;
  --radius-sm: 4px;
  --border-width: 1px;
  --font-family-base: Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --font-size-sm: 0.875rem;
  --font-weight-regular: 400;
  --font-weight-semibold: 600;
  --duration-fast: 150ms;
}

.breadcrumbs__breadcrumbs {
  color: var(--color-text-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-sm);
}

.breadcrumbs__breadcrumbs-list {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: var(--space-xs);
  margin: 0;
  padding: 0;
  list-style: none;
}

.breadcrumbs__breadcrumbs-item {
  display: flex;
  align-items: center;
  gap: var(--space-xs);
}

.breadcrumbs__breadcrumbs-current {
  color: var(--color-text);
  font-weight: var(--font-weight-semibold);
}

.breadcrumbs__breadcrumbs-link {
  display: flex;
  align-items: center;
  gap: var(--space-xs);
  border-radius: var(--radius-sm);
  color: var(--color-text-muted);
  font-family: inherit;
  font-weight: var(--font-weight-regular);
  text-decoration: none;
  cursor: pointer;
  transition-property: background-color, border-color, color, box-shadow, transform, opacity;
  transition-duration: var(--duration-fast);
  transition-timing-function: ease-out;
}

.breadcrumbs__breadcrumbs-link:hover {
  text-decoration: underline;
}

.breadcrumbs__breadcrumbs-link:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.breadcrumbs__breadcrumbs-link:active {
  text-decoration: underline;
}

.breadcrumbs__breadcrumbs-separator {
  display: inline-flex;
  color: var(--color-border);
}`;

/**
 * Breadcrumb trail
 *
 * Usage: <ui-breadcrumbs></ui-breadcrumbs>
 */
export class Breadcrumbs extends HTMLElement {
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
    return h('nav', { class: 'breadcrumbs__breadcrumbs', 'aria-label': 'Breadcrumb' }, [
      h('ol', { class: 'breadcrumbs__breadcrumbs-list' }, [
        ...breadcrumbsItems.map((item) => h('li', { class: 'breadcrumbs__breadcrumbs-item' }, [
          ...(item.current ? [
            h('span', { class: 'breadcrumbs__breadcrumbs-current', 'aria-current': 'page' }, [
              item.label,
            ]),
          ] : [
            h('a', { class: 'breadcrumbs__breadcrumbs-link', href: item.href }, [
              item.home ? h('svg', {
                class: 'breadcrumbs__svg-1',
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
                  class: 'breadcrumbs__path-1',
                  d: 'M3 11 12 4l9 7M5 10v10h14V10',
                }),
              ]) : null,
              item.label,
            ]),
            h('span', {
              class: 'breadcrumbs__breadcrumbs-separator',
              'aria-hidden': 'true',
            }, [
              h('svg', {
                class: 'breadcrumbs__svg-2',
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
              }, [h('path', { class: 'breadcrumbs__path-2', d: 'm9 18 6-6-6-6' })]),
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

if (!customElements.get('ui-breadcrumbs')) customElements.define('ui-breadcrumbs', Breadcrumbs);

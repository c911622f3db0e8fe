const styles = `:host {
  display: contents;
  --color-primary: #0b6477;
  --color-on-primary: #ffffff;
  --color-surface-muted: #f1f5f9;
  --color-text: #0f172a;
  --color-border: #e2e8f0;
  --space-xs: 0.25rem;
  --space-sm: 0.5rem;
  --radius-full: 9999px;
  --border-width: 1px;
  --font-size-xs: 0.75rem;
  --font-weight-semibold: 600;
  --line-height-tight: 1.25;
}

.badge__badge {
  display: inline-flex;
  align-items: center;
  gap: var(--space-xs);
  padding: var(--space-xs) var(--space-sm);
  border-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-border);
  border-radius: var(--radius-full);
  background-color: var(--color-surface-muted);
  color: var(--color-text);
  font-size: var(--font-size-xs);
  font-weight: var(--font-weight-semibold);
  line-height: var(--line-height-tight);
  white-space: nowrap;
}

.badge__badge-dot {
  display: inline-flex;
  flex-shrink: 0;
  align-items: center;
  justify-content: center;
  width: var(--space-sm);
  height: var(--space-sm);
  border-radius: var(--radius-full);
  background-color: var(--color-primary);
  color: var(--color-on-primary);
}`;

/**
 * Status badge
 *
 * Usage: <ui-badge label="…"></ui-badge>
 */
export class Badge extends HTMLElement {
  static readonly observedAttributes = ['label'];

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

  get #label(): string {
    return this.getAttribute('label') ?? 'New';
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
    return h('span', { class: 'badge__badge' }, [
      h('span', { class: 'badge__badge-dot', 'aria-hidden': 'true' }),
      this.#label,
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

if (!customElements.get('ui-badge')) customElements.define('ui-badge', Badge);

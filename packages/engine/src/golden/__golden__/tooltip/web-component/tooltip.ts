const styles = `:host {
  display: contents;
  --color-surface: #ffffff;
  --color-surface-muted: #f1f5f9;
  --color-text: #0f172a;
  --color-border: #e2e8f0;
  --color-focus: #14919b;
  --space-xs: 0.25rem;
  --space-sm: 0.5rem;
  --space-md: 1rem;
  --radius-md: 8px;
  --border-width: 1px;
  --font-family-base: Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --font-size-xs: 0.75rem;
  --font-size-md: 1rem;
  --font-weight-semibold: 600;
  --line-height-tight: 1.25;
  --line-height-normal: 1.5;
  --shadow-sm: 0 1px 2px 0 rgb(15 23 42 / 0.06);
  --shadow-lg: 0 10px 15px -3px rgb(15 23 42 / 0.1), 0 4px 6px -4px rgb(15 23 42 / 0.05);
  --duration-fast: 150ms;
}

.tooltip__tooltip {
  position: relative;
  display: inline-flex;
  font-family: var(--font-family-base);
}

.tooltip__tooltip-trigger {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  gap: var(--space-xs);
  padding: var(--space-sm) var(--space-md);
  border-width: var(--border-width);
  border-style: solid;
  border-color: transparent;
  border-radius: var(--radius-md);
  background-color: var(--color-surface-muted);
  color: var(--color-text);
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

.tooltip__tooltip-trigger:hover {
  border-color: var(--color-border);
  box-shadow: var(--shadow-sm);
  background-color: var(--color-surface);
}

.tooltip__tooltip-trigger:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.tooltip__tooltip-trigger:active {
  transform: translateY(1px);
}

.tooltip__tooltip-trigger:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}

.tooltip__tooltip-content {
  position: absolute;
  bottom: 100%;
  left: 50%;
  z-index: 50;
  display: flex;
  align-items: center;
  gap: var(--space-xs);
  width: max-content;
  max-width: 16rem;
  margin: 0;
  padding: var(--space-xs) var(--space-sm);
  border-radius: var(--radius-md);
  box-shadow: var(--shadow-lg);
  background-color: var(--color-text);
  color: var(--color-surface);
  font-family: var(--font-family-base);
  font-size: var(--font-size-xs);
  line-height: var(--line-height-normal);
  pointer-events: none;
  transform: translate(-50%, -0.5rem);
}`;

/**
 * Button with a tooltip
 *
 * Usage: <ui-tooltip></ui-tooltip>
 */
export class Tooltip extends HTMLElement {
  static readonly observedAttributes = [];

  readonly #shadow = this.attachShadow({ mode: 'open' });
  #rendering = false;
  #open = true;

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

  #handleTooltipTriggerMouseenter(): void {
    this.#open = true;
    this.#render();
  }

  #handleTooltipTriggerFocus(): void {
    this.#open = true;
    this.#render();
  }

  #handleTooltipTriggerMouseleave(): void {
    this.#open = false;
    this.#render();
  }

  #handleTooltipTriggerBlur(): void {
    this.#open = false;
    this.#render();
  }

  #handleTooltipTriggerKeydown(): void {
    this.#open = false;
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
    return h('span', { class: 'tooltip__tooltip' }, [
      h('button', {
        class: 'tooltip__tooltip-trigger',
        type: 'button',
        'aria-describedby': 'tooltip-content',
        onmouseenter: () => this.#handleTooltipTriggerMouseenter(),
        onfocus: () => this.#handleTooltipTriggerFocus(),
        onmouseleave: () => this.#handleTooltipTriggerMouseleave(),
        onblur: () => this.#handleTooltipTriggerBlur(),
        onkeydown: () => this.#handleTooltipTriggerKeydown(),
      }, [
        h('svg', {
          class: 'tooltip__svg-1',
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
          h('circle', { class: 'tooltip__circle-1', cx: '18', cy: '5', r: '2.5' }),
          h('circle', { class: 'tooltip__circle-2', cx: '6', cy: '12', r: '2.5' }),
          h('circle', { class: 'tooltip__circle-3', cx: '18', cy: '19', r: '2.5' }),
          h('path', { class: 'tooltip__path-1', d: 'm8.2 10.8 7.6-4.4M8.2 13.2l7.6 4.4' }),
        ]),
        'Share',
      ]),
      this.#open ? h('span', { class: 'tooltip__tooltip-content', id: 'tooltip-content' }, [
        'Copy a public link to this component',
      ]) : null,
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

if (!customElements.get('ui-tooltip')) customElements.define('ui-tooltip', Tooltip);

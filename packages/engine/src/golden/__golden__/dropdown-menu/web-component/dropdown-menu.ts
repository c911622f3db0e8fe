interface DropdownItem {
  id: string;
  label: string;
  icon: string;
  shortcut: string;
}

const dropdownItems: DropdownItem[] = [
  { id: 'item1', label: 'Edit', icon: 'M4 20h4L19 9l-4-4L4 16zM13 7l4 4', shortcut: '⌘E' },
  { id: 'item2', label: 'Duplicate', icon: 'M8 8h12v12H8zM16 8V4H4v12h4', shortcut: '⌘D' },
  { id: 'item3', label: 'Share', icon: 'M15.5 5a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0 -5 0M3.5 12a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0 -5 0M15.5 19a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0 -5 0m8.2 10.8 7.6-4.4M8.2 13.2l7.6 4.4', shortcut: '⌘S' },
  { id: 'item4', label: 'Export', icon: 'M12 4v12M7 11l5 5 5-5M4 20h16', shortcut: '⌘⇧E' },
];

const styles = `:host {
  display: contents;
  --color-surface: #ffffff;
  --color-surface-muted: #f1f5f9;
  --color-text: #0f172a;
  --color-text-muted: #64748b;
  --color-border: #e2e8f0;
  --color-focus: #14919b;
  --color-danger: #dc2626;
  --color-on-danger: #ffffff;
  --space-xs: 0.25rem;
  --space-sm: 0.5rem;
  --space-md: 1rem;
  --radius-md: 8px;
  --radius-lg: 12px;
  --border-width: 1px;
  --font-family-base: Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --font-family-mono: "JetBrains Mono", ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  --font-size-xs: 0.75rem;
  --font-size-sm: 0.875rem;
  --font-size-md: 1rem;
  --font-weight-semibold: 600;
  --line-height-tight: 1.25;
  --line-height-normal: 1.5;
  --shadow-sm: 0 1px 2px 0 rgb(15 23 42 / 0.06);
  --shadow-lg: 0 10px 15px -3px rgb(15 23 42 / 0.1), 0 4px 6px -4px rgb(15 23 42 / 0.05);
  --duration-fast: 150ms;
}

.dropdown-menu__dropdown {
  position: relative;
  display: inline-block;
  font-family: var(--font-family-base);
}

.dropdown-menu__dropdown-trigger {
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

.dropdown-menu__dropdown-trigger:hover {
  border-color: var(--color-border);
  box-shadow: var(--shadow-sm);
  background-color: var(--color-surface);
}

.dropdown-menu__dropdown-trigger:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.dropdown-menu__dropdown-trigger:active {
  transform: translateY(1px);
}

.dropdown-menu__dropdown-trigger:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}

.dropdown-menu__dropdown-menu {
  position: absolute;
  top: 100%;
  left: 0;
  z-index: 50;
  display: flex;
  flex-direction: column;
  gap: 0;
  min-width: 15rem;
  margin: 0;
  margin-top: var(--space-xs);
  padding: var(--space-xs);
  border-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-border);
  border-radius: var(--radius-lg);
  box-shadow: var(--shadow-lg);
  background-color: var(--color-surface);
  list-style: none;
}

.dropdown-menu__dropdown-action {
  display: flex;
  align-items: center;
  gap: var(--space-sm);
  width: 100%;
  padding: var(--space-sm) var(--space-sm);
  border-width: 0;
  border-radius: var(--radius-md);
  background-color: transparent;
  color: var(--color-text);
  font-family: var(--font-family-base);
  font-size: var(--font-size-sm);
  text-align: left;
  cursor: pointer;
  transition-property: background-color, border-color, color, box-shadow, transform, opacity;
  transition-duration: var(--duration-fast);
  transition-timing-function: ease-out;
}

.dropdown-menu__dropdown-action:hover {
  background-color: var(--color-surface-muted);
}

.dropdown-menu__dropdown-action:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.dropdown-menu__dropdown-action:active {
  transform: translateY(1px);
}

.dropdown-menu__dropdown-action:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}

.dropdown-menu__dropdown-icon {
  display: inline-flex;
  color: var(--color-text-muted);
}

.dropdown-menu__dropdown-label {
  flex-grow: 1;
}

.dropdown-menu__dropdown-shortcut {
  margin: 0;
  color: var(--color-text);
  font-family: var(--font-family-mono);
  font-size: var(--font-size-xs);
  line-height: var(--line-height-normal);
}

.dropdown-menu__dropdown-separator {
  margin: var(--space-xs) 0;
  border-width: 0;
  border-top-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-border);
}

.dropdown-menu__dropdown-danger {
  display: flex;
  align-items: center;
  gap: var(--space-sm);
  width: 100%;
  padding: var(--space-sm) var(--space-sm);
  border-width: 0;
  border-radius: var(--radius-md);
  background-color: transparent;
  color: var(--color-danger);
  font-family: var(--font-family-base);
  font-size: var(--font-size-sm);
  text-align: left;
  cursor: pointer;
  transition-property: background-color, border-color, color, box-shadow, transform, opacity;
  transition-duration: var(--duration-fast);
  transition-timing-function: ease-out;
}

.dropdown-menu__dropdown-danger:hover {
  background-color: var(--color-danger);
  color: var(--color-on-danger);
}

.dropdown-menu__dropdown-danger:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.dropdown-menu__dropdown-danger:active {
  transform: translateY(1px);
}

.dropdown-menu__dropdown-danger:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}`;

/**
 * Dropdown menu of actions
 *
 * Usage: <dropdown-menu></dropdown-menu>
 * Events: select (detail: string), delete
 */
export class DropdownMenu extends HTMLElement {
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

  #handleDropdownTriggerClick(): void {
    this.#open = !this.#open;
    this.#render();
  }

  #handleDropdownActionClick(item: DropdownItem): void {
    this.dispatchEvent(new CustomEvent('select', { detail: item.id, bubbles: true, composed: true }));
    this.#open = false;
    this.#render();
  }

  #handleDropdownDangerClick(): void {
    this.dispatchEvent(new CustomEvent('delete', { bubbles: true, composed: true }));
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
    return h('div', { class: 'dropdown-menu__dropdown' }, [
      h('button', {
        class: 'dropdown-menu__dropdown-trigger',
        type: 'button',
        id: 'dropdown-trigger',
        'aria-expanded': String(this.#open),
        'aria-controls': 'dropdown-menu',
        'aria-haspopup': 'menu',
        onclick: () => this.#handleDropdownTriggerClick(),
      }, [
        'Options',
        this.#open ? h('svg', {
          class: 'dropdown-menu__svg-1',
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
        }, [h('path', { class: 'dropdown-menu__path-1', d: 'm18 15-6-6-6 6' })]) : h('svg', {
          class: 'dropdown-menu__svg-2',
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
        }, [h('path', { class: 'dropdown-menu__path-2', d: 'm6 9 6 6 6-6' })]),
      ]),
      this.#open ? h('ul', {
        class: 'dropdown-menu__dropdown-menu',
        id: 'dropdown-menu',
        role: 'menu',
        'aria-labelledby': 'dropdown-trigger',
      }, [
        ...dropdownItems.map((item) => h('li', { class: 'dropdown-menu__dropdown-item', role: 'none' }, [
          h('button', {
            class: 'dropdown-menu__dropdown-action',
            type: 'button',
            role: 'menuitem',
            onclick: () => this.#handleDropdownActionClick(item),
          }, [
            h('span', { class: 'dropdown-menu__dropdown-icon' }, [
              h('svg', {
                class: 'dropdown-menu__svg-3',
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
              }, [h('path', { class: 'dropdown-menu__path-3', d: item.icon })]),
            ]),
            h('span', { class: 'dropdown-menu__dropdown-label' }, [item.label]),
            h('span', { class: 'dropdown-menu__dropdown-shortcut', 'aria-hidden': 'true' }, [
              item.shortcut,
            ]),
          ]),
        ])),
        h('li', { class: 'dropdown-menu__dropdown-separator', role: 'none' }),
        h('li', { class: 'dropdown-menu__dropdown-danger-item', role: 'none' }, [
          h('button', {
            class: 'dropdown-menu__dropdown-danger',
            type: 'button',
            role: 'menuitem',
            onclick: () => this.#handleDropdownDangerClick(),
          }, [
            h('svg', {
              class: 'dropdown-menu__svg-4',
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
                class: 'dropdown-menu__path-4',
                d: 'M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3',
              }),
            ]),
            'Delete',
          ]),
        ]),
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

if (!customElements.get('dropdown-menu')) customElements.define('dropdown-menu', DropdownMenu);

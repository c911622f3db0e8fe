interface SearchSuggestionItem {
  id: string;
  label: string;
}

const searchSuggestionItems: SearchSuggestionItem[] = [
  { id: 's1', label: 'Pricing table' },
  { id: 's2', label: 'Login form' },
  { id: 's3', label: 'Navbar' },
  { id: 's4', label: 'Dark mode' },
];

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
  --space-xl: 2rem;
  --radius-md: 8px;
  --radius-full: 9999px;
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
  --duration-fast: 150ms;
}

.search-bar__search {
  display: flex;
  flex-direction: column;
  gap: var(--space-sm);
  width: 100%;
  max-width: 40rem;
  font-family: var(--font-family-base);
}

.search-bar__search-row {
  display: flex;
  align-items: center;
  gap: var(--space-sm);
}

.search-bar__search-field {
  position: relative;
  flex-grow: 1;
  color: var(--color-text-muted);
}

.search-bar__search-icon {
  position: absolute;
  top: 50%;
  left: var(--space-sm);
  display: inline-flex;
  pointer-events: none;
  transform: translateY(-50%);
}

.search-bar__search-input {
  box-sizing: border-box;
  width: 100%;
  padding: var(--space-sm) var(--space-md);
  padding-right: var(--space-xl);
  padding-left: var(--space-xl);
  border-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-border);
  border-radius: var(--radius-md);
  box-shadow: var(--shadow-sm);
  background-color: var(--color-surface);
  color: var(--color-text);
  font-family: var(--font-family-base);
  font-size: var(--font-size-md);
  line-height: var(--line-height-normal);
  transition-property: background-color, border-color, color, box-shadow, transform, opacity;
  transition-duration: var(--duration-fast);
  transition-timing-function: ease-out;
}

.search-bar__search-input:hover {
  border-color: var(--color-text-muted);
}

.search-bar__search-input:focus-visible {
  border-color: var(--color-focus);
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: 0;
}

.search-bar__search-input:active {
  border-color: var(--color-focus);
}

.search-bar__search-input:disabled {
  background-color: var(--color-surface-muted);
  opacity: 0.7;
  cursor: not-allowed;
}

.search-bar__search-clear {
  position: absolute;
  top: 50%;
  right: var(--space-xs);
  display: inline-flex;
  align-items: center;
  justify-content: center;
  padding: var(--space-xs);
  border-width: var(--border-width);
  border-style: solid;
  border-color: transparent;
  border-radius: var(--radius-md);
  background-color: transparent;
  color: var(--color-text-muted);
  font-family: inherit;
  cursor: pointer;
  transform: translateY(-50%);
  transition-property: background-color, border-color, color, box-shadow, transform, opacity;
  transition-duration: var(--duration-fast);
  transition-timing-function: ease-out;
}

.search-bar__search-clear:hover {
  background-color: var(--color-surface-muted);
  color: var(--color-text);
}

.search-bar__search-clear:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.search-bar__search-clear:active {
  transform: translateY(1px);
}

.search-bar__search-clear:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}

.search-bar__search-shortcut {
  position: absolute;
  top: 50%;
  right: var(--space-sm);
  display: inline-flex;
  align-items: center;
  gap: var(--space-xs);
  padding: var(--space-xs) var(--space-sm);
  border-radius: var(--radius-full);
  background-color: var(--color-surface-muted);
  color: var(--color-text);
  font-family: var(--font-family-mono);
  font-size: var(--font-size-xs);
  font-weight: var(--font-weight-semibold);
  line-height: var(--line-height-tight);
  white-space: nowrap;
  transform: translateY(-50%);
}

.search-bar__search-submit {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  gap: var(--space-xs);
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

.search-bar__search-submit:hover {
  background-color: var(--color-primary-hover);
}

.search-bar__search-submit:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.search-bar__search-submit:active {
  transform: translateY(1px);
}

.search-bar__search-submit:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}

.search-bar__search-submit-text {
  display: none;
}

.search-bar__search-popular {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: var(--space-sm);
  margin: 0;
  color: var(--color-text-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-sm);
  line-height: var(--line-height-normal);
}

.search-bar__search-suggestions {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: var(--space-xs);
  margin: 0;
  padding: 0;
  list-style: none;
}

.search-bar__search-suggestion-button {
  display: inline-flex;
  align-items: center;
  gap: var(--space-xs);
  padding: var(--space-xs) var(--space-sm);
  border-width: 0;
  border-radius: var(--radius-full);
  background-color: var(--color-surface-muted);
  color: var(--color-text);
  font-family: inherit;
  font-size: var(--font-size-xs);
  font-weight: var(--font-weight-semibold);
  line-height: var(--line-height-tight);
  white-space: nowrap;
  cursor: pointer;
  transition-property: background-color, border-color, color, box-shadow, transform, opacity;
  transition-duration: var(--duration-fast);
  transition-timing-function: ease-out;
}

.search-bar__search-suggestion-button:hover {
  background-color: var(--color-surface);
}

.search-bar__search-suggestion-button:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.search-bar__search-suggestion-button:active {
  transform: translateY(1px);
}

.search-bar__search-suggestion-button:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}

@media (min-width: 640px) {
  .search-bar__search-submit-text {
    display: inline;
  }
}`;

/**
 * Search bar with suggestions
 *
 * Usage: <search-bar></search-bar>
 * Events: search (detail: string)
 */
export class SearchBar extends HTMLElement {
  static readonly observedAttributes = [];

  readonly #shadow = this.attachShadow({ mode: 'open' });
  #rendering = false;
  #query = '';

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

  #handleSearchSubmit(event: Event): void {
    event.preventDefault();
    this.dispatchEvent(new CustomEvent('search', { detail: this.#query, bubbles: true, composed: true }));
  }

  #handleSearchInputInput(event: Event): void {
    this.#query = (event.currentTarget as HTMLInputElement).value;
    this.#render();
  }

  #handleSearchClearClick(): void {
    this.#query = '';
    this.#render();
  }

  #handleSearchSuggestionButtonClick(item: SearchSuggestionItem): void {
    this.#query = item.label;
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
    return h('form', {
      class: 'search-bar__search',
      role: 'search',
      'aria-label': 'Search',
      onsubmit: (event) => this.#handleSearchSubmit(event),
    }, [
      h('div', { class: 'search-bar__search-row' }, [
        h('div', { class: 'search-bar__search-field' }, [
          h('span', { class: 'search-bar__search-icon', 'aria-hidden': 'true' }, [
            h('svg', {
              class: 'search-bar__svg-1',
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
              h('circle', { class: 'search-bar__circle-1', cx: '11', cy: '11', r: '7' }),
              h('path', { class: 'search-bar__path-1', d: 'm20 20-4-4' }),
            ]),
          ]),
          h('input', {
            class: 'search-bar__search-input',
            id: 'search-input',
            type: 'search',
            name: 'q',
            placeholder: 'Search components, tokens and docs…',
            autocomplete: 'off',
            value: this.#query,
            'aria-label': 'Search',
            oninput: (event) => this.#handleSearchInputInput(event),
          }),
          this.#query ? h('button', {
            class: 'search-bar__search-clear',
            type: 'button',
            'aria-label': 'Clear search',
            'aria-controls': 'search-input',
            onclick: () => this.#handleSearchClearClick(),
          }, [
            h('svg', {
              class: 'search-bar__svg-2',
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
            }, [h('path', { class: 'search-bar__path-2', d: 'M18 6 6 18M6 6l12 12' })]),
          ]) : h('span', { class: 'search-bar__search-shortcut', 'aria-hidden': 'true' }, ['⌘K']),
        ]),
        h('button', {
          class: 'search-bar__search-submit',
          type: 'submit',
          'aria-label': 'Search',
        }, [
          h('svg', {
            class: 'search-bar__svg-3',
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
            h('circle', { class: 'search-bar__circle-2', cx: '11', cy: '11', r: '7' }),
            h('path', { class: 'search-bar__path-3', d: 'm20 20-4-4' }),
          ]),
          h('span', { class: 'search-bar__search-submit-text' }, ['Search']),
        ]),
      ]),
      !this.#query ? h('div', { class: 'search-bar__search-popular' }, [
        'Popular:',
        h('ul', { class: 'search-bar__search-suggestions' }, [
          ...searchSuggestionItems.map((item) => h('li', { class: 'search-bar__search-suggestion' }, [
            h('button', {
              class: 'search-bar__search-suggestion-button',
              type: 'button',
              onclick: () => this.#handleSearchSuggestionButtonClick(item),
            }, [item.label]),
          ])),
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

if (!customElements.get('search-bar')) customElements.define('search-bar', SearchBar);

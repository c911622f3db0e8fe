interface AvatarItem {
  id: string;
  name: string;
  initials: string;
  tone: string;
}

const avatarItems: AvatarItem[] = [
  { id: 'person1', name: 'Maya Okafor', initials: 'MO', tone: 'primary' },
  { id: 'person2', name: 'Daniel Reyes', initials: 'DR', tone: 'raised' },
  { id: 'person3', name: 'Aiko Tanaka', initials: 'AT', tone: 'secondary' },
  { id: 'person4', name: 'Liam Novak', initials: 'LN', tone: 'primary' },
  { id: 'person5', name: 'Sara Lindqvist', initials: 'SL', tone: 'raised' },
];

const styles = `:host {
  display: contents;
  --color-primary: #0b6477;
  --color-on-primary: #ffffff;
  --color-secondary: #213a58;
  --color-on-secondary: #ffffff;
  --color-surface: #ffffff;
  --color-surface-muted: #f1f5f9;
  --color-text: #0f172a;
  --color-text-muted: #64748b;
  --color-focus: #14919b;
  --space-xs: 0.25rem;
  --space-md: 1rem;
  --radius-full: 9999px;
  --border-width: 1px;
  --font-family-base: Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --font-size-xs: 0.75rem;
  --font-size-sm: 0.875rem;
  --font-weight-semibold: 600;
  --line-height-normal: 1.5;
  --shadow-sm: 0 1px 2px 0 rgb(15 23 42 / 0.06);
  --duration-fast: 150ms;
}

.avatar-group__avatar-group {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: var(--space-md);
  font-family: var(--font-family-base);
}

.avatar-group__avatar-list {
  display: grid;
  grid-template-columns: repeat(6, 1.875rem);
  align-items: center;
  margin: 0;
  padding: 0;
  list-style: none;
}

.avatar-group__avatar-item,
.avatar-group__avatar-more-item {
  display: flex;
}

.avatar-group__avatar-primary {
  display: inline-flex;
  flex-shrink: 0;
  align-items: center;
  justify-content: center;
  width: 2.5rem;
  height: 2.5rem;
  border-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-surface);
  border-radius: var(--radius-full);
  box-shadow: var(--shadow-sm);
  background-color: var(--color-primary);
  color: var(--color-on-primary);
  font-size: var(--font-size-xs);
  font-weight: var(--font-weight-semibold);
}

.avatar-group__avatar-raised {
  display: inline-flex;
  flex-shrink: 0;
  align-items: center;
  justify-content: center;
  width: 2.5rem;
  height: 2.5rem;
  border-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-surface);
  border-radius: var(--radius-full);
  box-shadow: var(--shadow-sm);
  background-color: var(--color-surface-muted);
  color: var(--color-text);
  font-size: var(--font-size-xs);
  font-weight: var(--font-weight-semibold);
}

.avatar-group__avatar-secondary {
  display: inline-flex;
  flex-shrink: 0;
  align-items: center;
  justify-content: center;
  width: 2.5rem;
  height: 2.5rem;
  border-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-surface);
  border-radius: var(--radius-full);
  box-shadow: var(--shadow-sm);
  background-color: var(--color-secondary);
  color: var(--color-on-secondary);
  font-size: var(--font-size-xs);
  font-weight: var(--font-weight-semibold);
}

.avatar-group__avatar-more {
  display: inline-flex;
  flex-shrink: 0;
  align-items: center;
  justify-content: center;
  width: 2.5rem;
  height: 2.5rem;
  border-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-surface);
  border-radius: var(--radius-full);
  box-shadow: var(--shadow-sm);
  background-color: var(--color-surface-muted);
  color: var(--color-text);
  font-family: inherit;
  font-size: var(--font-size-xs);
  font-weight: var(--font-weight-semibold);
  text-decoration: none;
  cursor: pointer;
  transition-property: background-color, border-color, color, box-shadow, transform, opacity;
  transition-duration: var(--duration-fast);
  transition-timing-function: ease-out;
}

.avatar-group__avatar-more:hover {
  background-color: var(--color-surface);
}

.avatar-group__avatar-more:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.avatar-group__avatar-more:active {
  transform: translateY(1px);
}

.avatar-group__avatar-caption {
  margin: 0;
  color: var(--color-text-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-sm);
  line-height: var(--line-height-normal);
}`;

/**
 * Avatar group
 *
 * Usage: <avatar-group></avatar-group>
 */
export class AvatarGroup extends HTMLElement {
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
    return h('div', { class: 'avatar-group__avatar-group' }, [
      h('ul', { class: 'avatar-group__avatar-list', 'aria-label': 'Project members' }, [
        ...avatarItems.map((item) => h('li', { class: 'avatar-group__avatar-item' }, [
          item.tone === 'primary' ? h('span', {
            class: 'avatar-group__avatar-primary',
            title: item.name,
            role: 'img',
            'aria-label': item.name,
          }, [item.initials]) : item.tone === 'raised' ? h('span', {
            class: 'avatar-group__avatar-raised',
            title: item.name,
            role: 'img',
            'aria-label': item.name,
          }, [item.initials]) : h('span', {
            class: 'avatar-group__avatar-secondary',
            title: item.name,
            role: 'img',
            'aria-label': item.name,
          }, [item.initials]),
        ])),
        h('li', { class: 'avatar-group__avatar-more-item' }, [
          h('a', {
            class: 'avatar-group__avatar-more',
            href: '#members',
            'aria-label': 'and 7 more people',
          }, ['+7']),
        ]),
      ]),
      h('p', { class: 'avatar-group__avatar-caption' }, [
        '12 people are working on this project',
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

if (!customElements.get('avatar-group')) customElements.define('avatar-group', AvatarGroup);

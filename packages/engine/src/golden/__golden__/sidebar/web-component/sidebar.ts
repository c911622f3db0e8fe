interface SidebarItem {
  id: string;
  label: string;
  href: string;
  icon: string;
  badge: string;
  current: boolean;
}

const sidebarItems: SidebarItem[] = [
  { id: 'item1', label: 'Dashboard', href: '#item-1', icon: 'M3 11 12 4l9 7M5 10v10h14V10', badge: '', current: true },
  { id: 'item2', label: 'Projects', href: '#item-2', icon: 'M3 6h6l2 2h10v11H3z', badge: '12', current: false },
  { id: 'item3', label: 'Components', href: '#item-3', icon: 'M12 3 2 8l10 5 10-5zM2 13l10 5 10-5', badge: '', current: false },
  { id: 'item4', label: 'Analytics', href: '#item-4', icon: 'M5 20V11M12 20V5M19 20v-6M3 20h18', badge: '', current: false },
  { id: 'item5', label: 'Team', href: '#item-5', icon: 'M5.5 8a3.5 3.5 0 1 0 7 0a3.5 3.5 0 1 0 -7 0M2 20a7 7 0 0 1 14 0M16 4.5a3.5 3.5 0 0 1 0 7M18 14a6 6 0 0 1 4 6', badge: '3', current: false },
  { id: 'item6', label: 'Settings', href: '#item-6', icon: 'M4 7h10M18 7h2M4 17h4M12 17h8M14 7a2 2 0 1 0 4 0a2 2 0 1 0 -4 0M8 17a2 2 0 1 0 4 0a2 2 0 1 0 -4 0', badge: '', current: false },
];

interface SidebarIconItem {
  id: string;
  label: string;
  href: string;
  icon: string;
  badge: string;
  current: boolean;
}

const sidebarIconItems: SidebarIconItem[] = [
  { id: 'item1', label: 'Dashboard', href: '#item-1', icon: 'M3 11 12 4l9 7M5 10v10h14V10', badge: '', current: true },
  { id: 'item2', label: 'Projects', href: '#item-2', icon: 'M3 6h6l2 2h10v11H3z', badge: '12', current: false },
  { id: 'item3', label: 'Components', href: '#item-3', icon: 'M12 3 2 8l10 5 10-5zM2 13l10 5 10-5', badge: '', current: false },
  { id: 'item4', label: 'Analytics', href: '#item-4', icon: 'M5 20V11M12 20V5M19 20v-6M3 20h18', badge: '', current: false },
  { id: 'item5', label: 'Team', href: '#item-5', icon: 'M5.5 8a3.5 3.5 0 1 0 7 0a3.5 3.5 0 1 0 -7 0M2 20a7 7 0 0 1 14 0M16 4.5a3.5 3.5 0 0 1 0 7M18 14a6 6 0 0 1 4 6', badge: '3', current: false },
  { id: 'item6', label: 'Settings', href: '#item-6', icon: 'M4 7h10M18 7h2M4 17h4M12 17h8M14 7a2 2 0 1 0 4 0a2 2 0 1 0 -4 0M8 17a2 2 0 1 0 4 0a2 2 0 1 0 -4 0', badge: '', current: false },
];

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
  --radius-md: 8px;
  --radius-full: 9999px;
  --border-width: 1px;
  --font-family-base: Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --font-family-heading: Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --font-size-xs: 0.75rem;
  --font-size-sm: 0.875rem;
  --font-size-lg: 1.125rem;
  --font-weight-medium: 500;
  --font-weight-semibold: 600;
  --font-weight-bold: 700;
  --line-height-tight: 1.25;
  --line-height-normal: 1.5;
  --duration-fast: 150ms;
}

.sidebar__sidebar {
  display: flex;
  flex-direction: column;
  gap: var(--space-lg);
  box-sizing: border-box;
  min-height: 36rem;
  padding: var(--space-md);
  border-width: 0;
  border-right-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-border);
  background-color: var(--color-surface);
  color: var(--color-text);
  font-family: var(--font-family-base);
}

.sidebar__sidebar-header {
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: var(--space-sm);
}

.sidebar__sidebar-brand {
  display: flex;
  align-items: center;
  gap: var(--space-sm);
  border-radius: var(--radius-md);
  color: var(--color-text);
  font-family: inherit;
  text-decoration: none;
  cursor: pointer;
  transition-property: background-color, border-color, color, box-shadow, transform, opacity;
  transition-duration: var(--duration-fast);
  transition-timing-function: ease-out;
}

.sidebar__sidebar-brand:hover {
  opacity: 0.85;
}

.sidebar__sidebar-brand:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.sidebar__sidebar-brand:active {
  transform: translateY(1px);
}

.sidebar__sidebar-logo {
  display: inline-flex;
  flex-shrink: 0;
  align-items: center;
  justify-content: center;
  width: var(--space-xl);
  height: var(--space-xl);
  padding: var(--space-xs);
  border-radius: var(--radius-md);
  background-color: var(--color-primary);
  color: var(--color-on-primary);
}

.sidebar__sidebar-brand-name {
  margin: 0;
  color: var(--color-text);
  font-family: var(--font-family-heading);
  font-size: var(--font-size-lg);
  font-weight: var(--font-weight-bold);
  line-height: var(--line-height-tight);
}

.sidebar__sidebar-toggle,
.sidebar__sidebar-sign-out {
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
  transition-property: background-color, border-color, color, box-shadow, transform, opacity;
  transition-duration: var(--duration-fast);
  transition-timing-function: ease-out;
}

.sidebar__sidebar-toggle:hover,
.sidebar__sidebar-sign-out:hover {
  background-color: var(--color-surface-muted);
  color: var(--color-text);
}

.sidebar__sidebar-toggle:focus-visible,
.sidebar__sidebar-sign-out:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.sidebar__sidebar-toggle:active,
.sidebar__sidebar-sign-out:active {
  transform: translateY(1px);
}

.sidebar__sidebar-toggle:disabled,
.sidebar__sidebar-sign-out:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}

.sidebar__sidebar-nav {
  display: flex;
  flex-direction: column;
  flex-grow: 1;
  gap: var(--space-sm);
}

.sidebar__sidebar-section {
  margin: 0;
  padding-left: var(--space-sm);
  color: var(--color-text-muted);
  font-size: var(--font-size-xs);
  font-weight: var(--font-weight-semibold);
  text-transform: uppercase;
}

.sidebar__sidebar-list {
  display: flex;
  flex-direction: column;
  gap: var(--space-xs);
  margin: 0;
  padding: 0;
  list-style: none;
}

.sidebar__sidebar-link-current {
  display: flex;
  align-items: center;
  gap: var(--space-sm);
  padding: var(--space-sm) var(--space-sm);
  border-radius: var(--radius-md);
  background-color: var(--color-surface-muted);
  color: var(--color-text);
  font-family: inherit;
  font-size: var(--font-size-sm);
  font-weight: var(--font-weight-semibold);
  text-decoration: none;
  cursor: pointer;
  transition-property: background-color, border-color, color, box-shadow, transform, opacity;
  transition-duration: var(--duration-fast);
  transition-timing-function: ease-out;
}

.sidebar__sidebar-link-current:hover {
  background-color: var(--color-surface);
}

.sidebar__sidebar-link-current:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.sidebar__sidebar-link-current:active {
  transform: translateY(1px);
}

.sidebar__sidebar-label-current,
.sidebar__sidebar-label {
  flex-grow: 1;
}

.sidebar__sidebar-badge-current,
.sidebar__sidebar-badge {
  display: inline-flex;
  align-items: center;
  gap: var(--space-xs);
  padding: var(--space-xs) var(--space-sm);
  border-radius: var(--radius-full);
  background-color: var(--color-primary);
  color: var(--color-on-primary);
  font-size: var(--font-size-xs);
  font-weight: var(--font-weight-semibold);
  line-height: var(--line-height-tight);
  white-space: nowrap;
}

.sidebar__sidebar-link {
  display: flex;
  align-items: center;
  gap: var(--space-sm);
  padding: var(--space-sm) var(--space-sm);
  border-radius: var(--radius-md);
  color: var(--color-text-muted);
  font-family: inherit;
  font-size: var(--font-size-sm);
  font-weight: var(--font-weight-medium);
  text-decoration: none;
  cursor: pointer;
  transition-property: background-color, border-color, color, box-shadow, transform, opacity;
  transition-duration: var(--duration-fast);
  transition-timing-function: ease-out;
}

.sidebar__sidebar-link:hover {
  background-color: var(--color-surface-muted);
  color: var(--color-text);
}

.sidebar__sidebar-link:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.sidebar__sidebar-link:active {
  transform: translateY(1px);
}

.sidebar__sidebar-icons {
  display: flex;
  flex-direction: column;
  align-items: center;
  gap: var(--space-xs);
  margin: 0;
  padding: 0;
  list-style: none;
}

.sidebar__sidebar-icon-link {
  display: flex;
  align-items: center;
  gap: var(--space-sm);
  padding: var(--space-sm);
  border-radius: var(--radius-md);
  color: var(--color-text-muted);
  font-family: inherit;
  font-size: var(--font-size-sm);
  font-weight: var(--font-weight-medium);
  text-decoration: none;
  cursor: pointer;
  transition-property: background-color, border-color, color, box-shadow, transform, opacity;
  transition-duration: var(--duration-fast);
  transition-timing-function: ease-out;
}

.sidebar__sidebar-icon-link:hover {
  background-color: var(--color-surface-muted);
  color: var(--color-text);
}

.sidebar__sidebar-icon-link:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.sidebar__sidebar-icon-link:active {
  transform: translateY(1px);
}

.sidebar__sidebar-user {
  display: flex;
  align-items: center;
  gap: var(--space-sm);
  padding-top: var(--space-md);
  border-width: 0;
  border-top-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-border);
}

.sidebar__sidebar-avatar {
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

.sidebar__sidebar-user-text {
  display: flex;
  flex-direction: column;
  flex-grow: 1;
  gap: 0;
  min-width: 0;
}

.sidebar__sidebar-user-name {
  font-size: var(--font-size-sm);
  font-weight: var(--font-weight-semibold);
}

.sidebar__sidebar-user-email {
  margin: 0;
  overflow: hidden;
  color: var(--color-text-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-xs);
  line-height: var(--line-height-normal);
  text-overflow: ellipsis;
}

@media (min-width: 768px) {
  .sidebar__sidebar {
    width: 17rem;
  }
}`;

/**
 * Collapsible sidebar with navigation and user
 *
 * Usage: <ui-sidebar></ui-sidebar>
 * Events: signOut
 */
export class Sidebar extends HTMLElement {
  static readonly observedAttributes = [];

  readonly #shadow = this.attachShadow({ mode: 'open' });
  #rendering = false;
  #expanded = true;

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

  #handleSidebarToggleClick(): void {
    this.#expanded = !this.#expanded;
    this.#render();
  }

  #handleSidebarSignOutClick(): void {
    this.dispatchEvent(new CustomEvent('signOut', { bubbles: true, composed: true }));
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
    return h('aside', { class: 'sidebar__sidebar', 'aria-label': 'Sidebar' }, [
      h('div', { class: 'sidebar__sidebar-header' }, [
        this.#expanded ? h('a', { class: 'sidebar__sidebar-brand', href: '/' }, [
          h('span', { class: 'sidebar__sidebar-logo', 'aria-hidden': 'true' }, [
            h('svg', {
              class: 'sidebar__svg-1',
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
                class: 'sidebar__path-1',
                d: 'M12 3 2 8l10 5 10-5zM2 13l10 5 10-5',
              }),
            ]),
          ]),
          h('span', { class: 'sidebar__sidebar-brand-name' }, ['Northwind']),
        ]) : null,
        h('button', {
          class: 'sidebar__sidebar-toggle',
          type: 'button',
          'aria-label': 'Collapse sidebar',
          'aria-expanded': String(this.#expanded),
          'aria-controls': 'sidebar-nav',
          onclick: () => this.#handleSidebarToggleClick(),
        }, [
          this.#expanded ? h('svg', {
            class: 'sidebar__svg-2',
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
          }, [h('path', { class: 'sidebar__path-2', d: 'm15 18-6-6 6-6' })]) : h('svg', {
            class: 'sidebar__svg-3',
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
          }, [h('path', { class: 'sidebar__path-3', d: 'm9 18 6-6-6-6' })]),
        ]),
      ]),
      h('nav', {
        class: 'sidebar__sidebar-nav',
        id: 'sidebar-nav',
        'aria-label': 'Workspace',
      }, [
        ...(this.#expanded ? [
          h('p', { class: 'sidebar__sidebar-section' }, ['Workspace']),
          h('ul', { class: 'sidebar__sidebar-list' }, [
            ...sidebarItems.map((item) => h('li', { class: 'sidebar__sidebar-item' }, [
              item.current ? h('a', {
                class: 'sidebar__sidebar-link-current',
                href: item.href,
                'aria-current': 'page',
              }, [
                h('svg', {
                  class: 'sidebar__svg-4',
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
                }, [h('path', { class: 'sidebar__path-4', d: item.icon })]),
                h('span', { class: 'sidebar__sidebar-label-current' }, [item.label]),
                item.badge ? h('span', { class: 'sidebar__sidebar-badge-current' }, [item.badge]) : null,
              ]) : h('a', { class: 'sidebar__sidebar-link', href: item.href }, [
                h('svg', {
                  class: 'sidebar__svg-5',
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
                }, [h('path', { class: 'sidebar__path-5', d: item.icon })]),
                h('span', { class: 'sidebar__sidebar-label' }, [item.label]),
                item.badge ? h('span', { class: 'sidebar__sidebar-badge' }, [item.badge]) : null,
              ]),
            ])),
          ]),
        ] : [
          h('ul', { class: 'sidebar__sidebar-icons' }, [
            ...sidebarIconItems.map((item) => h('li', { class: 'sidebar__sidebar-icon-item' }, [
              h('a', {
                class: 'sidebar__sidebar-icon-link',
                href: item.href,
                title: item.label,
                'aria-label': item.label,
              }, [
                h('svg', {
                  class: 'sidebar__svg-6',
                  'viewBox': '0 0 24 24',
                  fill: 'none',
                  stroke: 'currentColor',
                  'stroke-width': '2',
                  'stroke-linecap': 'round',
                  'stroke-linejoin': 'round',
                  focusable: 'false',
                  width: '20',
                  height: '20',
                  'aria-hidden': 'true',
                }, [h('path', { class: 'sidebar__path-6', d: item.icon })]),
              ]),
            ])),
          ]),
        ]),
      ]),
      h('div', { class: 'sidebar__sidebar-user' }, [
        h('span', { class: 'sidebar__sidebar-avatar', 'aria-hidden': 'true' }, ['MO']),
        ...(this.#expanded ? [
          h('div', { class: 'sidebar__sidebar-user-text' }, [
            h('span', { class: 'sidebar__sidebar-user-name' }, ['Maya Okafor']),
            h('span', { class: 'sidebar__sidebar-user-email' }, ['maya@northwind.io']),
          ]),
          h('button', {
            class: 'sidebar__sidebar-sign-out',
            type: 'button',
            'aria-label': 'Sign out',
            onclick: () => this.#handleSidebarSignOutClick(),
          }, [
            h('svg', {
              class: 'sidebar__svg-7',
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
                class: 'sidebar__path-7',
                d: 'M15 4h4v16h-4M10 17l5-5-5-5M15 12H3',
              }),
            ]),
          ]),
        ] : []),
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

if (!customElements.get('ui-sidebar')) customElements.define('ui-sidebar', Sidebar);

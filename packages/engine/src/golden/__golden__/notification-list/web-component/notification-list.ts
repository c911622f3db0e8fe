interface NotificationItem {
  id: string;
  href: string;
  actor: string;
  initials: string;
  text: string;
  time: string;
  unread: boolean;
}

const notificationItems: NotificationItem[] = [
  { id: 'n1', href: '#notification-1', actor: 'Maya Okafor', initials: 'MO', text: 'commented on Pricing table v3', time: '2 min ago', unread: true },
  { id: 'n2', href: '#notification-2', actor: 'Daniel Reyes', initials: 'DR', text: 'approved the new baseline for Navbar', time: '1 h ago', unread: true },
  { id: 'n3', href: '#notification-3', actor: 'Aiko Tanaka', initials: 'AT', text: 'invited you to the Marketing site project', time: '3 h ago', unread: false },
  { id: 'n4', href: '#notification-4', actor: 'Build bot', initials: 'BB', text: 'found 2 visual changes in Checkout', time: 'Yesterday', unread: false },
];

const styles = `:host {
  display: contents;
  --color-primary: #0b6477;
  --color-on-primary: #ffffff;
  --color-surface: #ffffff;
  --color-surface-muted: #f1f5f9;
  --color-text: #0f172a;
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
  --font-size-lg: 1.125rem;
  --font-weight-medium: 500;
  --font-weight-semibold: 600;
  --font-weight-bold: 700;
  --line-height-tight: 1.25;
  --line-height-normal: 1.5;
  --shadow-sm: 0 1px 2px 0 rgb(15 23 42 / 0.06);
  --duration-fast: 150ms;
}

.notification-list__notifications {
  display: flex;
  flex-direction: column;
  gap: 0;
  box-sizing: border-box;
  width: 100%;
  max-width: 28rem;
  padding: 0;
  overflow: hidden;
  border-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-border);
  border-radius: var(--radius-lg);
  box-shadow: var(--shadow-sm);
  background-color: var(--color-surface);
  color: var(--color-text);
  font-family: var(--font-family-base);
}

.notification-list__notifications-header {
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: var(--space-sm);
  padding: var(--space-md) var(--space-lg);
  border-width: 0;
  border-bottom-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-border);
}

.notification-list__notifications-heading {
  display: flex;
  align-items: center;
  gap: var(--space-sm);
}

.notification-list__notifications-title {
  margin: 0;
  color: var(--color-text);
  font-family: var(--font-family-heading);
  font-size: var(--font-size-lg);
  font-weight: var(--font-weight-bold);
  line-height: var(--line-height-tight);
}

.notification-list__notifications-count {
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

.notification-list__notifications-mark-all {
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

.notification-list__notifications-mark-all:hover {
  background-color: var(--color-surface-muted);
  color: var(--color-text);
}

.notification-list__notifications-mark-all:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.notification-list__notifications-mark-all:active {
  transform: translateY(1px);
}

.notification-list__notifications-mark-all:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}

.notification-list__notifications-list {
  margin: 0;
  padding: 0;
  list-style: none;
}

.notification-list__notification {
  border-width: 0;
  border-bottom-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-border);
}

.notification-list__notification-link {
  display: flex;
  align-items: flex-start;
  gap: var(--space-md);
  padding: var(--space-md) var(--space-lg);
  color: var(--color-text);
  font-family: inherit;
  text-decoration: none;
  cursor: pointer;
  transition-property: background-color, border-color, color, box-shadow, transform, opacity;
  transition-duration: var(--duration-fast);
  transition-timing-function: ease-out;
}

.notification-list__notification-link:hover {
  background-color: var(--color-surface-muted);
}

.notification-list__notification-link:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.notification-list__notification-link:active {
  transform: translateY(1px);
}

.notification-list__notification-avatar {
  display: inline-flex;
  flex-shrink: 0;
  align-items: center;
  justify-content: center;
  width: var(--space-xl);
  height: var(--space-xl);
  border-radius: var(--radius-full);
  background-color: var(--color-surface-muted);
  color: var(--color-text);
  font-size: var(--font-size-sm);
  font-weight: var(--font-weight-semibold);
}

.notification-list__notification-body {
  display: flex;
  flex-direction: column;
  flex-grow: 1;
  gap: var(--space-xs);
  min-width: 0;
}

.notification-list__notification-text {
  margin: 0;
  color: var(--color-text);
  font-family: var(--font-family-base);
  font-size: var(--font-size-sm);
  line-height: var(--line-height-normal);
}

.notification-list__notification-actor {
  font-weight: var(--font-weight-semibold);
}

.notification-list__notification-time {
  display: flex;
  align-items: center;
  gap: var(--space-xs);
  margin: 0;
  color: var(--color-text);
  font-family: var(--font-family-base);
  font-size: var(--font-size-xs);
  line-height: var(--line-height-normal);
}

.notification-list__notification-unread {
  flex-shrink: 0;
  width: var(--space-sm);
  height: var(--space-sm);
  margin-top: var(--space-xs);
  border-radius: var(--radius-full);
  background-color: var(--color-primary);
}

.notification-list__notifications-footer {
  padding: var(--space-md) var(--space-lg);
  text-align: center;
}

.notification-list__notifications-view-all {
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

.notification-list__notifications-view-all:hover {
  text-decoration: underline;
}

.notification-list__notifications-view-all:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.notification-list__notifications-view-all:active {
  text-decoration: underline;
}`;

/**
 * Notification list
 *
 * Usage: <notification-list></notification-list>
 * Events: markAllRead, open (detail: string)
 */
export class NotificationList extends HTMLElement {
  static readonly observedAttributes = [];

  readonly #shadow = this.attachShadow({ mode: 'open' });
  #rendering = false;
  #allRead = false;

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

  #handleNotificationsMarkAllClick(): void {
    this.#allRead = true;
    this.dispatchEvent(new CustomEvent('markAllRead', { bubbles: true, composed: true }));
    this.#render();
  }

  #handleNotificationLinkClick(item: NotificationItem): void {
    this.dispatchEvent(new CustomEvent('open', { detail: item.id, bubbles: true, composed: true }));
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
    return h('section', {
      class: 'notification-list__notifications',
      'aria-labelledby': 'notifications-title',
    }, [
      h('header', { class: 'notification-list__notifications-header' }, [
        h('div', { class: 'notification-list__notifications-heading' }, [
          h('h2', {
            class: 'notification-list__notifications-title',
            id: 'notifications-title',
          }, ['Notifications']),
          !this.#allRead ? h('span', { class: 'notification-list__notifications-count' }, ['2 unread']) : null,
        ]),
        h('button', {
          class: 'notification-list__notifications-mark-all',
          type: 'button',
          disabled: this.#allRead,
          onclick: () => this.#handleNotificationsMarkAllClick(),
        }, [
          h('svg', {
            class: 'notification-list__svg-1',
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
          }, [h('path', { class: 'notification-list__path-1', d: 'M20 6 9 17l-5-5' })]),
          'Mark all as read',
        ]),
      ]),
      h('ul', { class: 'notification-list__notifications-list' }, [
        ...notificationItems.map((item) => h('li', { class: 'notification-list__notification' }, [
          h('a', {
            class: 'notification-list__notification-link',
            href: item.href,
            onclick: () => this.#handleNotificationLinkClick(item),
          }, [
            h('span', {
              class: 'notification-list__notification-avatar',
              'aria-hidden': 'true',
            }, [item.initials]),
            h('span', { class: 'notification-list__notification-body' }, [
              h('span', { class: 'notification-list__notification-text' }, [
                h('strong', { class: 'notification-list__notification-actor' }, [item.actor]),
                ' ',
                item.text,
              ]),
              h('span', { class: 'notification-list__notification-time' }, [
                h('svg', {
                  class: 'notification-list__svg-2',
                  'viewBox': '0 0 24 24',
                  fill: 'none',
                  stroke: 'currentColor',
                  'stroke-width': '2',
                  'stroke-linecap': 'round',
                  'stroke-linejoin': 'round',
                  focusable: 'false',
                  width: '12',
                  height: '12',
                  'aria-hidden': 'true',
                }, [
                  h('circle', {
                    class: 'notification-list__circle-1',
                    cx: '12',
                    cy: '12',
                    r: '9',
                  }),
                  h('path', { class: 'notification-list__path-2', d: 'M12 7v5l3 2' }),
                ]),
                item.time,
              ]),
            ]),
            item.unread ? !this.#allRead ? h('span', {
              class: 'notification-list__notification-unread',
              role: 'img',
              'aria-label': 'Unread',
            }) : null : null,
          ]),
        ])),
      ]),
      h('footer', { class: 'notification-list__notifications-footer' }, [
        h('a', {
          class: 'notification-list__notifications-view-all',
          href: '#notifications',
        }, ['View all notifications']),
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

if (!customElements.get('notification-list')) customElements.define('notification-list', NotificationList);

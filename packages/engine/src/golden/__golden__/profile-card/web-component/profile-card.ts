interface ProfileStatItem {
  id: string;
  value: string;
  label: string;
}

const profileStatItems: ProfileStatItem[] = [
  { id: 'projects', value: '48', label: 'Projects' },
  { id: 'followers', value: '2.4k', label: 'Followers' },
  { id: 'following', value: '312', label: 'Following' },
];

const styles = `:host {
  display: contents;
  --color-primary: #0b6477;
  --color-primary-hover: #09505f;
  --color-on-primary: #ffffff;
  --color-surface: #ffffff;
  --color-text: #0f172a;
  --color-text-muted: #64748b;
  --color-border: #e2e8f0;
  --color-focus: #14919b;
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
  --font-size-xl: 1.25rem;
  --font-weight-semibold: 600;
  --font-weight-bold: 700;
  --line-height-tight: 1.25;
  --line-height-normal: 1.5;
  --shadow-sm: 0 1px 2px 0 rgb(15 23 42 / 0.06);
  --shadow-md: 0 4px 6px -1px rgb(15 23 42 / 0.1), 0 2px 4px -2px rgb(15 23 42 / 0.06);
  --duration-fast: 150ms;
}

.profile-card__profile {
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
  text-align: center;
}

.profile-card__profile-cover {
  display: flex;
  align-items: flex-end;
  justify-content: center;
  height: 6rem;
  background-color: var(--color-primary);
}

.profile-card__profile-avatar-image {
  width: 5rem;
  height: 5rem;
  border-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-surface);
  border-radius: var(--radius-full);
  box-shadow: var(--shadow-md);
  object-fit: cover;
  transform: translateY(50%);
}

.profile-card__profile-avatar {
  display: inline-flex;
  flex-shrink: 0;
  align-items: center;
  justify-content: center;
  width: 5rem;
  height: 5rem;
  border-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-surface);
  border-radius: var(--radius-full);
  box-shadow: var(--shadow-md);
  background-color: var(--color-primary);
  color: var(--color-on-primary);
  font-size: var(--font-size-xl);
  font-weight: var(--font-weight-bold);
  transform: translateY(50%);
}

.profile-card__profile-body {
  display: flex;
  flex-direction: column;
  align-items: center;
  gap: var(--space-md);
  padding: var(--space-md) var(--space-lg);
  padding-bottom: var(--space-lg);
}

.profile-card__profile-spacer {
  display: block;
  height: 2.5rem;
}

.profile-card__profile-identity {
  display: flex;
  flex-direction: column;
  align-items: center;
  gap: var(--space-xs);
}

.profile-card__profile-name {
  margin: 0;
  color: var(--color-text);
  font-family: var(--font-family-heading);
  font-size: var(--font-size-xl);
  font-weight: var(--font-weight-bold);
  line-height: var(--line-height-tight);
}

.profile-card__profile-role {
  margin: 0;
  color: var(--color-text-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-sm);
  line-height: var(--line-height-normal);
}

.profile-card__profile-location {
  display: flex;
  align-items: center;
  gap: var(--space-xs);
  margin: 0;
  color: var(--color-text-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-sm);
  line-height: var(--line-height-normal);
}

.profile-card__profile-bio {
  margin: 0;
  color: var(--color-text);
  font-family: var(--font-family-base);
  font-size: var(--font-size-sm);
  line-height: var(--line-height-normal);
}

.profile-card__profile-stats {
  display: grid;
  grid-template-columns: repeat(3, minmax(0, 1fr));
  width: 100%;
  margin: 0;
  padding: 0;
  padding-top: var(--space-md);
  border-width: 0;
  border-top-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-border);
  list-style: none;
}

.profile-card__profile-stat {
  display: flex;
  flex-direction: column;
  align-items: center;
  gap: 0;
}

.profile-card__profile-stat-value {
  margin: 0;
  color: var(--color-text);
  font-family: var(--font-family-heading);
  font-size: var(--font-size-lg);
  font-weight: var(--font-weight-bold);
  line-height: var(--line-height-tight);
}

.profile-card__profile-stat-label {
  margin: 0;
  color: var(--color-text-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-xs);
  line-height: var(--line-height-normal);
}

.profile-card__profile-actions {
  display: flex;
  align-items: center;
  gap: var(--space-sm);
  width: 100%;
}

.profile-card__profile-follow {
  display: inline-flex;
  flex-grow: 1;
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

.profile-card__profile-follow:hover {
  background-color: var(--color-primary-hover);
}

.profile-card__profile-follow:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.profile-card__profile-follow:active {
  transform: translateY(1px);
}

.profile-card__profile-follow:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}

.profile-card__profile-message {
  display: inline-flex;
  flex-grow: 1;
  align-items: center;
  justify-content: center;
  gap: var(--space-xs);
  padding: var(--space-sm) var(--space-md);
  border-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-primary);
  border-radius: var(--radius-md);
  background-color: transparent;
  color: var(--color-primary);
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

.profile-card__profile-message:hover {
  background-color: var(--color-primary);
  color: var(--color-on-primary);
}

.profile-card__profile-message:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.profile-card__profile-message:active {
  transform: translateY(1px);
}

.profile-card__profile-message:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}`;

/**
 * Profile card with stats and a follow button
 *
 * Usage: <profile-card name="…" role="…" cta="…" show-avatar="…" avatar-src="…"></profile-card>
 * Events: follow, message
 */
export class ProfileCard extends HTMLElement {
  static readonly observedAttributes = ['name', 'role', 'cta', 'show-avatar', 'avatar-src'];

  readonly #shadow = this.attachShadow({ mode: 'open' });
  #rendering = false;
  #following = false;

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
    return this.getAttribute('name') ?? 'Maya Okafor';
  }

  get #role(): string {
    return this.getAttribute('role') ?? 'Senior product designer at Northwind';
  }

  get #cta(): string {
    return this.getAttribute('cta') ?? 'Follow';
  }

  get #showAvatar(): boolean {
    const value = this.getAttribute('show-avatar');
    return value === null ? false : value !== 'false';
  }

  get #avatarSrc(): string {
    return this.getAttribute('avatar-src') ?? 'images/maya-okafor.jpg';
  }

  #handleProfileFollowClick(): void {
    this.#following = !this.#following;
    this.dispatchEvent(new CustomEvent('follow', { bubbles: true, composed: true }));
    this.#render();
  }

  #handleProfileMessageClick(): void {
    this.dispatchEvent(new CustomEvent('message', { bubbles: true, composed: true }));
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
    return h('article', { class: 'profile-card__profile', 'aria-labelledby': 'profile-name' }, [
      h('div', { class: 'profile-card__profile-cover' }, [
        this.#showAvatar ? h('img', {
          class: 'profile-card__profile-avatar-image',
          src: this.#avatarSrc,
          alt: this.#name,
        }) : h('span', { class: 'profile-card__profile-avatar', 'aria-hidden': 'true' }, ['MO']),
      ]),
      h('div', { class: 'profile-card__profile-body' }, [
        h('span', { class: 'profile-card__profile-spacer', 'aria-hidden': 'true' }),
        h('div', { class: 'profile-card__profile-identity' }, [
          h('h3', { class: 'profile-card__profile-name', id: 'profile-name' }, [this.#name]),
          h('p', { class: 'profile-card__profile-role' }, [this.#role]),
          h('p', { class: 'profile-card__profile-location' }, [
            h('svg', {
              class: 'profile-card__svg-1',
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
                class: 'profile-card__path-1',
                d: 'M12 21s-7-6-7-12a7 7 0 0 1 14 0c0 6-7 12-7 12z',
              }),
              h('circle', { class: 'profile-card__circle-1', cx: '12', cy: '9', r: '2.5' }),
            ]),
            'Lisbon, Portugal',
          ]),
        ]),
        h('p', { class: 'profile-card__profile-bio' }, [
          'Designs systems that scale from one screen to a hundred. Speaker, mentor and tea enthusiast.',
        ]),
        h('ul', { class: 'profile-card__profile-stats' }, [
          ...profileStatItems.map((item) => h('li', { class: 'profile-card__profile-stat' }, [
            h('strong', { class: 'profile-card__profile-stat-value' }, [item.value]),
            h('span', { class: 'profile-card__profile-stat-label' }, [item.label]),
          ])),
        ]),
        h('div', { class: 'profile-card__profile-actions' }, [
          h('button', {
            class: 'profile-card__profile-follow',
            type: 'button',
            'aria-pressed': String(this.#following),
            onclick: () => this.#handleProfileFollowClick(),
          }, [
            ...(this.#following ? [
              h('svg', {
                class: 'profile-card__svg-2',
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
              }, [h('path', { class: 'profile-card__path-2', d: 'M20 6 9 17l-5-5' })]),
              'Following',
            ] : [
              h('svg', {
                class: 'profile-card__svg-3',
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
              }, [h('path', { class: 'profile-card__path-3', d: 'M12 5v14M5 12h14' })]),
              this.#cta,
            ]),
          ]),
          h('button', {
            class: 'profile-card__profile-message',
            type: 'button',
            onclick: () => this.#handleProfileMessageClick(),
          }, [
            h('svg', {
              class: 'profile-card__svg-4',
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
            }, [h('path', { class: 'profile-card__path-4', d: 'M4 5h16v11H9l-5 4z' })]),
            'Message',
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

if (!customElements.get('profile-card')) customElements.define('profile-card', ProfileCard);

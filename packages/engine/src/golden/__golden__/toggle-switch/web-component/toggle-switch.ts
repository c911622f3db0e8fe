const styles = `:host {
  display: contents;
  --color-primary: #0b6477;
  --color-surface: #ffffff;
  --color-text: #0f172a;
  --color-text-muted: #64748b;
  --color-border: #e2e8f0;
  --color-focus: #14919b;
  --space-xs: 0.25rem;
  --space-md: 1rem;
  --space-lg: 1.5rem;
  --radius-lg: 12px;
  --radius-full: 9999px;
  --border-width: 1px;
  --font-family-base: Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --font-family-heading: Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --font-size-sm: 0.875rem;
  --font-size-md: 1rem;
  --font-size-xl: 1.25rem;
  --font-weight-medium: 500;
  --font-weight-bold: 700;
  --line-height-tight: 1.25;
  --line-height-normal: 1.5;
  --shadow-sm: 0 1px 2px 0 rgb(15 23 42 / 0.06);
  --duration-fast: 150ms;
  --duration-normal: 250ms;
}

.toggle-switch__settings {
  display: flex;
  flex-direction: column;
  gap: var(--space-md);
  box-sizing: border-box;
  width: 100%;
  max-width: 36rem;
  padding: var(--space-lg);
  border-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-border);
  border-radius: var(--radius-lg);
  box-shadow: var(--shadow-sm);
  background-color: var(--color-surface);
  color: var(--color-text);
  font-family: var(--font-family-base);
}

.toggle-switch__settings-header,
.toggle-switch__setting-1-text,
.toggle-switch__setting-2-text,
.toggle-switch__setting-3-text {
  display: flex;
  flex-direction: column;
  gap: var(--space-xs);
}

.toggle-switch__settings-title {
  margin: 0;
  color: var(--color-text);
  font-family: var(--font-family-heading);
  font-size: var(--font-size-xl);
  font-weight: var(--font-weight-bold);
  line-height: var(--line-height-tight);
}

.toggle-switch__settings-subtitle,
.toggle-switch__setting-1-description,
.toggle-switch__setting-2-description,
.toggle-switch__setting-3-description {
  margin: 0;
  color: var(--color-text-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-sm);
  line-height: var(--line-height-normal);
}

.toggle-switch__settings-list {
  display: flex;
  flex-direction: column;
  gap: var(--space-md);
  margin: 0;
  padding: 0;
  list-style: none;
}

.toggle-switch__setting-1 {
  display: flex;
  align-items: flex-start;
  justify-content: space-between;
  gap: var(--space-md);
  padding-top: var(--space-md);
}

.toggle-switch__setting-1-label,
.toggle-switch__setting-2-label,
.toggle-switch__setting-3-label {
  color: var(--color-text);
  font-size: var(--font-size-md);
  font-weight: var(--font-weight-medium);
}

.toggle-switch__switch-1,
.toggle-switch__switch-2,
.toggle-switch__switch-3 {
  position: relative;
  flex-shrink: 0;
  width: 2.75rem;
  height: 1.5rem;
  padding: 0;
  border-width: 0;
  border-radius: var(--radius-full);
  background-color: var(--color-surface);
  font-family: inherit;
  cursor: pointer;
  transition-property: background-color, border-color, color, box-shadow, transform, opacity;
  transition-duration: var(--duration-fast);
  transition-timing-function: ease-out;
}

.toggle-switch__switch-1:hover,
.toggle-switch__switch-2:hover,
.toggle-switch__switch-3:hover {
  opacity: 0.9;
}

.toggle-switch__switch-1:focus-visible,
.toggle-switch__switch-2:focus-visible,
.toggle-switch__switch-3:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.toggle-switch__switch-1:active,
.toggle-switch__switch-2:active,
.toggle-switch__switch-3:active {
  transform: scale(0.97);
}

.toggle-switch__switch-1:disabled,
.toggle-switch__switch-2:disabled,
.toggle-switch__switch-3:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}

.toggle-switch__switch-1-on,
.toggle-switch__switch-2-on,
.toggle-switch__switch-3-on {
  position: absolute;
  inset: 0;
  border-radius: var(--radius-full);
  background-color: var(--color-primary);
}

.toggle-switch__switch-1-knob-on,
.toggle-switch__switch-2-knob-on,
.toggle-switch__switch-3-knob-on {
  position: absolute;
  top: 0.1875rem;
  left: 1.4375rem;
  width: 1.125rem;
  height: 1.125rem;
  border-radius: var(--radius-full);
  box-shadow: var(--shadow-sm);
  background-color: var(--color-surface);
  transition-property: left;
  transition-duration: var(--duration-normal);
}

.toggle-switch__switch-1-knob-off,
.toggle-switch__switch-2-knob-off,
.toggle-switch__switch-3-knob-off {
  position: absolute;
  top: 0.1875rem;
  left: 0.1875rem;
  width: 1.125rem;
  height: 1.125rem;
  border-radius: var(--radius-full);
  box-shadow: var(--shadow-sm);
  background-color: var(--color-surface);
  transition-property: left;
  transition-duration: var(--duration-normal);
}

.toggle-switch__setting-2,
.toggle-switch__setting-3 {
  display: flex;
  align-items: flex-start;
  justify-content: space-between;
  gap: var(--space-md);
  padding-top: var(--space-md);
  border-width: 0;
  border-top-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-border);
}`;

/**
 * Settings toggle switches
 *
 * Usage: <toggle-switch></toggle-switch>
 * Events: change
 */
export class ToggleSwitch extends HTMLElement {
  static readonly observedAttributes = [];

  readonly #shadow = this.attachShadow({ mode: 'open' });
  #rendering = false;
  #setting1 = true;
  #setting2 = false;
  #setting3 = true;

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

  #handleSwitch1Click(): void {
    this.#setting1 = !this.#setting1;
    this.dispatchEvent(new CustomEvent('change', { bubbles: true, composed: true }));
    this.#render();
  }

  #handleSwitch2Click(): void {
    this.#setting2 = !this.#setting2;
    this.dispatchEvent(new CustomEvent('change', { bubbles: true, composed: true }));
    this.#render();
  }

  #handleSwitch3Click(): void {
    this.#setting3 = !this.#setting3;
    this.dispatchEvent(new CustomEvent('change', { bubbles: true, composed: true }));
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
    return h('section', { class: 'toggle-switch__settings', 'aria-labelledby': 'settings-title' }, [
      h('header', { class: 'toggle-switch__settings-header' }, [
        h('h2', { class: 'toggle-switch__settings-title', id: 'settings-title' }, [
          'Notifications',
        ]),
        h('p', { class: 'toggle-switch__settings-subtitle' }, [
          'Choose what we tell you about and where.',
        ]),
      ]),
      h('ul', { class: 'toggle-switch__settings-list' }, [
        h('li', { class: 'toggle-switch__setting-1' }, [
          h('div', { class: 'toggle-switch__setting-1-text' }, [
            h('span', { class: 'toggle-switch__setting-1-label', id: 'setting-1-label' }, [
              'Email notifications',
            ]),
            h('span', {
              class: 'toggle-switch__setting-1-description',
              id: 'setting-1-description',
            }, ['Get a summary of activity on your projects.']),
          ]),
          h('button', {
            class: 'toggle-switch__switch-1',
            type: 'button',
            role: 'switch',
            'aria-checked': String(this.#setting1),
            'aria-labelledby': 'setting-1-label',
            'aria-describedby': 'setting-1-description',
            onclick: () => this.#handleSwitch1Click(),
          }, [
            ...(this.#setting1 ? [
              h('span', { class: 'toggle-switch__switch-1-on', 'aria-hidden': 'true' }),
              h('span', { class: 'toggle-switch__switch-1-knob-on', 'aria-hidden': 'true' }),
            ] : [
              h('span', {
                class: 'toggle-switch__switch-1-knob-off',
                'aria-hidden': 'true',
              }),
            ]),
          ]),
        ]),
        h('li', { class: 'toggle-switch__setting-2' }, [
          h('div', { class: 'toggle-switch__setting-2-text' }, [
            h('span', { class: 'toggle-switch__setting-2-label', id: 'setting-2-label' }, [
              'Push notifications',
            ]),
            h('span', {
              class: 'toggle-switch__setting-2-description',
              id: 'setting-2-description',
            }, ['Instant alerts on your phone and desktop.']),
          ]),
          h('button', {
            class: 'toggle-switch__switch-2',
            type: 'button',
            role: 'switch',
            'aria-checked': String(this.#setting2),
            'aria-labelledby': 'setting-2-label',
            'aria-describedby': 'setting-2-description',
            onclick: () => this.#handleSwitch2Click(),
          }, [
            ...(this.#setting2 ? [
              h('span', { class: 'toggle-switch__switch-2-on', 'aria-hidden': 'true' }),
              h('span', { class: 'toggle-switch__switch-2-knob-on', 'aria-hidden': 'true' }),
            ] : [
              h('span', {
                class: 'toggle-switch__switch-2-knob-off',
                'aria-hidden': 'true',
              }),
            ]),
          ]),
        ]),
        h('li', { class: 'toggle-switch__setting-3' }, [
          h('div', { class: 'toggle-switch__setting-3-text' }, [
            h('span', { class: 'toggle-switch__setting-3-label', id: 'setting-3-label' }, [
              'Weekly digest',
            ]),
            h('span', {
              class: 'toggle-switch__setting-3-description',
              id: 'setting-3-description',
            }, ['One email every Monday with the highlights.']),
          ]),
          h('button', {
            class: 'toggle-switch__switch-3',
            type: 'button',
            role: 'switch',
            'aria-checked': String(this.#setting3),
            'aria-labelledby': 'setting-3-label',
            'aria-describedby': 'setting-3-description',
            onclick: () => this.#handleSwitch3Click(),
          }, [
            ...(this.#setting3 ? [
              h('span', { class: 'toggle-switch__switch-3-on', 'aria-hidden': 'true' }),
              h('span', { class: 'toggle-switch__switch-3-knob-on', 'aria-hidden': 'true' }),
            ] : [
              h('span', {
                class: 'toggle-switch__switch-3-knob-off',
                'aria-hidden': 'true',
              }),
            ]),
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

if (!customElements.get('toggle-switch')) customElements.define('toggle-switch', ToggleSwitch);

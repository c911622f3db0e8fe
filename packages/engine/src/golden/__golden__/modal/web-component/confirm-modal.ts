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
  --space-lg: 1.5rem;
  --space-xl: 2rem;
  --radius-md: 8px;
  --radius-lg: 12px;
  --border-width: 1px;
  --font-family-base: Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --font-family-heading: Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --font-size-md: 1rem;
  --font-size-xl: 1.25rem;
  --font-weight-semibold: 600;
  --font-weight-bold: 700;
  --line-height-tight: 1.25;
  --line-height-normal: 1.5;
  --shadow-sm: 0 1px 2px 0 rgb(15 23 42 / 0.06);
  --shadow-md: 0 4px 6px -1px rgb(15 23 42 / 0.1), 0 2px 4px -2px rgb(15 23 42 / 0.06);
  --shadow-lg: 0 10px 15px -3px rgb(15 23 42 / 0.1), 0 4px 6px -4px rgb(15 23 42 / 0.05);
  --duration-fast: 150ms;
}

.confirm-modal__modal {
  font-family: var(--font-family-base);
}

.confirm-modal__modal-trigger {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  gap: var(--space-xs);
  padding: var(--space-sm) var(--space-md);
  border-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-danger);
  border-radius: var(--radius-md);
  background-color: transparent;
  color: var(--color-danger);
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

.confirm-modal__modal-trigger:hover {
  background-color: var(--color-danger);
  color: var(--color-on-danger);
}

.confirm-modal__modal-trigger:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.confirm-modal__modal-trigger:active {
  transform: translateY(1px);
}

.confirm-modal__modal-trigger:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}

.confirm-modal__modal-overlay {
  position: fixed;
  inset: 0;
  z-index: 50;
  display: flex;
  align-items: flex-end;
  justify-content: center;
  padding: var(--space-md);
}

.confirm-modal__modal-backdrop {
  position: absolute;
  inset: 0;
  background-color: var(--color-text);
  opacity: 0.6;
}

.confirm-modal__modal-dialog {
  position: relative;
  display: flex;
  flex-direction: column;
  gap: var(--space-md);
  box-sizing: border-box;
  width: 100%;
  max-width: 28rem;
  padding: var(--space-lg);
  border-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-border);
  border-radius: var(--radius-lg);
  box-shadow: var(--shadow-lg);
  background-color: var(--color-surface);
  color: var(--color-text);
}

.confirm-modal__modal-header {
  display: flex;
  align-items: flex-start;
  justify-content: space-between;
  gap: var(--space-md);
}

.confirm-modal__modal-icon {
  display: inline-flex;
  flex-shrink: 0;
  align-items: center;
  justify-content: center;
  width: var(--space-xl);
  height: var(--space-xl);
  padding: var(--space-xs);
  border-radius: var(--radius-md);
  background-color: var(--color-danger);
  color: var(--color-on-danger);
}

.confirm-modal__modal-close {
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

.confirm-modal__modal-close:hover {
  background-color: var(--color-surface-muted);
  color: var(--color-text);
}

.confirm-modal__modal-close:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.confirm-modal__modal-close:active {
  transform: translateY(1px);
}

.confirm-modal__modal-close:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}

.confirm-modal__modal-title {
  margin: 0;
  color: var(--color-text);
  font-family: var(--font-family-heading);
  font-size: var(--font-size-xl);
  font-weight: var(--font-weight-bold);
  line-height: var(--line-height-tight);
}

.confirm-modal__modal-description {
  margin: 0;
  color: var(--color-text-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-md);
  line-height: var(--line-height-normal);
}

.confirm-modal__modal-actions {
  display: flex;
  flex-direction: column;
  gap: var(--space-sm);
  margin-top: var(--space-sm);
}

.confirm-modal__modal-confirm {
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
  background-color: var(--color-danger);
  color: var(--color-on-danger);
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

.confirm-modal__modal-confirm:hover {
  box-shadow: var(--shadow-md);
  background-color: var(--color-danger);
}

.confirm-modal__modal-confirm:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.confirm-modal__modal-confirm:active {
  transform: translateY(1px);
}

.confirm-modal__modal-confirm:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}

.confirm-modal__modal-cancel {
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

.confirm-modal__modal-cancel:hover {
  border-color: var(--color-border);
  box-shadow: var(--shadow-sm);
  background-color: var(--color-surface);
}

.confirm-modal__modal-cancel:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.confirm-modal__modal-cancel:active {
  transform: translateY(1px);
}

.confirm-modal__modal-cancel:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}

@media (min-width: 640px) {
  .confirm-modal__modal-overlay {
    align-items: center;
  }

  .confirm-modal__modal-dialog {
    padding: var(--space-xl);
  }

  .confirm-modal__modal-actions {
    flex-direction: row-reverse;
    justify-content: flex-start;
  }
}`;

/**
 * Confirmation modal dialog
 *
 * Usage: <confirm-modal title="…" body="…" confirm-label="…"></confirm-modal>
 * Events: cancel, confirm
 */
export class ConfirmModal extends HTMLElement {
  static readonly observedAttributes = ['title', 'body', 'confirm-label'];

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

  get #title(): string {
    return this.getAttribute('title') ?? 'Delete this project?';
  }

  get #body(): string {
    return this.getAttribute('body') ?? '“Marketing site” and its 24 components will be permanently deleted. This can’t be undone.';
  }

  get #confirmLabel(): string {
    return this.getAttribute('confirm-label') ?? 'Delete project';
  }

  #handleModalTriggerClick(): void {
    this.#open = true;
    this.#render();
  }

  #handleModalCloseClick(): void {
    this.#open = false;
    this.dispatchEvent(new CustomEvent('cancel', { bubbles: true, composed: true }));
    this.#render();
  }

  #handleModalConfirmClick(): void {
    this.dispatchEvent(new CustomEvent('confirm', { bubbles: true, composed: true }));
    this.#open = false;
    this.#render();
  }

  #handleModalCancelClick(): void {
    this.#open = false;
    this.dispatchEvent(new CustomEvent('cancel', { bubbles: true, composed: true }));
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
    return h('div', { class: 'confirm-modal__modal' }, [
      h('button', {
        class: 'confirm-modal__modal-trigger',
        type: 'button',
        'aria-haspopup': 'dialog',
        onclick: () => this.#handleModalTriggerClick(),
      }, [
        h('svg', {
          class: 'confirm-modal__svg-1',
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
            class: 'confirm-modal__path-1',
            d: 'M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3',
          }),
        ]),
        'Delete project',
      ]),
      this.#open ? h('div', { class: 'confirm-modal__modal-overlay' }, [
        h('div', { class: 'confirm-modal__modal-backdrop', 'aria-hidden': 'true' }),
        h('div', {
          class: 'confirm-modal__modal-dialog',
          role: 'alertdialog',
          'aria-labelledby': 'modal-title',
          'aria-describedby': 'modal-description',
          'aria-modal': 'true',
        }, [
          h('div', { class: 'confirm-modal__modal-header' }, [
            h('span', { class: 'confirm-modal__modal-icon', 'aria-hidden': 'true' }, [
              h('svg', {
                class: 'confirm-modal__svg-2',
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
              }, [
                h('path', {
                  class: 'confirm-modal__path-2',
                  d: 'M12 3 2 20h20zM12 10v4M12 17h.01',
                }),
              ]),
            ]),
            h('button', {
              class: 'confirm-modal__modal-close',
              type: 'button',
              'aria-label': 'Close dialog',
              onclick: () => this.#handleModalCloseClick(),
            }, [
              h('svg', {
                class: 'confirm-modal__svg-3',
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
              }, [h('path', { class: 'confirm-modal__path-3', d: 'M18 6 6 18M6 6l12 12' })]),
            ]),
          ]),
          h('h2', { class: 'confirm-modal__modal-title', id: 'modal-title' }, [this.#title]),
          h('p', { class: 'confirm-modal__modal-description', id: 'modal-description' }, [
            this.#body,
          ]),
          h('div', { class: 'confirm-modal__modal-actions' }, [
            h('button', {
              class: 'confirm-modal__modal-confirm',
              type: 'button',
              onclick: () => this.#handleModalConfirmClick(),
            }, [this.#confirmLabel]),
            h('button', {
              class: 'confirm-modal__modal-cancel',
              type: 'button',
              onclick: () => this.#handleModalCancelClick(),
            }, ['Cancel']),
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

if (!customElements.get('confirm-modal')) customElements.define('confirm-modal', ConfirmModal);

interface FooterSocialItem {
  id: string;
  label: string;
  href: string;
  icon: string;
}

const footerSocialItems: FooterSocialItem[] = [
  { id: 'newsletter', label: 'Newsletter', href: '#newsletter', icon: 'M3 5h18v14H3zM3 7l9 6 9-6' },
  { id: 'community', label: 'Community forum', href: '#community', icon: 'M4 5h16v11H9l-5 4z' },
  { id: 'rss', label: 'RSS feed', href: '#rss', icon: 'M5 19h.01M5 12a7 7 0 0 1 7 7M5 5a14 14 0 0 1 14 14' },
];

interface FooterColumn1Item {
  id: string;
  label: string;
  href: string;
}

const footerColumn1Items: FooterColumn1Item[] = [
  { id: 'l1', label: 'Features', href: '#features' },
  { id: 'l2', label: 'Pricing', href: '#pricing' },
  { id: 'l3', label: 'Integrations', href: '#integrations' },
  { id: 'l4', label: 'Changelog', href: '#changelog' },
];

interface FooterColumn2Item {
  id: string;
  label: string;
  href: string;
}

const footerColumn2Items: FooterColumn2Item[] = [
  { id: 'l1', label: 'Documentation', href: '#documentation' },
  { id: 'l2', label: 'Guides', href: '#guides' },
  { id: 'l3', label: 'Templates', href: '#templates' },
  { id: 'l4', label: 'Status', href: '#status' },
];

interface FooterColumn3Item {
  id: string;
  label: string;
  href: string;
}

const footerColumn3Items: FooterColumn3Item[] = [
  { id: 'l1', label: 'About', href: '#about' },
  { id: 'l2', label: 'Careers', href: '#careers' },
  { id: 'l3', label: 'Blog', href: '#blog' },
  { id: 'l4', label: 'Contact', href: '#contact' },
];

interface FooterLegalItem {
  id: string;
  label: string;
  href: string;
}

const footerLegalItems: FooterLegalItem[] = [
  { id: 'legal1', label: 'Privacy', href: '#privacy' },
  { id: 'legal2', label: 'Terms', href: '#terms' },
  { id: 'legal3', label: 'Cookies', href: '#cookies' },
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
  --radius-sm: 4px;
  --radius-md: 8px;
  --border-width: 1px;
  --font-family-base: Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --font-family-heading: Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --font-size-sm: 0.875rem;
  --font-size-lg: 1.125rem;
  --font-weight-regular: 400;
  --font-weight-medium: 500;
  --font-weight-bold: 700;
  --line-height-tight: 1.25;
  --line-height-normal: 1.5;
  --duration-fast: 150ms;
}

.footer__footer {
  display: flex;
  flex-direction: column;
  gap: var(--space-xl);
  padding: var(--space-xl) var(--space-md);
  border-width: 0;
  border-top-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-border);
  background-color: var(--color-surface);
  color: var(--color-text);
  font-family: var(--font-family-base);
}

.footer__footer-main {
  display: grid;
  grid-template-columns: minmax(0, 1fr);
  gap: var(--space-xl);
}

.footer__footer-brand {
  display: flex;
  flex-direction: column;
  align-items: flex-start;
  gap: var(--space-md);
}

.footer__footer-logo {
  display: flex;
  align-items: center;
  gap: var(--space-sm);
  border-radius: var(--radius-sm);
  color: var(--color-text);
  font-family: inherit;
  font-weight: var(--font-weight-medium);
  text-decoration: none;
  cursor: pointer;
  transition-property: background-color, border-color, color, box-shadow, transform, opacity;
  transition-duration: var(--duration-fast);
  transition-timing-function: ease-out;
}

.footer__footer-logo:hover {
  text-decoration: underline;
}

.footer__footer-logo:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.footer__footer-logo:active {
  text-decoration: underline;
}

.footer__footer-logo-icon {
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

.footer__footer-brand-name {
  margin: 0;
  color: var(--color-text);
  font-family: var(--font-family-heading);
  font-size: var(--font-size-lg);
  font-weight: var(--font-weight-bold);
  line-height: var(--line-height-tight);
}

.footer__footer-tagline {
  max-width: 20rem;
  margin: 0;
  color: var(--color-text-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-sm);
  line-height: var(--line-height-normal);
}

.footer__footer-social {
  display: flex;
  align-items: center;
  gap: var(--space-xs);
  margin: 0;
  padding: 0;
  list-style: none;
}

.footer__footer-social-link {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  padding: var(--space-xs);
  border-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-border);
  border-radius: var(--radius-md);
  background-color: transparent;
  color: var(--color-text-muted);
  font-family: inherit;
  cursor: pointer;
  transition-property: background-color, border-color, color, box-shadow, transform, opacity;
  transition-duration: var(--duration-fast);
  transition-timing-function: ease-out;
}

.footer__footer-social-link:hover {
  background-color: var(--color-surface-muted);
  color: var(--color-text);
}

.footer__footer-social-link:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.footer__footer-social-link:active {
  transform: translateY(1px);
}

.footer__footer-column-1,
.footer__footer-column-2,
.footer__footer-column-3 {
  display: flex;
  flex-direction: column;
  gap: var(--space-sm);
}

.footer__footer-column-1-title,
.footer__footer-column-2-title,
.footer__footer-column-3-title {
  margin: 0;
  color: var(--color-text);
  font-family: var(--font-family-heading);
  font-size: var(--font-size-sm);
  font-weight: var(--font-weight-bold);
  line-height: var(--line-height-tight);
  text-transform: uppercase;
}

.footer__footer-column-1-links,
.footer__footer-column-2-links,
.footer__footer-column-3-links {
  display: flex;
  flex-direction: column;
  gap: var(--space-sm);
  margin: 0;
  padding: 0;
  list-style: none;
}

.footer__footer-column-1-link,
.footer__footer-column-2-link,
.footer__footer-column-3-link,
.footer__footer-legal-link {
  border-radius: var(--radius-sm);
  color: var(--color-text-muted);
  font-family: inherit;
  font-size: var(--font-size-sm);
  font-weight: var(--font-weight-regular);
  text-decoration: none;
  cursor: pointer;
  transition-property: background-color, border-color, color, box-shadow, transform, opacity;
  transition-duration: var(--duration-fast);
  transition-timing-function: ease-out;
}

.footer__footer-column-1-link:hover,
.footer__footer-column-2-link:hover,
.footer__footer-column-3-link:hover,
.footer__footer-legal-link:hover {
  text-decoration: underline;
}

.footer__footer-column-1-link:focus-visible,
.footer__footer-column-2-link:focus-visible,
.footer__footer-column-3-link:focus-visible,
.footer__footer-legal-link:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.footer__footer-column-1-link:active,
.footer__footer-column-2-link:active,
.footer__footer-column-3-link:active,
.footer__footer-legal-link:active {
  text-decoration: underline;
}

.footer__footer-bottom {
  display: flex;
  flex-direction: column;
  gap: var(--space-sm);
  margin: 0;
  padding-top: var(--space-lg);
  border-width: 0;
  border-top-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-border);
  color: var(--color-text-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-sm);
  line-height: var(--line-height-normal);
}

.footer__footer-rights {
  margin: 0;
}

.footer__footer-legal {
  display: flex;
  align-items: center;
  gap: var(--space-md);
  margin: 0;
  padding: 0;
  list-style: none;
}

@media (min-width: 768px) {
  .footer__footer {
    padding: var(--space-xl) var(--space-xl);
  }

  .footer__footer-main {
    grid-template-columns: 2fr repeat(3, minmax(0, 1fr));
  }

  .footer__footer-bottom {
    flex-direction: row;
    align-items: center;
    justify-content: space-between;
  }
}`;

/**
 * Site footer with link columns
 *
 * Usage: <ui-footer></ui-footer>
 */
export class Footer extends HTMLElement {
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
    return h('footer', { class: 'footer__footer' }, [
      h('div', { class: 'footer__footer-main' }, [
        h('div', { class: 'footer__footer-brand' }, [
          h('a', { class: 'footer__footer-logo', href: '/' }, [
            h('span', { class: 'footer__footer-logo-icon', 'aria-hidden': 'true' }, [
              h('svg', {
                class: 'footer__svg-1',
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
                  class: 'footer__path-1',
                  d: 'M12 3 2 8l10 5 10-5zM2 13l10 5 10-5',
                }),
              ]),
            ]),
            h('span', { class: 'footer__footer-brand-name' }, ['Northwind']),
          ]),
          h('p', { class: 'footer__footer-tagline' }, [
            'Production-ready UI that follows your design system, in every framework.',
          ]),
          h('ul', { class: 'footer__footer-social', 'aria-label': 'Follow us' }, [
            ...footerSocialItems.map((item) => h('li', { class: 'footer__footer-social-item' }, [
              h('a', {
                class: 'footer__footer-social-link',
                href: item.href,
                'aria-label': item.label,
              }, [
                h('svg', {
                  class: 'footer__svg-2',
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
                }, [h('path', { class: 'footer__path-2', d: item.icon })]),
              ]),
            ])),
          ]),
        ]),
        h('div', { class: 'footer__footer-column-1' }, [
          h('h2', { class: 'footer__footer-column-1-title', id: 'footer-column-1-title' }, [
            'Product',
          ]),
          h('ul', {
            class: 'footer__footer-column-1-links',
            'aria-labelledby': 'footer-column-1-title',
          }, [
            ...footerColumn1Items.map((item) => h('li', { class: 'footer__footer-column-1-item' }, [
              h('a', { class: 'footer__footer-column-1-link', href: item.href }, [
                item.label,
              ]),
            ])),
          ]),
        ]),
        h('div', { class: 'footer__footer-column-2' }, [
          h('h2', { class: 'footer__footer-column-2-title', id: 'footer-column-2-title' }, [
            'Resources',
          ]),
          h('ul', {
            class: 'footer__footer-column-2-links',
            'aria-labelledby': 'footer-column-2-title',
          }, [
            ...footerColumn2Items.map((item) => h('li', { class: 'footer__footer-column-2-item' }, [
              h('a', { class: 'footer__footer-column-2-link', href: item.href }, [
                item.label,
              ]),
            ])),
          ]),
        ]),
        h('div', { class: 'footer__footer-column-3' }, [
          h('h2', { class: 'footer__footer-column-3-title', id: 'footer-column-3-title' }, [
            'Company',
          ]),
          h('ul', {
            class: 'footer__footer-column-3-links',
            'aria-labelledby': 'footer-column-3-title',
          }, [
            ...footerColumn3Items.map((item) => h('li', { class: 'footer__footer-column-3-item' }, [
              h('a', { class: 'footer__footer-column-3-link', href: item.href }, [
                item.label,
              ]),
            ])),
          ]),
        ]),
      ]),
      h('div', { class: 'footer__footer-bottom' }, [
        h('p', { class: 'footer__footer-rights' }, [
          '© Northwind Labs. All rights reserved.',
        ]),
        h('ul', { class: 'footer__footer-legal' }, [
          ...footerLegalItems.map((item) => h('li', { class: 'footer__footer-legal-item' }, [
            h('a', { class: 'footer__footer-legal-link', href: item.href }, [item.label]),
          ])),
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

if (!customElements.get('ui-footer')) customElements.define('ui-footer', Footer);

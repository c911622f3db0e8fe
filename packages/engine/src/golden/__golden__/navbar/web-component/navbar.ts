interface NavbarProductItem {
  id: string;
  title: string;
  description: string;
  href: string;
  icon: string;
}

const navbarProductItems: NavbarProductItem[] = [
  { id: 'generator', title: 'Generator', description: 'Components from a sentence', href: '#generator', icon: 'M12 3v4M12 17v4M3 12h4M17 12h4M6 6l2 2M16 16l2 2M6 18l2-2M16 8l2-2' },
  { id: 'tokens', title: 'Design tokens', description: 'One source for every brand', href: '#tokens', icon: 'M12 3 2 8l10 5 10-5zM2 13l10 5 10-5' },
  { id: 'testing', title: 'Visual testing', description: 'Catch regressions before release', href: '#testing', icon: 'M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6z' },
];

interface NavbarItem {
  id: string;
  label: string;
  href: string;
  current: boolean;
}

const navbarItems: NavbarItem[] = [
  { id: 'link1', label: 'Features', href: '#features', current: true },
  { id: 'link2', label: 'Pricing', href: '#pricing', current: false },
  { id: 'link3', label: 'Docs', href: '#docs', current: false },
  { id: 'link4', label: 'Blog', href: '#blog', current: false },
];

interface NavbarMobileItem {
  id: string;
  label: string;
  href: string;
  current: boolean;
}

const navbarMobileItems: NavbarMobileItem[] = [
  { id: 'link1', label: 'Features', href: '#features', current: true },
  { id: 'link2', label: 'Pricing', href: '#pricing', current: false },
  { id: 'link3', label: 'Docs', href: '#docs', current: false },
  { id: 'link4', label: 'Blog', href: '#blog', current: false },
];

interface NavbarMobileProductItem {
  id: string;
  title: string;
  description: string;
  href: string;
  icon: string;
}

const navbarMobileProductItems: NavbarMobileProductItem[] = [
  { id: 'generator', title: 'Generator', description: 'Components from a sentence', href: '#generator', icon: 'M12 3v4M12 17v4M3 12h4M17 12h4M6 6l2 2M16 16l2 2M6 18l2-2M16 8l2-2' },
  { id: 'tokens', title: 'Design tokens', description: 'One source for every brand', href: '#tokens', icon: 'M12 3 2 8l10 5 10-5zM2 13l10 5 10-5' },
  { id: 'testing', title: 'Visual testing', description: 'Catch regressions before release', href: '#testing', icon: 'M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6z' },
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
  --space-lg: 1.5rem;
  --space-xl: 2rem;
  --radius-md: 8px;
  --radius-lg: 12px;
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
  --shadow-lg: 0 10px 15px -3px rgb(15 23 42 / 0.1), 0 4px 6px -4px rgb(15 23 42 / 0.05);
  --duration-fast: 150ms;
}

.navbar__navbar {
  position: sticky;
  top: 0;
  z-index: 40;
  border-width: 0;
  border-bottom-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-border);
  box-shadow: var(--shadow-sm);
  background-color: var(--color-surface);
  color: var(--color-text);
  font-family: var(--font-family-base);
}

.navbar__navbar-nav {
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: var(--space-md);
  padding: var(--space-sm) var(--space-md);
}

.navbar__navbar-brand {
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

.navbar__navbar-brand:hover {
  opacity: 0.85;
}

.navbar__navbar-brand:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.navbar__navbar-brand:active {
  transform: translateY(1px);
}

.navbar__navbar-logo {
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

.navbar__navbar-brand-name {
  margin: 0;
  color: var(--color-text);
  font-family: var(--font-family-heading);
  font-size: var(--font-size-lg);
  font-weight: var(--font-weight-bold);
  line-height: var(--line-height-tight);
}

.navbar__navbar-links {
  display: none;
  align-items: center;
  gap: var(--space-xs);
  margin: 0;
  padding: 0;
  list-style: none;
}

.navbar__navbar-dropdown {
  position: relative;
}

.navbar__navbar-dropdown-toggle {
  display: inline-flex;
  align-items: center;
  gap: var(--space-xs);
  padding: var(--space-sm) var(--space-sm);
  border-width: 0;
  border-radius: var(--radius-md);
  background-color: transparent;
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

.navbar__navbar-dropdown-toggle:hover {
  background-color: var(--color-surface-muted);
  color: var(--color-text);
}

.navbar__navbar-dropdown-toggle:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.navbar__navbar-dropdown-toggle:active {
  transform: translateY(1px);
}

.navbar__navbar-dropdown-toggle:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}

.navbar__navbar-products {
  position: absolute;
  top: 100%;
  left: 0;
  z-index: 50;
  display: flex;
  flex-direction: column;
  gap: var(--space-xs);
  min-width: 18rem;
  margin: 0;
  margin-top: var(--space-xs);
  padding: var(--space-sm);
  border-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-border);
  border-radius: var(--radius-lg);
  box-shadow: var(--shadow-lg);
  background-color: var(--color-surface);
  list-style: none;
}

.navbar__navbar-product-link {
  display: flex;
  align-items: flex-start;
  gap: var(--space-sm);
  padding: var(--space-sm);
  border-radius: var(--radius-md);
  color: var(--color-text);
  font-family: inherit;
  text-decoration: none;
  cursor: pointer;
  transition-property: background-color, border-color, color, box-shadow, transform, opacity;
  transition-duration: var(--duration-fast);
  transition-timing-function: ease-out;
}

.navbar__navbar-product-link:hover {
  background-color: var(--color-surface-muted);
}

.navbar__navbar-product-link:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.navbar__navbar-product-link:active {
  transform: translateY(1px);
}

.navbar__navbar-product-icon {
  display: inline-flex;
  flex-shrink: 0;
  align-items: center;
  justify-content: center;
  width: var(--space-xl);
  height: var(--space-xl);
  padding: var(--space-xs);
  border-radius: var(--radius-md);
  background-color: var(--color-surface-muted);
  color: var(--color-primary);
}

.navbar__navbar-product-text {
  display: flex;
  flex-direction: column;
  gap: 0;
}

.navbar__navbar-product-title {
  font-size: var(--font-size-sm);
  font-weight: var(--font-weight-semibold);
}

.navbar__navbar-product-description {
  margin: 0;
  color: var(--color-text);
  font-family: var(--font-family-base);
  font-size: var(--font-size-xs);
  line-height: var(--line-height-normal);
}

.navbar__navbar-link-current {
  display: inline-flex;
  align-items: center;
  gap: var(--space-xs);
  padding: var(--space-sm) var(--space-sm);
  border-width: 0;
  border-radius: var(--radius-md);
  background-color: transparent;
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

.navbar__navbar-link-current:hover {
  background-color: var(--color-surface-muted);
}

.navbar__navbar-link-current:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.navbar__navbar-link-current:active {
  transform: translateY(1px);
}

.navbar__navbar-link {
  display: inline-flex;
  align-items: center;
  gap: var(--space-xs);
  padding: var(--space-sm) var(--space-sm);
  border-width: 0;
  border-radius: var(--radius-md);
  background-color: transparent;
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

.navbar__navbar-link:hover {
  background-color: var(--color-surface-muted);
  color: var(--color-text);
}

.navbar__navbar-link:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.navbar__navbar-link:active {
  transform: translateY(1px);
}

.navbar__navbar-actions {
  display: flex;
  align-items: center;
  gap: var(--space-sm);
}

.navbar__navbar-sign-in {
  display: none;
  align-items: center;
  justify-content: center;
  gap: var(--space-xs);
  padding: var(--space-xs) var(--space-sm);
  border-width: var(--border-width);
  border-style: solid;
  border-color: transparent;
  border-radius: var(--radius-md);
  background-color: transparent;
  color: var(--color-text);
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

.navbar__navbar-sign-in:hover {
  background-color: var(--color-surface-muted);
  color: var(--color-text);
}

.navbar__navbar-sign-in:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.navbar__navbar-sign-in:active {
  transform: translateY(1px);
}

.navbar__navbar-cta {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  gap: var(--space-xs);
  padding: var(--space-xs) var(--space-sm);
  border-width: var(--border-width);
  border-style: solid;
  border-color: transparent;
  border-radius: var(--radius-md);
  box-shadow: none;
  background-color: var(--color-primary);
  color: var(--color-on-primary);
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

.navbar__navbar-cta:hover {
  background-color: var(--color-primary-hover);
}

.navbar__navbar-cta:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.navbar__navbar-cta:active {
  transform: translateY(1px);
}

.navbar__navbar-menu-toggle {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  padding: var(--space-xs);
  border-width: var(--border-width);
  border-style: solid;
  border-color: transparent;
  border-radius: var(--radius-md);
  background-color: transparent;
  color: var(--color-text);
  font-family: inherit;
  cursor: pointer;
  transition-property: background-color, border-color, color, box-shadow, transform, opacity;
  transition-duration: var(--duration-fast);
  transition-timing-function: ease-out;
}

.navbar__navbar-menu-toggle:hover {
  background-color: var(--color-surface-muted);
  color: var(--color-text);
}

.navbar__navbar-menu-toggle:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.navbar__navbar-menu-toggle:active {
  transform: translateY(1px);
}

.navbar__navbar-menu-toggle:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}

.navbar__navbar-mobile {
  display: flex;
  flex-direction: column;
  gap: var(--space-xs);
  margin: 0;
  padding: var(--space-sm) var(--space-md);
  border-width: 0;
  border-top-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-border);
  list-style: none;
}

.navbar__navbar-mobile-link,
.navbar__navbar-mobile-product-link,
.navbar__navbar-mobile-sign-in-link {
  display: block;
  padding: var(--space-sm) var(--space-md);
  border-radius: var(--radius-md);
  color: var(--color-text);
  font-family: inherit;
  font-weight: var(--font-weight-medium);
  text-decoration: none;
  cursor: pointer;
  transition-property: background-color, border-color, color, box-shadow, transform, opacity;
  transition-duration: var(--duration-fast);
  transition-timing-function: ease-out;
}

.navbar__navbar-mobile-link:hover,
.navbar__navbar-mobile-product-link:hover,
.navbar__navbar-mobile-sign-in-link:hover {
  background-color: var(--color-surface-muted);
}

.navbar__navbar-mobile-link:focus-visible,
.navbar__navbar-mobile-product-link:focus-visible,
.navbar__navbar-mobile-sign-in-link:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.navbar__navbar-mobile-link:active,
.navbar__navbar-mobile-product-link:active,
.navbar__navbar-mobile-sign-in-link:active {
  transform: translateY(1px);
}

@media (min-width: 768px) {
  .navbar__navbar-nav {
    padding: var(--space-sm) var(--space-lg);
  }

  .navbar__navbar-links {
    display: flex;
  }

  .navbar__navbar-sign-in {
    display: inline-flex;
  }

  .navbar__navbar-menu-toggle {
    display: none;
  }

  .navbar__navbar-mobile {
    display: none;
  }
}`;

/**
 * Navigation bar with a dropdown and a mobile menu
 *
 * Usage: <ui-navbar></ui-navbar>
 * Events: navigate (detail: string)
 */
export class Navbar extends HTMLElement {
  static readonly observedAttributes = [];

  readonly #shadow = this.attachShadow({ mode: 'open' });
  #rendering = false;
  #productsOpen = false;
  #mobileOpen = false;

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

  #handleNavbarDropdownToggleClick(): void {
    this.#productsOpen = !this.#productsOpen;
    this.#render();
  }

  #handleNavbarProductLinkClick(item: NavbarProductItem): void {
    this.dispatchEvent(new CustomEvent('navigate', { detail: item.id, bubbles: true, composed: true }));
  }

  #handleNavbarMenuToggleClick(): void {
    this.#mobileOpen = !this.#mobileOpen;
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
    return h('header', { class: 'navbar__navbar' }, [
      h('nav', { class: 'navbar__navbar-nav', 'aria-label': 'Main' }, [
        h('a', { class: 'navbar__navbar-brand', href: '/' }, [
          h('span', { class: 'navbar__navbar-logo', 'aria-hidden': 'true' }, [
            h('svg', {
              class: 'navbar__svg-1',
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
                class: 'navbar__path-1',
                d: 'M12 3 2 8l10 5 10-5zM2 13l10 5 10-5',
              }),
            ]),
          ]),
          h('span', { class: 'navbar__navbar-brand-name' }, ['Northwind']),
        ]),
        h('ul', { class: 'navbar__navbar-links' }, [
          h('li', { class: 'navbar__navbar-dropdown' }, [
            h('button', {
              class: 'navbar__navbar-dropdown-toggle',
              type: 'button',
              'aria-expanded': String(this.#productsOpen),
              'aria-controls': 'navbar-products',
              onclick: () => this.#handleNavbarDropdownToggleClick(),
            }, [
              'Products',
              this.#productsOpen ? h('svg', {
                class: 'navbar__svg-2',
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
              }, [h('path', { class: 'navbar__path-2', d: 'm18 15-6-6-6 6' })]) : h('svg', {
                class: 'navbar__svg-3',
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
              }, [h('path', { class: 'navbar__path-3', d: 'm6 9 6 6 6-6' })]),
            ]),
            this.#productsOpen ? h('ul', { class: 'navbar__navbar-products', id: 'navbar-products' }, [
              ...navbarProductItems.map((item) => h('li', { class: 'navbar__navbar-product' }, [
                h('a', {
                  class: 'navbar__navbar-product-link',
                  href: item.href,
                  onclick: () => this.#handleNavbarProductLinkClick(item),
                }, [
                  h('span', { class: 'navbar__navbar-product-icon', 'aria-hidden': 'true' }, [
                    h('svg', {
                      class: 'navbar__svg-4',
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
                    }, [h('path', { class: 'navbar__path-4', d: item.icon })]),
                  ]),
                  h('span', { class: 'navbar__navbar-product-text' }, [
                    h('span', { class: 'navbar__navbar-product-title' }, [item.title]),
                    h('span', { class: 'navbar__navbar-product-description' }, [
                      item.description,
                    ]),
                  ]),
                ]),
              ])),
            ]) : null,
          ]),
          ...navbarItems.map((item) => h('li', { class: 'navbar__navbar-item' }, [
            item.current ? h('a', {
              class: 'navbar__navbar-link-current',
              href: item.href,
              'aria-current': 'page',
            }, [item.label]) : h('a', { class: 'navbar__navbar-link', href: item.href }, [item.label]),
          ])),
        ]),
        h('div', { class: 'navbar__navbar-actions' }, [
          h('a', { class: 'navbar__navbar-sign-in', href: '#sign-in' }, ['Sign in']),
          h('a', { class: 'navbar__navbar-cta', href: '#get-started' }, ['Get started']),
          h('button', {
            class: 'navbar__navbar-menu-toggle',
            type: 'button',
            'aria-label': 'Menu',
            'aria-expanded': String(this.#mobileOpen),
            'aria-controls': 'navbar-mobile',
            onclick: () => this.#handleNavbarMenuToggleClick(),
          }, [
            this.#mobileOpen ? h('svg', {
              class: 'navbar__svg-5',
              'viewBox': '0 0 24 24',
              fill: 'none',
              stroke: 'currentColor',
              'stroke-width': '2',
              'stroke-linecap': 'round',
              'stroke-linejoin': 'round',
              focusable: 'false',
              width: '22',
              height: '22',
              'aria-hidden': 'true',
            }, [h('path', { class: 'navbar__path-5', d: 'M18 6 6 18M6 6l12 12' })]) : h('svg', {
              class: 'navbar__svg-6',
              'viewBox': '0 0 24 24',
              fill: 'none',
              stroke: 'currentColor',
              'stroke-width': '2',
              'stroke-linecap': 'round',
              'stroke-linejoin': 'round',
              focusable: 'false',
              width: '22',
              height: '22',
              'aria-hidden': 'true',
            }, [h('path', { class: 'navbar__path-6', d: 'M4 6h16M4 12h16M4 18h16' })]),
          ]),
        ]),
      ]),
      this.#mobileOpen ? h('ul', { class: 'navbar__navbar-mobile', id: 'navbar-mobile' }, [
        ...navbarMobileItems.map((item) => h('li', { class: 'navbar__navbar-mobile-item' }, [
          h('a', { class: 'navbar__navbar-mobile-link', href: item.href }, [item.label]),
        ])),
        ...navbarMobileProductItems.map((item) => h('li', { class: 'navbar__navbar-mobile-product' }, [
          h('a', { class: 'navbar__navbar-mobile-product-link', href: item.href }, [
            item.title,
          ]),
        ])),
        h('li', { class: 'navbar__navbar-mobile-sign-in' }, [
          h('a', { class: 'navbar__navbar-mobile-sign-in-link', href: '#sign-in' }, [
            'Sign in',
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

if (!customElements.get('ui-navbar')) customElements.define('ui-navbar', Navbar);

interface PlanItem {
  id: string;
  name: string;
  monthly: string;
  yearly: string;
  description: string;
  feature1: string;
  feature2: string;
  feature3: string;
  feature4: string;
  cta: string;
  featured: boolean;
}

const planItems: PlanItem[] = [
  { id: 'plan1', name: 'Starter', monthly: '$0', yearly: '$0', description: 'For side projects and trying things out.', feature1: '50 generations a month', feature2: 'HTML and React exports', feature3: '1 design system', feature4: 'Community support', cta: 'Get started', featured: false },
  { id: 'plan2', name: 'Pro', monthly: '$19', yearly: '$15', description: 'For professionals who ship every week.', feature1: 'Unlimited generations', feature2: 'All 10 framework targets', feature3: 'Visual regression checks', feature4: 'Priority email support', cta: 'Get started', featured: true },
  { id: 'plan3', name: 'Team', monthly: '$49', yearly: '$39', description: 'For teams that share one design system.', feature1: 'Everything in Pro', feature2: 'Shared component library', feature3: 'Roles and permissions', feature4: 'SSO and audit log', cta: 'Get started', featured: false },
];

const styles = `:host {
  display: contents;
  --color-primary: #0b6477;
  --color-primary-hover: #09505f;
  --color-on-primary: #ffffff;
  --color-background: #f8fafc;
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
  --radius-full: 9999px;
  --border-width: 1px;
  --font-family-base: Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --font-family-heading: Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --font-size-xs: 0.75rem;
  --font-size-sm: 0.875rem;
  --font-size-md: 1rem;
  --font-size-lg: 1.125rem;
  --font-size-2xl: 1.5rem;
  --font-size-3xl: 1.875rem;
  --font-weight-medium: 500;
  --font-weight-semibold: 600;
  --font-weight-bold: 700;
  --line-height-tight: 1.25;
  --line-height-normal: 1.5;
  --shadow-sm: 0 1px 2px 0 rgb(15 23 42 / 0.06);
  --shadow-lg: 0 10px 15px -3px rgb(15 23 42 / 0.1), 0 4px 6px -4px rgb(15 23 42 / 0.05);
  --breakpoint-sm: 640px;
  --duration-fast: 150ms;
}

.pricing-table__pricing {
  display: flex;
  flex-direction: column;
  gap: var(--space-xl);
  box-sizing: border-box;
  width: 100%;
  padding: var(--space-xl) var(--space-md);
  background-color: var(--color-background);
  color: var(--color-text);
  font-family: var(--font-family-base);
}

.pricing-table__pricing-header {
  display: flex;
  flex-direction: column;
  align-items: center;
  gap: var(--space-sm);
  text-align: center;
}

.pricing-table__pricing-eyebrow {
  margin: 0;
  color: var(--color-primary);
  font-size: var(--font-size-sm);
  font-weight: var(--font-weight-semibold);
  text-transform: uppercase;
}

.pricing-table__pricing-title {
  margin: 0;
  color: var(--color-text);
  font-family: var(--font-family-heading);
  font-size: var(--font-size-2xl);
  font-weight: var(--font-weight-bold);
  line-height: var(--line-height-tight);
}

.pricing-table__pricing-subtitle {
  max-width: var(--breakpoint-sm);
  margin: 0;
  color: var(--color-text-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-lg);
  line-height: var(--line-height-normal);
}

.pricing-table__billing {
  display: flex;
  align-items: center;
  align-self: center;
  gap: var(--space-xs);
  padding: var(--space-xs);
  border-radius: var(--radius-md);
  background-color: var(--color-surface-muted);
}

.pricing-table__billing-monthly-active,
.pricing-table__billing-yearly-active {
  padding: var(--space-xs) var(--space-md);
  border-width: var(--border-width);
  border-style: solid;
  border-color: transparent;
  border-radius: var(--radius-md);
  box-shadow: var(--shadow-sm);
  background-color: var(--color-surface);
  color: var(--color-text);
  font-family: inherit;
  font-size: var(--font-size-sm);
  font-weight: var(--font-weight-semibold);
  line-height: var(--line-height-tight);
  cursor: pointer;
  transition-property: background-color, border-color, color, box-shadow, transform, opacity;
  transition-duration: var(--duration-fast);
  transition-timing-function: ease-out;
}

.pricing-table__billing-monthly-active:hover,
.pricing-table__billing-yearly-active:hover {
  color: var(--color-text);
}

.pricing-table__billing-monthly-active:focus-visible,
.pricing-table__billing-yearly-active:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.pricing-table__billing-monthly-active:active,
.pricing-table__billing-yearly-active:active {
  transform: translateY(1px);
}

.pricing-table__billing-monthly-active:disabled,
.pricing-table__billing-yearly-active:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}

.pricing-table__billing-monthly,
.pricing-table__billing-yearly {
  padding: var(--space-xs) var(--space-md);
  border-width: var(--border-width);
  border-style: solid;
  border-color: transparent;
  border-radius: var(--radius-md);
  background-color: transparent;
  color: var(--color-text);
  font-family: inherit;
  font-size: var(--font-size-sm);
  font-weight: var(--font-weight-medium);
  line-height: var(--line-height-tight);
  cursor: pointer;
  transition-property: background-color, border-color, color, box-shadow, transform, opacity;
  transition-duration: var(--duration-fast);
  transition-timing-function: ease-out;
}

.pricing-table__billing-monthly:hover,
.pricing-table__billing-yearly:hover {
  background-color: var(--color-surface);
}

.pricing-table__billing-monthly:focus-visible,
.pricing-table__billing-yearly:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.pricing-table__billing-monthly:active,
.pricing-table__billing-yearly:active {
  transform: translateY(1px);
}

.pricing-table__billing-monthly:disabled,
.pricing-table__billing-yearly:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}

.pricing-table__plans {
  display: grid;
  grid-template-columns: minmax(0, 1fr);
  align-items: stretch;
  gap: var(--space-lg);
  margin: 0;
  padding: 0;
  list-style: none;
}

.pricing-table__plan {
  position: relative;
  display: flex;
  flex-direction: column;
  gap: var(--space-md);
  box-sizing: border-box;
  padding: var(--space-lg);
  border-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-border);
  border-radius: var(--radius-lg);
  box-shadow: var(--shadow-sm);
  background-color: var(--color-surface);
  color: var(--color-text);
}

.pricing-table__plan-ring {
  position: absolute;
  inset: 0;
  border-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-primary);
  border-radius: var(--radius-lg);
  box-shadow: var(--shadow-lg);
  pointer-events: none;
}

.pricing-table__plan-head {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: var(--space-sm);
}

.pricing-table__plan-name {
  margin: 0;
  color: var(--color-text);
  font-family: var(--font-family-heading);
  font-size: var(--font-size-lg);
  font-weight: var(--font-weight-bold);
  line-height: var(--line-height-tight);
}

.pricing-table__plan-badge {
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

.pricing-table__plan-description,
.pricing-table__plan-period {
  margin: 0;
  color: var(--color-text-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-sm);
  line-height: var(--line-height-normal);
}

.pricing-table__plan-price {
  display: flex;
  align-items: baseline;
  gap: var(--space-xs);
  margin: 0;
}

.pricing-table__plan-amount {
  margin: 0;
  color: var(--color-text);
  font-family: var(--font-family-heading);
  font-size: var(--font-size-3xl);
  font-weight: var(--font-weight-bold);
  line-height: var(--line-height-tight);
}

.pricing-table__plan-features {
  display: flex;
  flex-direction: column;
  flex-grow: 1;
  gap: var(--space-sm);
  margin: 0;
  padding: 0;
  list-style: none;
}

.pricing-table__plan-feature-1,
.pricing-table__plan-feature-2,
.pricing-table__plan-feature-3,
.pricing-table__plan-feature-4 {
  display: flex;
  align-items: flex-start;
  gap: var(--space-sm);
  margin: 0;
  color: var(--color-text);
  font-family: var(--font-family-base);
  font-size: var(--font-size-sm);
  line-height: var(--line-height-normal);
}

.pricing-table__plan-check-1,
.pricing-table__plan-check-2,
.pricing-table__plan-check-3,
.pricing-table__plan-check-4 {
  display: inline-flex;
  flex-shrink: 0;
  color: var(--color-primary);
}

.pricing-table__plan-cta-featured {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  gap: var(--space-xs);
  width: 100%;
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

.pricing-table__plan-cta-featured:hover {
  background-color: var(--color-primary-hover);
}

.pricing-table__plan-cta-featured:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.pricing-table__plan-cta-featured:active {
  transform: translateY(1px);
}

.pricing-table__plan-cta-featured:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}

.pricing-table__plan-cta {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  gap: var(--space-xs);
  width: 100%;
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

.pricing-table__plan-cta:hover {
  background-color: var(--color-primary);
  color: var(--color-on-primary);
}

.pricing-table__plan-cta:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.pricing-table__plan-cta:active {
  transform: translateY(1px);
}

.pricing-table__plan-cta:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}

.pricing-table__pricing-footnote {
  margin: 0;
  color: var(--color-text-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-sm);
  line-height: var(--line-height-normal);
  text-align: center;
}

@media (min-width: 768px) {
  .pricing-table__pricing {
    padding: var(--space-xl) var(--space-xl);
  }

  .pricing-table__pricing-title {
    font-size: var(--font-size-3xl);
  }

  .pricing-table__plans {
    grid-template-columns: repeat(3, minmax(0, 1fr));
  }
}

@media (min-width: 1024px) {
  .pricing-table__plans {
    grid-template-columns: repeat(3, minmax(0, 1fr));
  }
}`;

/**
 * Pricing table with 3 plans
 *
 * Usage: <pricing-table></pricing-table>
 * Events: selectPlan (detail: string)
 */
export class PricingTable extends HTMLElement {
  static readonly observedAttributes = [];

  readonly #shadow = this.attachShadow({ mode: 'open' });
  #rendering = false;
  #billing = 'monthly';

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

  #handleBillingMonthlyClick(): void {
    this.#billing = 'monthly';
    this.#render();
  }

  #handleBillingYearlyClick(): void {
    this.#billing = 'yearly';
    this.#render();
  }

  #handlePlanCtaFeaturedClick(item: PlanItem): void {
    this.dispatchEvent(new CustomEvent('selectPlan', { detail: item.id, bubbles: true, composed: true }));
  }

  #handlePlanCtaClick(item: PlanItem): void {
    this.dispatchEvent(new CustomEvent('selectPlan', { detail: item.id, bubbles: true, composed: true }));
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
    return h('section', { class: 'pricing-table__pricing', 'aria-labelledby': 'pricing-title' }, [
      h('header', { class: 'pricing-table__pricing-header' }, [
        h('p', { class: 'pricing-table__pricing-eyebrow' }, ['Pricing']),
        h('h2', { class: 'pricing-table__pricing-title', id: 'pricing-title' }, [
          'Plans that grow with your team',
        ]),
        h('p', { class: 'pricing-table__pricing-subtitle' }, [
          'Start free and upgrade when you need more. Cancel anytime.',
        ]),
      ]),
      h('div', {
        class: 'pricing-table__billing',
        role: 'group',
        'aria-label': 'Billing period',
      }, [
        this.#billing === 'monthly' ? h('button', {
          class: 'pricing-table__billing-monthly-active',
          type: 'button',
          'aria-pressed': 'true',
        }, ['Monthly']) : h('button', {
          class: 'pricing-table__billing-monthly',
          type: 'button',
          'aria-pressed': 'false',
          onclick: () => this.#handleBillingMonthlyClick(),
        }, ['Monthly']),
        this.#billing === 'yearly' ? h('button', {
          class: 'pricing-table__billing-yearly-active',
          type: 'button',
          'aria-pressed': 'true',
        }, ['Yearly · save 20%']) : h('button', {
          class: 'pricing-table__billing-yearly',
          type: 'button',
          'aria-pressed': 'false',
          onclick: () => this.#handleBillingYearlyClick(),
        }, ['Yearly · save 20%']),
      ]),
      h('ul', { class: 'pricing-table__plans' }, [
        ...planItems.map((item) => h('li', { class: 'pricing-table__plan' }, [
          item.featured ? h('span', { class: 'pricing-table__plan-ring', 'aria-hidden': 'true' }) : null,
          h('div', { class: 'pricing-table__plan-head' }, [
            h('h3', { class: 'pricing-table__plan-name' }, [item.name]),
            item.featured ? h('span', { class: 'pricing-table__plan-badge' }, ['Most popular']) : null,
          ]),
          h('p', { class: 'pricing-table__plan-description' }, [item.description]),
          h('p', { class: 'pricing-table__plan-price' }, [
            h('span', { class: 'pricing-table__plan-amount' }, [
              this.#billing === 'yearly' ? item.yearly : item.monthly,
            ]),
            h('span', { class: 'pricing-table__plan-period' }, ['/month']),
          ]),
          h('ul', { class: 'pricing-table__plan-features' }, [
            h('li', { class: 'pricing-table__plan-feature-1' }, [
              h('span', { class: 'pricing-table__plan-check-1' }, [
                h('svg', {
                  class: 'pricing-table__svg-1',
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
                }, [h('path', { class: 'pricing-table__path-1', d: 'M20 6 9 17l-5-5' })]),
              ]),
              item.feature1,
            ]),
            h('li', { class: 'pricing-table__plan-feature-2' }, [
              h('span', { class: 'pricing-table__plan-check-2' }, [
                h('svg', {
                  class: 'pricing-table__svg-2',
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
                }, [h('path', { class: 'pricing-table__path-2', d: 'M20 6 9 17l-5-5' })]),
              ]),
              item.feature2,
            ]),
            h('li', { class: 'pricing-table__plan-feature-3' }, [
              h('span', { class: 'pricing-table__plan-check-3' }, [
                h('svg', {
                  class: 'pricing-table__svg-3',
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
                }, [h('path', { class: 'pricing-table__path-3', d: 'M20 6 9 17l-5-5' })]),
              ]),
              item.feature3,
            ]),
            h('li', { class: 'pricing-table__plan-feature-4' }, [
              h('span', { class: 'pricing-table__plan-check-4' }, [
                h('svg', {
                  class: 'pricing-table__svg-4',
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
                }, [h('path', { class: 'pricing-table__path-4', d: 'M20 6 9 17l-5-5' })]),
              ]),
              item.feature4,
            ]),
          ]),
          item.featured ? h('button', {
            class: 'pricing-table__plan-cta-featured',
            type: 'button',
            onclick: () => this.#handlePlanCtaFeaturedClick(item),
          }, [item.cta]) : h('button', {
            class: 'pricing-table__plan-cta',
            type: 'button',
            onclick: () => this.#handlePlanCtaClick(item),
          }, [item.cta]),
        ])),
      ]),
      h('p', { class: 'pricing-table__pricing-footnote' }, [
        'Prices in USD. Taxes may apply.',
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

if (!customElements.get('pricing-table')) customElements.define('pricing-table', PricingTable);

interface TableRowItem {
  id: string;
  name: string;
  email: string;
  initials: string;
  role: string;
  status: string;
  joined: string;
  moreLabel: string;
}

const tableRowItems: TableRowItem[] = [
  { id: 'row1', name: 'Maya Okafor', email: 'maya@northwind.io', initials: 'MO', role: 'Owner', status: 'active', joined: 'Jan 4, 2024', moreLabel: 'More actions for Maya Okafor' },
  { id: 'row2', name: 'Daniel Reyes', email: 'daniel@northwind.io', initials: 'DR', role: 'Admin', status: 'active', joined: 'Feb 18, 2024', moreLabel: 'More actions for Daniel Reyes' },
  { id: 'row3', name: 'Aiko Tanaka', email: 'aiko@northwind.io', initials: 'AT', role: 'Designer', status: 'active', joined: 'Mar 2, 2024', moreLabel: 'More actions for Aiko Tanaka' },
  { id: 'row4', name: 'Liam Novak', email: 'liam@northwind.io', initials: 'LN', role: 'Developer', status: 'invited', joined: 'Apr 21, 2024', moreLabel: 'More actions for Liam Novak' },
  { id: 'row5', name: 'Sara Lindqvist', email: 'sara@northwind.io', initials: 'SL', role: 'Viewer', status: 'active', joined: 'May 9, 2024', moreLabel: 'More actions for Sara Lindqvist' },
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
  --color-success: #80ed99;
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
  --font-size-xl: 1.25rem;
  --font-weight-semibold: 600;
  --font-weight-bold: 700;
  --line-height-tight: 1.25;
  --line-height-normal: 1.5;
  --shadow-sm: 0 1px 2px 0 rgb(15 23 42 / 0.06);
  --duration-fast: 150ms;
}

.data-table__table-card {
  display: flex;
  flex-direction: column;
  gap: 0;
  box-sizing: border-box;
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

.data-table__table-header {
  display: flex;
  flex-direction: column;
  gap: var(--space-sm);
  padding: var(--space-lg);
}

.data-table__table-heading {
  display: flex;
  flex-direction: column;
  gap: var(--space-xs);
}

.data-table__table-title {
  margin: 0;
  color: var(--color-text);
  font-family: var(--font-family-heading);
  font-size: var(--font-size-xl);
  font-weight: var(--font-weight-bold);
  line-height: var(--line-height-tight);
}

.data-table__table-subtitle {
  margin: 0;
  color: var(--color-text-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-sm);
  line-height: var(--line-height-normal);
}

.data-table__table-invite {
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

.data-table__table-invite:hover {
  background-color: var(--color-primary-hover);
}

.data-table__table-invite:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.data-table__table-invite:active {
  transform: translateY(1px);
}

.data-table__table-invite:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}

.data-table__table-scroll {
  overflow-x: auto;
}

.data-table__table {
  width: 100%;
  color: var(--color-text);
  font-size: var(--font-size-sm);
}

.data-table__table-caption {
  margin: 0;
  padding: 0 var(--space-lg);
  padding-bottom: var(--space-sm);
  color: var(--color-text-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-xs);
  line-height: var(--line-height-normal);
  text-align: left;
}

.data-table__table-head {
  color: var(--color-text-muted);
  font-size: var(--font-size-xs);
  font-weight: var(--font-weight-semibold);
  text-transform: uppercase;
}

.data-table__table-th-name,
.data-table__table-th-role,
.data-table__table-th-status,
.data-table__table-th-joined,
.data-table__table-cell-name,
.data-table__table-cell-role,
.data-table__table-cell-status {
  padding: var(--space-sm) var(--space-md);
  border-width: 0;
  border-bottom-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-border);
  text-align: left;
  white-space: nowrap;
  vertical-align: middle;
}

.data-table__sort-name,
.data-table__sort-role,
.data-table__sort-status,
.data-table__sort-joined {
  display: flex;
  align-items: center;
  gap: var(--space-xs);
  padding: 0;
  border-width: 0;
  border-radius: var(--radius-sm);
  background-color: transparent;
  color: inherit;
  font-family: inherit;
  font-size: inherit;
  font-weight: inherit;
  cursor: pointer;
  transition-property: background-color, border-color, color, box-shadow, transform, opacity;
  transition-duration: var(--duration-fast);
  transition-timing-function: ease-out;
}

.data-table__sort-name:hover,
.data-table__sort-role:hover,
.data-table__sort-status:hover,
.data-table__sort-joined:hover {
  color: var(--color-text);
}

.data-table__sort-name:focus-visible,
.data-table__sort-role:focus-visible,
.data-table__sort-status:focus-visible,
.data-table__sort-joined:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.data-table__sort-name:active,
.data-table__sort-role:active,
.data-table__sort-status:active,
.data-table__sort-joined:active {
  transform: translateY(1px);
}

.data-table__sort-name:disabled,
.data-table__sort-role:disabled,
.data-table__sort-status:disabled,
.data-table__sort-joined:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}

.data-table__sort-name-idle,
.data-table__sort-role-idle,
.data-table__sort-status-idle,
.data-table__sort-joined-idle {
  display: inline-flex;
  opacity: 0.4;
}

.data-table__table-th-actions,
.data-table__table-cell-actions {
  padding: var(--space-sm) var(--space-md);
  border-width: 0;
  border-bottom-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-border);
  text-align: right;
  white-space: nowrap;
  vertical-align: middle;
}

.data-table__table-person {
  display: flex;
  align-items: center;
  gap: var(--space-sm);
}

.data-table__table-avatar {
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

.data-table__table-person-text {
  display: flex;
  flex-direction: column;
  gap: 0;
}

.data-table__table-person-name {
  font-weight: var(--font-weight-semibold);
}

.data-table__table-person-email {
  margin: 0;
  color: var(--color-text-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-xs);
  line-height: var(--line-height-normal);
}

.data-table__table-status-active,
.data-table__table-status-invited {
  display: inline-flex;
  align-items: center;
  gap: var(--space-xs);
  padding: var(--space-xs) var(--space-sm);
  border-radius: var(--radius-full);
  background-color: var(--color-surface-muted);
  color: var(--color-text);
  font-size: var(--font-size-xs);
  font-weight: var(--font-weight-semibold);
  line-height: var(--line-height-tight);
  white-space: nowrap;
}

.data-table__table-status-dot {
  width: var(--space-sm);
  height: var(--space-sm);
  border-radius: var(--radius-full);
  background-color: var(--color-success);
}

.data-table__table-cell-joined {
  padding: var(--space-sm) var(--space-md);
  border-width: 0;
  border-bottom-width: var(--border-width);
  border-style: solid;
  border-color: var(--color-border);
  color: var(--color-text-muted);
  text-align: left;
  white-space: nowrap;
  vertical-align: middle;
}

.data-table__table-more {
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

.data-table__table-more:hover {
  background-color: var(--color-surface-muted);
  color: var(--color-text);
}

.data-table__table-more:focus-visible {
  outline-width: var(--border-width);
  outline-style: solid;
  outline-color: var(--color-focus);
  outline-offset: var(--space-xs);
}

.data-table__table-more:active {
  transform: translateY(1px);
}

.data-table__table-more:disabled {
  box-shadow: none;
  opacity: 0.55;
  cursor: not-allowed;
  transform: none;
}

.data-table__table-footer {
  margin: 0;
  padding: var(--space-md) var(--space-lg);
  color: var(--color-text-muted);
  font-family: var(--font-family-base);
  font-size: var(--font-size-sm);
  line-height: var(--line-height-normal);
}

@media (min-width: 640px) {
  .data-table__table-header {
    flex-direction: row;
    align-items: center;
    justify-content: space-between;
  }
}`;

/**
 * Data table with sortable columns
 *
 * Usage: <data-table></data-table>
 * Events: invite, sort (detail: string), rowAction (detail: string)
 */
export class DataTable extends HTMLElement {
  static readonly observedAttributes = [];

  readonly #shadow = this.attachShadow({ mode: 'open' });
  #rendering = false;
  #sortBy = 'name';
  #ascending = true;

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

  #handleTableInviteClick(): void {
    this.dispatchEvent(new CustomEvent('invite', { bubbles: true, composed: true }));
  }

  #handleSortNameClick(): void {
    this.#sortBy = 'name';
    this.#ascending = !this.#ascending;
    this.dispatchEvent(new CustomEvent('sort', { detail: this.#sortBy, bubbles: true, composed: true }));
    this.#render();
  }

  #handleSortRoleClick(): void {
    this.#sortBy = 'role';
    this.#ascending = !this.#ascending;
    this.dispatchEvent(new CustomEvent('sort', { detail: this.#sortBy, bubbles: true, composed: true }));
    this.#render();
  }

  #handleSortStatusClick(): void {
    this.#sortBy = 'status';
    this.#ascending = !this.#ascending;
    this.dispatchEvent(new CustomEvent('sort', { detail: this.#sortBy, bubbles: true, composed: true }));
    this.#render();
  }

  #handleSortJoinedClick(): void {
    this.#sortBy = 'joined';
    this.#ascending = !this.#ascending;
    this.dispatchEvent(new CustomEvent('sort', { detail: this.#sortBy, bubbles: true, composed: true }));
    this.#render();
  }

  #handleTableMoreClick(item: TableRowItem): void {
    this.dispatchEvent(new CustomEvent('rowAction', { detail: item.id, bubbles: true, composed: true }));
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
    return h('section', { class: 'data-table__table-card', 'aria-labelledby': 'table-title' }, [
      h('header', { class: 'data-table__table-header' }, [
        h('div', { class: 'data-table__table-heading' }, [
          h('h2', { class: 'data-table__table-title', id: 'table-title' }, ['Team members']),
          h('p', { class: 'data-table__table-subtitle' }, [
            'People with access to this workspace.',
          ]),
        ]),
        h('button', {
          class: 'data-table__table-invite',
          type: 'button',
          onclick: () => this.#handleTableInviteClick(),
        }, [
          h('svg', {
            class: 'data-table__svg-1',
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
          }, [h('path', { class: 'data-table__path-1', d: 'M12 5v14M5 12h14' })]),
          'Invite member',
        ]),
      ]),
      h('div', { class: 'data-table__table-scroll' }, [
        h('table', { class: 'data-table__table' }, [
          h('caption', { class: 'data-table__table-caption' }, [
            'Team members, sortable by column',
          ]),
          h('thead', { class: 'data-table__table-head' }, [
            h('tr', { class: 'data-table__table-head-row' }, [
              h('th', { class: 'data-table__table-th-name', scope: 'col' }, [
                h('button', {
                  class: 'data-table__sort-name',
                  type: 'button',
                  'aria-label': 'Sort by Name',
                  onclick: () => this.#handleSortNameClick(),
                }, [
                  'Name',
                  this.#sortBy === 'name' ? this.#ascending ? h('svg', {
                    class: 'data-table__svg-2',
                    'viewBox': '0 0 24 24',
                    fill: 'none',
                    stroke: 'currentColor',
                    'stroke-width': '2',
                    'stroke-linecap': 'round',
                    'stroke-linejoin': 'round',
                    focusable: 'false',
                    width: '14',
                    height: '14',
                    'aria-hidden': 'true',
                  }, [
                    h('path', { class: 'data-table__path-2', d: 'M12 19V5M6 11l6-6 6 6' }),
                  ]) : h('svg', {
                    class: 'data-table__svg-3',
                    'viewBox': '0 0 24 24',
                    fill: 'none',
                    stroke: 'currentColor',
                    'stroke-width': '2',
                    'stroke-linecap': 'round',
                    'stroke-linejoin': 'round',
                    focusable: 'false',
                    width: '14',
                    height: '14',
                    'aria-hidden': 'true',
                  }, [
                    h('path', { class: 'data-table__path-3', d: 'M12 5v14M6 13l6 6 6-6' }),
                  ]) : h('span', { class: 'data-table__sort-name-idle', 'aria-hidden': 'true' }, [
                    h('svg', {
                      class: 'data-table__svg-4',
                      'viewBox': '0 0 24 24',
                      fill: 'none',
                      stroke: 'currentColor',
                      'stroke-width': '2',
                      'stroke-linecap': 'round',
                      'stroke-linejoin': 'round',
                      focusable: 'false',
                      width: '14',
                      height: '14',
                      'aria-hidden': 'true',
                    }, [
                      h('path', { class: 'data-table__path-4', d: 'M12 5v14M6 13l6 6 6-6' }),
                    ]),
                  ]),
                ]),
              ]),
              h('th', { class: 'data-table__table-th-role', scope: 'col' }, [
                h('button', {
                  class: 'data-table__sort-role',
                  type: 'button',
                  'aria-label': 'Sort by Role',
                  onclick: () => this.#handleSortRoleClick(),
                }, [
                  'Role',
                  this.#sortBy === 'role' ? this.#ascending ? h('svg', {
                    class: 'data-table__svg-5',
                    'viewBox': '0 0 24 24',
                    fill: 'none',
                    stroke: 'currentColor',
                    'stroke-width': '2',
                    'stroke-linecap': 'round',
                    'stroke-linejoin': 'round',
                    focusable: 'false',
                    width: '14',
                    height: '14',
                    'aria-hidden': 'true',
                  }, [
                    h('path', { class: 'data-table__path-5', d: 'M12 19V5M6 11l6-6 6 6' }),
                  ]) : h('svg', {
                    class: 'data-table__svg-6',
                    'viewBox': '0 0 24 24',
                    fill: 'none',
                    stroke: 'currentColor',
                    'stroke-width': '2',
                    'stroke-linecap': 'round',
                    'stroke-linejoin': 'round',
                    focusable: 'false',
                    width: '14',
                    height: '14',
                    'aria-hidden': 'true',
                  }, [
                    h('path', { class: 'data-table__path-6', d: 'M12 5v14M6 13l6 6 6-6' }),
                  ]) : h('span', { class: 'data-table__sort-role-idle', 'aria-hidden': 'true' }, [
                    h('svg', {
                      class: 'data-table__svg-7',
                      'viewBox': '0 0 24 24',
                      fill: 'none',
                      stroke: 'currentColor',
                      'stroke-width': '2',
                      'stroke-linecap': 'round',
                      'stroke-linejoin': 'round',
                      focusable: 'false',
                      width: '14',
                      height: '14',
                      'aria-hidden': 'true',
                    }, [
                      h('path', { class: 'data-table__path-7', d: 'M12 5v14M6 13l6 6 6-6' }),
                    ]),
                  ]),
                ]),
              ]),
              h('th', { class: 'data-table__table-th-status', scope: 'col' }, [
                h('button', {
                  class: 'data-table__sort-status',
                  type: 'button',
                  'aria-label': 'Sort by Status',
                  onclick: () => this.#handleSortStatusClick(),
                }, [
                  'Status',
                  this.#sortBy === 'status' ? this.#ascending ? h('svg', {
                    class: 'data-table__svg-8',
                    'viewBox': '0 0 24 24',
                    fill: 'none',
                    stroke: 'currentColor',
                    'stroke-width': '2',
                    'stroke-linecap': 'round',
                    'stroke-linejoin': 'round',
                    focusable: 'false',
                    width: '14',
                    height: '14',
                    'aria-hidden': 'true',
                  }, [
                    h('path', { class: 'data-table__path-8', d: 'M12 19V5M6 11l6-6 6 6' }),
                  ]) : h('svg', {
                    class: 'data-table__svg-9',
                    'viewBox': '0 0 24 24',
                    fill: 'none',
                    stroke: 'currentColor',
                    'stroke-width': '2',
                    'stroke-linecap': 'round',
                    'stroke-linejoin': 'round',
                    focusable: 'false',
                    width: '14',
                    height: '14',
                    'aria-hidden': 'true',
                  }, [
                    h('path', { class: 'data-table__path-9', d: 'M12 5v14M6 13l6 6 6-6' }),
                  ]) : h('span', {
                    class: 'data-table__sort-status-idle',
                    'aria-hidden': 'true',
                  }, [
                    h('svg', {
                      class: 'data-table__svg-10',
                      'viewBox': '0 0 24 24',
                      fill: 'none',
                      stroke: 'currentColor',
                      'stroke-width': '2',
                      'stroke-linecap': 'round',
                      'stroke-linejoin': 'round',
                      focusable: 'false',
                      width: '14',
                      height: '14',
                      'aria-hidden': 'true',
                    }, [
                      h('path', {
                        class: 'data-table__path-10',
                        d: 'M12 5v14M6 13l6 6 6-6',
                      }),
                    ]),
                  ]),
                ]),
              ]),
              h('th', { class: 'data-table__table-th-joined', scope: 'col' }, [
                h('button', {
                  class: 'data-table__sort-joined',
                  type: 'button',
                  'aria-label': 'Sort by Joined',
                  onclick: () => this.#handleSortJoinedClick(),
                }, [
                  'Joined',
                  this.#sortBy === 'joined' ? this.#ascending ? h('svg', {
                    class: 'data-table__svg-11',
                    'viewBox': '0 0 24 24',
                    fill: 'none',
                    stroke: 'currentColor',
                    'stroke-width': '2',
                    'stroke-linecap': 'round',
                    'stroke-linejoin': 'round',
                    focusable: 'false',
                    width: '14',
                    height: '14',
                    'aria-hidden': 'true',
                  }, [
                    h('path', { class: 'data-table__path-11', d: 'M12 19V5M6 11l6-6 6 6' }),
                  ]) : h('svg', {
                    class: 'data-table__svg-12',
                    'viewBox': '0 0 24 24',
                    fill: 'none',
                    stroke: 'currentColor',
                    'stroke-width': '2',
                    'stroke-linecap': 'round',
                    'stroke-linejoin': 'round',
                    focusable: 'false',
                    width: '14',
                    height: '14',
                    'aria-hidden': 'true',
                  }, [
                    h('path', { class: 'data-table__path-12', d: 'M12 5v14M6 13l6 6 6-6' }),
                  ]) : h('span', {
                    class: 'data-table__sort-joined-idle',
                    'aria-hidden': 'true',
                  }, [
                    h('svg', {
                      class: 'data-table__svg-13',
                      'viewBox': '0 0 24 24',
                      fill: 'none',
                      stroke: 'currentColor',
                      'stroke-width': '2',
                      'stroke-linecap': 'round',
                      'stroke-linejoin': 'round',
                      focusable: 'false',
                      width: '14',
                      height: '14',
                      'aria-hidden': 'true',
                    }, [
                      h('path', {
                        class: 'data-table__path-13',
                        d: 'M12 5v14M6 13l6 6 6-6',
                      }),
                    ]),
                  ]),
                ]),
              ]),
              h('th', { class: 'data-table__table-th-actions', scope: 'col' }, ['Actions']),
            ]),
          ]),
          h('tbody', { class: 'data-table__table-body' }, [
            ...tableRowItems.map((item) => h('tr', { class: 'data-table__table-row' }, [
              h('td', { class: 'data-table__table-cell-name' }, [
                h('div', { class: 'data-table__table-person' }, [
                  h('span', { class: 'data-table__table-avatar', 'aria-hidden': 'true' }, [
                    item.initials,
                  ]),
                  h('div', { class: 'data-table__table-person-text' }, [
                    h('span', { class: 'data-table__table-person-name' }, [item.name]),
                    h('span', { class: 'data-table__table-person-email' }, [item.email]),
                  ]),
                ]),
              ]),
              h('td', { class: 'data-table__table-cell-role' }, [item.role]),
              h('td', { class: 'data-table__table-cell-status' }, [
                item.status === 'active' ? h('span', { class: 'data-table__table-status-active' }, [
                  h('span', {
                    class: 'data-table__table-status-dot',
                    'aria-hidden': 'true',
                  }),
                  'Active',
                ]) : h('span', { class: 'data-table__table-status-invited' }, ['Invited']),
              ]),
              h('td', { class: 'data-table__table-cell-joined' }, [item.joined]),
              h('td', { class: 'data-table__table-cell-actions' }, [
                h('button', {
                  class: 'data-table__table-more',
                  type: 'button',
                  'aria-label': item.moreLabel,
                  onclick: () => this.#handleTableMoreClick(item),
                }, [
                  h('svg', {
                    class: 'data-table__svg-14',
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
                      class: 'data-table__path-14',
                      d: 'M5 12h.01M12 12h.01M19 12h.01',
                    }),
                  ]),
                ]),
              ]),
            ])),
          ]),
        ]),
      ]),
      h('footer', { class: 'data-table__table-footer' }, ['Showing 5 of 5']),
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

if (!customElements.get('data-table')) customElements.define('data-table', DataTable);

import { Component, EventEmitter, Output, signal } from '@angular/core';

interface SidebarItem {
  id: string;
  label: string;
  href: string;
  icon: string;
  badge: string;
  current: boolean;
}

interface SidebarIconItem {
  id: string;
  label: string;
  href: string;
  icon: string;
  badge: string;
  current: boolean;
}

/** Collapsible sidebar with navigation and user */
@Component({
  selector: 'app-sidebar',
  standalone: true,
  template: `
    <aside class="sidebar__sidebar" aria-label="Sidebar">
      <div class="sidebar__sidebar-header">
        @if (expanded()) {
          <a class="sidebar__sidebar-brand" href="/">
            <span class="sidebar__sidebar-logo" aria-hidden="true">
              <svg
                class="sidebar__svg-1"
                viewBox="0 0 24 24"
                fill="none"
                stroke="currentColor"
                stroke-width="2"
                stroke-linecap="round"
                stroke-linejoin="round"
                focusable="false"
                width="18"
                height="18"
                aria-hidden="true"
              >
                <path class="sidebar__path-1" d="M12 3 2 8l10 5 10-5zM2 13l10 5 10-5"></path>
              </svg>
            </span>
            <span class="sidebar__sidebar-brand-name">Northwind</span>
          </a>
        }
        <button
          class="sidebar__sidebar-toggle"
          type="button"
          aria-label="Collapse sidebar"
          [attr.aria-expanded]="expanded()"
          aria-controls="sidebar-nav"
          (click)="handleSidebarToggleClick()"
        >
          @if (expanded()) {
            <svg
              class="sidebar__svg-2"
              viewBox="0 0 24 24"
              fill="none"
              stroke="currentColor"
              stroke-width="2"
              stroke-linecap="round"
              stroke-linejoin="round"
              focusable="false"
              width="18"
              height="18"
              aria-hidden="true"
            >
              <path class="sidebar__path-2" d="m15 18-6-6 6-6"></path>
            </svg>
          } @else {
            <svg
              class="sidebar__svg-3"
              viewBox="0 0 24 24"
              fill="none"
              stroke="currentColor"
              stroke-width="2"
              stroke-linecap="round"
              stroke-linejoin="round"
              focusable="false"
              width="18"
              height="18"
              aria-hidden="true"
            >
              <path class="sidebar__path-3" d="m9 18 6-6-6-6"></path>
            </svg>
          }
        </button>
      </div>
      <nav class="sidebar__sidebar-nav" id="sidebar-nav" aria-label="Workspace">
        @if (expanded()) {
          <p class="sidebar__sidebar-section">Workspace</p>
          <ul class="sidebar__sidebar-list">
            @for (item of sidebarItems; track item.id) {
              <li class="sidebar__sidebar-item">@if (item.current) {<a class="sidebar__sidebar-link-current" [attr.href]="item.href" aria-current="page"><svg class="sidebar__svg-4" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path class="sidebar__path-4" [attr.d]="item.icon"></path></svg><span class="sidebar__sidebar-label-current">{{ item.label }}</span>@if (item.badge) {<span class="sidebar__sidebar-badge-current">{{ item.badge }}</span>}</a>} @else {<a class="sidebar__sidebar-link" [attr.href]="item.href"><svg class="sidebar__svg-5" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path class="sidebar__path-5" [attr.d]="item.icon"></path></svg><span class="sidebar__sidebar-label">{{ item.label }}</span>@if (item.badge) {<span class="sidebar__sidebar-badge">{{ item.badge }}</span>}</a>}</li>
            }
          </ul>
        } @else {
          <ul class="sidebar__sidebar-icons">
            @for (item of sidebarIconItems; track item.id) {
              <li class="sidebar__sidebar-icon-item"><a class="sidebar__sidebar-icon-link" [attr.href]="item.href" [attr.title]="item.label" [attr.aria-label]="item.label"><svg class="sidebar__svg-6" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false" width="20" height="20" aria-hidden="true"><path class="sidebar__path-6" [attr.d]="item.icon"></path></svg></a></li>
            }
          </ul>
        }
      </nav>
      <div class="sidebar__sidebar-user">
        <span class="sidebar__sidebar-avatar" aria-hidden="true">MO</span>
        @if (expanded()) {
          <div class="sidebar__sidebar-user-text">
            <span class="sidebar__sidebar-user-name">Maya Okafor</span>
            <span class="sidebar__sidebar-user-email">maya&#64;northwind.io</span>
          </div>
          <button
            class="sidebar__sidebar-sign-out"
            type="button"
            aria-label="Sign out"
            (click)="handleSidebarSignOutClick()"
          >
            <svg
              class="sidebar__svg-7"
              viewBox="0 0 24 24"
              fill="none"
              stroke="currentColor"
              stroke-width="2"
              stroke-linecap="round"
              stroke-linejoin="round"
              focusable="false"
              width="18"
              height="18"
              aria-hidden="true"
            >
              <path class="sidebar__path-7" d="M15 4h4v16h-4M10 17l5-5-5-5M15 12H3"></path>
            </svg>
          </button>
        }
      </div>
    </aside>
  `,
  styles: `
    :host {
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
    }
  `,
})
export class SidebarComponent {
  @Output() readonly signOut = new EventEmitter<void>();

  protected readonly expanded = signal(true);

  protected readonly sidebarItems: SidebarItem[] = [
    { id: 'item1', label: 'Dashboard', href: '#item-1', icon: 'M3 11 12 4l9 7M5 10v10h14V10', badge: '', current: true },
    { id: 'item2', label: 'Projects', href: '#item-2', icon: 'M3 6h6l2 2h10v11H3z', badge: '12', current: false },
    { id: 'item3', label: 'Components', href: '#item-3', icon: 'M12 3 2 8l10 5 10-5zM2 13l10 5 10-5', badge: '', current: false },
    { id: 'item4', label: 'Analytics', href: '#item-4', icon: 'M5 20V11M12 20V5M19 20v-6M3 20h18', badge: '', current: false },
    { id: 'item5', label: 'Team', href: '#item-5', icon: 'M5.5 8a3.5 3.5 0 1 0 7 0a3.5 3.5 0 1 0 -7 0M2 20a7 7 0 0 1 14 0M16 4.5a3.5 3.5 0 0 1 0 7M18 14a6 6 0 0 1 4 6', badge: '3', current: false },
    { id: 'item6', label: 'Settings', href: '#item-6', icon: 'M4 7h10M18 7h2M4 17h4M12 17h8M14 7a2 2 0 1 0 4 0a2 2 0 1 0 -4 0M8 17a2 2 0 1 0 4 0a2 2 0 1 0 -4 0', badge: '', current: false },
  ];

  protected readonly sidebarIconItems: SidebarIconItem[] = [
    { id: 'item1', label: 'Dashboard', href: '#item-1', icon: 'M3 11 12 4l9 7M5 10v10h14V10', badge: '', current: true },
    { id: 'item2', label: 'Projects', href: '#item-2', icon: 'M3 6h6l2 2h10v11H3z', badge: '12', current: false },
    { id: 'item3', label: 'Components', href: '#item-3', icon: 'M12 3 2 8l10 5 10-5zM2 13l10 5 10-5', badge: '', current: false },
    { id: 'item4', label: 'Analytics', href: '#item-4', icon: 'M5 20V11M12 20V5M19 20v-6M3 20h18', badge: '', current: false },
    { id: 'item5', label: 'Team', href: '#item-5', icon: 'M5.5 8a3.5 3.5 0 1 0 7 0a3.5 3.5 0 1 0 -7 0M2 20a7 7 0 0 1 14 0M16 4.5a3.5 3.5 0 0 1 0 7M18 14a6 6 0 0 1 4 6', badge: '3', current: false },
    { id: 'item6', label: 'Settings', href: '#item-6', icon: 'M4 7h10M18 7h2M4 17h4M12 17h8M14 7a2 2 0 1 0 4 0a2 2 0 1 0 -4 0M8 17a2 2 0 1 0 4 0a2 2 0 1 0 -4 0', badge: '', current: false },
  ];

  protected handleSidebarToggleClick(): void {
    this.expanded.update((current) => !current);
  }

  protected handleSidebarSignOutClick(): void {
    this.signOut.emit();
  }
}

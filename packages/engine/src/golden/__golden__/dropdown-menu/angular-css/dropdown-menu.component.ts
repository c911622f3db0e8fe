import { Component, EventEmitter, Output, signal } from '@angular/core';

interface DropdownItem {
  id: string;
  label: string;
  icon: string;
  shortcut: string;
}

/** Dropdown menu of actions */
@Component({
  selector: 'app-dropdown-menu',
  standalone: true,
  template: `
    <div class="dropdown-menu__dropdown"><button class="dropdown-menu__dropdown-trigger" type="button" id="dropdown-trigger" [attr.aria-expanded]="open()" aria-controls="dropdown-menu" aria-haspopup="menu" (click)="handleDropdownTriggerClick()">Options@if (open()) {<svg class="dropdown-menu__svg-1" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path class="dropdown-menu__path-1" d="m18 15-6-6-6 6"></path></svg>} @else {<svg class="dropdown-menu__svg-2" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path class="dropdown-menu__path-2" d="m6 9 6 6 6-6"></path></svg>}</button>@if (open()) {<ul class="dropdown-menu__dropdown-menu" id="dropdown-menu" role="menu" aria-labelledby="dropdown-trigger">@for (item of dropdownItems; track item.id) {<li class="dropdown-menu__dropdown-item" role="none"><button class="dropdown-menu__dropdown-action" type="button" role="menuitem" (click)="handleDropdownActionClick(item)"><span class="dropdown-menu__dropdown-icon"><svg class="dropdown-menu__svg-3" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path class="dropdown-menu__path-3" [attr.d]="item.icon"></path></svg></span><span class="dropdown-menu__dropdown-label">{{ item.label }}</span><span class="dropdown-menu__dropdown-shortcut" aria-hidden="true">{{ item.shortcut }}</span></button></li>}<li class="dropdown-menu__dropdown-separator" role="none"></li><li class="dropdown-menu__dropdown-danger-item" role="none"><button class="dropdown-menu__dropdown-danger" type="button" role="menuitem" (click)="handleDropdownDangerClick()"><svg class="dropdown-menu__svg-4" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path class="dropdown-menu__path-4" d="M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3"></path></svg>Delete</button></li></ul>}</div>
  `,
  styles: `
    :host {
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
      --radius-md: 8px;
      --radius-lg: 12px;
      --border-width: 1px;
      --font-family-base: Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
      --font-family-mono: "JetBrains Mono", ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
      --font-size-xs: 0.75rem;
      --font-size-sm: 0.875rem;
      --font-size-md: 1rem;
      --font-weight-semibold: 600;
      --line-height-tight: 1.25;
      --line-height-normal: 1.5;
      --shadow-sm: 0 1px 2px 0 rgb(15 23 42 / 0.06);
      --shadow-lg: 0 10px 15px -3px rgb(15 23 42 / 0.1), 0 4px 6px -4px rgb(15 23 42 / 0.05);
      --duration-fast: 150ms;
    }

    .dropdown-menu__dropdown {
      position: relative;
      display: inline-block;
      font-family: var(--font-family-base);
    }

    .dropdown-menu__dropdown-trigger {
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

    .dropdown-menu__dropdown-trigger:hover {
      border-color: var(--color-border);
      box-shadow: var(--shadow-sm);
      background-color: var(--color-surface);
    }

    .dropdown-menu__dropdown-trigger:focus-visible {
      outline-width: var(--border-width);
      outline-style: solid;
      outline-color: var(--color-focus);
      outline-offset: var(--space-xs);
    }

    .dropdown-menu__dropdown-trigger:active {
      transform: translateY(1px);
    }

    .dropdown-menu__dropdown-trigger:disabled {
      box-shadow: none;
      opacity: 0.55;
      cursor: not-allowed;
      transform: none;
    }

    .dropdown-menu__dropdown-menu {
      position: absolute;
      top: 100%;
      left: 0;
      z-index: 50;
      display: flex;
      flex-direction: column;
      gap: 0;
      min-width: 15rem;
      margin: 0;
      margin-top: var(--space-xs);
      padding: var(--space-xs);
      border-width: var(--border-width);
      border-style: solid;
      border-color: var(--color-border);
      border-radius: var(--radius-lg);
      box-shadow: var(--shadow-lg);
      background-color: var(--color-surface);
      list-style: none;
    }

    .dropdown-menu__dropdown-action {
      display: flex;
      align-items: center;
      gap: var(--space-sm);
      width: 100%;
      padding: var(--space-sm) var(--space-sm);
      border-width: 0;
      border-radius: var(--radius-md);
      background-color: transparent;
      color: var(--color-text);
      font-family: var(--font-family-base);
      font-size: var(--font-size-sm);
      text-align: left;
      cursor: pointer;
      transition-property: background-color, border-color, color, box-shadow, transform, opacity;
      transition-duration: var(--duration-fast);
      transition-timing-function: ease-out;
    }

    .dropdown-menu__dropdown-action:hover {
      background-color: var(--color-surface-muted);
    }

    .dropdown-menu__dropdown-action:focus-visible {
      outline-width: var(--border-width);
      outline-style: solid;
      outline-color: var(--color-focus);
      outline-offset: var(--space-xs);
    }

    .dropdown-menu__dropdown-action:active {
      transform: translateY(1px);
    }

    .dropdown-menu__dropdown-action:disabled {
      box-shadow: none;
      opacity: 0.55;
      cursor: not-allowed;
      transform: none;
    }

    .dropdown-menu__dropdown-icon {
      display: inline-flex;
      color: var(--color-text-muted);
    }

    .dropdown-menu__dropdown-label {
      flex-grow: 1;
    }

    .dropdown-menu__dropdown-shortcut {
      margin: 0;
      color: var(--color-text);
      font-family: var(--font-family-mono);
      font-size: var(--font-size-xs);
      line-height: var(--line-height-normal);
    }

    .dropdown-menu__dropdown-separator {
      margin: var(--space-xs) 0;
      border-width: 0;
      border-top-width: var(--border-width);
      border-style: solid;
      border-color: var(--color-border);
    }

    .dropdown-menu__dropdown-danger {
      display: flex;
      align-items: center;
      gap: var(--space-sm);
      width: 100%;
      padding: var(--space-sm) var(--space-sm);
      border-width: 0;
      border-radius: var(--radius-md);
      background-color: transparent;
      color: var(--color-danger);
      font-family: var(--font-family-base);
      font-size: var(--font-size-sm);
      text-align: left;
      cursor: pointer;
      transition-property: background-color, border-color, color, box-shadow, transform, opacity;
      transition-duration: var(--duration-fast);
      transition-timing-function: ease-out;
    }

    .dropdown-menu__dropdown-danger:hover {
      background-color: var(--color-danger);
      color: var(--color-on-danger);
    }

    .dropdown-menu__dropdown-danger:focus-visible {
      outline-width: var(--border-width);
      outline-style: solid;
      outline-color: var(--color-focus);
      outline-offset: var(--space-xs);
    }

    .dropdown-menu__dropdown-danger:active {
      transform: translateY(1px);
    }

    .dropdown-menu__dropdown-danger:disabled {
      box-shadow: none;
      opacity: 0.55;
      cursor: not-allowed;
      transform: none;
    }
  `,
})
export class DropdownMenuComponent {
  @Output() readonly select = new EventEmitter<string>();
  @Output('delete') readonly deleteEvent = new EventEmitter<void>();

  protected readonly open = signal(true);

  protected readonly dropdownItems: DropdownItem[] = [
    { id: 'item1', label: 'Edit', icon: 'M4 20h4L19 9l-4-4L4 16zM13 7l4 4', shortcut: '⌘E' },
    { id: 'item2', label: 'Duplicate', icon: 'M8 8h12v12H8zM16 8V4H4v12h4', shortcut: '⌘D' },
    { id: 'item3', label: 'Share', icon: 'M15.5 5a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0 -5 0M3.5 12a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0 -5 0M15.5 19a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0 -5 0m8.2 10.8 7.6-4.4M8.2 13.2l7.6 4.4', shortcut: '⌘S' },
    { id: 'item4', label: 'Export', icon: 'M12 4v12M7 11l5 5 5-5M4 20h16', shortcut: '⌘⇧E' },
  ];

  protected handleDropdownTriggerClick(): void {
    this.open.update((current) => !current);
  }

  protected handleDropdownActionClick(item: DropdownItem): void {
    this.select.emit(item.id);
    this.open.set(false);
  }

  protected handleDropdownDangerClick(): void {
    this.deleteEvent.emit();
    this.open.set(false);
  }
}

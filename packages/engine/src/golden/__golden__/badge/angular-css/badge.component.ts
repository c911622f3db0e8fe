import { Component, input } from '@angular/core';

/** Status badge */
@Component({
  selector: 'app-badge',
  standalone: true,
  template: `
    <span class="badge__badge"><span class="badge__badge-dot" aria-hidden="true"></span>{{ label() }}</span>
  `,
  styles: `
    :host {
      display: contents;
      --color-primary: #0b6477;
      --color-on-primary: #ffffff;
      --color-surface-muted: #f1f5f9;
      --color-text: #0f172a;
      --color-border: #e2e8f0;
      --space-xs: 0.25rem;
      --space-sm: 0.5rem;
      --radius-full: 9999px;
      --border-width: 1px;
      --font-size-xs: 0.75rem;
      --font-weight-semibold: 600;
      --line-height-tight: 1.25;
    }

    .badge__badge {
      display: inline-flex;
      align-items: center;
      gap: var(--space-xs);
      padding: var(--space-xs) var(--space-sm);
      border-width: var(--border-width);
      border-style: solid;
      border-color: var(--color-border);
      border-radius: var(--radius-full);
      background-color: var(--color-surface-muted);
      color: var(--color-text);
      font-size: var(--font-size-xs);
      font-weight: var(--font-weight-semibold);
      line-height: var(--line-height-tight);
      white-space: nowrap;
    }

    .badge__badge-dot {
      display: inline-flex;
      flex-shrink: 0;
      align-items: center;
      justify-content: center;
      width: var(--space-sm);
      height: var(--space-sm);
      border-radius: var(--radius-full);
      background-color: var(--color-primary);
      color: var(--color-on-primary);
    }
  `,
})
export class BadgeComponent {
  /** @default 'New' */
  readonly label = input('New');
}

import { Component } from '@angular/core';

interface AvatarItem {
  id: string;
  name: string;
  initials: string;
  tone: string;
}

/** Avatar group */
@Component({
  selector: 'app-avatar-group',
  standalone: true,
  template: `
    <div class="avatar-group__avatar-group">
      <ul class="avatar-group__avatar-list" aria-label="Project members">
        @for (item of avatarItems; track item.id) {
          <li class="avatar-group__avatar-item">
            @if (item.tone === 'primary') {
              <span
                class="avatar-group__avatar-primary"
                [attr.title]="item.name"
                role="img"
                [attr.aria-label]="item.name"
              >{{ item.initials }}</span>
            } @else if (item.tone === 'raised') {
              <span
                class="avatar-group__avatar-raised"
                [attr.title]="item.name"
                role="img"
                [attr.aria-label]="item.name"
              >{{ item.initials }}</span>
            } @else {
              <span
                class="avatar-group__avatar-secondary"
                [attr.title]="item.name"
                role="img"
                [attr.aria-label]="item.name"
              >{{ item.initials }}</span>
            }
          </li>
        }
        <li class="avatar-group__avatar-more-item">
          <a class="avatar-group__avatar-more" href="#members" aria-label="and 7 more people">+7</a>
        </li>
      </ul>
      <p class="avatar-group__avatar-caption">12 people are working on this project</p>
    </div>
  `,
  styles: `
    :host {
      display: contents;
      --color-primary: #0b6477;
      --color-on-primary: #ffffff;
      --color-secondary: #213a58;
      --color-on-secondary: #ffffff;
      --color-surface: #ffffff;
      --color-surface-muted: #f1f5f9;
      --color-text: #0f172a;
      --color-text-muted: #64748b;
      --color-focus: #14919b;
      --space-xs: 0.25rem;
      --space-md: 1rem;
      --radius-full: 9999px;
      --border-width: 1px;
      --font-family-base: Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
      --font-size-xs: 0.75rem;
      --font-size-sm: 0.875rem;
      --font-weight-semibold: 600;
      --line-height-normal: 1.5;
      --shadow-sm: 0 1px 2px 0 rgb(15 23 42 / 0.06);
      --duration-fast: 150ms;
    }

    .avatar-group__avatar-group {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--space-md);
      font-family: var(--font-family-base);
    }

    .avatar-group__avatar-list {
      display: grid;
      grid-template-columns: repeat(6, 1.875rem);
      align-items: center;
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .avatar-group__avatar-item,
    .avatar-group__avatar-more-item {
      display: flex;
    }

    .avatar-group__avatar-primary {
      display: inline-flex;
      flex-shrink: 0;
      align-items: center;
      justify-content: center;
      width: 2.5rem;
      height: 2.5rem;
      border-width: var(--border-width);
      border-style: solid;
      border-color: var(--color-surface);
      border-radius: var(--radius-full);
      box-shadow: var(--shadow-sm);
      background-color: var(--color-primary);
      color: var(--color-on-primary);
      font-size: var(--font-size-xs);
      font-weight: var(--font-weight-semibold);
    }

    .avatar-group__avatar-raised {
      display: inline-flex;
      flex-shrink: 0;
      align-items: center;
      justify-content: center;
      width: 2.5rem;
      height: 2.5rem;
      border-width: var(--border-width);
      border-style: solid;
      border-color: var(--color-surface);
      border-radius: var(--radius-full);
      box-shadow: var(--shadow-sm);
      background-color: var(--color-surface-muted);
      color: var(--color-text);
      font-size: var(--font-size-xs);
      font-weight: var(--font-weight-semibold);
    }

    .avatar-group__avatar-secondary {
      display: inline-flex;
      flex-shrink: 0;
      align-items: center;
      justify-content: center;
      width: 2.5rem;
      height: 2.5rem;
      border-width: var(--border-width);
      border-style: solid;
      border-color: var(--color-surface);
      border-radius: var(--radius-full);
      box-shadow: var(--shadow-sm);
      background-color: var(--color-secondary);
      color: var(--color-on-secondary);
      font-size: var(--font-size-xs);
      font-weight: var(--font-weight-semibold);
    }

    .avatar-group__avatar-more {
      display: inline-flex;
      flex-shrink: 0;
      align-items: center;
      justify-content: center;
      width: 2.5rem;
      height: 2.5rem;
      border-width: var(--border-width);
      border-style: solid;
      border-color: var(--color-surface);
      border-radius: var(--radius-full);
      box-shadow: var(--shadow-sm);
      background-color: var(--color-surface-muted);
      color: var(--color-text);
      font-family: inherit;
      font-size: var(--font-size-xs);
      font-weight: var(--font-weight-semibold);
      text-decoration: none;
      cursor: pointer;
      transition-property: background-color, border-color, color, box-shadow, transform, opacity;
      transition-duration: var(--duration-fast);
      transition-timing-function: ease-out;
    }

    .avatar-group__avatar-more:hover {
      background-color: var(--color-surface);
    }

    .avatar-group__avatar-more:focus-visible {
      outline-width: var(--border-width);
      outline-style: solid;
      outline-color: var(--color-focus);
      outline-offset: var(--space-xs);
    }

    .avatar-group__avatar-more:active {
      transform: translateY(1px);
    }

    .avatar-group__avatar-caption {
      margin: 0;
      color: var(--color-text-muted);
      font-family: var(--font-family-base);
      font-size: var(--font-size-sm);
      line-height: var(--line-height-normal);
    }
  `,
})
export class AvatarGroupComponent {
  protected readonly avatarItems: AvatarItem[] = [
    { id: 'person1', name: 'Maya Okafor', initials: 'MO', tone: 'primary' },
    { id: 'person2', name: 'Daniel Reyes', initials: 'DR', tone: 'raised' },
    { id: 'person3', name: 'Aiko Tanaka', initials: 'AT', tone: 'secondary' },
    { id: 'person4', name: 'Liam Novak', initials: 'LN', tone: 'primary' },
    { id: 'person5', name: 'Sara Lindqvist', initials: 'SL', tone: 'raised' },
  ];
}

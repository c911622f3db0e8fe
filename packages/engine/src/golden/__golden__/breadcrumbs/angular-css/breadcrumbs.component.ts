import { Component } from '@angular/core';

interface BreadcrumbsItem {
  id: string;
  label: string;
  href: string;
  home: boolean;
  current: boolean;
}

/** Breadcrumb trail */
@Component({
  selector: 'app-breadcrumbs',
  standalone: true,
  template: `
    <nav class="breadcrumbs__breadcrumbs" aria-label="Breadcrumb">
      <ol class="breadcrumbs__breadcrumbs-list">
        @for (item of breadcrumbsItems; track item.id) {
          <li class="breadcrumbs__breadcrumbs-item">
            @if (item.current) {
              <span class="breadcrumbs__breadcrumbs-current" aria-current="page">{{ item.label }}</span>
            } @else {
              <a class="breadcrumbs__breadcrumbs-link" [attr.href]="item.href">@if (item.home) {<svg class="breadcrumbs__svg-1" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path class="breadcrumbs__path-1" d="M3 11 12 4l9 7M5 10v10h14V10"></path></svg>}{{ item.label }}</a>
              <span class="breadcrumbs__breadcrumbs-separator" aria-hidden="true">
                <svg
                  class="breadcrumbs__svg-2"
                  viewBox="0 0 24 24"
                  fill="none"
                  stroke="currentColor"
                  stroke-width="2"
                  stroke-linecap="round"
                  stroke-linejoin="round"
                  focusable="false"
                  width="16"
                  height="16"
                  aria-hidden="true"
                >
                  <path class="breadcrumbs__path-2" d="m9 18 6-6-6-6"></path>
                </svg>
              </span>
            }
          </li>
        }
      </ol>
    </nav>
  `,
  styles: `
    :host {
      display: contents;
      --color-text: #0f172a;
      --color-text-muted: #64748b;
      --color-border: #e2e8f0;
      --color-focus: #14919b;
      --space-xs: 0.25rem;
      --radius-sm: 4px;
      --border-width: 1px;
      --font-family-base: Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
      --font-size-sm: 0.875rem;
      --font-weight-regular: 400;
      --font-weight-semibold: 600;
      --duration-fast: 150ms;
    }

    .breadcrumbs__breadcrumbs {
      color: var(--color-text-muted);
      font-family: var(--font-family-base);
      font-size: var(--font-size-sm);
    }

    .breadcrumbs__breadcrumbs-list {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--space-xs);
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .breadcrumbs__breadcrumbs-item {
      display: flex;
      align-items: center;
      gap: var(--space-xs);
    }

    .breadcrumbs__breadcrumbs-current {
      color: var(--color-text);
      font-weight: var(--font-weight-semibold);
    }

    .breadcrumbs__breadcrumbs-link {
      display: flex;
      align-items: center;
      gap: var(--space-xs);
      border-radius: var(--radius-sm);
      color: var(--color-text-muted);
      font-family: inherit;
      font-weight: var(--font-weight-regular);
      text-decoration: none;
      cursor: pointer;
      transition-property: background-color, border-color, color, box-shadow, transform, opacity;
      transition-duration: var(--duration-fast);
      transition-timing-function: ease-out;
    }

    .breadcrumbs__breadcrumbs-link:hover {
      text-decoration: underline;
    }

    .breadcrumbs__breadcrumbs-link:focus-visible {
      outline-width: var(--border-width);
      outline-style: solid;
      outline-color: var(--color-focus);
      outline-offset: var(--space-xs);
    }

    .breadcrumbs__breadcrumbs-link:active {
      text-decoration: underline;
    }

    .breadcrumbs__breadcrumbs-separator {
      display: inline-flex;
      color: var(--color-border);
    }
  `,
})
export class BreadcrumbsComponent {
  protected readonly breadcrumbsItems: BreadcrumbsItem[] = [
    { id: 'crumb1', label: 'Home', href: '/', home: true, current: false },
    { id: 'crumb2', label: 'Projects', href: '/projects', home: false, current: false },
    { id: 'crumb3', label: 'Marketing site', href: '/projects/marketing-site', home: false, current: false },
    { id: 'crumb4', label: 'Components', href: '/projects/marketing-site/components', home: false, current: true },
  ];
}

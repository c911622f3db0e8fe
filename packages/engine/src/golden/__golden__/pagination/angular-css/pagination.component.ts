import { Component, EventEmitter, Output, signal } from '@angular/core';

/** Pagination over 5 pages */
@Component({
  selector: 'app-pagination',
  standalone: true,
  template: `
    <nav class="pagination__pagination" aria-label="Pagination">
      <p class="pagination__pagination-summary" aria-live="polite">Page {{ page() }} of 5</p>
      <ul class="pagination__pagination-list">
        <li class="pagination__pagination-prev-item">@if (page() === 1) {<button class="pagination__pagination-prev-1" type="button" disabled aria-label="Previous page"><svg class="pagination__svg-1" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path class="pagination__path-1" d="m15 18-6-6 6-6"></path></svg><span class="pagination__pagination-prev-1-text">Previous</span></button>}@if (page() === 2) {<button class="pagination__pagination-prev-2" type="button" aria-label="Previous page" (click)="handlePaginationPrev2Click()"><svg class="pagination__svg-2" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path class="pagination__path-2" d="m15 18-6-6 6-6"></path></svg><span class="pagination__pagination-prev-2-text">Previous</span></button>}@if (page() === 3) {<button class="pagination__pagination-prev-3" type="button" aria-label="Previous page" (click)="handlePaginationPrev3Click()"><svg class="pagination__svg-3" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path class="pagination__path-3" d="m15 18-6-6 6-6"></path></svg><span class="pagination__pagination-prev-3-text">Previous</span></button>}@if (page() === 4) {<button class="pagination__pagination-prev-4" type="button" aria-label="Previous page" (click)="handlePaginationPrev4Click()"><svg class="pagination__svg-4" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path class="pagination__path-4" d="m15 18-6-6 6-6"></path></svg><span class="pagination__pagination-prev-4-text">Previous</span></button>}@if (page() === 5) {<button class="pagination__pagination-prev-5" type="button" aria-label="Previous page" (click)="handlePaginationPrev5Click()"><svg class="pagination__svg-5" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path class="pagination__path-5" d="m15 18-6-6 6-6"></path></svg><span class="pagination__pagination-prev-5-text">Previous</span></button>}</li>
        <li class="pagination__pagination-item-1">@if (page() === 1) {<button class="pagination__pagination-page-1-current" type="button" aria-label="Page 1" aria-current="page">1</button>} @else {<button class="pagination__pagination-page-1" type="button" aria-label="Page 1" (click)="handlePaginationPage1Click()">1</button>}</li>
        <li class="pagination__pagination-item-2">@if (page() === 2) {<button class="pagination__pagination-page-2-current" type="button" aria-label="Page 2" aria-current="page">2</button>} @else {<button class="pagination__pagination-page-2" type="button" aria-label="Page 2" (click)="handlePaginationPage2Click()">2</button>}</li>
        <li class="pagination__pagination-item-3">@if (page() === 3) {<button class="pagination__pagination-page-3-current" type="button" aria-label="Page 3" aria-current="page">3</button>} @else {<button class="pagination__pagination-page-3" type="button" aria-label="Page 3" (click)="handlePaginationPage3Click()">3</button>}</li>
        <li class="pagination__pagination-item-4">@if (page() === 4) {<button class="pagination__pagination-page-4-current" type="button" aria-label="Page 4" aria-current="page">4</button>} @else {<button class="pagination__pagination-page-4" type="button" aria-label="Page 4" (click)="handlePaginationPage4Click()">4</button>}</li>
        <li class="pagination__pagination-item-5">@if (page() === 5) {<button class="pagination__pagination-page-5-current" type="button" aria-label="Page 5" aria-current="page">5</button>} @else {<button class="pagination__pagination-page-5" type="button" aria-label="Page 5" (click)="handlePaginationPage5Click()">5</button>}</li>
        <li class="pagination__pagination-next-item">@if (page() === 1) {<button class="pagination__pagination-next-1" type="button" aria-label="Next page" (click)="handlePaginationNext1Click()"><span class="pagination__pagination-next-1-text">Next</span><svg class="pagination__svg-6" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path class="pagination__path-6" d="m9 18 6-6-6-6"></path></svg></button>}@if (page() === 2) {<button class="pagination__pagination-next-2" type="button" aria-label="Next page" (click)="handlePaginationNext2Click()"><span class="pagination__pagination-next-2-text">Next</span><svg class="pagination__svg-7" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path class="pagination__path-7" d="m9 18 6-6-6-6"></path></svg></button>}@if (page() === 3) {<button class="pagination__pagination-next-3" type="button" aria-label="Next page" (click)="handlePaginationNext3Click()"><span class="pagination__pagination-next-3-text">Next</span><svg class="pagination__svg-8" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path class="pagination__path-8" d="m9 18 6-6-6-6"></path></svg></button>}@if (page() === 4) {<button class="pagination__pagination-next-4" type="button" aria-label="Next page" (click)="handlePaginationNext4Click()"><span class="pagination__pagination-next-4-text">Next</span><svg class="pagination__svg-9" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path class="pagination__path-9" d="m9 18 6-6-6-6"></path></svg></button>}@if (page() === 5) {<button class="pagination__pagination-next-5" type="button" disabled aria-label="Next page"><span class="pagination__pagination-next-5-text">Next</span><svg class="pagination__svg-10" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path class="pagination__path-10" d="m9 18 6-6-6-6"></path></svg></button>}</li>
      </ul>
    </nav>
  `,
  styles: `
    :host {
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
      --radius-md: 8px;
      --border-width: 1px;
      --font-family-base: Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
      --font-size-sm: 0.875rem;
      --font-weight-medium: 500;
      --font-weight-semibold: 600;
      --line-height-normal: 1.5;
      --duration-fast: 150ms;
    }

    .pagination__pagination {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: var(--space-md);
      font-family: var(--font-family-base);
    }

    .pagination__pagination-summary {
      margin: 0;
      color: var(--color-text-muted);
      font-family: var(--font-family-base);
      font-size: var(--font-size-sm);
      line-height: var(--line-height-normal);
    }

    .pagination__pagination-list {
      display: flex;
      align-items: center;
      gap: var(--space-xs);
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .pagination__pagination-prev-1,
    .pagination__pagination-prev-2,
    .pagination__pagination-prev-3,
    .pagination__pagination-prev-4,
    .pagination__pagination-prev-5,
    .pagination__pagination-next-1,
    .pagination__pagination-next-2,
    .pagination__pagination-next-3,
    .pagination__pagination-next-4,
    .pagination__pagination-next-5 {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: var(--space-xs);
      min-width: 2.5rem;
      height: 2.5rem;
      padding: 0 var(--space-sm);
      border-width: var(--border-width);
      border-style: solid;
      border-color: var(--color-border);
      border-radius: var(--radius-md);
      background-color: var(--color-surface);
      color: var(--color-text);
      font-family: var(--font-family-base);
      font-size: var(--font-size-sm);
      font-weight: var(--font-weight-medium);
      cursor: pointer;
      transition-property: background-color, border-color, color, box-shadow, transform, opacity;
      transition-duration: var(--duration-fast);
      transition-timing-function: ease-out;
    }

    .pagination__pagination-prev-1:hover,
    .pagination__pagination-prev-2:hover,
    .pagination__pagination-prev-3:hover,
    .pagination__pagination-prev-4:hover,
    .pagination__pagination-prev-5:hover,
    .pagination__pagination-next-1:hover,
    .pagination__pagination-next-2:hover,
    .pagination__pagination-next-3:hover,
    .pagination__pagination-next-4:hover,
    .pagination__pagination-next-5:hover {
      border-color: var(--color-text-muted);
      background-color: var(--color-surface-muted);
    }

    .pagination__pagination-prev-1:focus-visible,
    .pagination__pagination-prev-2:focus-visible,
    .pagination__pagination-prev-3:focus-visible,
    .pagination__pagination-prev-4:focus-visible,
    .pagination__pagination-prev-5:focus-visible,
    .pagination__pagination-next-1:focus-visible,
    .pagination__pagination-next-2:focus-visible,
    .pagination__pagination-next-3:focus-visible,
    .pagination__pagination-next-4:focus-visible,
    .pagination__pagination-next-5:focus-visible {
      outline-width: var(--border-width);
      outline-style: solid;
      outline-color: var(--color-focus);
      outline-offset: var(--space-xs);
    }

    .pagination__pagination-prev-1:active,
    .pagination__pagination-prev-2:active,
    .pagination__pagination-prev-3:active,
    .pagination__pagination-prev-4:active,
    .pagination__pagination-prev-5:active,
    .pagination__pagination-next-1:active,
    .pagination__pagination-next-2:active,
    .pagination__pagination-next-3:active,
    .pagination__pagination-next-4:active,
    .pagination__pagination-next-5:active {
      transform: translateY(1px);
    }

    .pagination__pagination-prev-1:disabled,
    .pagination__pagination-prev-2:disabled,
    .pagination__pagination-prev-3:disabled,
    .pagination__pagination-prev-4:disabled,
    .pagination__pagination-prev-5:disabled,
    .pagination__pagination-next-1:disabled,
    .pagination__pagination-next-2:disabled,
    .pagination__pagination-next-3:disabled,
    .pagination__pagination-next-4:disabled,
    .pagination__pagination-next-5:disabled {
      box-shadow: none;
      opacity: 0.55;
      cursor: not-allowed;
      transform: none;
    }

    .pagination__pagination-prev-1-text,
    .pagination__pagination-prev-2-text,
    .pagination__pagination-prev-3-text,
    .pagination__pagination-prev-4-text,
    .pagination__pagination-prev-5-text,
    .pagination__pagination-next-1-text,
    .pagination__pagination-next-2-text,
    .pagination__pagination-next-3-text,
    .pagination__pagination-next-4-text,
    .pagination__pagination-next-5-text {
      display: none;
    }

    .pagination__pagination-page-1-current,
    .pagination__pagination-page-2-current,
    .pagination__pagination-page-3-current,
    .pagination__pagination-page-4-current,
    .pagination__pagination-page-5-current {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: var(--space-xs);
      min-width: 2.5rem;
      height: 2.5rem;
      padding: 0 var(--space-sm);
      border-width: var(--border-width);
      border-style: solid;
      border-color: var(--color-primary);
      border-radius: var(--radius-md);
      background-color: var(--color-primary);
      color: var(--color-on-primary);
      font-family: var(--font-family-base);
      font-size: var(--font-size-sm);
      font-weight: var(--font-weight-semibold);
      cursor: pointer;
      transition-property: background-color, border-color, color, box-shadow, transform, opacity;
      transition-duration: var(--duration-fast);
      transition-timing-function: ease-out;
    }

    .pagination__pagination-page-1-current:hover,
    .pagination__pagination-page-2-current:hover,
    .pagination__pagination-page-3-current:hover,
    .pagination__pagination-page-4-current:hover,
    .pagination__pagination-page-5-current:hover {
      background-color: var(--color-primary-hover);
    }

    .pagination__pagination-page-1-current:focus-visible,
    .pagination__pagination-page-2-current:focus-visible,
    .pagination__pagination-page-3-current:focus-visible,
    .pagination__pagination-page-4-current:focus-visible,
    .pagination__pagination-page-5-current:focus-visible {
      outline-width: var(--border-width);
      outline-style: solid;
      outline-color: var(--color-focus);
      outline-offset: var(--space-xs);
    }

    .pagination__pagination-page-1-current:active,
    .pagination__pagination-page-2-current:active,
    .pagination__pagination-page-3-current:active,
    .pagination__pagination-page-4-current:active,
    .pagination__pagination-page-5-current:active {
      transform: translateY(1px);
    }

    .pagination__pagination-page-1-current:disabled,
    .pagination__pagination-page-2-current:disabled,
    .pagination__pagination-page-3-current:disabled,
    .pagination__pagination-page-4-current:disabled,
    .pagination__pagination-page-5-current:disabled {
      box-shadow: none;
      opacity: 0.55;
      cursor: not-allowed;
      transform: none;
    }

    .pagination__pagination-page-1,
    .pagination__pagination-page-2,
    .pagination__pagination-page-3,
    .pagination__pagination-page-4,
    .pagination__pagination-page-5 {
      display: none;
      align-items: center;
      justify-content: center;
      gap: var(--space-xs);
      min-width: 2.5rem;
      height: 2.5rem;
      padding: 0 var(--space-sm);
      border-width: var(--border-width);
      border-style: solid;
      border-color: var(--color-border);
      border-radius: var(--radius-md);
      background-color: var(--color-surface);
      color: var(--color-text);
      font-family: var(--font-family-base);
      font-size: var(--font-size-sm);
      font-weight: var(--font-weight-medium);
      cursor: pointer;
      transition-property: background-color, border-color, color, box-shadow, transform, opacity;
      transition-duration: var(--duration-fast);
      transition-timing-function: ease-out;
    }

    .pagination__pagination-page-1:hover,
    .pagination__pagination-page-2:hover,
    .pagination__pagination-page-3:hover,
    .pagination__pagination-page-4:hover,
    .pagination__pagination-page-5:hover {
      border-color: var(--color-text-muted);
      background-color: var(--color-surface-muted);
    }

    .pagination__pagination-page-1:focus-visible,
    .pagination__pagination-page-2:focus-visible,
    .pagination__pagination-page-3:focus-visible,
    .pagination__pagination-page-4:focus-visible,
    .pagination__pagination-page-5:focus-visible {
      outline-width: var(--border-width);
      outline-style: solid;
      outline-color: var(--color-focus);
      outline-offset: var(--space-xs);
    }

    .pagination__pagination-page-1:active,
    .pagination__pagination-page-2:active,
    .pagination__pagination-page-3:active,
    .pagination__pagination-page-4:active,
    .pagination__pagination-page-5:active {
      transform: translateY(1px);
    }

    .pagination__pagination-page-1:disabled,
    .pagination__pagination-page-2:disabled,
    .pagination__pagination-page-3:disabled,
    .pagination__pagination-page-4:disabled,
    .pagination__pagination-page-5:disabled {
      box-shadow: none;
      opacity: 0.55;
      cursor: not-allowed;
      transform: none;
    }

    @media (min-width: 640px) {
      .pagination__pagination-prev-1-text,
      .pagination__pagination-prev-2-text,
      .pagination__pagination-prev-3-text,
      .pagination__pagination-prev-4-text,
      .pagination__pagination-prev-5-text,
      .pagination__pagination-next-1-text,
      .pagination__pagination-next-2-text,
      .pagination__pagination-next-3-text,
      .pagination__pagination-next-4-text,
      .pagination__pagination-next-5-text {
        display: inline;
      }

      .pagination__pagination-page-1,
      .pagination__pagination-page-2,
      .pagination__pagination-page-3,
      .pagination__pagination-page-4,
      .pagination__pagination-page-5 {
        display: inline-flex;
      }
    }
  `,
})
export class PaginationComponent {
  @Output() readonly change = new EventEmitter<number>();

  protected readonly page = signal(1);

  protected handlePaginationPrev2Click(): void {
    this.page.set(1);
    this.change.emit(this.page());
  }

  protected handlePaginationPrev3Click(): void {
    this.page.set(2);
    this.change.emit(this.page());
  }

  protected handlePaginationPrev4Click(): void {
    this.page.set(3);
    this.change.emit(this.page());
  }

  protected handlePaginationPrev5Click(): void {
    this.page.set(4);
    this.change.emit(this.page());
  }

  protected handlePaginationPage1Click(): void {
    this.page.set(1);
    this.change.emit(this.page());
  }

  protected handlePaginationPage2Click(): void {
    this.page.set(2);
    this.change.emit(this.page());
  }

  protected handlePaginationPage3Click(): void {
    this.page.set(3);
    this.change.emit(this.page());
  }

  protected handlePaginationPage4Click(): void {
    this.page.set(4);
    this.change.emit(this.page());
  }

  protected handlePaginationPage5Click(): void {
    this.page.set(5);
    this.change.emit(this.page());
  }

  protected handlePaginationNext1Click(): void {
    this.page.set(2);
    this.change.emit(this.page());
  }

  protected handlePaginationNext2Click(): void {
    this.page.set(3);
    this.change.emit(this.page());
  }

  protected handlePaginationNext3Click(): void {
    this.page.set(4);
    this.change.emit(this.page());
  }

  protected handlePaginationNext4Click(): void {
    this.page.set(5);
    this.change.emit(this.page());
  }
}

import { Component, EventEmitter, Output, signal } from '@angular/core';

interface SearchSuggestionItem {
  id: string;
  label: string;
}

/** Search bar with suggestions */
@Component({
  selector: 'app-search-bar',
  standalone: true,
  template: `
    <form
      class="search-bar__search"
      role="search"
      aria-label="Search"
      (submit)="handleSearchSubmit($event)"
    >
      <div class="search-bar__search-row">
        <div class="search-bar__search-field"><span class="search-bar__search-icon" aria-hidden="true"><svg class="search-bar__svg-1" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><circle class="search-bar__circle-1" cx="11" cy="11" r="7"></circle><path class="search-bar__path-1" d="m20 20-4-4"></path></svg></span><input class="search-bar__search-input" id="search-input" type="search" name="q" placeholder="Search components, tokens and docs…" autocomplete="off" [value]="query()" aria-label="Search" (input)="handleSearchInputInput($event)" />@if (query()) {<button class="search-bar__search-clear" type="button" aria-label="Clear search" aria-controls="search-input" (click)="handleSearchClearClick()"><svg class="search-bar__svg-2" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path class="search-bar__path-2" d="M18 6 6 18M6 6l12 12"></path></svg></button>} @else {<span class="search-bar__search-shortcut" aria-hidden="true">⌘K</span>}</div>
        <button class="search-bar__search-submit" type="submit" aria-label="Search">
          <svg
            class="search-bar__svg-3"
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
            <circle class="search-bar__circle-2" cx="11" cy="11" r="7"></circle>
            <path class="search-bar__path-3" d="m20 20-4-4"></path>
          </svg>
          <span class="search-bar__search-submit-text">Search</span>
        </button>
      </div>
      @if (!query()) {
        <div class="search-bar__search-popular">Popular:<ul class="search-bar__search-suggestions">@for (item of searchSuggestionItems; track item.id) {<li class="search-bar__search-suggestion"><button class="search-bar__search-suggestion-button" type="button" (click)="handleSearchSuggestionButtonClick(item)">{{ item.label }}</button></li>}</ul></div>
      }
    </form>
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
      --space-xl: 2rem;
      --radius-md: 8px;
      --radius-full: 9999px;
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
      --duration-fast: 150ms;
    }

    .search-bar__search {
      display: flex;
      flex-direction: column;
      gap: var(--space-sm);
      width: 100%;
      max-width: 40rem;
      font-family: var(--font-family-base);
    }

    .search-bar__search-row {
      display: flex;
      align-items: center;
      gap: var(--space-sm);
    }

    .search-bar__search-field {
      position: relative;
      flex-grow: 1;
      color: var(--color-text-muted);
    }

    .search-bar__search-icon {
      position: absolute;
      top: 50%;
      left: var(--space-sm);
      display: inline-flex;
      pointer-events: none;
      transform: translateY(-50%);
    }

    .search-bar__search-input {
      box-sizing: border-box;
      width: 100%;
      padding: var(--space-sm) var(--space-md);
      padding-right: var(--space-xl);
      padding-left: var(--space-xl);
      border-width: var(--border-width);
      border-style: solid;
      border-color: var(--color-border);
      border-radius: var(--radius-md);
      box-shadow: var(--shadow-sm);
      background-color: var(--color-surface);
      color: var(--color-text);
      font-family: var(--font-family-base);
      font-size: var(--font-size-md);
      line-height: var(--line-height-normal);
      transition-property: background-color, border-color, color, box-shadow, transform, opacity;
      transition-duration: var(--duration-fast);
      transition-timing-function: ease-out;
    }

    .search-bar__search-input:hover {
      border-color: var(--color-text-muted);
    }

    .search-bar__search-input:focus-visible {
      border-color: var(--color-focus);
      outline-width: var(--border-width);
      outline-style: solid;
      outline-color: var(--color-focus);
      outline-offset: 0;
    }

    .search-bar__search-input:active {
      border-color: var(--color-focus);
    }

    .search-bar__search-input:disabled {
      background-color: var(--color-surface-muted);
      opacity: 0.7;
      cursor: not-allowed;
    }

    .search-bar__search-clear {
      position: absolute;
      top: 50%;
      right: var(--space-xs);
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
      transform: translateY(-50%);
      transition-property: background-color, border-color, color, box-shadow, transform, opacity;
      transition-duration: var(--duration-fast);
      transition-timing-function: ease-out;
    }

    .search-bar__search-clear:hover {
      background-color: var(--color-surface-muted);
      color: var(--color-text);
    }

    .search-bar__search-clear:focus-visible {
      outline-width: var(--border-width);
      outline-style: solid;
      outline-color: var(--color-focus);
      outline-offset: var(--space-xs);
    }

    .search-bar__search-clear:active {
      transform: translateY(1px);
    }

    .search-bar__search-clear:disabled {
      box-shadow: none;
      opacity: 0.55;
      cursor: not-allowed;
      transform: none;
    }

    .search-bar__search-shortcut {
      position: absolute;
      top: 50%;
      right: var(--space-sm);
      display: inline-flex;
      align-items: center;
      gap: var(--space-xs);
      padding: var(--space-xs) var(--space-sm);
      border-radius: var(--radius-full);
      background-color: var(--color-surface-muted);
      color: var(--color-text);
      font-family: var(--font-family-mono);
      font-size: var(--font-size-xs);
      font-weight: var(--font-weight-semibold);
      line-height: var(--line-height-tight);
      white-space: nowrap;
      transform: translateY(-50%);
    }

    .search-bar__search-submit {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: var(--space-xs);
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

    .search-bar__search-submit:hover {
      background-color: var(--color-primary-hover);
    }

    .search-bar__search-submit:focus-visible {
      outline-width: var(--border-width);
      outline-style: solid;
      outline-color: var(--color-focus);
      outline-offset: var(--space-xs);
    }

    .search-bar__search-submit:active {
      transform: translateY(1px);
    }

    .search-bar__search-submit:disabled {
      box-shadow: none;
      opacity: 0.55;
      cursor: not-allowed;
      transform: none;
    }

    .search-bar__search-submit-text {
      display: none;
    }

    .search-bar__search-popular {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--space-sm);
      margin: 0;
      color: var(--color-text-muted);
      font-family: var(--font-family-base);
      font-size: var(--font-size-sm);
      line-height: var(--line-height-normal);
    }

    .search-bar__search-suggestions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--space-xs);
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .search-bar__search-suggestion-button {
      display: inline-flex;
      align-items: center;
      gap: var(--space-xs);
      padding: var(--space-xs) var(--space-sm);
      border-width: 0;
      border-radius: var(--radius-full);
      background-color: var(--color-surface-muted);
      color: var(--color-text);
      font-family: inherit;
      font-size: var(--font-size-xs);
      font-weight: var(--font-weight-semibold);
      line-height: var(--line-height-tight);
      white-space: nowrap;
      cursor: pointer;
      transition-property: background-color, border-color, color, box-shadow, transform, opacity;
      transition-duration: var(--duration-fast);
      transition-timing-function: ease-out;
    }

    .search-bar__search-suggestion-button:hover {
      background-color: var(--color-surface);
    }

    .search-bar__search-suggestion-button:focus-visible {
      outline-width: var(--border-width);
      outline-style: solid;
      outline-color: var(--color-focus);
      outline-offset: var(--space-xs);
    }

    .search-bar__search-suggestion-button:active {
      transform: translateY(1px);
    }

    .search-bar__search-suggestion-button:disabled {
      box-shadow: none;
      opacity: 0.55;
      cursor: not-allowed;
      transform: none;
    }

    @media (min-width: 640px) {
      .search-bar__search-submit-text {
        display: inline;
      }
    }
  `,
})
export class SearchBarComponent {
  @Output() readonly search = new EventEmitter<string>();

  protected readonly query = signal('');

  protected readonly searchSuggestionItems: SearchSuggestionItem[] = [
    { id: 's1', label: 'Pricing table' },
    { id: 's2', label: 'Login form' },
    { id: 's3', label: 'Navbar' },
    { id: 's4', label: 'Dark mode' },
  ];

  protected handleSearchSubmit(event: Event): void {
    event.preventDefault();
    this.search.emit(this.query());
  }

  protected handleSearchInputInput(event: Event): void {
    this.query.set((event.currentTarget as HTMLInputElement).value);
  }

  protected handleSearchClearClick(): void {
    this.query.set('');
  }

  protected handleSearchSuggestionButtonClick(item: SearchSuggestionItem): void {
    this.query.set(item.label);
  }
}

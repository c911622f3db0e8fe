import { Component, EventEmitter, Output, booleanAttribute, input } from '@angular/core';

/** Button (primary) */
@Component({
  selector: 'app-button',
  standalone: true,
  template: `
    <button
      class="button__button"
      type="button"
      [disabled]="disabled()"
      (click)="handleButtonClick()"
    >@if (loading()) {<svg class="button__svg-1" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path class="button__path-1" d="M12 3a9 9 0 1 0 9 9"></path></svg>{{ loadingLabel() }}} @else {{{ label() }}}</button>
  `,
  styles: `
    :host {
      display: contents;
      --color-primary: #0b6477;
      --color-primary-hover: #09505f;
      --color-on-primary: #ffffff;
      --color-focus: #14919b;
      --space-xs: 0.25rem;
      --space-sm: 0.5rem;
      --space-md: 1rem;
      --radius-md: 8px;
      --border-width: 1px;
      --font-family-base: Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
      --font-size-md: 1rem;
      --font-weight-semibold: 600;
      --line-height-tight: 1.25;
      --duration-fast: 150ms;
    }

    .button__button {
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

    .button__button:hover {
      background-color: var(--color-primary-hover);
    }

    .button__button:focus-visible {
      outline-width: var(--border-width);
      outline-style: solid;
      outline-color: var(--color-focus);
      outline-offset: var(--space-xs);
    }

    .button__button:active {
      transform: translateY(1px);
    }

    .button__button:disabled {
      box-shadow: none;
      opacity: 0.55;
      cursor: not-allowed;
      transform: none;
    }
  `,
})
export class ButtonComponent {
  /** Text, or the accessible name of an icon button @default 'Get started' */
  readonly label = input('Get started');
  /** @default 'Saving…' */
  readonly loadingLabel = input('Saving…');
  /** @default false */
  readonly disabled = input(false, { transform: booleanAttribute });
  /** @default false */
  readonly loading = input(false, { transform: booleanAttribute });
  @Output() readonly press = new EventEmitter<void>();

  protected handleButtonClick(): void {
    this.press.emit();
  }
}

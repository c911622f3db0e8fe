import { Component, signal } from '@angular/core';

/** Button with a tooltip */
@Component({
  selector: 'app-tooltip',
  standalone: true,
  template: `
    <span class="tooltip__tooltip">
      <button
        class="tooltip__tooltip-trigger"
        type="button"
        aria-describedby="tooltip-content"
        (mouseenter)="handleTooltipTriggerMouseenter()"
        (focus)="handleTooltipTriggerFocus()"
        (mouseleave)="handleTooltipTriggerMouseleave()"
        (blur)="handleTooltipTriggerBlur()"
        (keydown)="handleTooltipTriggerKeydown()"
      ><svg class="tooltip__svg-1" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><circle class="tooltip__circle-1" cx="18" cy="5" r="2.5"></circle><circle class="tooltip__circle-2" cx="6" cy="12" r="2.5"></circle><circle class="tooltip__circle-3" cx="18" cy="19" r="2.5"></circle><path class="tooltip__path-1" d="m8.2 10.8 7.6-4.4M8.2 13.2l7.6 4.4"></path></svg>Share</button>
      @if (open()) {
        <span class="tooltip__tooltip-content" id="tooltip-content">Copy a public link to this component</span>
      }
    </span>
  `,
  styles: `
    :host {
      display: contents;
      --color-surface: #ffffff;
      --color-surface-muted: #f1f5f9;
      --color-text: #0f172a;
      --color-border: #e2e8f0;
      --color-focus: #14919b;
      --space-xs: 0.25rem;
      --space-sm: 0.5rem;
      --space-md: 1rem;
      --radius-md: 8px;
      --border-width: 1px;
      --font-family-base: Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
      --font-size-xs: 0.75rem;
      --font-size-md: 1rem;
      --font-weight-semibold: 600;
      --line-height-tight: 1.25;
      --line-height-normal: 1.5;
      --shadow-sm: 0 1px 2px 0 rgb(15 23 42 / 0.06);
      --shadow-lg: 0 10px 15px -3px rgb(15 23 42 / 0.1), 0 4px 6px -4px rgb(15 23 42 / 0.05);
      --duration-fast: 150ms;
    }

    .tooltip__tooltip {
      position: relative;
      display: inline-flex;
      font-family: var(--font-family-base);
    }

    .tooltip__tooltip-trigger {
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

    .tooltip__tooltip-trigger:hover {
      border-color: var(--color-border);
      box-shadow: var(--shadow-sm);
      background-color: var(--color-surface);
    }

    .tooltip__tooltip-trigger:focus-visible {
      outline-width: var(--border-width);
      outline-style: solid;
      outline-color: var(--color-focus);
      outline-offset: var(--space-xs);
    }

    .tooltip__tooltip-trigger:active {
      transform: translateY(1px);
    }

    .tooltip__tooltip-trigger:disabled {
      box-shadow: none;
      opacity: 0.55;
      cursor: not-allowed;
      transform: none;
    }

    .tooltip__tooltip-content {
      position: absolute;
      bottom: 100%;
      left: 50%;
      z-index: 50;
      display: flex;
      align-items: center;
      gap: var(--space-xs);
      width: max-content;
      max-width: 16rem;
      margin: 0;
      padding: var(--space-xs) var(--space-sm);
      border-radius: var(--radius-md);
      box-shadow: var(--shadow-lg);
      background-color: var(--color-text);
      color: var(--color-surface);
      font-family: var(--font-family-base);
      font-size: var(--font-size-xs);
      line-height: var(--line-height-normal);
      pointer-events: none;
      transform: translate(-50%, -0.5rem);
    }
  `,
})
export class TooltipComponent {
  protected readonly open = signal(true);

  protected handleTooltipTriggerMouseenter(): void {
    this.open.set(true);
  }

  protected handleTooltipTriggerFocus(): void {
    this.open.set(true);
  }

  protected handleTooltipTriggerMouseleave(): void {
    this.open.set(false);
  }

  protected handleTooltipTriggerBlur(): void {
    this.open.set(false);
  }

  protected handleTooltipTriggerKeydown(): void {
    this.open.set(false);
  }
}

import { Component, signal } from '@angular/core';

/** FAQ accordion (4) */
@Component({
  selector: 'app-accordion',
  standalone: true,
  template: `
    <section class="accordion__faq" aria-labelledby="faq-title">
      <header class="accordion__faq-header">
        <p class="accordion__faq-eyebrow">FAQ</p>
        <h2 class="accordion__faq-title" id="faq-title">Frequently asked questions</h2>
        <p class="accordion__faq-subtitle">Everything you need to know about plans, billing and your data.</p>
      </header>
      <div class="accordion__faq-list">
        <div class="accordion__faq-item-1">
          <h3 class="accordion__faq-heading-1"><button class="accordion__faq-trigger-1" type="button" id="faq-trigger-1" [attr.aria-expanded]="open1()" aria-controls="faq-panel-1" (click)="handleFaqTrigger1Click()">Can I try it before I pay?<span class="accordion__faq-icon-1" aria-hidden="true">@if (open1()) {<svg class="accordion__svg-1" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path class="accordion__path-1" d="M5 12h14"></path></svg>} @else {<svg class="accordion__svg-2" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path class="accordion__path-2" d="M12 5v14M5 12h14"></path></svg>}</span></button></h3>
          @if (open1()) {
            <div
              class="accordion__faq-panel-1"
              id="faq-panel-1"
              role="region"
              aria-labelledby="faq-trigger-1"
            >
              <p class="accordion__faq-answer-1">Yes. The Free plan includes 50 generations a month with no card required, and Pro comes with a 14-day trial.</p>
            </div>
          }
        </div>
        <div class="accordion__faq-item-2">
          <h3 class="accordion__faq-heading-2"><button class="accordion__faq-trigger-2" type="button" id="faq-trigger-2" [attr.aria-expanded]="open2()" aria-controls="faq-panel-2" (click)="handleFaqTrigger2Click()">Does it work with my design system?<span class="accordion__faq-icon-2" aria-hidden="true">@if (open2()) {<svg class="accordion__svg-3" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path class="accordion__path-3" d="M5 12h14"></path></svg>} @else {<svg class="accordion__svg-4" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path class="accordion__path-4" d="M12 5v14M5 12h14"></path></svg>}</span></button></h3>
          @if (open2()) {
            <div
              class="accordion__faq-panel-2"
              id="faq-panel-2"
              role="region"
              aria-labelledby="faq-trigger-2"
            >
              <p class="accordion__faq-answer-2">Import your tokens from DTCG JSON, Style Dictionary, CSS variables or a Tailwind theme, and every component follows them.</p>
            </div>
          }
        </div>
        <div class="accordion__faq-item-3">
          <h3 class="accordion__faq-heading-3"><button class="accordion__faq-trigger-3" type="button" id="faq-trigger-3" [attr.aria-expanded]="open3()" aria-controls="faq-panel-3" (click)="handleFaqTrigger3Click()">Which frameworks can I export to?<span class="accordion__faq-icon-3" aria-hidden="true">@if (open3()) {<svg class="accordion__svg-5" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path class="accordion__path-5" d="M5 12h14"></path></svg>} @else {<svg class="accordion__svg-6" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path class="accordion__path-6" d="M12 5v14M5 12h14"></path></svg>}</span></button></h3>
          @if (open3()) {
            <div
              class="accordion__faq-panel-3"
              id="faq-panel-3"
              role="region"
              aria-labelledby="faq-trigger-3"
            >
              <p class="accordion__faq-answer-3">HTML with CSS or Tailwind, React, Vue 3, Svelte 5, Angular and Web Components — all from the same component.</p>
            </div>
          }
        </div>
        <div class="accordion__faq-item-4">
          <h3 class="accordion__faq-heading-4"><button class="accordion__faq-trigger-4" type="button" id="faq-trigger-4" [attr.aria-expanded]="open4()" aria-controls="faq-panel-4" (click)="handleFaqTrigger4Click()">Can I cancel at any time?<span class="accordion__faq-icon-4" aria-hidden="true">@if (open4()) {<svg class="accordion__svg-7" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path class="accordion__path-7" d="M5 12h14"></path></svg>} @else {<svg class="accordion__svg-8" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path class="accordion__path-8" d="M12 5v14M5 12h14"></path></svg>}</span></button></h3>
          @if (open4()) {
            <div
              class="accordion__faq-panel-4"
              id="faq-panel-4"
              role="region"
              aria-labelledby="faq-trigger-4"
            >
              <p class="accordion__faq-answer-4">Of course. Cancel from the billing page and you keep access until the end of the period you paid for.</p>
            </div>
          }
        </div>
      </div>
      <p class="accordion__faq-contact">Still stuck?<a class="accordion__faq-contact-link" href="#contact">Talk to our team</a></p>
    </section>
  `,
  styles: `
    :host {
      display: contents;
      --color-primary: #0b6477;
      --color-background: #f8fafc;
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
      --radius-sm: 4px;
      --radius-lg: 12px;
      --border-width: 1px;
      --font-family-base: Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
      --font-family-heading: Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
      --font-size-sm: 0.875rem;
      --font-size-md: 1rem;
      --font-size-lg: 1.125rem;
      --font-size-2xl: 1.5rem;
      --font-size-3xl: 1.875rem;
      --font-weight-medium: 500;
      --font-weight-semibold: 600;
      --font-weight-bold: 700;
      --line-height-tight: 1.25;
      --line-height-normal: 1.5;
      --shadow-sm: 0 1px 2px 0 rgb(15 23 42 / 0.06);
      --breakpoint-sm: 640px;
      --duration-fast: 150ms;
    }

    .accordion__faq {
      display: flex;
      flex-direction: column;
      gap: var(--space-lg);
      box-sizing: border-box;
      width: 100%;
      padding: var(--space-xl) var(--space-md);
      background-color: var(--color-background);
      color: var(--color-text);
      font-family: var(--font-family-base);
    }

    .accordion__faq-header {
      display: flex;
      flex-direction: column;
      gap: var(--space-sm);
    }

    .accordion__faq-eyebrow {
      margin: 0;
      color: var(--color-primary);
      font-size: var(--font-size-sm);
      font-weight: var(--font-weight-semibold);
      text-transform: uppercase;
    }

    .accordion__faq-title {
      margin: 0;
      color: var(--color-text);
      font-family: var(--font-family-heading);
      font-size: var(--font-size-2xl);
      font-weight: var(--font-weight-bold);
      line-height: var(--line-height-tight);
    }

    .accordion__faq-subtitle {
      max-width: var(--breakpoint-sm);
      margin: 0;
      color: var(--color-text-muted);
      font-family: var(--font-family-base);
      font-size: var(--font-size-lg);
      line-height: var(--line-height-normal);
    }

    .accordion__faq-list {
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
    }

    .accordion__faq-heading-1,
    .accordion__faq-heading-2,
    .accordion__faq-heading-3,
    .accordion__faq-heading-4 {
      margin: 0;
    }

    .accordion__faq-trigger-1,
    .accordion__faq-trigger-2,
    .accordion__faq-trigger-3,
    .accordion__faq-trigger-4 {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: var(--space-md);
      width: 100%;
      padding: var(--space-md) var(--space-lg);
      border-width: 0;
      background-color: transparent;
      color: var(--color-text);
      font-family: var(--font-family-base);
      font-size: var(--font-size-md);
      font-weight: var(--font-weight-semibold);
      text-align: left;
      cursor: pointer;
      transition-property: background-color, border-color, color, box-shadow, transform, opacity;
      transition-duration: var(--duration-fast);
      transition-timing-function: ease-out;
    }

    .accordion__faq-trigger-1:hover,
    .accordion__faq-trigger-2:hover,
    .accordion__faq-trigger-3:hover,
    .accordion__faq-trigger-4:hover {
      background-color: var(--color-surface-muted);
    }

    .accordion__faq-trigger-1:focus-visible,
    .accordion__faq-trigger-2:focus-visible,
    .accordion__faq-trigger-3:focus-visible,
    .accordion__faq-trigger-4:focus-visible {
      outline-width: var(--border-width);
      outline-style: solid;
      outline-color: var(--color-focus);
      outline-offset: var(--space-xs);
    }

    .accordion__faq-trigger-1:active,
    .accordion__faq-trigger-2:active,
    .accordion__faq-trigger-3:active,
    .accordion__faq-trigger-4:active {
      transform: translateY(1px);
    }

    .accordion__faq-trigger-1:disabled,
    .accordion__faq-trigger-2:disabled,
    .accordion__faq-trigger-3:disabled,
    .accordion__faq-trigger-4:disabled {
      box-shadow: none;
      opacity: 0.55;
      cursor: not-allowed;
      transform: none;
    }

    .accordion__faq-icon-1,
    .accordion__faq-icon-2,
    .accordion__faq-icon-3,
    .accordion__faq-icon-4 {
      display: inline-flex;
      flex-shrink: 0;
      color: var(--color-primary);
    }

    .accordion__faq-panel-1,
    .accordion__faq-panel-2,
    .accordion__faq-panel-3,
    .accordion__faq-panel-4 {
      padding: 0 var(--space-lg);
      padding-bottom: var(--space-md);
    }

    .accordion__faq-answer-1,
    .accordion__faq-answer-2,
    .accordion__faq-answer-3,
    .accordion__faq-answer-4 {
      margin: 0;
      color: var(--color-text-muted);
      font-family: var(--font-family-base);
      font-size: var(--font-size-md);
      line-height: var(--line-height-normal);
    }

    .accordion__faq-item-2,
    .accordion__faq-item-3,
    .accordion__faq-item-4 {
      border-width: 0;
      border-top-width: var(--border-width);
      border-style: solid;
      border-color: var(--color-border);
    }

    .accordion__faq-contact {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--space-xs);
      margin: 0;
      color: var(--color-text-muted);
      font-family: var(--font-family-base);
      font-size: var(--font-size-sm);
      line-height: var(--line-height-normal);
    }

    .accordion__faq-contact-link {
      border-radius: var(--radius-sm);
      color: var(--color-primary);
      font-family: inherit;
      font-weight: var(--font-weight-medium);
      text-decoration: none;
      cursor: pointer;
      transition-property: background-color, border-color, color, box-shadow, transform, opacity;
      transition-duration: var(--duration-fast);
      transition-timing-function: ease-out;
    }

    .accordion__faq-contact-link:hover {
      text-decoration: underline;
    }

    .accordion__faq-contact-link:focus-visible {
      outline-width: var(--border-width);
      outline-style: solid;
      outline-color: var(--color-focus);
      outline-offset: var(--space-xs);
    }

    .accordion__faq-contact-link:active {
      text-decoration: underline;
    }

    @media (min-width: 768px) {
      .accordion__faq {
        padding: var(--space-xl) var(--space-xl);
      }

      .accordion__faq-title {
        font-size: var(--font-size-3xl);
      }
    }
  `,
})
export class AccordionComponent {
  protected readonly open1 = signal(true);
  protected readonly open2 = signal(false);
  protected readonly open3 = signal(false);
  protected readonly open4 = signal(false);

  protected handleFaqTrigger1Click(): void {
    this.open1.update((current) => !current);
  }

  protected handleFaqTrigger2Click(): void {
    this.open2.update((current) => !current);
  }

  protected handleFaqTrigger3Click(): void {
    this.open3.update((current) => !current);
  }

  protected handleFaqTrigger4Click(): void {
    this.open4.update((current) => !current);
  }
}

import { Component, EventEmitter, Output, input, signal } from '@angular/core';

/** Confirmation modal dialog */
@Component({
  selector: 'app-confirm-modal',
  standalone: true,
  template: `
    <div class="confirm-modal__modal"><button class="confirm-modal__modal-trigger" type="button" aria-haspopup="dialog" (click)="handleModalTriggerClick()"><svg class="confirm-modal__svg-1" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path class="confirm-modal__path-1" d="M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3"></path></svg>Delete project</button>@if (open()) {<div class="confirm-modal__modal-overlay"><div class="confirm-modal__modal-backdrop" aria-hidden="true"></div><div class="confirm-modal__modal-dialog" role="alertdialog" aria-labelledby="modal-title" aria-describedby="modal-description" aria-modal="true"><div class="confirm-modal__modal-header"><span class="confirm-modal__modal-icon" aria-hidden="true"><svg class="confirm-modal__svg-2" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false" width="20" height="20" aria-hidden="true"><path class="confirm-modal__path-2" d="M12 3 2 20h20zM12 10v4M12 17h.01"></path></svg></span><button class="confirm-modal__modal-close" type="button" aria-label="Close dialog" (click)="handleModalCloseClick()"><svg class="confirm-modal__svg-3" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path class="confirm-modal__path-3" d="M18 6 6 18M6 6l12 12"></path></svg></button></div><h2 class="confirm-modal__modal-title" id="modal-title">{{ title() }}</h2><p class="confirm-modal__modal-description" id="modal-description">{{ body() }}</p><div class="confirm-modal__modal-actions"><button class="confirm-modal__modal-confirm" type="button" (click)="handleModalConfirmClick()">{{ confirmLabel() }}</button><button class="confirm-modal__modal-cancel" type="button" (click)="handleModalCancelClick()">Cancel</button></div></div></div>}</div>
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
      --space-lg: 1.5rem;
      --space-xl: 2rem;
      --radius-md: 8px;
      --radius-lg: 12px;
      --border-width: 1px;
      --font-family-base: Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
      --font-family-heading: Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
      --font-size-md: 1rem;
      --font-size-xl: 1.25rem;
      --font-weight-semibold: 600;
      --font-weight-bold: 700;
      --line-height-tight: 1.25;
      --line-height-normal: 1.5;
      --shadow-sm: 0 1px 2px 0 rgb(15 23 42 / 0.06);
      --shadow-md: 0 4px 6px -1px rgb(15 23 42 / 0.1), 0 2px 4px -2px rgb(15 23 42 / 0.06);
      --shadow-lg: 0 10px 15px -3px rgb(15 23 42 / 0.1), 0 4px 6px -4px rgb(15 23 42 / 0.05);
      --duration-fast: 150ms;
    }

    .confirm-modal__modal {
      font-family: var(--font-family-base);
    }

    .confirm-modal__modal-trigger {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: var(--space-xs);
      padding: var(--space-sm) var(--space-md);
      border-width: var(--border-width);
      border-style: solid;
      border-color: var(--color-danger);
      border-radius: var(--radius-md);
      background-color: transparent;
      color: var(--color-danger);
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

    .confirm-modal__modal-trigger:hover {
      background-color: var(--color-danger);
      color: var(--color-on-danger);
    }

    .confirm-modal__modal-trigger:focus-visible {
      outline-width: var(--border-width);
      outline-style: solid;
      outline-color: var(--color-focus);
      outline-offset: var(--space-xs);
    }

    .confirm-modal__modal-trigger:active {
      transform: translateY(1px);
    }

    .confirm-modal__modal-trigger:disabled {
      box-shadow: none;
      opacity: 0.55;
      cursor: not-allowed;
      transform: none;
    }

    .confirm-modal__modal-overlay {
      position: fixed;
      inset: 0;
      z-index: 50;
      display: flex;
      align-items: flex-end;
      justify-content: center;
      padding: var(--space-md);
    }

    .confirm-modal__modal-backdrop {
      position: absolute;
      inset: 0;
      background-color: var(--color-text);
      opacity: 0.6;
    }

    .confirm-modal__modal-dialog {
      position: relative;
      display: flex;
      flex-direction: column;
      gap: var(--space-md);
      box-sizing: border-box;
      width: 100%;
      max-width: 28rem;
      padding: var(--space-lg);
      border-width: var(--border-width);
      border-style: solid;
      border-color: var(--color-border);
      border-radius: var(--radius-lg);
      box-shadow: var(--shadow-lg);
      background-color: var(--color-surface);
      color: var(--color-text);
    }

    .confirm-modal__modal-header {
      display: flex;
      align-items: flex-start;
      justify-content: space-between;
      gap: var(--space-md);
    }

    .confirm-modal__modal-icon {
      display: inline-flex;
      flex-shrink: 0;
      align-items: center;
      justify-content: center;
      width: var(--space-xl);
      height: var(--space-xl);
      padding: var(--space-xs);
      border-radius: var(--radius-md);
      background-color: var(--color-danger);
      color: var(--color-on-danger);
    }

    .confirm-modal__modal-close {
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

    .confirm-modal__modal-close:hover {
      background-color: var(--color-surface-muted);
      color: var(--color-text);
    }

    .confirm-modal__modal-close:focus-visible {
      outline-width: var(--border-width);
      outline-style: solid;
      outline-color: var(--color-focus);
      outline-offset: var(--space-xs);
    }

    .confirm-modal__modal-close:active {
      transform: translateY(1px);
    }

    .confirm-modal__modal-close:disabled {
      box-shadow: none;
      opacity: 0.55;
      cursor: not-allowed;
      transform: none;
    }

    .confirm-modal__modal-title {
      margin: 0;
      color: var(--color-text);
      font-family: var(--font-family-heading);
      font-size: var(--font-size-xl);
      font-weight: var(--font-weight-bold);
      line-height: var(--line-height-tight);
    }

    .confirm-modal__modal-description {
      margin: 0;
      color: var(--color-text-muted);
      font-family: var(--font-family-base);
      font-size: var(--font-size-md);
      line-height: var(--line-height-normal);
    }

    .confirm-modal__modal-actions {
      display: flex;
      flex-direction: column;
      gap: var(--space-sm);
      margin-top: var(--space-sm);
    }

    .confirm-modal__modal-confirm {
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
      background-color: var(--color-danger);
      color: var(--color-on-danger);
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

    .confirm-modal__modal-confirm:hover {
      box-shadow: var(--shadow-md);
      background-color: var(--color-danger);
    }

    .confirm-modal__modal-confirm:focus-visible {
      outline-width: var(--border-width);
      outline-style: solid;
      outline-color: var(--color-focus);
      outline-offset: var(--space-xs);
    }

    .confirm-modal__modal-confirm:active {
      transform: translateY(1px);
    }

    .confirm-modal__modal-confirm:disabled {
      box-shadow: none;
      opacity: 0.55;
      cursor: not-allowed;
      transform: none;
    }

    .confirm-modal__modal-cancel {
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

    .confirm-modal__modal-cancel:hover {
      border-color: var(--color-border);
      box-shadow: var(--shadow-sm);
      background-color: var(--color-surface);
    }

    .confirm-modal__modal-cancel:focus-visible {
      outline-width: var(--border-width);
      outline-style: solid;
      outline-color: var(--color-focus);
      outline-offset: var(--space-xs);
    }

    .confirm-modal__modal-cancel:active {
      transform: translateY(1px);
    }

    .confirm-modal__modal-cancel:disabled {
      box-shadow: none;
      opacity: 0.55;
      cursor: not-allowed;
      transform: none;
    }

    @media (min-width: 640px) {
      .confirm-modal__modal-overlay {
        align-items: center;
      }

      .confirm-modal__modal-dialog {
        padding: var(--space-xl);
      }

      .confirm-modal__modal-actions {
        flex-direction: row-reverse;
        justify-content: flex-start;
      }
    }
  `,
})
export class ConfirmModalComponent {
  /** @default 'Delete this project?' */
  readonly title = input('Delete this project?');
  /** @default '“Marketing site” and its 24 components will be permanently deleted. This can’t be undone.' */
  readonly body = input('“Marketing site” and its 24 components will be permanently deleted. This can’t be undone.');
  /** @default 'Delete project' */
  readonly confirmLabel = input('Delete project');
  @Output() readonly cancel = new EventEmitter<void>();
  @Output() readonly confirm = new EventEmitter<void>();

  protected readonly open = signal(true);

  protected handleModalTriggerClick(): void {
    this.open.set(true);
  }

  protected handleModalCloseClick(): void {
    this.open.set(false);
    this.cancel.emit();
  }

  protected handleModalConfirmClick(): void {
    this.confirm.emit();
    this.open.set(false);
  }

  protected handleModalCancelClick(): void {
    this.open.set(false);
    this.cancel.emit();
  }
}

import { Component, EventEmitter, Output, booleanAttribute, input } from '@angular/core';

interface UploadFileItem {
  id: string;
  name: string;
  size: string;
  progress: number;
  done: boolean;
  removeLabel: string;
}

/** File upload with progress */
@Component({
  selector: 'app-file-upload',
  standalone: true,
  template: `
    <section class="file-upload__upload" aria-labelledby="upload-title">
      <header class="file-upload__upload-header">
        <h2 class="file-upload__upload-title" id="upload-title">Upload files</h2>
        <p class="file-upload__upload-subtitle">Attach design files or screenshots to this project.</p>
      </header>
      <label class="file-upload__upload-dropzone" for="upload-input">
        <span class="file-upload__upload-icon" aria-hidden="true">
          <svg
            class="file-upload__svg-1"
            viewBox="0 0 24 24"
            fill="none"
            stroke="currentColor"
            stroke-width="2"
            stroke-linecap="round"
            stroke-linejoin="round"
            focusable="false"
            width="22"
            height="22"
            aria-hidden="true"
          >
            <path class="file-upload__path-1" d="M12 16V4M7 9l5-5 5 5M4 20h16"></path>
          </svg>
        </span>
        <span class="file-upload__upload-cta">Choose files</span>
        <span class="file-upload__upload-detail">or drag and drop them here</span>
        <span class="file-upload__upload-hint" id="upload-hint">SVG, PNG, JPG or PDF · up to 10 MB each</span>
        <input
          class="file-upload__upload-input"
          id="upload-input"
          type="file"
          name="files"
          multiple
          accept=".svg,.png,.jpg,.jpeg,.pdf"
          aria-describedby="upload-hint"
          (change)="handleUploadInputChange()"
        />
      </label>
      <ul class="file-upload__upload-files">
        @for (item of uploadFileItems; track item.id) {
          <li class="file-upload__upload-file">
            <span class="file-upload__upload-file-icon" aria-hidden="true">
              <svg
                class="file-upload__svg-2"
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
                <path class="file-upload__path-2" d="M14 3H6v18h12V7zM14 3v4h4"></path>
              </svg>
            </span>
            <div class="file-upload__upload-file-body">
              <div class="file-upload__upload-file-top">
                <span class="file-upload__upload-file-name">{{ item.name }}</span>
                <span class="file-upload__upload-file-size">{{ item.size }}</span>
              </div>
              @if (item.done) {
                <span class="file-upload__upload-file-done"><span class="file-upload__upload-file-check"><svg class="file-upload__svg-3" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false" width="14" height="14" aria-hidden="true"><circle class="file-upload__circle-1" cx="12" cy="12" r="9"></circle><path class="file-upload__path-3" d="m8 12 3 3 5-6"></path></svg></span>Uploaded</span>
              } @else {
                <progress
                  class="file-upload__upload-file-progress"
                  max="100"
                  [value]="item.progress"
                  [attr.aria-label]="item.name"
                ></progress>
              }
            </div>
            <button
              class="file-upload__upload-remove"
              type="button"
              [attr.aria-label]="item.removeLabel"
              (click)="handleUploadRemoveClick(item)"
            >
              <svg
                class="file-upload__svg-4"
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
                <path class="file-upload__path-4" d="M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3"></path>
              </svg>
            </button>
          </li>
        }
      </ul>
      <div class="file-upload__upload-actions">
        <button
          class="file-upload__upload-cancel"
          type="button"
          (click)="handleUploadCancelClick()"
        >Cancel</button>
        <button
          class="file-upload__upload-submit"
          type="button"
          [disabled]="disabled()"
          (click)="handleUploadSubmitClick()"
        >Attach files</button>
      </div>
    </section>
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
      --color-success: #80ed99;
      --space-xs: 0.25rem;
      --space-sm: 0.5rem;
      --space-md: 1rem;
      --space-lg: 1.5rem;
      --space-xl: 2rem;
      --radius-md: 8px;
      --radius-lg: 12px;
      --radius-full: 9999px;
      --border-width: 1px;
      --font-family-base: Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
      --font-family-heading: Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
      --font-size-xs: 0.75rem;
      --font-size-sm: 0.875rem;
      --font-size-md: 1rem;
      --font-size-xl: 1.25rem;
      --font-weight-medium: 500;
      --font-weight-semibold: 600;
      --font-weight-bold: 700;
      --line-height-tight: 1.25;
      --line-height-normal: 1.5;
      --shadow-sm: 0 1px 2px 0 rgb(15 23 42 / 0.06);
      --duration-fast: 150ms;
    }

    .file-upload__upload {
      display: flex;
      flex-direction: column;
      gap: var(--space-lg);
      box-sizing: border-box;
      width: 100%;
      max-width: 36rem;
      padding: var(--space-lg);
      border-width: var(--border-width);
      border-style: solid;
      border-color: var(--color-border);
      border-radius: var(--radius-lg);
      box-shadow: var(--shadow-sm);
      background-color: var(--color-surface);
      color: var(--color-text);
      font-family: var(--font-family-base);
    }

    .file-upload__upload-header {
      display: flex;
      flex-direction: column;
      gap: var(--space-xs);
    }

    .file-upload__upload-title {
      margin: 0;
      color: var(--color-text);
      font-family: var(--font-family-heading);
      font-size: var(--font-size-xl);
      font-weight: var(--font-weight-bold);
      line-height: var(--line-height-tight);
    }

    .file-upload__upload-subtitle {
      margin: 0;
      color: var(--color-text-muted);
      font-family: var(--font-family-base);
      font-size: var(--font-size-sm);
      line-height: var(--line-height-normal);
    }

    .file-upload__upload-dropzone {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: var(--space-sm);
      padding: var(--space-xl);
      border-width: var(--border-width);
      border-style: dashed;
      border-color: var(--color-border);
      border-radius: var(--radius-lg);
      background-color: var(--color-surface);
      text-align: center;
      cursor: pointer;
    }

    .file-upload__upload-dropzone:hover {
      border-color: var(--color-primary);
    }

    .file-upload__upload-dropzone:active {
      border-color: var(--color-primary);
    }

    .file-upload__upload-icon {
      display: inline-flex;
      flex-shrink: 0;
      align-items: center;
      justify-content: center;
      width: var(--space-xl);
      height: var(--space-xl);
      padding: var(--space-xs);
      border-radius: var(--radius-md);
      background-color: var(--color-primary);
      color: var(--color-on-primary);
    }

    .file-upload__upload-cta {
      color: var(--color-primary);
      font-weight: var(--font-weight-semibold);
    }

    .file-upload__upload-detail {
      margin: 0;
      color: var(--color-text);
      font-family: var(--font-family-base);
      font-size: var(--font-size-sm);
      line-height: var(--line-height-normal);
    }

    .file-upload__upload-hint {
      margin: 0;
      color: var(--color-text-muted);
      font-family: var(--font-family-base);
      font-size: var(--font-size-xs);
      line-height: var(--line-height-normal);
    }

    .file-upload__upload-input {
      max-width: 100%;
      border-radius: var(--radius-md);
      color: var(--color-text-muted);
      font-family: var(--font-family-base);
      font-size: var(--font-size-sm);
      line-height: var(--line-height-normal);
      cursor: pointer;
    }

    .file-upload__upload-input:hover {
      color: var(--color-text);
    }

    .file-upload__upload-input:focus-visible {
      outline-width: var(--border-width);
      outline-style: solid;
      outline-color: var(--color-focus);
      outline-offset: var(--space-xs);
    }

    .file-upload__upload-input:active {
      color: var(--color-text);
    }

    .file-upload__upload-input:disabled {
      opacity: 0.55;
      cursor: not-allowed;
    }

    .file-upload__upload-input::file-selector-button {
      margin-right: var(--space-sm);
      padding: var(--space-xs) var(--space-sm);
      border-width: var(--border-width);
      border-style: solid;
      border-color: var(--color-border);
      border-radius: var(--radius-md);
      background-color: var(--color-surface-muted);
      color: var(--color-text);
      font-family: var(--font-family-base);
      font-size: var(--font-size-sm);
      font-weight: var(--font-weight-medium);
      line-height: var(--line-height-normal);
      cursor: pointer;
    }

    .file-upload__upload-files {
      display: flex;
      flex-direction: column;
      gap: var(--space-sm);
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .file-upload__upload-file {
      display: flex;
      align-items: center;
      gap: var(--space-md);
      padding: var(--space-sm);
      border-width: var(--border-width);
      border-style: solid;
      border-color: var(--color-border);
      border-radius: var(--radius-md);
    }

    .file-upload__upload-file-icon {
      display: inline-flex;
      flex-shrink: 0;
      align-items: center;
      justify-content: center;
      width: var(--space-xl);
      height: var(--space-xl);
      padding: var(--space-xs);
      border-radius: var(--radius-md);
      background-color: var(--color-surface-muted);
      color: var(--color-primary);
    }

    .file-upload__upload-file-body {
      display: flex;
      flex-direction: column;
      flex-grow: 1;
      gap: var(--space-xs);
      min-width: 0;
    }

    .file-upload__upload-file-top {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: var(--space-sm);
    }

    .file-upload__upload-file-name {
      overflow: hidden;
      color: var(--color-text);
      font-size: var(--font-size-sm);
      font-weight: var(--font-weight-medium);
      white-space: nowrap;
      text-overflow: ellipsis;
    }

    .file-upload__upload-file-size {
      margin: 0;
      color: var(--color-text-muted);
      font-family: var(--font-family-base);
      font-size: var(--font-size-xs);
      line-height: var(--line-height-normal);
      white-space: nowrap;
    }

    .file-upload__upload-file-done {
      display: flex;
      align-items: center;
      gap: var(--space-xs);
      margin: 0;
      color: var(--color-text);
      font-family: var(--font-family-base);
      font-size: var(--font-size-xs);
      line-height: var(--line-height-normal);
    }

    .file-upload__upload-file-check {
      display: inline-flex;
      color: var(--color-success);
    }

    .file-upload__upload-file-progress {
      width: 100%;
      height: var(--space-sm);
      overflow: hidden;
      border-radius: var(--radius-full);
      color: var(--color-primary);
    }

    .file-upload__upload-remove {
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

    .file-upload__upload-remove:hover {
      background-color: var(--color-surface-muted);
      color: var(--color-text);
    }

    .file-upload__upload-remove:focus-visible {
      outline-width: var(--border-width);
      outline-style: solid;
      outline-color: var(--color-focus);
      outline-offset: var(--space-xs);
    }

    .file-upload__upload-remove:active {
      transform: translateY(1px);
    }

    .file-upload__upload-remove:disabled {
      box-shadow: none;
      opacity: 0.55;
      cursor: not-allowed;
      transform: none;
    }

    .file-upload__upload-actions {
      display: flex;
      align-items: center;
      justify-content: flex-end;
      gap: var(--space-sm);
    }

    .file-upload__upload-cancel {
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

    .file-upload__upload-cancel:hover {
      border-color: var(--color-border);
      box-shadow: var(--shadow-sm);
      background-color: var(--color-surface);
    }

    .file-upload__upload-cancel:focus-visible {
      outline-width: var(--border-width);
      outline-style: solid;
      outline-color: var(--color-focus);
      outline-offset: var(--space-xs);
    }

    .file-upload__upload-cancel:active {
      transform: translateY(1px);
    }

    .file-upload__upload-cancel:disabled {
      box-shadow: none;
      opacity: 0.55;
      cursor: not-allowed;
      transform: none;
    }

    .file-upload__upload-submit {
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

    .file-upload__upload-submit:hover {
      background-color: var(--color-primary-hover);
    }

    .file-upload__upload-submit:focus-visible {
      outline-width: var(--border-width);
      outline-style: solid;
      outline-color: var(--color-focus);
      outline-offset: var(--space-xs);
    }

    .file-upload__upload-submit:active {
      transform: translateY(1px);
    }

    .file-upload__upload-submit:disabled {
      box-shadow: none;
      opacity: 0.55;
      cursor: not-allowed;
      transform: none;
    }
  `,
})
export class FileUploadComponent {
  /** @default false */
  readonly disabled = input(false, { transform: booleanAttribute });
  @Output() readonly filesSelected = new EventEmitter<void>();
  @Output() readonly remove = new EventEmitter<string>();
  @Output() readonly cancel = new EventEmitter<void>();
  @Output() readonly submit = new EventEmitter<void>();

  protected readonly uploadFileItems: UploadFileItem[] = [
    { id: 'file1', name: 'brand-guidelines.pdf', size: '2.4 MB', progress: 100, done: true, removeLabel: 'Remove brand-guidelines.pdf' },
    { id: 'file2', name: 'homepage-hero.png', size: '1.1 MB', progress: 64, done: false, removeLabel: 'Remove homepage-hero.png' },
  ];

  protected handleUploadInputChange(): void {
    this.filesSelected.emit();
  }

  protected handleUploadRemoveClick(item: UploadFileItem): void {
    this.remove.emit(item.id);
  }

  protected handleUploadCancelClick(): void {
    this.cancel.emit();
  }

  protected handleUploadSubmitClick(): void {
    this.submit.emit();
  }
}

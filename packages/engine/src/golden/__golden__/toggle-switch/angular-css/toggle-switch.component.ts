import { Component, EventEmitter, Output, signal } from '@angular/core';

/** Settings toggle switches */
@Component({
  selector: 'app-toggle-switch',
  standalone: true,
  template: `
    <section class="toggle-switch__settings" aria-labelledby="settings-title">
      <header class="toggle-switch__settings-header">
        <h2 class="toggle-switch__settings-title" id="settings-title">Notifications</h2>
        <p class="toggle-switch__settings-subtitle">Choose what we tell you about and where.</p>
      </header>
      <ul class="toggle-switch__settings-list">
        <li class="toggle-switch__setting-1">
          <div class="toggle-switch__setting-1-text">
            <span class="toggle-switch__setting-1-label" id="setting-1-label">Email notifications</span>
            <span class="toggle-switch__setting-1-description" id="setting-1-description">Get a summary of activity on your projects.</span>
          </div>
          <button
            class="toggle-switch__switch-1"
            type="button"
            role="switch"
            [attr.aria-checked]="setting1()"
            aria-labelledby="setting-1-label"
            aria-describedby="setting-1-description"
            (click)="handleSwitch1Click()"
          >@if (setting1()) {<span class="toggle-switch__switch-1-on" aria-hidden="true"></span><span class="toggle-switch__switch-1-knob-on" aria-hidden="true"></span>} @else {<span class="toggle-switch__switch-1-knob-off" aria-hidden="true"></span>}</button>
        </li>
        <li class="toggle-switch__setting-2">
          <div class="toggle-switch__setting-2-text">
            <span class="toggle-switch__setting-2-label" id="setting-2-label">Push notifications</span>
            <span class="toggle-switch__setting-2-description" id="setting-2-description">Instant alerts on your phone and desktop.</span>
          </div>
          <button
            class="toggle-switch__switch-2"
            type="button"
            role="switch"
            [attr.aria-checked]="setting2()"
            aria-labelledby="setting-2-label"
            aria-describedby="setting-2-description"
            (click)="handleSwitch2Click()"
          >@if (setting2()) {<span class="toggle-switch__switch-2-on" aria-hidden="true"></span><span class="toggle-switch__switch-2-knob-on" aria-hidden="true"></span>} @else {<span class="toggle-switch__switch-2-knob-off" aria-hidden="true"></span>}</button>
        </li>
        <li class="toggle-switch__setting-3">
          <div class="toggle-switch__setting-3-text">
            <span class="toggle-switch__setting-3-label" id="setting-3-label">Weekly digest</span>
            <span class="toggle-switch__setting-3-description" id="setting-3-description">One email every Monday with the highlights.</span>
          </div>
          <button
            class="toggle-switch__switch-3"
            type="button"
            role="switch"
            [attr.aria-checked]="setting3()"
            aria-labelledby="setting-3-label"
            aria-describedby="setting-3-description"
            (click)="handleSwitch3Click()"
          >@if (setting3()) {<span class="toggle-switch__switch-3-on" aria-hidden="true"></span><span class="toggle-switch__switch-3-knob-on" aria-hidden="true"></span>} @else {<span class="toggle-switch__switch-3-knob-off" aria-hidden="true"></span>}</button>
        </li>
      </ul>
    </section>
  `,
  styles: `
    :host {
      display: contents;
      --color-primary: #0b6477;
      --color-surface: #ffffff;
      --color-text: #0f172a;
      --color-text-muted: #64748b;
      --color-border: #e2e8f0;
      --color-focus: #14919b;
      --space-xs: 0.25rem;
      --space-md: 1rem;
      --space-lg: 1.5rem;
      --radius-lg: 12px;
      --radius-full: 9999px;
      --border-width: 1px;
      --font-family-base: Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
      --font-family-heading: Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
      --font-size-sm: 0.875rem;
      --font-size-md: 1rem;
      --font-size-xl: 1.25rem;
      --font-weight-medium: 500;
      --font-weight-bold: 700;
      --line-height-tight: 1.25;
      --line-height-normal: 1.5;
      --shadow-sm: 0 1px 2px 0 rgb(15 23 42 / 0.06);
      --duration-fast: 150ms;
      --duration-normal: 250ms;
    }

    .toggle-switch__settings {
      display: flex;
      flex-direction: column;
      gap: var(--space-md);
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

    .toggle-switch__settings-header,
    .toggle-switch__setting-1-text,
    .toggle-switch__setting-2-text,
    .toggle-switch__setting-3-text {
      display: flex;
      flex-direction: column;
      gap: var(--space-xs);
    }

    .toggle-switch__settings-title {
      margin: 0;
      color: var(--color-text);
      font-family: var(--font-family-heading);
      font-size: var(--font-size-xl);
      font-weight: var(--font-weight-bold);
      line-height: var(--line-height-tight);
    }

    .toggle-switch__settings-subtitle,
    .toggle-switch__setting-1-description,
    .toggle-switch__setting-2-description,
    .toggle-switch__setting-3-description {
      margin: 0;
      color: var(--color-text-muted);
      font-family: var(--font-family-base);
      font-size: var(--font-size-sm);
      line-height: var(--line-height-normal);
    }

    .toggle-switch__settings-list {
      display: flex;
      flex-direction: column;
      gap: var(--space-md);
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .toggle-switch__setting-1 {
      display: flex;
      align-items: flex-start;
      justify-content: space-between;
      gap: var(--space-md);
      padding-top: var(--space-md);
    }

    .toggle-switch__setting-1-label,
    .toggle-switch__setting-2-label,
    .toggle-switch__setting-3-label {
      color: var(--color-text);
      font-size: var(--font-size-md);
      font-weight: var(--font-weight-medium);
    }

    .toggle-switch__switch-1,
    .toggle-switch__switch-2,
    .toggle-switch__switch-3 {
      position: relative;
      flex-shrink: 0;
      width: 2.75rem;
      height: 1.5rem;
      padding: 0;
      border-width: 0;
      border-radius: var(--radius-full);
      background-color: var(--color-surface);
      font-family: inherit;
      cursor: pointer;
      transition-property: background-color, border-color, color, box-shadow, transform, opacity;
      transition-duration: var(--duration-fast);
      transition-timing-function: ease-out;
    }

    .toggle-switch__switch-1:hover,
    .toggle-switch__switch-2:hover,
    .toggle-switch__switch-3:hover {
      opacity: 0.9;
    }

    .toggle-switch__switch-1:focus-visible,
    .toggle-switch__switch-2:focus-visible,
    .toggle-switch__switch-3:focus-visible {
      outline-width: var(--border-width);
      outline-style: solid;
      outline-color: var(--color-focus);
      outline-offset: var(--space-xs);
    }

    .toggle-switch__switch-1:active,
    .toggle-switch__switch-2:active,
    .toggle-switch__switch-3:active {
      transform: scale(0.97);
    }

    .toggle-switch__switch-1:disabled,
    .toggle-switch__switch-2:disabled,
    .toggle-switch__switch-3:disabled {
      box-shadow: none;
      opacity: 0.55;
      cursor: not-allowed;
      transform: none;
    }

    .toggle-switch__switch-1-on,
    .toggle-switch__switch-2-on,
    .toggle-switch__switch-3-on {
      position: absolute;
      inset: 0;
      border-radius: var(--radius-full);
      background-color: var(--color-primary);
    }

    .toggle-switch__switch-1-knob-on,
    .toggle-switch__switch-2-knob-on,
    .toggle-switch__switch-3-knob-on {
      position: absolute;
      top: 0.1875rem;
      left: 1.4375rem;
      width: 1.125rem;
      height: 1.125rem;
      border-radius: var(--radius-full);
      box-shadow: var(--shadow-sm);
      background-color: var(--color-surface);
      transition-property: left;
      transition-duration: var(--duration-normal);
    }

    .toggle-switch__switch-1-knob-off,
    .toggle-switch__switch-2-knob-off,
    .toggle-switch__switch-3-knob-off {
      position: absolute;
      top: 0.1875rem;
      left: 0.1875rem;
      width: 1.125rem;
      height: 1.125rem;
      border-radius: var(--radius-full);
      box-shadow: var(--shadow-sm);
      background-color: var(--color-surface);
      transition-property: left;
      transition-duration: var(--duration-normal);
    }

    .toggle-switch__setting-2,
    .toggle-switch__setting-3 {
      display: flex;
      align-items: flex-start;
      justify-content: space-between;
      gap: var(--space-md);
      padding-top: var(--space-md);
      border-width: 0;
      border-top-width: var(--border-width);
      border-style: solid;
      border-color: var(--color-border);
    }
  `,
})
export class ToggleSwitchComponent {
  @Output() readonly change = new EventEmitter<void>();

  protected readonly setting1 = signal(true);
  protected readonly setting2 = signal(false);
  protected readonly setting3 = signal(true);

  protected handleSwitch1Click(): void {
    this.setting1.update((current) => !current);
    this.change.emit();
  }

  protected handleSwitch2Click(): void {
    this.setting2.update((current) => !current);
    this.change.emit();
  }

  protected handleSwitch3Click(): void {
    this.setting3.update((current) => !current);
    this.change.emit();
  }
}

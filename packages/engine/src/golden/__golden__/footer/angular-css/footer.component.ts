import { Component } from '@angular/core';

interface FooterSocialItem {
  id: string;
  label: string;
  href: string;
  icon: string;
}

interface FooterColumn1Item {
  id: string;
  label: string;
  href: string;
}

interface FooterColumn2Item {
  id: string;
  label: string;
  href: string;
}

interface FooterColumn3Item {
  id: string;
  label: string;
  href: string;
}

interface FooterLegalItem {
  id: string;
  label: string;
  href: string;
}

/** Site footer with link columns */
@Component({
  selector: 'app-footer',
  standalone: true,
  template: `
    <footer class="footer__footer">
      <div class="footer__footer-main">
        <div class="footer__footer-brand">
          <a class="footer__footer-logo" href="/">
            <span class="footer__footer-logo-icon" aria-hidden="true">
              <svg
                class="footer__svg-1"
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
                <path class="footer__path-1" d="M12 3 2 8l10 5 10-5zM2 13l10 5 10-5"></path>
              </svg>
            </span>
            <span class="footer__footer-brand-name">Northwind</span>
          </a>
          <p class="footer__footer-tagline">Production-ready UI that follows your design system, in every framework.</p>
          <ul class="footer__footer-social" aria-label="Follow us">
            @for (item of footerSocialItems; track item.id) {
              <li class="footer__footer-social-item"><a class="footer__footer-social-link" [attr.href]="item.href" [attr.aria-label]="item.label"><svg class="footer__svg-2" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path class="footer__path-2" [attr.d]="item.icon"></path></svg></a></li>
            }
          </ul>
        </div>
        <div class="footer__footer-column-1">
          <h2 class="footer__footer-column-1-title" id="footer-column-1-title">Product</h2>
          <ul class="footer__footer-column-1-links" aria-labelledby="footer-column-1-title">
            @for (item of footerColumn1Items; track item.id) {
              <li class="footer__footer-column-1-item"><a class="footer__footer-column-1-link" [attr.href]="item.href">{{ item.label }}</a></li>
            }
          </ul>
        </div>
        <div class="footer__footer-column-2">
          <h2 class="footer__footer-column-2-title" id="footer-column-2-title">Resources</h2>
          <ul class="footer__footer-column-2-links" aria-labelledby="footer-column-2-title">
            @for (item of footerColumn2Items; track item.id) {
              <li class="footer__footer-column-2-item"><a class="footer__footer-column-2-link" [attr.href]="item.href">{{ item.label }}</a></li>
            }
          </ul>
        </div>
        <div class="footer__footer-column-3">
          <h2 class="footer__footer-column-3-title" id="footer-column-3-title">Company</h2>
          <ul class="footer__footer-column-3-links" aria-labelledby="footer-column-3-title">
            @for (item of footerColumn3Items; track item.id) {
              <li class="footer__footer-column-3-item"><a class="footer__footer-column-3-link" [attr.href]="item.href">{{ item.label }}</a></li>
            }
          </ul>
        </div>
      </div>
      <div class="footer__footer-bottom">
        <p class="footer__footer-rights">© Northwind Labs. All rights reserved.</p>
        <ul class="footer__footer-legal">
          @for (item of footerLegalItems; track item.id) {
            <li class="footer__footer-legal-item"><a class="footer__footer-legal-link" [attr.href]="item.href">{{ item.label }}</a></li>
          }
        </ul>
      </div>
    </footer>
  `,
  styles: `
    :host {
      display: contents;
      --color-primary: #0b6477;
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
      --space-lg: 1.5rem;
      --space-xl: 2rem;
      --radius-sm: 4px;
      --radius-md: 8px;
      --border-width: 1px;
      --font-family-base: Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
      --font-family-heading: Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
      --font-size-sm: 0.875rem;
      --font-size-lg: 1.125rem;
      --font-weight-regular: 400;
      --font-weight-medium: 500;
      --font-weight-bold: 700;
      --line-height-tight: 1.25;
      --line-height-normal: 1.5;
      --duration-fast: 150ms;
    }

    .footer__footer {
      display: flex;
      flex-direction: column;
      gap: var(--space-xl);
      padding: var(--space-xl) var(--space-md);
      border-width: 0;
      border-top-width: var(--border-width);
      border-style: solid;
      border-color: var(--color-border);
      background-color: var(--color-surface);
      color: var(--color-text);
      font-family: var(--font-family-base);
    }

    .footer__footer-main {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: var(--space-xl);
    }

    .footer__footer-brand {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: var(--space-md);
    }

    .footer__footer-logo {
      display: flex;
      align-items: center;
      gap: var(--space-sm);
      border-radius: var(--radius-sm);
      color: var(--color-text);
      font-family: inherit;
      font-weight: var(--font-weight-medium);
      text-decoration: none;
      cursor: pointer;
      transition-property: background-color, border-color, color, box-shadow, transform, opacity;
      transition-duration: var(--duration-fast);
      transition-timing-function: ease-out;
    }

    .footer__footer-logo:hover {
      text-decoration: underline;
    }

    .footer__footer-logo:focus-visible {
      outline-width: var(--border-width);
      outline-style: solid;
      outline-color: var(--color-focus);
      outline-offset: var(--space-xs);
    }

    .footer__footer-logo:active {
      text-decoration: underline;
    }

    .footer__footer-logo-icon {
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

    .footer__footer-brand-name {
      margin: 0;
      color: var(--color-text);
      font-family: var(--font-family-heading);
      font-size: var(--font-size-lg);
      font-weight: var(--font-weight-bold);
      line-height: var(--line-height-tight);
    }

    .footer__footer-tagline {
      max-width: 20rem;
      margin: 0;
      color: var(--color-text-muted);
      font-family: var(--font-family-base);
      font-size: var(--font-size-sm);
      line-height: var(--line-height-normal);
    }

    .footer__footer-social {
      display: flex;
      align-items: center;
      gap: var(--space-xs);
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .footer__footer-social-link {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      padding: var(--space-xs);
      border-width: var(--border-width);
      border-style: solid;
      border-color: var(--color-border);
      border-radius: var(--radius-md);
      background-color: transparent;
      color: var(--color-text-muted);
      font-family: inherit;
      cursor: pointer;
      transition-property: background-color, border-color, color, box-shadow, transform, opacity;
      transition-duration: var(--duration-fast);
      transition-timing-function: ease-out;
    }

    .footer__footer-social-link:hover {
      background-color: var(--color-surface-muted);
      color: var(--color-text);
    }

    .footer__footer-social-link:focus-visible {
      outline-width: var(--border-width);
      outline-style: solid;
      outline-color: var(--color-focus);
      outline-offset: var(--space-xs);
    }

    .footer__footer-social-link:active {
      transform: translateY(1px);
    }

    .footer__footer-column-1,
    .footer__footer-column-2,
    .footer__footer-column-3 {
      display: flex;
      flex-direction: column;
      gap: var(--space-sm);
    }

    .footer__footer-column-1-title,
    .footer__footer-column-2-title,
    .footer__footer-column-3-title {
      margin: 0;
      color: var(--color-text);
      font-family: var(--font-family-heading);
      font-size: var(--font-size-sm);
      font-weight: var(--font-weight-bold);
      line-height: var(--line-height-tight);
      text-transform: uppercase;
    }

    .footer__footer-column-1-links,
    .footer__footer-column-2-links,
    .footer__footer-column-3-links {
      display: flex;
      flex-direction: column;
      gap: var(--space-sm);
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .footer__footer-column-1-link,
    .footer__footer-column-2-link,
    .footer__footer-column-3-link,
    .footer__footer-legal-link {
      border-radius: var(--radius-sm);
      color: var(--color-text-muted);
      font-family: inherit;
      font-size: var(--font-size-sm);
      font-weight: var(--font-weight-regular);
      text-decoration: none;
      cursor: pointer;
      transition-property: background-color, border-color, color, box-shadow, transform, opacity;
      transition-duration: var(--duration-fast);
      transition-timing-function: ease-out;
    }

    .footer__footer-column-1-link:hover,
    .footer__footer-column-2-link:hover,
    .footer__footer-column-3-link:hover,
    .footer__footer-legal-link:hover {
      text-decoration: underline;
    }

    .footer__footer-column-1-link:focus-visible,
    .footer__footer-column-2-link:focus-visible,
    .footer__footer-column-3-link:focus-visible,
    .footer__footer-legal-link:focus-visible {
      outline-width: var(--border-width);
      outline-style: solid;
      outline-color: var(--color-focus);
      outline-offset: var(--space-xs);
    }

    .footer__footer-column-1-link:active,
    .footer__footer-column-2-link:active,
    .footer__footer-column-3-link:active,
    .footer__footer-legal-link:active {
      text-decoration: underline;
    }

    .footer__footer-bottom {
      display: flex;
      flex-direction: column;
      gap: var(--space-sm);
      margin: 0;
      padding-top: var(--space-lg);
      border-width: 0;
      border-top-width: var(--border-width);
      border-style: solid;
      border-color: var(--color-border);
      color: var(--color-text-muted);
      font-family: var(--font-family-base);
      font-size: var(--font-size-sm);
      line-height: var(--line-height-normal);
    }

    .footer__footer-rights {
      margin: 0;
    }

    .footer__footer-legal {
      display: flex;
      align-items: center;
      gap: var(--space-md);
      margin: 0;
      padding: 0;
      list-style: none;
    }

    @media (min-width: 768px) {
      .footer__footer {
        padding: var(--space-xl) var(--space-xl);
      }

      .footer__footer-main {
        grid-template-columns: 2fr repeat(3, minmax(0, 1fr));
      }

      .footer__footer-bottom {
        flex-direction: row;
        align-items: center;
        justify-content: space-between;
      }
    }
  `,
})
export class FooterComponent {
  protected readonly footerSocialItems: FooterSocialItem[] = [
    { id: 'newsletter', label: 'Newsletter', href: '#newsletter', icon: 'M3 5h18v14H3zM3 7l9 6 9-6' },
    { id: 'community', label: 'Community forum', href: '#community', icon: 'M4 5h16v11H9l-5 4z' },
    { id: 'rss', label: 'RSS feed', href: '#rss', icon: 'M5 19h.01M5 12a7 7 0 0 1 7 7M5 5a14 14 0 0 1 14 14' },
  ];

  protected readonly footerColumn1Items: FooterColumn1Item[] = [
    { id: 'l1', label: 'Features', href: '#features' },
    { id: 'l2', label: 'Pricing', href: '#pricing' },
    { id: 'l3', label: 'Integrations', href: '#integrations' },
    { id: 'l4', label: 'Changelog', href: '#changelog' },
  ];

  protected readonly footerColumn2Items: FooterColumn2Item[] = [
    { id: 'l1', label: 'Documentation', href: '#documentation' },
    { id: 'l2', label: 'Guides', href: '#guides' },
    { id: 'l3', label: 'Templates', href: '#templates' },
    { id: 'l4', label: 'Status', href: '#status' },
  ];

  protected readonly footerColumn3Items: FooterColumn3Item[] = [
    { id: 'l1', label: 'About', href: '#about' },
    { id: 'l2', label: 'Careers', href: '#careers' },
    { id: 'l3', label: 'Blog', href: '#blog' },
    { id: 'l4', label: 'Contact', href: '#contact' },
  ];

  protected readonly footerLegalItems: FooterLegalItem[] = [
    { id: 'legal1', label: 'Privacy', href: '#privacy' },
    { id: 'legal2', label: 'Terms', href: '#terms' },
    { id: 'legal3', label: 'Cookies', href: '#cookies' },
  ];
}

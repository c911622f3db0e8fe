import { Component, EventEmitter, Output, booleanAttribute, input, signal } from '@angular/core';

/** Product card with price, rating and add to cart */
@Component({
  selector: 'app-product-card',
  standalone: true,
  template: `
    <article class="product-card__product" aria-labelledby="product-name">
      <div class="product-card__product-media">
        @if (showImage()) {
          <img
            class="product-card__product-image"
            [attr.src]="imageSrc()"
            [attr.alt]="imageAlt()"
            loading="lazy"
          />
        } @else {
          <svg
            class="product-card__svg-1"
            viewBox="0 0 24 24"
            fill="none"
            stroke="currentColor"
            stroke-width="2"
            stroke-linecap="round"
            stroke-linejoin="round"
            focusable="false"
            width="64"
            height="64"
            aria-hidden="true"
          >
            <path class="product-card__path-1" d="M3 4h18v16H3zM21 16l-5-5L5 20"></path>
            <circle class="product-card__circle-1" cx="9" cy="10" r="2"></circle>
          </svg>
        }
        @if (onSale()) {
          <span class="product-card__product-badge">Sale</span>
        }
        <button
          class="product-card__product-wishlist"
          type="button"
          aria-label="Add to wishlist"
          [attr.aria-pressed]="wishlisted()"
          (click)="handleProductWishlistClick()"
        >
          @if (wishlisted()) {
            <span class="product-card__product-wishlist-on">
              <svg
                class="product-card__svg-2"
                viewBox="0 0 24 24"
                fill="currentColor"
                stroke="currentColor"
                stroke-width="2"
                stroke-linecap="round"
                stroke-linejoin="round"
                focusable="false"
                width="18"
                height="18"
                aria-hidden="true"
              >
                <path
                  class="product-card__path-2"
                  d="M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.5-7 10-7 10z"
                ></path>
              </svg>
            </span>
          } @else {
            <svg
              class="product-card__svg-3"
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
              <path
                class="product-card__path-3"
                d="M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.5-7 10-7 10z"
              ></path>
            </svg>
          }
        </button>
      </div>
      <div class="product-card__product-body">
        <p class="product-card__product-category">Audio</p>
        <h3 class="product-card__product-name" id="product-name">{{ name() }}</h3>
        <div class="product-card__product-rating"><span class="product-card__product-stars" role="img" aria-label="Rated 4.8 out of 5"><svg class="product-card__svg-4" viewBox="0 0 24 24" fill="currentColor" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path class="product-card__path-4" d="m12 3 2.8 5.8 6.2.9-4.5 4.4 1.1 6.2-5.6-3-5.6 3 1.1-6.2L3 9.7l6.2-.9z"></path></svg><svg class="product-card__svg-5" viewBox="0 0 24 24" fill="currentColor" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path class="product-card__path-5" d="m12 3 2.8 5.8 6.2.9-4.5 4.4 1.1 6.2-5.6-3-5.6 3 1.1-6.2L3 9.7l6.2-.9z"></path></svg><svg class="product-card__svg-6" viewBox="0 0 24 24" fill="currentColor" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path class="product-card__path-6" d="m12 3 2.8 5.8 6.2.9-4.5 4.4 1.1 6.2-5.6-3-5.6 3 1.1-6.2L3 9.7l6.2-.9z"></path></svg><svg class="product-card__svg-7" viewBox="0 0 24 24" fill="currentColor" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path class="product-card__path-7" d="m12 3 2.8 5.8 6.2.9-4.5 4.4 1.1 6.2-5.6-3-5.6 3 1.1-6.2L3 9.7l6.2-.9z"></path></svg><span class="product-card__product-stars-empty-4"><svg class="product-card__svg-8" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path class="product-card__path-8" d="m12 3 2.8 5.8 6.2.9-4.5 4.4 1.1 6.2-5.6-3-5.6 3 1.1-6.2L3 9.7l6.2-.9z"></path></svg></span></span>4.8 · 212 reviews</div>
        <p class="product-card__product-prices">
          <span class="product-card__product-price">{{ price() }}</span>
          @if (onSale()) {
            <span class="product-card__product-compare" aria-label="Was $159">$159</span>
          }
        </p>
        <p class="product-card__product-stock"><span class="product-card__product-stock-dot" aria-hidden="true"></span>In stock · ships tomorrow</p>
        <button
          class="product-card__product-add"
          type="button"
          [disabled]="soldOut()"
          (click)="handleProductAddClick()"
        >@if (added()) {<svg class="product-card__svg-9" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path class="product-card__path-9" d="M20 6 9 17l-5-5"></path></svg>Added to cart} @else {<svg class="product-card__svg-10" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path class="product-card__path-10" d="M3 4h2l2.4 11h10.2L20 8H6.2"></path><circle class="product-card__circle-2" cx="9" cy="19" r="1.5"></circle><circle class="product-card__circle-3" cx="17" cy="19" r="1.5"></circle></svg>{{ cta() }}}</button>
      </div>
    </article>
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
      --color-warning: #f59e0b;
      --color-danger: #dc2626;
      --color-on-danger: #ffffff;
      --space-xs: 0.25rem;
      --space-sm: 0.5rem;
      --space-md: 1rem;
      --space-lg: 1.5rem;
      --radius-md: 8px;
      --radius-lg: 12px;
      --radius-full: 9999px;
      --border-width: 1px;
      --font-family-base: Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
      --font-family-heading: Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
      --font-size-xs: 0.75rem;
      --font-size-sm: 0.875rem;
      --font-size-md: 1rem;
      --font-size-lg: 1.125rem;
      --font-size-2xl: 1.5rem;
      --font-weight-semibold: 600;
      --font-weight-bold: 700;
      --line-height-tight: 1.25;
      --line-height-normal: 1.5;
      --shadow-sm: 0 1px 2px 0 rgb(15 23 42 / 0.06);
      --duration-fast: 150ms;
    }

    .product-card__product {
      display: flex;
      flex-direction: column;
      gap: 0;
      box-sizing: border-box;
      max-width: 22rem;
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

    .product-card__product-media {
      position: relative;
      display: flex;
      align-items: center;
      justify-content: center;
      aspect-ratio: 4 / 3;
      background-color: var(--color-surface-muted);
      color: var(--color-text-muted);
    }

    .product-card__product-image {
      width: 100%;
      height: 100%;
      object-fit: cover;
    }

    .product-card__product-badge {
      position: absolute;
      top: var(--space-sm);
      left: var(--space-sm);
      display: inline-flex;
      align-items: center;
      gap: var(--space-xs);
      padding: var(--space-xs) var(--space-sm);
      border-radius: var(--radius-full);
      background-color: var(--color-danger);
      color: var(--color-on-danger);
      font-size: var(--font-size-xs);
      font-weight: var(--font-weight-semibold);
      line-height: var(--line-height-tight);
      white-space: nowrap;
    }

    .product-card__product-wishlist {
      position: absolute;
      top: var(--space-sm);
      right: var(--space-sm);
      display: inline-flex;
      align-items: center;
      justify-content: center;
      padding: var(--space-xs);
      border-width: var(--border-width);
      border-style: solid;
      border-color: transparent;
      border-radius: var(--radius-full);
      box-shadow: var(--shadow-sm);
      background-color: var(--color-surface);
      color: var(--color-text);
      font-family: inherit;
      cursor: pointer;
      transition-property: background-color, border-color, color, box-shadow, transform, opacity;
      transition-duration: var(--duration-fast);
      transition-timing-function: ease-out;
    }

    .product-card__product-wishlist:hover {
      background-color: var(--color-surface-muted);
      color: var(--color-text);
    }

    .product-card__product-wishlist:focus-visible {
      outline-width: var(--border-width);
      outline-style: solid;
      outline-color: var(--color-focus);
      outline-offset: var(--space-xs);
    }

    .product-card__product-wishlist:active {
      transform: translateY(1px);
    }

    .product-card__product-wishlist:disabled {
      box-shadow: none;
      opacity: 0.55;
      cursor: not-allowed;
      transform: none;
    }

    .product-card__product-wishlist-on {
      display: inline-flex;
      color: var(--color-danger);
    }

    .product-card__product-body {
      display: flex;
      flex-direction: column;
      gap: var(--space-sm);
      padding: var(--space-lg);
    }

    .product-card__product-category {
      margin: 0;
      color: var(--color-text-muted);
      font-family: var(--font-family-base);
      font-size: var(--font-size-xs);
      font-weight: var(--font-weight-semibold);
      line-height: var(--line-height-normal);
      text-transform: uppercase;
    }

    .product-card__product-name {
      margin: 0;
      color: var(--color-text);
      font-family: var(--font-family-heading);
      font-size: var(--font-size-lg);
      font-weight: var(--font-weight-bold);
      line-height: var(--line-height-tight);
    }

    .product-card__product-rating {
      display: flex;
      align-items: center;
      gap: var(--space-sm);
      margin: 0;
      color: var(--color-text-muted);
      font-family: var(--font-family-base);
      font-size: var(--font-size-sm);
      line-height: var(--line-height-normal);
    }

    .product-card__product-stars {
      display: flex;
      align-items: center;
      gap: 0;
      color: var(--color-warning);
    }

    .product-card__product-stars-empty-4 {
      display: inline-flex;
      color: var(--color-border);
    }

    .product-card__product-prices {
      display: flex;
      align-items: baseline;
      gap: var(--space-sm);
      margin: 0;
    }

    .product-card__product-price {
      margin: 0;
      color: var(--color-text);
      font-family: var(--font-family-heading);
      font-size: var(--font-size-2xl);
      font-weight: var(--font-weight-bold);
      line-height: var(--line-height-tight);
    }

    .product-card__product-compare {
      margin: 0;
      color: var(--color-text-muted);
      font-family: var(--font-family-base);
      font-size: var(--font-size-sm);
      line-height: var(--line-height-normal);
      text-decoration: line-through;
    }

    .product-card__product-stock {
      display: flex;
      align-items: center;
      gap: var(--space-xs);
      margin: 0;
      color: var(--color-text-muted);
      font-family: var(--font-family-base);
      font-size: var(--font-size-sm);
      line-height: var(--line-height-normal);
    }

    .product-card__product-stock-dot {
      width: var(--space-sm);
      height: var(--space-sm);
      border-radius: var(--radius-full);
      background-color: var(--color-success);
    }

    .product-card__product-add {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: var(--space-xs);
      width: 100%;
      margin-top: var(--space-sm);
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

    .product-card__product-add:hover {
      background-color: var(--color-primary-hover);
    }

    .product-card__product-add:focus-visible {
      outline-width: var(--border-width);
      outline-style: solid;
      outline-color: var(--color-focus);
      outline-offset: var(--space-xs);
    }

    .product-card__product-add:active {
      transform: translateY(1px);
    }

    .product-card__product-add:disabled {
      box-shadow: none;
      opacity: 0.55;
      cursor: not-allowed;
      transform: none;
    }
  `,
})
export class ProductCardComponent {
  /** @default 'Aurora Wireless Headphones' */
  readonly name = input('Aurora Wireless Headphones');
  /** @default '$129' */
  readonly price = input('$129');
  /** @default 'Add to cart' */
  readonly cta = input('Add to cart');
  /** Show the photo instead of the illustration @default false */
  readonly showImage = input(false, { transform: booleanAttribute });
  /** @default 'images/aurora-headphones.jpg' */
  readonly imageSrc = input('images/aurora-headphones.jpg');
  /** @default 'Aurora wireless headphones in sand colour' */
  readonly imageAlt = input('Aurora wireless headphones in sand colour');
  /** @default true */
  readonly onSale = input(true, { transform: booleanAttribute });
  /** @default false */
  readonly soldOut = input(false, { transform: booleanAttribute });
  @Output() readonly wishlist = new EventEmitter<void>();
  @Output() readonly addToCart = new EventEmitter<void>();

  protected readonly added = signal(false);
  protected readonly wishlisted = signal(false);

  protected handleProductWishlistClick(): void {
    this.wishlisted.update((current) => !current);
    this.wishlist.emit();
  }

  protected handleProductAddClick(): void {
    this.added.update((current) => !current);
    this.addToCart.emit();
  }
}

import { useState } from 'react';

/** Product card with price, rating and add to cart */
export interface ProductCardProps {
  /** @default 'Aurora Wireless Headphones' */
  name?: string;
  /** @default '$129' */
  price?: string;
  /** @default 'Add to cart' */
  cta?: string;
  /** Show the photo instead of the illustration @default false */
  showImage?: boolean;
  /** @default 'images/aurora-headphones.jpg' */
  imageSrc?: string;
  /** @default 'Aurora wireless headphones in sand colour' */
  imageAlt?: string;
  /** @default true */
  onSale?: boolean;
  /** @default false */
  soldOut?: boolean;
  onWishlist?: () => void;
  onAddToCart?: () => void;
}

/** Product card with price, rating and add to cart */
export function ProductCard({ name = 'Aurora Wireless Headphones', price = '$129', cta = 'Add to cart', showImage = false, imageSrc = 'images/aurora-headphones.jpg', imageAlt = 'Aurora wireless headphones in sand colour', onSale = true, soldOut = false, onWishlist, onAddToCart }: ProductCardProps) {
  const [added, setAdded] = useState(false);
  const [wishlisted, setWishlisted] = useState(false);

  function handleProductWishlistClick() {
    setWishlisted((current) => !current);
    onWishlist?.();
  }

  function handleProductAddClick() {
    setAdded((current) => !current);
    onAddToCart?.();
  }

  return (
    <article
      className="text-text bg-surface border-border p-0 gap-0 rounded-lg border-(length:--border-width) shadow-sm flex flex-col max-w-[22rem] overflow-hidden border-solid box-border"
      aria-labelledby="product-name"
    >
      <div className="text-text-muted bg-surface-muted flex relative items-center justify-center aspect-4/3">
        {showImage ? (
          <img className="w-full h-full object-cover" src={imageSrc} alt={imageAlt} loading="lazy" />
        ) : (
          <svg
            viewBox="0 0 24 24"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
            focusable="false"
            width="64"
            height="64"
            aria-hidden="true"
          >
            <path d="M3 4h18v16H3zM21 16l-5-5L5 20" />
            <circle cx="9" cy="10" r="2" />
          </svg>
        )}
        {onSale && (
          <span className="text-on-danger bg-danger py-xs px-sm gap-xs rounded-full text-xs font-semibold leading-tight inline-flex absolute top-sm left-sm items-center whitespace-nowrap">Sale</span>
        )}
        <button
          className="text-text bg-surface border-transparent p-xs rounded-full border-(length:--border-width) shadow-sm font-[family-name:inherit] duration-(--duration-fast) inline-flex absolute top-sm right-sm items-center justify-center border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:text-text hover:bg-surface-muted focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
          type="button"
          aria-label="Add to wishlist"
          aria-pressed={wishlisted}
          onClick={handleProductWishlistClick}
        >
          {wishlisted ? (
            <span className="text-danger inline-flex">
              <svg
                viewBox="0 0 24 24"
                fill="currentColor"
                stroke="currentColor"
                strokeWidth="2"
                strokeLinecap="round"
                strokeLinejoin="round"
                focusable="false"
                width="18"
                height="18"
                aria-hidden="true"
              >
                <path d="M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.5-7 10-7 10z" />
              </svg>
            </span>
          ) : (
            <svg
              viewBox="0 0 24 24"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
              strokeLinejoin="round"
              focusable="false"
              width="18"
              height="18"
              aria-hidden="true"
            >
              <path d="M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.5-7 10-7 10z" />
            </svg>
          )}
        </button>
      </div>
      <div className="p-lg gap-sm flex flex-col">
        <p className="text-text-muted m-0 font-base text-xs font-semibold leading-normal uppercase">Audio</p>
        <h3
          className="text-text m-0 font-heading text-lg font-bold leading-tight"
          id="product-name"
        >{name}</h3>
        <div className="text-text-muted m-0 gap-sm font-base text-sm leading-normal flex items-center"><span className="text-warning gap-0 flex items-center" role="img" aria-label="Rated 4.8 out of 5"><svg viewBox="0 0 24 24" fill="currentColor" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path d="m12 3 2.8 5.8 6.2.9-4.5 4.4 1.1 6.2-5.6-3-5.6 3 1.1-6.2L3 9.7l6.2-.9z" /></svg><svg viewBox="0 0 24 24" fill="currentColor" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path d="m12 3 2.8 5.8 6.2.9-4.5 4.4 1.1 6.2-5.6-3-5.6 3 1.1-6.2L3 9.7l6.2-.9z" /></svg><svg viewBox="0 0 24 24" fill="currentColor" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path d="m12 3 2.8 5.8 6.2.9-4.5 4.4 1.1 6.2-5.6-3-5.6 3 1.1-6.2L3 9.7l6.2-.9z" /></svg><svg viewBox="0 0 24 24" fill="currentColor" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path d="m12 3 2.8 5.8 6.2.9-4.5 4.4 1.1 6.2-5.6-3-5.6 3 1.1-6.2L3 9.7l6.2-.9z" /></svg><span className="text-border inline-flex"><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path d="m12 3 2.8 5.8 6.2.9-4.5 4.4 1.1 6.2-5.6-3-5.6 3 1.1-6.2L3 9.7l6.2-.9z" /></svg></span></span>4.8 · 212 reviews</div>
        <p className="m-0 gap-sm flex items-baseline">
          <span className="text-text m-0 font-heading text-2xl font-bold leading-tight">{price}</span>
          {onSale && (
            <span
              className="text-text-muted m-0 font-base text-sm leading-normal line-through"
              aria-label="Was $159"
            >$159</span>
          )}
        </p>
        <p className="text-text-muted m-0 gap-xs font-base text-sm leading-normal flex items-center"><span className="bg-success rounded-full w-sm h-sm" aria-hidden="true" />In stock · ships tomorrow</p>
        <button
          className="text-on-primary bg-primary border-transparent py-sm px-md mt-sm gap-xs rounded-md border-(length:--border-width) shadow-none font-base text-md font-semibold leading-tight duration-(--duration-fast) inline-flex items-center justify-center w-full no-underline whitespace-nowrap border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] select-none hover:bg-primary-hover focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
          type="button"
          disabled={soldOut}
          onClick={handleProductAddClick}
        >{added ? <><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path d="M20 6 9 17l-5-5" /></svg>Added to cart</> : <><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path d="M3 4h2l2.4 11h10.2L20 8H6.2" /><circle cx="9" cy="19" r="1.5" /><circle cx="17" cy="19" r="1.5" /></svg>{cta}</>}</button>
      </div>
    </article>
  );
}

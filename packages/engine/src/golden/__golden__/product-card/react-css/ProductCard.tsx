import { useState } from 'react';
import './ProductCard.css';

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
    <article className="product-card__product" aria-labelledby="product-name">
      <div className="product-card__product-media">
        {showImage ? (
          <img className="product-card__product-image" src={imageSrc} alt={imageAlt} loading="lazy" />
        ) : (
          <svg
            className="product-card__svg-1"
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
            <path className="product-card__path-1" d="M3 4h18v16H3zM21 16l-5-5L5 20" />
            <circle className="product-card__circle-1" cx="9" cy="10" r="2" />
          </svg>
        )}
        {onSale && (
          <span className="product-card__product-badge">Sale</span>
        )}
        <button
          className="product-card__product-wishlist"
          type="button"
          aria-label="Add to wishlist"
          aria-pressed={wishlisted}
          onClick={handleProductWishlistClick}
        >
          {wishlisted ? (
            <span className="product-card__product-wishlist-on">
              <svg
                className="product-card__svg-2"
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
                <path
                  className="product-card__path-2"
                  d="M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.5-7 10-7 10z"
                />
              </svg>
            </span>
          ) : (
            <svg
              className="product-card__svg-3"
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
              <path
                className="product-card__path-3"
                d="M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.5-7 10-7 10z"
              />
            </svg>
          )}
        </button>
      </div>
      <div className="product-card__product-body">
        <p className="product-card__product-category">Audio</p>
        <h3 className="product-card__product-name" id="product-name">{name}</h3>
        <div className="product-card__product-rating"><span className="product-card__product-stars" role="img" aria-label="Rated 4.8 out of 5"><svg className="product-card__svg-4" viewBox="0 0 24 24" fill="currentColor" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path className="product-card__path-4" d="m12 3 2.8 5.8 6.2.9-4.5 4.4 1.1 6.2-5.6-3-5.6 3 1.1-6.2L3 9.7l6.2-.9z" /></svg><svg className="product-card__svg-5" viewBox="0 0 24 24" fill="currentColor" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path className="product-card__path-5" d="m12 3 2.8 5.8 6.2.9-4.5 4.4 1.1 6.2-5.6-3-5.6 3 1.1-6.2L3 9.7l6.2-.9z" /></svg><svg className="product-card__svg-6" viewBox="0 0 24 24" fill="currentColor" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path className="product-card__path-6" d="m12 3 2.8 5.8 6.2.9-4.5 4.4 1.1 6.2-5.6-3-5.6 3 1.1-6.2L3 9.7l6.2-.9z" /></svg><svg className="product-card__svg-7" viewBox="0 0 24 24" fill="currentColor" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path className="product-card__path-7" d="m12 3 2.8 5.8 6.2.9-4.5 4.4 1.1 6.2-5.6-3-5.6 3 1.1-6.2L3 9.7l6.2-.9z" /></svg><span className="product-card__product-stars-empty-4"><svg className="product-card__svg-8" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path className="product-card__path-8" d="m12 3 2.8 5.8 6.2.9-4.5 4.4 1.1 6.2-5.6-3-5.6 3 1.1-6.2L3 9.7l6.2-.9z" /></svg></span></span>4.8 · 212 reviews</div>
        <p className="product-card__product-prices">
          <span className="product-card__product-price">{price}</span>
          {onSale && (
            <span className="product-card__product-compare" aria-label="Was $159">$159</span>
          )}
        </p>
        <p className="product-card__product-stock"><span className="product-card__product-stock-dot" aria-hidden="true" />In stock · ships tomorrow</p>
        <button
          className="product-card__product-add"
          type="button"
          disabled={soldOut}
          onClick={handleProductAddClick}
        >{added ? <><svg className="product-card__svg-9" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path className="product-card__path-9" d="M20 6 9 17l-5-5" /></svg>Added to cart</> : <><svg className="product-card__svg-10" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path className="product-card__path-10" d="M3 4h2l2.4 11h10.2L20 8H6.2" /><circle className="product-card__circle-2" cx="9" cy="19" r="1.5" /><circle className="product-card__circle-3" cx="17" cy="19" r="1.5" /></svg>{cta}</>}</button>
      </div>
    </article>
  );
}

import { useState } from 'react';
import { chakra } from '@chakra-ui/react';

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
    <chakra.article
      aria-labelledby="product-name"
      color="text"
      bg="surface"
      borderColor="border"
      p="0"
      gap="0"
      rounded="lg"
      borderWidth="var(--border-width)"
      shadow="sm"
      display="flex"
      flexDirection="column"
      maxW="22rem"
      overflow="hidden"
      borderStyle="solid"
      boxSizing="border-box"
    >
      <chakra.div
        color="text-muted"
        bg="surface-muted"
        display="flex"
        position="relative"
        alignItems="center"
        justifyContent="center"
        aspectRatio="4 / 3"
      >
        {showImage ? (
          <chakra.img
            src={imageSrc}
            alt={imageAlt}
            loading="lazy"
            w="100%"
            h="100%"
            objectFit="cover"
          />
        ) : (
          <chakra.svg
            viewBox="0 0 24 24"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
            focusable="false"
            htmlWidth="64"
            htmlHeight="64"
            aria-hidden="true"
          >
            <chakra.path d="M3 4h18v16H3zM21 16l-5-5L5 20" />
            <chakra.circle cx="9" cy="10" r="2" />
          </chakra.svg>
        )}
        {onSale && (
          <chakra.span
            color="on-danger"
            bg="danger"
            py="xs"
            px="sm"
            gap="xs"
            rounded="full"
            fontSize="xs"
            fontWeight="semibold"
            lineHeight="tight"
            display="inline-flex"
            position="absolute"
            top="sm"
            left="sm"
            alignItems="center"
            whiteSpace="nowrap"
          >Sale</chakra.span>
        )}
        <chakra.button
          type="button"
          aria-label="Add to wishlist"
          aria-pressed={wishlisted}
          onClick={handleProductWishlistClick}
          color="text"
          bg="surface"
          borderColor="transparent"
          p="xs"
          rounded="full"
          borderWidth="var(--border-width)"
          shadow="sm"
          fontFamily="inherit"
          transitionDuration="fast"
          display="inline-flex"
          position="absolute"
          top="sm"
          right="sm"
          alignItems="center"
          justifyContent="center"
          borderStyle="solid"
          cursor="pointer"
          transitionProperty="background-color, border-color, color, box-shadow, transform, opacity"
          transitionTimingFunction="ease-out"
          _hover={{ color: "text", bg: "surface-muted" }}
          _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }}
          _active={{ transform: "translateY(1px)" }}
          _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}
        >
          {wishlisted ? (
            <chakra.span color="danger" display="inline-flex">
              <chakra.svg
                viewBox="0 0 24 24"
                fill="currentColor"
                stroke="currentColor"
                strokeWidth="2"
                strokeLinecap="round"
                strokeLinejoin="round"
                focusable="false"
                htmlWidth="18"
                htmlHeight="18"
                aria-hidden="true"
              >
                <chakra.path d="M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.5-7 10-7 10z" />
              </chakra.svg>
            </chakra.span>
          ) : (
            <chakra.svg
              viewBox="0 0 24 24"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
              strokeLinejoin="round"
              focusable="false"
              htmlWidth="18"
              htmlHeight="18"
              aria-hidden="true"
            >
              <chakra.path d="M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.5-7 10-7 10z" />
            </chakra.svg>
          )}
        </chakra.button>
      </chakra.div>
      <chakra.div p="lg" gap="sm" display="flex" flexDirection="column">
        <chakra.p
          color="text-muted"
          m="0"
          fontFamily="base"
          fontSize="xs"
          fontWeight="semibold"
          lineHeight="normal"
          textTransform="uppercase"
        >Audio</chakra.p>
        <chakra.h3
          id="product-name"
          color="text"
          m="0"
          fontFamily="heading"
          fontSize="lg"
          fontWeight="bold"
          lineHeight="tight"
        >{name}</chakra.h3>
        <chakra.div
          color="text-muted"
          m="0"
          gap="sm"
          fontFamily="base"
          fontSize="sm"
          lineHeight="normal"
          display="flex"
          alignItems="center"
        ><chakra.span role="img" aria-label="Rated 4.8 out of 5" color="warning" gap="0" display="flex" alignItems="center"><chakra.svg viewBox="0 0 24 24" fill="currentColor" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="16" htmlHeight="16" aria-hidden="true"><chakra.path d="m12 3 2.8 5.8 6.2.9-4.5 4.4 1.1 6.2-5.6-3-5.6 3 1.1-6.2L3 9.7l6.2-.9z" /></chakra.svg><chakra.svg viewBox="0 0 24 24" fill="currentColor" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="16" htmlHeight="16" aria-hidden="true"><chakra.path d="m12 3 2.8 5.8 6.2.9-4.5 4.4 1.1 6.2-5.6-3-5.6 3 1.1-6.2L3 9.7l6.2-.9z" /></chakra.svg><chakra.svg viewBox="0 0 24 24" fill="currentColor" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="16" htmlHeight="16" aria-hidden="true"><chakra.path d="m12 3 2.8 5.8 6.2.9-4.5 4.4 1.1 6.2-5.6-3-5.6 3 1.1-6.2L3 9.7l6.2-.9z" /></chakra.svg><chakra.svg viewBox="0 0 24 24" fill="currentColor" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="16" htmlHeight="16" aria-hidden="true"><chakra.path d="m12 3 2.8 5.8 6.2.9-4.5 4.4 1.1 6.2-5.6-3-5.6 3 1.1-6.2L3 9.7l6.2-.9z" /></chakra.svg><chakra.span color="border" display="inline-flex"><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="16" htmlHeight="16" aria-hidden="true"><chakra.path d="m12 3 2.8 5.8 6.2.9-4.5 4.4 1.1 6.2-5.6-3-5.6 3 1.1-6.2L3 9.7l6.2-.9z" /></chakra.svg></chakra.span></chakra.span>4.8 · 212 reviews</chakra.div>
        <chakra.p m="0" gap="sm" display="flex" alignItems="baseline">
          <chakra.span
            color="text"
            m="0"
            fontFamily="heading"
            fontSize="2xl"
            fontWeight="bold"
            lineHeight="tight"
          >{price}</chakra.span>
          {onSale && (
            <chakra.span
              aria-label="Was $159"
              color="text-muted"
              m="0"
              fontFamily="base"
              fontSize="sm"
              lineHeight="normal"
              textDecoration="line-through"
            >$159</chakra.span>
          )}
        </chakra.p>
        <chakra.p
          color="text-muted"
          m="0"
          gap="xs"
          fontFamily="base"
          fontSize="sm"
          lineHeight="normal"
          display="flex"
          alignItems="center"
        ><chakra.span aria-hidden="true" bg="success" rounded="full" w={"{spacing.sm}"} h={"{spacing.sm}"} />In stock · ships tomorrow</chakra.p>
        <chakra.button
          type="button"
          disabled={soldOut}
          onClick={handleProductAddClick}
          color="on-primary"
          bg="primary"
          borderColor="transparent"
          py="sm"
          px="md"
          mt="sm"
          gap="xs"
          rounded="md"
          borderWidth="var(--border-width)"
          shadow="none"
          fontFamily="base"
          fontSize="md"
          fontWeight="semibold"
          lineHeight="tight"
          transitionDuration="fast"
          display="inline-flex"
          alignItems="center"
          justifyContent="center"
          w="100%"
          textDecoration="none"
          whiteSpace="nowrap"
          borderStyle="solid"
          cursor="pointer"
          transitionProperty="background-color, border-color, color, box-shadow, transform, opacity"
          transitionTimingFunction="ease-out"
          userSelect="none"
          _hover={{ bg: "primary-hover" }}
          _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }}
          _active={{ transform: "translateY(1px)" }}
          _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}
        >{added ? <><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="18" htmlHeight="18" aria-hidden="true"><chakra.path d="M20 6 9 17l-5-5" /></chakra.svg>Added to cart</> : <><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="18" htmlHeight="18" aria-hidden="true"><chakra.path d="M3 4h2l2.4 11h10.2L20 8H6.2" /><chakra.circle cx="9" cy="19" r="1.5" /><chakra.circle cx="17" cy="19" r="1.5" /></chakra.svg>{cta}</>}</chakra.button>
      </chakra.div>
    </chakra.article>
  );
}

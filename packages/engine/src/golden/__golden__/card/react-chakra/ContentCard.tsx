import { chakra } from '@chakra-ui/react';

/** Content card with media, text and actions */
export interface ContentCardProps {
  /** @default 'Designing with tokens from day one' */
  title?: string;
  /** @default 'How a shared set of colour, spacing and type tokens keeps every screen consistent — and makes rebrands a one-line change.' */
  body?: string;
  /** @default 'Read article' */
  cta?: string;
  /** Show the image instead of the illustration @default false */
  showImage?: boolean;
  /** @default 'images/article-cover.jpg' */
  imageSrc?: string;
  /** @default 'Colour swatches and spacing scale of a design system' */
  imageAlt?: string;
  onSave?: () => void;
}

/** Content card with media, text and actions */
export function ContentCard({ title = 'Designing with tokens from day one', body = 'How a shared set of colour, spacing and type tokens keeps every screen consistent — and makes rebrands a one-line change.', cta = 'Read article', showImage = false, imageSrc = 'images/article-cover.jpg', imageAlt = 'Colour swatches and spacing scale of a design system', onSave }: ContentCardProps) {

  function handleCardSaveClick() {
    onSave?.();
  }

  return (
    <chakra.article
      aria-labelledby="card-title"
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
      maxW={"{breakpoints.sm}"}
      overflow="hidden"
      borderStyle="solid"
      boxSizing="border-box"
    >
      <chakra.div
        color="primary"
        bg="surface-muted"
        display="flex"
        alignItems="center"
        justifyContent="center"
        aspectRatio="16 / 9"
        overflow="hidden"
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
            htmlWidth="56"
            htmlHeight="56"
            aria-hidden="true"
          >
            <chakra.path d="M12 3 2 8l10 5 10-5zM2 13l10 5 10-5" />
          </chakra.svg>
        )}
      </chakra.div>
      <chakra.div p="lg" gap="sm" display="flex" flexDirection="column" flexGrow="1">
        <chakra.div
          color="text-muted"
          m="0"
          gap="sm"
          fontFamily="base"
          fontSize="xs"
          lineHeight="normal"
          display="flex"
          alignItems="center"
        >
          <chakra.span
            color="text"
            bg="surface-muted"
            py="xs"
            px="sm"
            gap="xs"
            rounded="full"
            fontSize="xs"
            fontWeight="semibold"
            lineHeight="tight"
            display="inline-flex"
            alignItems="center"
            whiteSpace="nowrap"
          >Guide</chakra.span>
          <chakra.span>6 min read</chakra.span>
        </chakra.div>
        <chakra.h3
          id="card-title"
          color="text"
          m="0"
          fontFamily="heading"
          fontSize="xl"
          fontWeight="bold"
          lineHeight="tight"
        >{title}</chakra.h3>
        <chakra.p color="text-muted" m="0" fontFamily="base" fontSize="md" lineHeight="normal">{body}</chakra.p>
      </chakra.div>
      <chakra.footer
        borderColor="border"
        py="md"
        px="lg"
        gap="md"
        borderWidth="0"
        display="flex"
        flexWrap="wrap"
        alignItems="center"
        justifyContent="space-between"
        borderStyle="solid"
        borderTopWidth="var(--border-width)"
      >
        <chakra.div gap="sm" display="flex" alignItems="center">
          <chakra.span
            aria-hidden="true"
            color="on-primary"
            bg="primary"
            rounded="full"
            fontSize="sm"
            fontWeight="semibold"
            display="inline-flex"
            flexShrink="0"
            alignItems="center"
            justifyContent="center"
            w={"{spacing.xl}"}
            h={"{spacing.xl}"}
          >LR</chakra.span>
          <chakra.div gap="0" display="flex" flexDirection="column">
            <chakra.span color="text" fontSize="sm" fontWeight="semibold">Lucía Romero</chakra.span>
            <chakra.span color="text-muted" m="0" fontFamily="base" fontSize="xs" lineHeight="normal">Mar 12</chakra.span>
          </chakra.div>
        </chakra.div>
        <chakra.div gap="xs" display="flex" alignItems="center">
          <chakra.button
            type="button"
            aria-label="Save for later"
            onClick={handleCardSaveClick}
            color="primary"
            bg="transparent"
            borderColor="transparent"
            py="xs"
            px="sm"
            gap="xs"
            rounded="md"
            borderWidth="var(--border-width)"
            fontFamily="base"
            fontSize="sm"
            fontWeight="semibold"
            lineHeight="tight"
            transitionDuration="fast"
            display="inline-flex"
            alignItems="center"
            justifyContent="center"
            textDecoration="none"
            whiteSpace="nowrap"
            borderStyle="solid"
            cursor="pointer"
            transitionProperty="background-color, border-color, color, box-shadow, transform, opacity"
            transitionTimingFunction="ease-out"
            userSelect="none"
            _hover={{ color: "text", bg: "surface-muted" }}
            _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }}
            _active={{ transform: "translateY(1px)" }}
            _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}
          >
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
          </chakra.button>
          <chakra.a
            href="#article"
            color="primary"
            gap="xs"
            rounded="sm"
            fontFamily="inherit"
            fontSize="sm"
            fontWeight="medium"
            transitionDuration="fast"
            display="flex"
            alignItems="center"
            textDecoration="none"
            cursor="pointer"
            transitionProperty="background-color, border-color, color, box-shadow, transform, opacity"
            transitionTimingFunction="ease-out"
            _hover={{ textDecoration: "underline" }}
            _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }}
            _active={{ textDecoration: "underline" }}
            _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}
          >{cta}<chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="16" htmlHeight="16" aria-hidden="true"><chakra.path d="M5 12h14M13 6l6 6-6 6" /></chakra.svg></chakra.a>
        </chakra.div>
      </chakra.footer>
    </chakra.article>
  );
}

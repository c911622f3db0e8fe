import { chakra } from '@chakra-ui/react';

/** Call-to-action banner */
export interface CtaBannerProps {
  /** @default 'Ready to ship your design system everywhere?' */
  title?: string;
  /** @default 'Start free today. Upgrade when your team is ready — no credit card needed.' */
  body?: string;
  /** @default 'Start for free' */
  primaryLabel?: string;
  /** @default 'Talk to sales' */
  secondaryLabel?: string;
}

/** Call-to-action banner */
export function CtaBanner({ title = 'Ready to ship your design system everywhere?', body = 'Start free today. Upgrade when your team is ready — no credit card needed.', primaryLabel = 'Start for free', secondaryLabel = 'Talk to sales' }: CtaBannerProps) {
  return (
    <chakra.section
      aria-labelledby="cta-title"
      color="on-primary"
      bg="primary"
      py="xl"
      px="lg"
      gap="lg"
      rounded="lg"
      shadow="sm"
      fontFamily="base"
      display="flex"
      flexDirection={{ base: "column", md: "row" }}
      p={{ md: "xl" }}
      alignItems={{ md: "center" }}
      justifyContent={{ md: "space-between" }}
    >
      <chakra.div gap="sm" display="flex" flexDirection="column">
        <chakra.h2
          id="cta-title"
          color="on-primary"
          m="0"
          fontFamily="heading"
          fontSize="2xl"
          fontWeight="bold"
          lineHeight="tight"
        >{title}</chakra.h2>
        <chakra.p color="on-primary" m="0" fontFamily="base" fontSize="lg" lineHeight="normal">{body}</chakra.p>
      </chakra.div>
      <chakra.div gap="sm" display="flex" flexWrap="wrap" flexShrink="0" alignItems="center">
        <chakra.a
          href="#get-started"
          color="text"
          bg="surface"
          borderColor="transparent"
          py="md"
          px="lg"
          gap="xs"
          rounded="md"
          borderWidth="var(--border-width)"
          shadow="none"
          fontFamily="base"
          fontSize="lg"
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
          _hover={{ shadow: "lg", transform: "translateY(-1px)" }}
          _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }}
          _active={{ transform: "translateY(1px)" }}
          _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}
        >{primaryLabel}<chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="18" htmlHeight="18" aria-hidden="true"><chakra.path d="M5 12h14M13 6l6 6-6 6" /></chakra.svg></chakra.a>
        <chakra.a
          href="#contact-sales"
          color="on-primary"
          bg="transparent"
          borderColor="on-primary"
          py="md"
          px="lg"
          gap="xs"
          rounded="md"
          borderWidth="var(--border-width)"
          fontFamily="base"
          fontSize="lg"
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
          _hover={{ color: "primary", bg: "on-primary" }}
          _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }}
          _active={{ transform: "translateY(1px)" }}
          _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}
        >{secondaryLabel}</chakra.a>
      </chakra.div>
    </chakra.section>
  );
}

import { chakra } from '@chakra-ui/react';

/** Hero section with headline, calls to action and a product preview */
export interface HeroProps {
  /** @default 'Build on-brand interfaces in minutes, not weeks' */
  title?: string;
  /** @default 'Describe a component in plain language and get production-ready code that follows your design system, in every framework your team uses.' */
  subtitle?: string;
  /** @default 'Start for free' */
  primaryLabel?: string;
  /** @default 'Watch the demo' */
  secondaryLabel?: string;
}

/** Hero section with headline, calls to action and a product preview */
export function Hero({ title = 'Build on-brand interfaces in minutes, not weeks', subtitle = 'Describe a component in plain language and get production-ready code that follows your design system, in every framework your team uses.', primaryLabel = 'Start for free', secondaryLabel = 'Watch the demo' }: HeroProps) {
  return (
    <chakra.section
      aria-labelledby="hero-title"
      color="text"
      bg="background"
      py="xl"
      px="md"
      gap="xl"
      fontFamily="base"
      display="grid"
      flexDirection="column"
      alignItems="center"
      gridTemplateColumns={{ base: "minmax(0, 1fr)", lg: "repeat(2, minmax(0, 1fr))" }}
      w="100%"
      boxSizing="border-box"
      p={{ md: "xl" }}
    >
      <chakra.div gap="lg" display="flex" flexDirection="column" alignItems="flex-start">
        <chakra.span
          color="text"
          bg="surface-muted"
          py="xs"
          px="sm"
          gap="xs"
          rounded="full"
          fontSize="sm"
          fontWeight="semibold"
          lineHeight="tight"
          display="inline-flex"
          alignItems="center"
          whiteSpace="nowrap"
        ><chakra.span color="primary" display="inline-flex"><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="16" htmlHeight="16" aria-hidden="true"><chakra.path d="M12 3v4M12 17v4M3 12h4M17 12h4M6 6l2 2M16 16l2 2M6 18l2-2M16 8l2-2" /></chakra.svg></chakra.span>New · Svelte 5 export is here</chakra.span>
        <chakra.h1
          id="hero-title"
          color="text"
          m="0"
          fontFamily="heading"
          fontSize={{ base: "2xl", md: "3xl" }}
          fontWeight="bold"
          lineHeight="tight"
        >{title}</chakra.h1>
        <chakra.p
          color="text-muted"
          m="0"
          fontFamily="base"
          fontSize="lg"
          lineHeight="normal"
          maxW={"{breakpoints.sm}"}
        >{subtitle}</chakra.p>
        <chakra.div gap="sm" display="flex" flexWrap="wrap" alignItems="center">
          <chakra.a
            href="#get-started"
            color="on-primary"
            bg="primary"
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
            _hover={{ bg: "primary-hover" }}
            _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }}
            _active={{ transform: "translateY(1px)" }}
            _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}
          >{primaryLabel}<chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="18" htmlHeight="18" aria-hidden="true"><chakra.path d="M5 12h14M13 6l6 6-6 6" /></chakra.svg></chakra.a>
          <chakra.a
            href="#demo"
            color="primary"
            bg="transparent"
            borderColor="primary"
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
            _hover={{ color: "on-primary", bg: "primary" }}
            _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }}
            _active={{ transform: "translateY(1px)" }}
            _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}
          >{secondaryLabel}</chakra.a>
        </chakra.div>
        <chakra.p
          color="text-muted"
          m="0"
          gap="sm"
          fontFamily="base"
          fontSize="sm"
          lineHeight="normal"
          display="flex"
          alignItems="center"
        ><chakra.span aria-hidden="true" display="grid" gridTemplateColumns={"repeat(3, {spacing.lg})"}><chakra.span aria-hidden="true" color="on-primary" bg="primary" rounded="full" fontSize="sm" fontWeight="semibold" display="inline-flex" flexShrink="0" alignItems="center" justifyContent="center" w={"{spacing.xl}"} h={"{spacing.xl}"}>AK</chakra.span><chakra.span aria-hidden="true" color="on-secondary" bg="secondary" rounded="full" fontSize="sm" fontWeight="semibold" display="inline-flex" flexShrink="0" alignItems="center" justifyContent="center" w={"{spacing.xl}"} h={"{spacing.xl}"}>JM</chakra.span><chakra.span aria-hidden="true" color="text" bg="surface-muted" rounded="full" fontSize="sm" fontWeight="semibold" display="inline-flex" flexShrink="0" alignItems="center" justifyContent="center" w={"{spacing.xl}"} h={"{spacing.xl}"}>SR</chakra.span></chakra.span>Trusted by 2,000+ product teams</chakra.p>
      </chakra.div>
      <chakra.figure
        aria-label="Component preview"
        color="text"
        bg="surface"
        borderColor="border"
        p="md"
        m="0"
        gap="md"
        rounded="lg"
        borderWidth="var(--border-width)"
        shadow="lg"
        display="flex"
        flexDirection="column"
        borderStyle="solid"
        boxSizing="border-box"
      >
        <chakra.div aria-hidden="true" gap="xs" display="flex" alignItems="center">
          <chakra.span
            aria-hidden="true"
            color="text"
            bg="danger"
            borderColor="border"
            rounded="full"
            borderWidth="var(--border-width)"
            display="inline-flex"
            flexShrink="0"
            alignItems="center"
            justifyContent="center"
            w={"{spacing.sm}"}
            h={"{spacing.sm}"}
            borderStyle="solid"
            boxSizing="content-box"
          />
          <chakra.span
            aria-hidden="true"
            color="text"
            bg="warning"
            borderColor="border"
            rounded="full"
            borderWidth="var(--border-width)"
            display="inline-flex"
            flexShrink="0"
            alignItems="center"
            justifyContent="center"
            w={"{spacing.sm}"}
            h={"{spacing.sm}"}
            borderStyle="solid"
            boxSizing="content-box"
          />
          <chakra.span
            aria-hidden="true"
            color="text"
            bg="success"
            borderColor="border"
            rounded="full"
            borderWidth="var(--border-width)"
            display="inline-flex"
            flexShrink="0"
            alignItems="center"
            justifyContent="center"
            w={"{spacing.sm}"}
            h={"{spacing.sm}"}
            borderStyle="solid"
            boxSizing="content-box"
          />
        </chakra.div>
        <chakra.pre
          color="surface"
          bg="text"
          p="md"
          m="0"
          rounded="md"
          fontFamily="mono"
          fontSize="sm"
          overflowX="auto"
          whiteSpace="pre-wrap"
        ><chakra.code>&lt;Button variant="primary"&gt;Save changes&lt;/Button&gt;</chakra.code></chakra.pre>
        <chakra.div
          bg="surface-muted"
          p="lg"
          gap="sm"
          rounded="md"
          display="flex"
          alignItems="center"
          justifyContent="center"
        >
          <chakra.span
            aria-hidden="true"
            color="on-primary"
            bg="primary"
            borderColor="transparent"
            py="sm"
            px="md"
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
            textDecoration="none"
            whiteSpace="nowrap"
            borderStyle="solid"
            cursor="default"
            transitionProperty="background-color, border-color, color, box-shadow, transform, opacity"
            transitionTimingFunction="ease-out"
            userSelect="none"
          >Save changes</chakra.span>
        </chakra.div>
        <chakra.figcaption
          color="text-muted"
          m="0"
          gap="sm"
          fontFamily="base"
          fontSize="xs"
          lineHeight="normal"
          display="flex"
          flexWrap="wrap"
          alignItems="center"
        >Design tokens in use<chakra.span aria-hidden="true" color="text" bg="primary" borderColor="border" rounded="full" borderWidth="var(--border-width)" display="inline-flex" flexShrink="0" alignItems="center" justifyContent="center" w={"{spacing.lg}"} h={"{spacing.lg}"} borderStyle="solid" boxSizing="content-box" /><chakra.span aria-hidden="true" color="text" bg="accent" borderColor="border" rounded="full" borderWidth="var(--border-width)" display="inline-flex" flexShrink="0" alignItems="center" justifyContent="center" w={"{spacing.lg}"} h={"{spacing.lg}"} borderStyle="solid" boxSizing="content-box" /><chakra.span aria-hidden="true" color="text" bg="surface-muted" borderColor="border" rounded="full" borderWidth="var(--border-width)" display="inline-flex" flexShrink="0" alignItems="center" justifyContent="center" w={"{spacing.lg}"} h={"{spacing.lg}"} borderStyle="solid" boxSizing="content-box" /></chakra.figcaption>
      </chakra.figure>
    </chakra.section>
  );
}

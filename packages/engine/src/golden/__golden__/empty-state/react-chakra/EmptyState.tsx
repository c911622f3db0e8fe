import { chakra } from '@chakra-ui/react';

/** Empty state with a call to action */
export interface EmptyStateProps {
  /** @default 'No projects yet' */
  title?: string;
  /** @default 'Projects keep your components, versions and design tokens together. Create your first one to get started.' */
  body?: string;
  /** @default 'Create project' */
  cta?: string;
  onCreate?: () => void;
  onImport?: () => void;
}

/** Empty state with a call to action */
export function EmptyState({ title = 'No projects yet', body = 'Projects keep your components, versions and design tokens together. Create your first one to get started.', cta = 'Create project', onCreate, onImport }: EmptyStateProps) {

  function handleEmptyCtaClick() {
    onCreate?.();
  }

  function handleEmptySecondaryClick() {
    onImport?.();
  }

  return (
    <chakra.section
      aria-labelledby="empty-title"
      color="text"
      bg="surface"
      borderColor="border"
      py="xl"
      px="lg"
      gap="md"
      rounded="lg"
      borderWidth="var(--border-width)"
      fontFamily="base"
      display="flex"
      flexDirection="column"
      alignItems="center"
      textAlign="center"
      borderStyle="dashed"
    >
      <chakra.div
        aria-hidden="true"
        color="primary"
        bg="surface-muted"
        rounded="full"
        display="inline-flex"
        position="relative"
        flexShrink="0"
        alignItems="center"
        justifyContent="center"
        w="5rem"
        h="5rem"
      >
        <chakra.svg
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
          focusable="false"
          htmlWidth="36"
          htmlHeight="36"
          aria-hidden="true"
        >
          <chakra.path d="M3 6h6l2 2h10v11H3z" />
        </chakra.svg>
        <chakra.span
          color="on-primary"
          bg="primary"
          borderColor="surface"
          rounded="full"
          borderWidth="var(--border-width)"
          display="inline-flex"
          position="absolute"
          right="0"
          bottom="0"
          flexShrink="0"
          alignItems="center"
          justifyContent="center"
          w={"{spacing.lg}"}
          h={"{spacing.lg}"}
          borderStyle="solid"
          boxSizing="content-box"
        >
          <chakra.svg
            viewBox="0 0 24 24"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
            focusable="false"
            htmlWidth="14"
            htmlHeight="14"
            aria-hidden="true"
          >
            <chakra.path d="M12 5v14M5 12h14" />
          </chakra.svg>
        </chakra.span>
      </chakra.div>
      <chakra.h2
        id="empty-title"
        color="text"
        m="0"
        fontFamily="heading"
        fontSize="xl"
        fontWeight="bold"
        lineHeight="tight"
      >{title}</chakra.h2>
      <chakra.p
        color="text-muted"
        m="0"
        fontFamily="base"
        fontSize="md"
        lineHeight="normal"
        maxW="28rem"
      >{body}</chakra.p>
      <chakra.div
        mt="sm"
        gap="sm"
        display="flex"
        flexWrap="wrap"
        alignItems="center"
        justifyContent="center"
      >
        <chakra.button
          type="button"
          onClick={handleEmptyCtaClick}
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
          cursor="pointer"
          transitionProperty="background-color, border-color, color, box-shadow, transform, opacity"
          transitionTimingFunction="ease-out"
          userSelect="none"
          _hover={{ bg: "primary-hover" }}
          _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }}
          _active={{ transform: "translateY(1px)" }}
          _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}
        ><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="18" htmlHeight="18" aria-hidden="true"><chakra.path d="M12 5v14M5 12h14" /></chakra.svg>{cta}</chakra.button>
        <chakra.button
          type="button"
          onClick={handleEmptySecondaryClick}
          color="primary"
          bg="transparent"
          borderColor="primary"
          py="sm"
          px="md"
          gap="xs"
          rounded="md"
          borderWidth="var(--border-width)"
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
          cursor="pointer"
          transitionProperty="background-color, border-color, color, box-shadow, transform, opacity"
          transitionTimingFunction="ease-out"
          userSelect="none"
          _hover={{ color: "on-primary", bg: "primary" }}
          _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }}
          _active={{ transform: "translateY(1px)" }}
          _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}
        ><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="18" htmlHeight="18" aria-hidden="true"><chakra.path d="M12 16V4M7 9l5-5 5 5M4 20h16" /></chakra.svg>Import from code</chakra.button>
      </chakra.div>
      <chakra.p color="text-muted" m="0" fontFamily="base" fontSize="sm" lineHeight="normal">Need a hand? <chakra.a href="#docs" color="primary" rounded="sm" fontFamily="inherit" fontWeight="medium" transitionDuration="fast" textDecoration="underline" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" _hover={{ textDecoration: "underline" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ textDecoration: "underline" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}>Read the quick-start guide</chakra.a></chakra.p>
    </chakra.section>
  );
}

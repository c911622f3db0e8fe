import { useState } from 'react';
import { chakra } from '@chakra-ui/react';

/** Dismissible alert */
export interface AlertProps {
  /** @default 'A new version is available' */
  title?: string;
  /** @default 'Version 2.4 adds Svelte 5 exports and faster previews.' */
  message?: string;
  onDismiss?: () => void;
}

/** Dismissible alert */
export function Alert({ title = 'A new version is available', message = 'Version 2.4 adds Svelte 5 exports and faster previews.', onDismiss }: AlertProps) {
  const [visible, setVisible] = useState(true);

  function handleAlertDismissClick() {
    setVisible(false);
    onDismiss?.();
  }

  function handleAlertCloseClick() {
    setVisible(false);
    onDismiss?.();
  }

  return (
    <chakra.div fontFamily="base" w="100%">
      {visible && (
        <chakra.div
          role="status"
          color="text"
          bg="surface"
          borderColor="border"
          p={{ base: "md", md: "lg" }}
          pl="lg"
          gap="md"
          rounded="lg"
          borderWidth="var(--border-width)"
          shadow="sm"
          display="flex"
          position="relative"
          alignItems="flex-start"
          overflow="hidden"
          borderStyle="solid"
          boxSizing="border-box"
        >
          <chakra.span
            aria-hidden="true"
            bg="primary"
            position="absolute"
            top="0"
            bottom="0"
            left="0"
            w={"{spacing.xs}"}
          />
          <chakra.span
            aria-hidden="true"
            color="on-primary"
            bg="primary"
            p="xs"
            rounded="md"
            display="inline-flex"
            flexShrink="0"
            alignItems="center"
            justifyContent="center"
            w={"{spacing.xl}"}
            h={"{spacing.xl}"}
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
              htmlWidth="18"
              htmlHeight="18"
              aria-hidden="true"
            >
              <chakra.circle cx="12" cy="12" r="9" />
              <chakra.path d="M12 11v5M12 8h.01" />
            </chakra.svg>
          </chakra.span>
          <chakra.div gap="xs" display="flex" flexDirection="column" flexGrow="1" minW="0">
            <chakra.p
              color="text"
              m="0"
              fontFamily="heading"
              fontSize="md"
              fontWeight="bold"
              lineHeight="tight"
            >{title}</chakra.p>
            <chakra.p color="text-muted" m="0" fontFamily="base" fontSize="sm" lineHeight="normal">{message}</chakra.p>
            <chakra.div mt="xs" gap="md" display="flex" flexWrap="wrap" alignItems="center">
              <chakra.a
                href="#details"
                color="primary"
                rounded="sm"
                fontFamily="inherit"
                fontSize="sm"
                fontWeight="medium"
                transitionDuration="fast"
                textDecoration="none"
                cursor="pointer"
                transitionProperty="background-color, border-color, color, box-shadow, transform, opacity"
                transitionTimingFunction="ease-out"
                _hover={{ textDecoration: "underline" }}
                _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }}
                _active={{ textDecoration: "underline" }}
                _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}
              >See what’s new</chakra.a>
              <chakra.button
                type="button"
                onClick={handleAlertDismissClick}
                color="text-muted"
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
              >Dismiss</chakra.button>
            </chakra.div>
          </chakra.div>
          <chakra.button
            type="button"
            aria-label="Dismiss"
            onClick={handleAlertCloseClick}
            color="text-muted"
            bg="transparent"
            borderColor="transparent"
            p="xs"
            rounded="md"
            borderWidth="var(--border-width)"
            fontFamily="inherit"
            transitionDuration="fast"
            display="inline-flex"
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
              <chakra.path d="M18 6 6 18M6 6l12 12" />
            </chakra.svg>
          </chakra.button>
        </chakra.div>
      )}
    </chakra.div>
  );
}

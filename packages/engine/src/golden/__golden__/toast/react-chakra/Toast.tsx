import { useState } from 'react';
import { chakra } from '@chakra-ui/react';

/** Toast notification */
export interface ToastProps {
  /** @default 'Changes saved' */
  title?: string;
  /** @default 'Your component was saved and a new version was created.' */
  message?: string;
  /** @default 'Undo' */
  action?: string;
  onAction?: () => void;
  onDismiss?: () => void;
}

/** Toast notification */
export function Toast({ title = 'Changes saved', message = 'Your component was saved and a new version was created.', action = 'Undo', onAction, onDismiss }: ToastProps) {
  const [visible, setVisible] = useState(true);

  function handleToastActionClick() {
    onAction?.();
    setVisible(false);
  }

  function handleToastCloseClick() {
    setVisible(false);
    onDismiss?.();
  }

  return (
    <chakra.div
      aria-live="polite"
      gap="sm"
      display="flex"
      position="fixed"
      right="md"
      bottom="md"
      left={{ base: "md", md: "auto" }}
      zIndex="50"
      flexDirection="column"
      w={{ md: "24rem" }}
    >
      {visible && (
        <chakra.div
          role="status"
          color="surface"
          bg="text"
          p="md"
          gap="md"
          rounded="lg"
          shadow="lg"
          fontFamily="base"
          display="flex"
          alignItems="flex-start"
        >
          <chakra.span
            aria-hidden="true"
            color="text"
            bg="success"
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
              <chakra.path d="m8 12 3 3 5-6" />
            </chakra.svg>
          </chakra.span>
          <chakra.div gap="xs" display="flex" flexDirection="column" flexGrow="1" minW="0">
            <chakra.p
              color="surface"
              m="0"
              fontFamily="heading"
              fontSize="md"
              fontWeight="bold"
              lineHeight="tight"
            >{title}</chakra.p>
            <chakra.p color="surface-muted" m="0" fontFamily="base" fontSize="sm" lineHeight="normal">{message}</chakra.p>
          </chakra.div>
          <chakra.button
            type="button"
            onClick={handleToastActionClick}
            color="surface"
            bg="transparent"
            borderColor="transparent"
            py="xs"
            px="sm"
            rounded="md"
            borderWidth="var(--border-width)"
            fontFamily="inherit"
            fontSize="sm"
            fontWeight="semibold"
            transitionDuration="fast"
            borderStyle="solid"
            cursor="pointer"
            transitionProperty="background-color, border-color, color, box-shadow, transform, opacity"
            transitionTimingFunction="ease-out"
            _hover={{ textDecoration: "underline" }}
            _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }}
            _active={{ transform: "translateY(1px)" }}
            _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}
          >{action}</chakra.button>
          <chakra.button
            type="button"
            aria-label="Dismiss"
            onClick={handleToastCloseClick}
            color="surface-muted"
            bg="transparent"
            borderColor="transparent"
            p="xs"
            rounded="md"
            borderWidth="var(--border-width)"
            fontFamily="inherit"
            transitionDuration="fast"
            display="inline-flex"
            borderStyle="solid"
            cursor="pointer"
            transitionProperty="background-color, border-color, color, box-shadow, transform, opacity"
            transitionTimingFunction="ease-out"
            _hover={{ color: "surface" }}
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

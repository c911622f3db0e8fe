import { chakra } from '@chakra-ui/react';

/** Progress bar */
export interface ProgressBarProps {
  /** @default 'Uploading design-tokens.json' */
  title?: string;
  /** @default 64 */
  value?: number;
  onCancel?: () => void;
}

/** Progress bar */
export function ProgressBar({ title = 'Uploading design-tokens.json', value = 64, onCancel }: ProgressBarProps) {

  function handleProgressCancelClick() {
    onCancel?.();
  }

  return (
    <chakra.div
      color="text"
      bg="surface"
      borderColor="border"
      p="lg"
      gap="md"
      rounded="lg"
      borderWidth="var(--border-width)"
      shadow="sm"
      fontFamily="base"
      display="flex"
      flexDirection="column"
      w="100%"
      maxW="32rem"
      borderStyle="solid"
      boxSizing="border-box"
    >
      <chakra.div gap="md" display="flex" alignItems="flex-start">
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
            <chakra.path d="M12 16V4M7 9l5-5 5 5M4 20h16" />
          </chakra.svg>
        </chakra.span>
        <chakra.div gap="xs" display="flex" flexDirection="column" flexGrow="1" minW="0">
          <chakra.p
            id="progress-title"
            color="text"
            m="0"
            fontFamily="heading"
            fontSize="md"
            fontWeight="bold"
            lineHeight="tight"
            overflow="hidden"
            textOverflow="ellipsis"
          >{title}</chakra.p>
          <chakra.p color="text-muted" m="0" fontFamily="base" fontSize="sm" lineHeight="normal">2.4 MB of 3.8 MB · about 12 seconds left</chakra.p>
        </chakra.div>
        <chakra.span
          id="progress-value"
          color="primary"
          m="0"
          fontFamily="heading"
          fontSize="md"
          fontWeight="bold"
          lineHeight="tight"
        >{value}%</chakra.span>
      </chakra.div>
      <chakra.progress
        max="100"
        value={value}
        aria-labelledby="progress-title"
        color="primary"
        bg="surface-muted"
        rounded="full"
        borderWidth="0"
        display="block"
        w="100%"
        h={"{spacing.sm}"}
        overflow="hidden"
        boxSizing="content-box"
      />
      <chakra.div gap="sm" display="flex" alignItems="center" justifyContent="flex-end">
        <chakra.button
          type="button"
          onClick={handleProgressCancelClick}
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
        >Cancel</chakra.button>
      </chakra.div>
    </chakra.div>
  );
}

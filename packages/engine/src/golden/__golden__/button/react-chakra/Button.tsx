import { chakra } from '@chakra-ui/react';

/** Button (primary) */
export interface ButtonProps {
  /** Text, or the accessible name of an icon button @default 'Get started' */
  label?: string;
  /** @default 'Saving…' */
  loadingLabel?: string;
  /** @default false */
  disabled?: boolean;
  /** @default false */
  loading?: boolean;
  onPress?: () => void;
}

/** Button (primary) */
export function Button({ label = 'Get started', loadingLabel = 'Saving…', disabled = false, loading = false, onPress }: ButtonProps) {

  function handleButtonClick() {
    onPress?.();
  }

  return (
    <chakra.button
      type="button"
      disabled={disabled}
      onClick={handleButtonClick}
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
    >{loading ? <><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="18" htmlHeight="18" aria-hidden="true"><chakra.path d="M12 3a9 9 0 1 0 9 9" /></chakra.svg>{loadingLabel}</> : label}</chakra.button>
  );
}

import { useState } from 'react';
import { chakra } from '@chakra-ui/react';

/** Button with a tooltip */
export function Tooltip() {
  const [open, setOpen] = useState(true);

  function handleTooltipTriggerMouseenter() {
    setOpen(true);
  }

  function handleTooltipTriggerFocus() {
    setOpen(true);
  }

  function handleTooltipTriggerMouseleave() {
    setOpen(false);
  }

  function handleTooltipTriggerBlur() {
    setOpen(false);
  }

  function handleTooltipTriggerKeydown() {
    setOpen(false);
  }

  return (
    <chakra.span fontFamily="base" display="inline-flex" position="relative">
      <chakra.button
        type="button"
        aria-describedby="tooltip-content"
        onMouseEnter={handleTooltipTriggerMouseenter}
        onFocus={handleTooltipTriggerFocus}
        onMouseLeave={handleTooltipTriggerMouseleave}
        onBlur={handleTooltipTriggerBlur}
        onKeyDown={handleTooltipTriggerKeydown}
        color="text"
        bg="surface-muted"
        borderColor="transparent"
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
        _hover={{ bg: "surface", borderColor: "border", shadow: "sm" }}
        _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }}
        _active={{ transform: "translateY(1px)" }}
        _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}
      ><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="18" htmlHeight="18" aria-hidden="true"><chakra.circle cx="18" cy="5" r="2.5" /><chakra.circle cx="6" cy="12" r="2.5" /><chakra.circle cx="18" cy="19" r="2.5" /><chakra.path d="m8.2 10.8 7.6-4.4M8.2 13.2l7.6 4.4" /></chakra.svg>Share</chakra.button>
      {open && (
        <chakra.span
          id="tooltip-content"
          color="surface"
          bg="text"
          py="xs"
          px="sm"
          m="0"
          gap="xs"
          rounded="md"
          shadow="lg"
          fontFamily="base"
          fontSize="xs"
          lineHeight="normal"
          display="flex"
          position="absolute"
          bottom="100%"
          left="50%"
          zIndex="50"
          alignItems="center"
          w="max-content"
          maxW="16rem"
          transform="translate(-50%, -0.5rem)"
          pointerEvents="none"
          boxSizing="content-box"
        >Copy a public link to this component</chakra.span>
      )}
    </chakra.span>
  );
}

import { useState } from 'react';
import { chakra } from '@chakra-ui/react';

/** Settings toggle switches */
export interface ToggleSwitchProps {
  onChange?: () => void;
}

/** Settings toggle switches */
export function ToggleSwitch({ onChange }: ToggleSwitchProps) {
  const [setting1, setSetting1] = useState(true);
  const [setting2, setSetting2] = useState(false);
  const [setting3, setSetting3] = useState(true);

  function handleSwitch1Click() {
    setSetting1((current) => !current);
    onChange?.();
  }

  function handleSwitch2Click() {
    setSetting2((current) => !current);
    onChange?.();
  }

  function handleSwitch3Click() {
    setSetting3((current) => !current);
    onChange?.();
  }

  return (
    <chakra.section
      aria-labelledby="settings-title"
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
      maxW="36rem"
      borderStyle="solid"
      boxSizing="border-box"
    >
      <chakra.header gap="xs" display="flex" flexDirection="column">
        <chakra.h2
          id="settings-title"
          color="text"
          m="0"
          fontFamily="heading"
          fontSize="xl"
          fontWeight="bold"
          lineHeight="tight"
        >Notifications</chakra.h2>
        <chakra.p color="text-muted" m="0" fontFamily="base" fontSize="sm" lineHeight="normal">Choose what we tell you about and where.</chakra.p>
      </chakra.header>
      <chakra.ul p="0" m="0" gap="md" display="flex" flexDirection="column" listStyle="none">
        <chakra.li
          pt="md"
          gap="md"
          display="flex"
          alignItems="flex-start"
          justifyContent="space-between"
        >
          <chakra.div gap="xs" display="flex" flexDirection="column">
            <chakra.span id="setting-1-label" color="text" fontSize="md" fontWeight="medium">Email notifications</chakra.span>
            <chakra.span
              id="setting-1-description"
              color="text-muted"
              m="0"
              fontFamily="base"
              fontSize="sm"
              lineHeight="normal"
            >Get a summary of activity on your projects.</chakra.span>
          </chakra.div>
          <chakra.button
            type="button"
            role="switch"
            aria-checked={setting1}
            aria-labelledby="setting-1-label"
            aria-describedby="setting-1-description"
            onClick={handleSwitch1Click}
            bg="surface"
            p="0"
            rounded="full"
            borderWidth="0"
            fontFamily="inherit"
            transitionDuration="fast"
            position="relative"
            flexShrink="0"
            w="2.75rem"
            h="1.5rem"
            cursor="pointer"
            transitionProperty="background-color, border-color, color, box-shadow, transform, opacity"
            transitionTimingFunction="ease-out"
            _hover={{ opacity: "0.9" }}
            _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }}
            _active={{ transform: "scale(0.97)" }}
            _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}
          >{setting1 ? <><chakra.span aria-hidden="true" bg="primary" rounded="full" position="absolute" inset="0" /><chakra.span aria-hidden="true" bg="surface" rounded="full" shadow="sm" transitionDuration="normal" position="absolute" top="0.1875rem" left="1.4375rem" w="1.125rem" h="1.125rem" transitionProperty="left" /></> : <chakra.span aria-hidden="true" bg="surface" rounded="full" shadow="sm" transitionDuration="normal" position="absolute" top="0.1875rem" left="0.1875rem" w="1.125rem" h="1.125rem" transitionProperty="left" />}</chakra.button>
        </chakra.li>
        <chakra.li
          borderColor="border"
          pt="md"
          gap="md"
          borderWidth="0"
          display="flex"
          alignItems="flex-start"
          justifyContent="space-between"
          borderStyle="solid"
          borderTopWidth="var(--border-width)"
        >
          <chakra.div gap="xs" display="flex" flexDirection="column">
            <chakra.span id="setting-2-label" color="text" fontSize="md" fontWeight="medium">Push notifications</chakra.span>
            <chakra.span
              id="setting-2-description"
              color="text-muted"
              m="0"
              fontFamily="base"
              fontSize="sm"
              lineHeight="normal"
            >Instant alerts on your phone and desktop.</chakra.span>
          </chakra.div>
          <chakra.button
            type="button"
            role="switch"
            aria-checked={setting2}
            aria-labelledby="setting-2-label"
            aria-describedby="setting-2-description"
            onClick={handleSwitch2Click}
            bg="surface"
            p="0"
            rounded="full"
            borderWidth="0"
            fontFamily="inherit"
            transitionDuration="fast"
            position="relative"
            flexShrink="0"
            w="2.75rem"
            h="1.5rem"
            cursor="pointer"
            transitionProperty="background-color, border-color, color, box-shadow, transform, opacity"
            transitionTimingFunction="ease-out"
            _hover={{ opacity: "0.9" }}
            _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }}
            _active={{ transform: "scale(0.97)" }}
            _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}
          >{setting2 ? <><chakra.span aria-hidden="true" bg="primary" rounded="full" position="absolute" inset="0" /><chakra.span aria-hidden="true" bg="surface" rounded="full" shadow="sm" transitionDuration="normal" position="absolute" top="0.1875rem" left="1.4375rem" w="1.125rem" h="1.125rem" transitionProperty="left" /></> : <chakra.span aria-hidden="true" bg="surface" rounded="full" shadow="sm" transitionDuration="normal" position="absolute" top="0.1875rem" left="0.1875rem" w="1.125rem" h="1.125rem" transitionProperty="left" />}</chakra.button>
        </chakra.li>
        <chakra.li
          borderColor="border"
          pt="md"
          gap="md"
          borderWidth="0"
          display="flex"
          alignItems="flex-start"
          justifyContent="space-between"
          borderStyle="solid"
          borderTopWidth="var(--border-width)"
        >
          <chakra.div gap="xs" display="flex" flexDirection="column">
            <chakra.span id="setting-3-label" color="text" fontSize="md" fontWeight="medium">Weekly digest</chakra.span>
            <chakra.span
              id="setting-3-description"
              color="text-muted"
              m="0"
              fontFamily="base"
              fontSize="sm"
              lineHeight="normal"
            >One email every Monday with the highlights.</chakra.span>
          </chakra.div>
          <chakra.button
            type="button"
            role="switch"
            aria-checked={setting3}
            aria-labelledby="setting-3-label"
            aria-describedby="setting-3-description"
            onClick={handleSwitch3Click}
            bg="surface"
            p="0"
            rounded="full"
            borderWidth="0"
            fontFamily="inherit"
            transitionDuration="fast"
            position="relative"
            flexShrink="0"
            w="2.75rem"
            h="1.5rem"
            cursor="pointer"
            transitionProperty="background-color, border-color, color, box-shadow, transform, opacity"
            transitionTimingFunction="ease-out"
            _hover={{ opacity: "0.9" }}
            _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }}
            _active={{ transform: "scale(0.97)" }}
            _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}
          >{setting3 ? <><chakra.span aria-hidden="true" bg="primary" rounded="full" position="absolute" inset="0" /><chakra.span aria-hidden="true" bg="surface" rounded="full" shadow="sm" transitionDuration="normal" position="absolute" top="0.1875rem" left="1.4375rem" w="1.125rem" h="1.125rem" transitionProperty="left" /></> : <chakra.span aria-hidden="true" bg="surface" rounded="full" shadow="sm" transitionDuration="normal" position="absolute" top="0.1875rem" left="0.1875rem" w="1.125rem" h="1.125rem" transitionProperty="left" />}</chakra.button>
        </chakra.li>
      </chakra.ul>
    </chakra.section>
  );
}

import { useState } from 'react';
import { chakra } from '@chakra-ui/react';

/** Tabs (3) */
export function Tabs() {
  const [tab1, setTab1] = useState(true);
  const [tab2, setTab2] = useState(false);
  const [tab3, setTab3] = useState(false);

  function handleTab1Click() {
    setTab1(true);
    setTab2(false);
    setTab3(false);
  }

  function handleTab2Click() {
    setTab1(false);
    setTab2(true);
    setTab3(false);
  }

  function handleTab3Click() {
    setTab1(false);
    setTab2(false);
    setTab3(true);
  }

  return (
    <chakra.div
      color="text"
      bg="surface"
      borderColor="border"
      p="md"
      gap="md"
      rounded="lg"
      borderWidth="var(--border-width)"
      shadow="sm"
      fontFamily="base"
      display="flex"
      flexDirection="column"
      borderStyle="solid"
      boxSizing="border-box"
    >
      <chakra.div
        role="tablist"
        aria-label="Product details"
        borderColor="border"
        gap="xs"
        borderWidth="0"
        display="flex"
        alignItems="center"
        overflowX="auto"
        borderStyle="solid"
        borderBottomWidth="var(--border-width)"
      >
        <chakra.button
          type="button"
          id="tab-1"
          role="tab"
          aria-selected={tab1}
          aria-controls="tab-panel-1"
          onClick={handleTab1Click}
          color="text"
          bg="transparent"
          py="sm"
          px="md"
          rounded="md"
          borderWidth="0"
          fontFamily="base"
          fontSize="sm"
          fontWeight="semibold"
          transitionDuration="fast"
          position="relative"
          whiteSpace="nowrap"
          cursor="pointer"
          transitionProperty="background-color, border-color, color, box-shadow, transform, opacity"
          transitionTimingFunction="ease-out"
          _hover={{ bg: "surface-muted" }}
          _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }}
          _active={{ transform: "translateY(1px)" }}
          _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}
        >Overview{tab1 && <chakra.span aria-hidden="true" bg="primary" rounded="full" position="absolute" right="sm" bottom="0" left="sm" h={"{spacing.xs}"} />}</chakra.button>
        <chakra.button
          type="button"
          id="tab-2"
          role="tab"
          aria-selected={tab2}
          aria-controls="tab-panel-2"
          onClick={handleTab2Click}
          color="text"
          bg="transparent"
          py="sm"
          px="md"
          rounded="md"
          borderWidth="0"
          fontFamily="base"
          fontSize="sm"
          fontWeight="semibold"
          transitionDuration="fast"
          position="relative"
          whiteSpace="nowrap"
          cursor="pointer"
          transitionProperty="background-color, border-color, color, box-shadow, transform, opacity"
          transitionTimingFunction="ease-out"
          _hover={{ bg: "surface-muted" }}
          _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }}
          _active={{ transform: "translateY(1px)" }}
          _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}
        >Specifications{tab2 && <chakra.span aria-hidden="true" bg="primary" rounded="full" position="absolute" right="sm" bottom="0" left="sm" h={"{spacing.xs}"} />}</chakra.button>
        <chakra.button
          type="button"
          id="tab-3"
          role="tab"
          aria-selected={tab3}
          aria-controls="tab-panel-3"
          onClick={handleTab3Click}
          color="text"
          bg="transparent"
          py="sm"
          px="md"
          rounded="md"
          borderWidth="0"
          fontFamily="base"
          fontSize="sm"
          fontWeight="semibold"
          transitionDuration="fast"
          position="relative"
          whiteSpace="nowrap"
          cursor="pointer"
          transitionProperty="background-color, border-color, color, box-shadow, transform, opacity"
          transitionTimingFunction="ease-out"
          _hover={{ bg: "surface-muted" }}
          _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }}
          _active={{ transform: "translateY(1px)" }}
          _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}
        >Reviews{tab3 && <chakra.span aria-hidden="true" bg="primary" rounded="full" position="absolute" right="sm" bottom="0" left="sm" h={"{spacing.xs}"} />}</chakra.button>
      </chakra.div>
      {tab1 && (
        <chakra.div
          id="tab-panel-1"
          tabIndex={0}
          role="tabpanel"
          aria-labelledby="tab-1"
          p="sm"
          gap="sm"
          rounded="md"
          display="flex"
          flexDirection="column"
          _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineStyle: "solid" }}
        >
          <chakra.h3
            color="text"
            m="0"
            fontFamily="heading"
            fontSize="lg"
            fontWeight="bold"
            lineHeight="tight"
          >Built for everyday carry</chakra.h3>
          <chakra.p color="text-muted" m="0" fontFamily="base" fontSize="md" lineHeight="normal">A lightweight shell, recycled fabrics and a lifetime warranty make this the last backpack you will need.</chakra.p>
        </chakra.div>
      )}
      {tab2 && (
        <chakra.div
          id="tab-panel-2"
          tabIndex={0}
          role="tabpanel"
          aria-labelledby="tab-2"
          p="sm"
          gap="sm"
          rounded="md"
          display="flex"
          flexDirection="column"
          _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineStyle: "solid" }}
        >
          <chakra.h3
            color="text"
            m="0"
            fontFamily="heading"
            fontSize="lg"
            fontWeight="bold"
            lineHeight="tight"
          >Specifications</chakra.h3>
          <chakra.p color="text-muted" m="0" fontFamily="base" fontSize="md" lineHeight="normal">Capacity 22 L · Weight 850 g · Padded sleeve for laptops up to 16 inches · Water-resistant zips.</chakra.p>
        </chakra.div>
      )}
      {tab3 && (
        <chakra.div
          id="tab-panel-3"
          tabIndex={0}
          role="tabpanel"
          aria-labelledby="tab-3"
          p="sm"
          gap="sm"
          rounded="md"
          display="flex"
          flexDirection="column"
          _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineStyle: "solid" }}
        >
          <chakra.h3
            color="text"
            m="0"
            fontFamily="heading"
            fontSize="lg"
            fontWeight="bold"
            lineHeight="tight"
          >Rated 4.8 by 1,204 customers</chakra.h3>
          <chakra.p color="text-muted" m="0" fontFamily="base" fontSize="md" lineHeight="normal">“Comfortable on long commutes, and the laptop sleeve fits perfectly.” — Daniel, verified buyer</chakra.p>
        </chakra.div>
      )}
    </chakra.div>
  );
}

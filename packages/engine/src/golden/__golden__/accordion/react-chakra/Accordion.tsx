import { useState } from 'react';
import { chakra } from '@chakra-ui/react';

/** FAQ accordion (4) */
export function Accordion() {
  const [open1, setOpen1] = useState(true);
  const [open2, setOpen2] = useState(false);
  const [open3, setOpen3] = useState(false);
  const [open4, setOpen4] = useState(false);

  function handleFaqTrigger1Click() {
    setOpen1((current) => !current);
  }

  function handleFaqTrigger2Click() {
    setOpen2((current) => !current);
  }

  function handleFaqTrigger3Click() {
    setOpen3((current) => !current);
  }

  function handleFaqTrigger4Click() {
    setOpen4((current) => !current);
  }

  return (
    <chakra.section
      aria-labelledby="faq-title"
      color="text"
      bg="background"
      py="xl"
      px="md"
      gap="lg"
      fontFamily="base"
      display="flex"
      flexDirection="column"
      w="100%"
      boxSizing="border-box"
      p={{ md: "xl" }}
    >
      <chakra.header gap="sm" display="flex" flexDirection="column">
        <chakra.p
          color="primary"
          m="0"
          fontSize="sm"
          fontWeight="semibold"
          textTransform="uppercase"
        >FAQ</chakra.p>
        <chakra.h2
          id="faq-title"
          color="text"
          m="0"
          fontFamily="heading"
          fontSize={{ base: "2xl", md: "3xl" }}
          fontWeight="bold"
          lineHeight="tight"
        >Frequently asked questions</chakra.h2>
        <chakra.p
          color="text-muted"
          m="0"
          fontFamily="base"
          fontSize="lg"
          lineHeight="normal"
          maxW={"{breakpoints.sm}"}
        >Everything you need to know about plans, billing and your data.</chakra.p>
      </chakra.header>
      <chakra.div
        color="text"
        bg="surface"
        borderColor="border"
        p="0"
        gap="0"
        rounded="lg"
        borderWidth="var(--border-width)"
        shadow="sm"
        display="flex"
        flexDirection="column"
        overflow="hidden"
        borderStyle="solid"
        boxSizing="border-box"
      >
        <chakra.div>
          <chakra.h3 m="0"><chakra.button type="button" id="faq-trigger-1" aria-expanded={open1} aria-controls="faq-panel-1" onClick={handleFaqTrigger1Click} color="text" bg="transparent" py="md" px="lg" gap="md" borderWidth="0" fontFamily="base" fontSize="md" fontWeight="semibold" transitionDuration="fast" display="flex" alignItems="center" justifyContent="space-between" w="100%" textAlign="left" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" _hover={{ bg: "surface-muted" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ transform: "translateY(1px)" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}>Can I try it before I pay?<chakra.span aria-hidden="true" color="primary" display="inline-flex" flexShrink="0">{open1 ? <chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="18" htmlHeight="18" aria-hidden="true"><chakra.path d="M5 12h14" /></chakra.svg> : <chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="18" htmlHeight="18" aria-hidden="true"><chakra.path d="M12 5v14M5 12h14" /></chakra.svg>}</chakra.span></chakra.button></chakra.h3>
          {open1 && (
            <chakra.div
              id="faq-panel-1"
              role="region"
              aria-labelledby="faq-trigger-1"
              py="0"
              px="lg"
              pb="md"
            >
              <chakra.p color="text-muted" m="0" fontFamily="base" fontSize="md" lineHeight="normal">Yes. The Free plan includes 50 generations a month with no card required, and Pro comes with a 14-day trial.</chakra.p>
            </chakra.div>
          )}
        </chakra.div>
        <chakra.div
          borderColor="border"
          borderWidth="0"
          borderStyle="solid"
          borderTopWidth="var(--border-width)"
        >
          <chakra.h3 m="0"><chakra.button type="button" id="faq-trigger-2" aria-expanded={open2} aria-controls="faq-panel-2" onClick={handleFaqTrigger2Click} color="text" bg="transparent" py="md" px="lg" gap="md" borderWidth="0" fontFamily="base" fontSize="md" fontWeight="semibold" transitionDuration="fast" display="flex" alignItems="center" justifyContent="space-between" w="100%" textAlign="left" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" _hover={{ bg: "surface-muted" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ transform: "translateY(1px)" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}>Does it work with my design system?<chakra.span aria-hidden="true" color="primary" display="inline-flex" flexShrink="0">{open2 ? <chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="18" htmlHeight="18" aria-hidden="true"><chakra.path d="M5 12h14" /></chakra.svg> : <chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="18" htmlHeight="18" aria-hidden="true"><chakra.path d="M12 5v14M5 12h14" /></chakra.svg>}</chakra.span></chakra.button></chakra.h3>
          {open2 && (
            <chakra.div
              id="faq-panel-2"
              role="region"
              aria-labelledby="faq-trigger-2"
              py="0"
              px="lg"
              pb="md"
            >
              <chakra.p color="text-muted" m="0" fontFamily="base" fontSize="md" lineHeight="normal">Import your tokens from DTCG JSON, Style Dictionary, CSS variables or a Tailwind theme, and every component follows them.</chakra.p>
            </chakra.div>
          )}
        </chakra.div>
        <chakra.div
          borderColor="border"
          borderWidth="0"
          borderStyle="solid"
          borderTopWidth="var(--border-width)"
        >
          <chakra.h3 m="0"><chakra.button type="button" id="faq-trigger-3" aria-expanded={open3} aria-controls="faq-panel-3" onClick={handleFaqTrigger3Click} color="text" bg="transparent" py="md" px="lg" gap="md" borderWidth="0" fontFamily="base" fontSize="md" fontWeight="semibold" transitionDuration="fast" display="flex" alignItems="center" justifyContent="space-between" w="100%" textAlign="left" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" _hover={{ bg: "surface-muted" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ transform: "translateY(1px)" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}>Which frameworks can I export to?<chakra.span aria-hidden="true" color="primary" display="inline-flex" flexShrink="0">{open3 ? <chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="18" htmlHeight="18" aria-hidden="true"><chakra.path d="M5 12h14" /></chakra.svg> : <chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="18" htmlHeight="18" aria-hidden="true"><chakra.path d="M12 5v14M5 12h14" /></chakra.svg>}</chakra.span></chakra.button></chakra.h3>
          {open3 && (
            <chakra.div
              id="faq-panel-3"
              role="region"
              aria-labelledby="faq-trigger-3"
              py="0"
              px="lg"
              pb="md"
            >
              <chakra.p color="text-muted" m="0" fontFamily="base" fontSize="md" lineHeight="normal">HTML with CSS or Tailwind, React, Vue 3, Svelte 5, Angular and Web Components — all from the same component.</chakra.p>
            </chakra.div>
          )}
        </chakra.div>
        <chakra.div
          borderColor="border"
          borderWidth="0"
          borderStyle="solid"
          borderTopWidth="var(--border-width)"
        >
          <chakra.h3 m="0"><chakra.button type="button" id="faq-trigger-4" aria-expanded={open4} aria-controls="faq-panel-4" onClick={handleFaqTrigger4Click} color="text" bg="transparent" py="md" px="lg" gap="md" borderWidth="0" fontFamily="base" fontSize="md" fontWeight="semibold" transitionDuration="fast" display="flex" alignItems="center" justifyContent="space-between" w="100%" textAlign="left" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" _hover={{ bg: "surface-muted" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ transform: "translateY(1px)" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}>Can I cancel at any time?<chakra.span aria-hidden="true" color="primary" display="inline-flex" flexShrink="0">{open4 ? <chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="18" htmlHeight="18" aria-hidden="true"><chakra.path d="M5 12h14" /></chakra.svg> : <chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="18" htmlHeight="18" aria-hidden="true"><chakra.path d="M12 5v14M5 12h14" /></chakra.svg>}</chakra.span></chakra.button></chakra.h3>
          {open4 && (
            <chakra.div
              id="faq-panel-4"
              role="region"
              aria-labelledby="faq-trigger-4"
              py="0"
              px="lg"
              pb="md"
            >
              <chakra.p color="text-muted" m="0" fontFamily="base" fontSize="md" lineHeight="normal">Of course. Cancel from the billing page and you keep access until the end of the period you paid for.</chakra.p>
            </chakra.div>
          )}
        </chakra.div>
      </chakra.div>
      <chakra.p
        color="text-muted"
        m="0"
        gap="xs"
        fontFamily="base"
        fontSize="sm"
        lineHeight="normal"
        display="flex"
        flexWrap="wrap"
        alignItems="center"
      >Still stuck?<chakra.a href="#contact" color="primary" rounded="sm" fontFamily="inherit" fontWeight="medium" transitionDuration="fast" textDecoration="none" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" _hover={{ textDecoration: "underline" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ textDecoration: "underline" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}>Talk to our team</chakra.a></chakra.p>
    </chakra.section>
  );
}

import { useState, type FormEvent } from 'react';
import { chakra } from '@chakra-ui/react';

/** Multi-step form (3 steps) */
export interface MultiStepFormProps {
  onComplete?: () => void;
}

/** Multi-step form (3 steps) */
export function MultiStepForm({ onComplete }: MultiStepFormProps) {
  const [step, setStep] = useState(1);
  const [done1, setDone1] = useState(false);
  const [done2, setDone2] = useState(false);
  const [done3] = useState(false);

  function handleWizardSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onComplete?.();
  }

  function handleStep1NextClick() {
    setDone1(true);
    setStep(2);
  }

  function handleStep2BackClick() {
    setStep(1);
  }

  function handleStep2NextClick() {
    setDone2(true);
    setStep(3);
  }

  function handleStep3BackClick() {
    setStep(2);
  }

  function handleStep3NextClick() {
    onComplete?.();
  }

  return (
    <chakra.form
      aria-labelledby="wizard-title"
      onSubmit={handleWizardSubmit}
      color="text"
      bg="surface"
      borderColor="border"
      p={{ base: "lg", md: "xl" }}
      gap="lg"
      rounded="lg"
      borderWidth="var(--border-width)"
      shadow="sm"
      fontFamily="base"
      display="flex"
      flexDirection="column"
      w="100%"
      maxW="40rem"
      borderStyle="solid"
      boxSizing="border-box"
    >
      <chakra.h2
        id="wizard-title"
        color="text"
        m="0"
        fontFamily="heading"
        fontSize="2xl"
        fontWeight="bold"
        lineHeight="tight"
      >Set up your workspace</chakra.h2>
      <chakra.ol
        aria-label="Progress"
        p="0"
        m="0"
        gap="sm"
        display="flex"
        alignItems="center"
        justifyContent="space-between"
        listStyle="none"
      >
        <chakra.li gap="sm" display="flex" flexGrow="1" alignItems="center">
          {step === 1 ? (
            <chakra.span aria-current="step" gap="sm" display="flex" alignItems="center">
              <chakra.span
                aria-hidden="true"
                color="on-primary"
                bg="primary"
                rounded="full"
                fontSize="sm"
                fontWeight="bold"
                display="inline-flex"
                flexShrink="0"
                alignItems="center"
                justifyContent="center"
                w={"{spacing.xl}"}
                h={"{spacing.xl}"}
              >1</chakra.span>
              <chakra.span
                color="text"
                fontSize="sm"
                fontWeight="semibold"
                display={{ base: "none", sm: "inline" }}
              >Account</chakra.span>
            </chakra.span>
          ) : (
            <>
              {done1 ? (
                <chakra.span
                  aria-hidden="true"
                  color="on-primary"
                  bg="primary"
                  rounded="full"
                  fontSize="sm"
                  fontWeight="bold"
                  display="inline-flex"
                  flexShrink="0"
                  alignItems="center"
                  justifyContent="center"
                  w={"{spacing.xl}"}
                  h={"{spacing.xl}"}
                >
                  <chakra.svg
                    viewBox="0 0 24 24"
                    fill="none"
                    stroke="currentColor"
                    strokeWidth="2"
                    strokeLinecap="round"
                    strokeLinejoin="round"
                    focusable="false"
                    htmlWidth="16"
                    htmlHeight="16"
                    aria-hidden="true"
                  >
                    <chakra.path d="M20 6 9 17l-5-5" />
                  </chakra.svg>
                </chakra.span>
              ) : (
                <chakra.span
                  aria-hidden="true"
                  color="text"
                  bg="surface-muted"
                  rounded="full"
                  fontSize="sm"
                  fontWeight="bold"
                  display="inline-flex"
                  flexShrink="0"
                  alignItems="center"
                  justifyContent="center"
                  w={"{spacing.xl}"}
                  h={"{spacing.xl}"}
                >1</chakra.span>
              )}
              <chakra.span
                color="text-muted"
                fontSize="sm"
                fontWeight="medium"
                display={{ base: "none", sm: "inline" }}
              >Account</chakra.span>
            </>
          )}
        </chakra.li>
        <chakra.li gap="sm" display="flex" flexGrow="1" alignItems="center">
          {step === 2 ? (
            <chakra.span aria-current="step" gap="sm" display="flex" alignItems="center">
              <chakra.span
                aria-hidden="true"
                color="on-primary"
                bg="primary"
                rounded="full"
                fontSize="sm"
                fontWeight="bold"
                display="inline-flex"
                flexShrink="0"
                alignItems="center"
                justifyContent="center"
                w={"{spacing.xl}"}
                h={"{spacing.xl}"}
              >2</chakra.span>
              <chakra.span
                color="text"
                fontSize="sm"
                fontWeight="semibold"
                display={{ base: "none", sm: "inline" }}
              >Profile</chakra.span>
            </chakra.span>
          ) : (
            <>
              {done2 ? (
                <chakra.span
                  aria-hidden="true"
                  color="on-primary"
                  bg="primary"
                  rounded="full"
                  fontSize="sm"
                  fontWeight="bold"
                  display="inline-flex"
                  flexShrink="0"
                  alignItems="center"
                  justifyContent="center"
                  w={"{spacing.xl}"}
                  h={"{spacing.xl}"}
                >
                  <chakra.svg
                    viewBox="0 0 24 24"
                    fill="none"
                    stroke="currentColor"
                    strokeWidth="2"
                    strokeLinecap="round"
                    strokeLinejoin="round"
                    focusable="false"
                    htmlWidth="16"
                    htmlHeight="16"
                    aria-hidden="true"
                  >
                    <chakra.path d="M20 6 9 17l-5-5" />
                  </chakra.svg>
                </chakra.span>
              ) : (
                <chakra.span
                  aria-hidden="true"
                  color="text"
                  bg="surface-muted"
                  rounded="full"
                  fontSize="sm"
                  fontWeight="bold"
                  display="inline-flex"
                  flexShrink="0"
                  alignItems="center"
                  justifyContent="center"
                  w={"{spacing.xl}"}
                  h={"{spacing.xl}"}
                >2</chakra.span>
              )}
              <chakra.span
                color="text-muted"
                fontSize="sm"
                fontWeight="medium"
                display={{ base: "none", sm: "inline" }}
              >Profile</chakra.span>
            </>
          )}
        </chakra.li>
        <chakra.li gap="sm" display="flex" flexGrow="1" alignItems="center">
          {step === 3 ? (
            <chakra.span aria-current="step" gap="sm" display="flex" alignItems="center">
              <chakra.span
                aria-hidden="true"
                color="on-primary"
                bg="primary"
                rounded="full"
                fontSize="sm"
                fontWeight="bold"
                display="inline-flex"
                flexShrink="0"
                alignItems="center"
                justifyContent="center"
                w={"{spacing.xl}"}
                h={"{spacing.xl}"}
              >3</chakra.span>
              <chakra.span
                color="text"
                fontSize="sm"
                fontWeight="semibold"
                display={{ base: "none", sm: "inline" }}
              >Plan</chakra.span>
            </chakra.span>
          ) : (
            <>
              {done3 ? (
                <chakra.span
                  aria-hidden="true"
                  color="on-primary"
                  bg="primary"
                  rounded="full"
                  fontSize="sm"
                  fontWeight="bold"
                  display="inline-flex"
                  flexShrink="0"
                  alignItems="center"
                  justifyContent="center"
                  w={"{spacing.xl}"}
                  h={"{spacing.xl}"}
                >
                  <chakra.svg
                    viewBox="0 0 24 24"
                    fill="none"
                    stroke="currentColor"
                    strokeWidth="2"
                    strokeLinecap="round"
                    strokeLinejoin="round"
                    focusable="false"
                    htmlWidth="16"
                    htmlHeight="16"
                    aria-hidden="true"
                  >
                    <chakra.path d="M20 6 9 17l-5-5" />
                  </chakra.svg>
                </chakra.span>
              ) : (
                <chakra.span
                  aria-hidden="true"
                  color="text"
                  bg="surface-muted"
                  rounded="full"
                  fontSize="sm"
                  fontWeight="bold"
                  display="inline-flex"
                  flexShrink="0"
                  alignItems="center"
                  justifyContent="center"
                  w={"{spacing.xl}"}
                  h={"{spacing.xl}"}
                >3</chakra.span>
              )}
              <chakra.span
                color="text-muted"
                fontSize="sm"
                fontWeight="medium"
                display={{ base: "none", sm: "inline" }}
              >Plan</chakra.span>
            </>
          )}
        </chakra.li>
      </chakra.ol>
      {step === 1 && (
        <chakra.section
          aria-labelledby="step-1-title"
          gap="md"
          display="flex"
          flexDirection="column"
        >
          <chakra.p color="text-muted" m="0" fontFamily="base" fontSize="sm" lineHeight="normal">Step 1 / 3</chakra.p>
          <chakra.h3
            id="step-1-title"
            color="text"
            m="0"
            fontFamily="heading"
            fontSize="xl"
            fontWeight="bold"
            lineHeight="tight"
          >Account</chakra.h3>
          <chakra.div
            gap="md"
            display="grid"
            gridTemplateColumns={{ base: "minmax(0, 1fr)", md: "repeat(2, minmax(0, 1fr))" }}
          >
            <chakra.div gap="xs" display="flex" flexDirection="column">
              <chakra.label htmlFor="step-1-email" color="text" fontSize="sm" fontWeight="medium">Work email<chakra.span aria-hidden="true" color="danger"> *</chakra.span></chakra.label>
              <chakra.input
                id="step-1-email"
                name="step-1-email"
                type="email"
                autoComplete="email"
                required
                color="text"
                bg="surface"
                borderColor="border"
                py="sm"
                px="md"
                rounded="md"
                borderWidth="var(--border-width)"
                fontFamily="base"
                fontSize="md"
                lineHeight="normal"
                transitionDuration="fast"
                w="100%"
                borderStyle="solid"
                transitionProperty="background-color, border-color, color, box-shadow, transform, opacity"
                transitionTimingFunction="ease-out"
                boxSizing="border-box"
                _hover={{ borderColor: "text-muted" }}
                _focusVisible={{ borderColor: "focus", outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "0", outlineStyle: "solid" }}
                _active={{ borderColor: "focus" }}
                _disabled={{ bg: "surface-muted", opacity: "0.7", cursor: "not-allowed" }}
              />
            </chakra.div>
            <chakra.div gap="xs" display="flex" flexDirection="column">
              <chakra.label htmlFor="step-1-password" color="text" fontSize="sm" fontWeight="medium">Password<chakra.span aria-hidden="true" color="danger"> *</chakra.span></chakra.label>
              <chakra.input
                id="step-1-password"
                name="step-1-password"
                type="password"
                autoComplete="new-password"
                required
                color="text"
                bg="surface"
                borderColor="border"
                py="sm"
                px="md"
                rounded="md"
                borderWidth="var(--border-width)"
                fontFamily="base"
                fontSize="md"
                lineHeight="normal"
                transitionDuration="fast"
                w="100%"
                borderStyle="solid"
                transitionProperty="background-color, border-color, color, box-shadow, transform, opacity"
                transitionTimingFunction="ease-out"
                boxSizing="border-box"
                _hover={{ borderColor: "text-muted" }}
                _focusVisible={{ borderColor: "focus", outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "0", outlineStyle: "solid" }}
                _active={{ borderColor: "focus" }}
                _disabled={{ bg: "surface-muted", opacity: "0.7", cursor: "not-allowed" }}
              />
            </chakra.div>
          </chakra.div>
          <chakra.div
            mt="sm"
            gap="sm"
            display="flex"
            alignItems="center"
            justifyContent="space-between"
          >
            <chakra.button
              type="button"
              disabled
              color="primary"
              bg="transparent"
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
              _hover={{ color: "text", bg: "surface-muted" }}
              _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }}
              _active={{ transform: "translateY(1px)" }}
              _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}
            ><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="18" htmlHeight="18" aria-hidden="true"><chakra.path d="m15 18-6-6 6-6" /></chakra.svg>Back</chakra.button>
            <chakra.button
              type="button"
              onClick={handleStep1NextClick}
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
            >Continue<chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="18" htmlHeight="18" aria-hidden="true"><chakra.path d="m9 18 6-6-6-6" /></chakra.svg></chakra.button>
          </chakra.div>
        </chakra.section>
      )}
      {step === 2 && (
        <chakra.section
          aria-labelledby="step-2-title"
          gap="md"
          display="flex"
          flexDirection="column"
        >
          <chakra.p color="text-muted" m="0" fontFamily="base" fontSize="sm" lineHeight="normal">Step 2 / 3</chakra.p>
          <chakra.h3
            id="step-2-title"
            color="text"
            m="0"
            fontFamily="heading"
            fontSize="xl"
            fontWeight="bold"
            lineHeight="tight"
          >Profile</chakra.h3>
          <chakra.div
            gap="md"
            display="grid"
            gridTemplateColumns={{ base: "minmax(0, 1fr)", md: "repeat(2, minmax(0, 1fr))" }}
          >
            <chakra.div gap="xs" display="flex" flexDirection="column">
              <chakra.label htmlFor="step-2-name" color="text" fontSize="sm" fontWeight="medium">Full name<chakra.span aria-hidden="true" color="danger"> *</chakra.span></chakra.label>
              <chakra.input
                id="step-2-name"
                name="step-2-name"
                type="text"
                autoComplete="name"
                required
                color="text"
                bg="surface"
                borderColor="border"
                py="sm"
                px="md"
                rounded="md"
                borderWidth="var(--border-width)"
                fontFamily="base"
                fontSize="md"
                lineHeight="normal"
                transitionDuration="fast"
                w="100%"
                borderStyle="solid"
                transitionProperty="background-color, border-color, color, box-shadow, transform, opacity"
                transitionTimingFunction="ease-out"
                boxSizing="border-box"
                _hover={{ borderColor: "text-muted" }}
                _focusVisible={{ borderColor: "focus", outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "0", outlineStyle: "solid" }}
                _active={{ borderColor: "focus" }}
                _disabled={{ bg: "surface-muted", opacity: "0.7", cursor: "not-allowed" }}
              />
            </chakra.div>
            <chakra.div gap="xs" display="flex" flexDirection="column">
              <chakra.label htmlFor="step-2-company" color="text" fontSize="sm" fontWeight="medium">Company</chakra.label>
              <chakra.input
                id="step-2-company"
                name="step-2-company"
                type="text"
                autoComplete="organization"
                color="text"
                bg="surface"
                borderColor="border"
                py="sm"
                px="md"
                rounded="md"
                borderWidth="var(--border-width)"
                fontFamily="base"
                fontSize="md"
                lineHeight="normal"
                transitionDuration="fast"
                w="100%"
                borderStyle="solid"
                transitionProperty="background-color, border-color, color, box-shadow, transform, opacity"
                transitionTimingFunction="ease-out"
                boxSizing="border-box"
                _hover={{ borderColor: "text-muted" }}
                _focusVisible={{ borderColor: "focus", outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "0", outlineStyle: "solid" }}
                _active={{ borderColor: "focus" }}
                _disabled={{ bg: "surface-muted", opacity: "0.7", cursor: "not-allowed" }}
              />
            </chakra.div>
          </chakra.div>
          <chakra.div
            mt="sm"
            gap="sm"
            display="flex"
            alignItems="center"
            justifyContent="space-between"
          >
            <chakra.button
              type="button"
              onClick={handleStep2BackClick}
              color="primary"
              bg="transparent"
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
              _hover={{ color: "text", bg: "surface-muted" }}
              _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }}
              _active={{ transform: "translateY(1px)" }}
              _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}
            ><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="18" htmlHeight="18" aria-hidden="true"><chakra.path d="m15 18-6-6 6-6" /></chakra.svg>Back</chakra.button>
            <chakra.button
              type="button"
              onClick={handleStep2NextClick}
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
            >Continue<chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="18" htmlHeight="18" aria-hidden="true"><chakra.path d="m9 18 6-6-6-6" /></chakra.svg></chakra.button>
          </chakra.div>
        </chakra.section>
      )}
      {step === 3 && (
        <chakra.section
          aria-labelledby="step-3-title"
          gap="md"
          display="flex"
          flexDirection="column"
        >
          <chakra.p color="text-muted" m="0" fontFamily="base" fontSize="sm" lineHeight="normal">Step 3 / 3</chakra.p>
          <chakra.h3
            id="step-3-title"
            color="text"
            m="0"
            fontFamily="heading"
            fontSize="xl"
            fontWeight="bold"
            lineHeight="tight"
          >Plan</chakra.h3>
          <chakra.div gap="md" display="grid" gridTemplateColumns="minmax(0, 1fr)">
            <chakra.fieldset
              p="0"
              m="0"
              gap="sm"
              borderWidth="0"
              display="flex"
              flexDirection="column"
            >
              <chakra.legend
                color="text"
                m="0"
                mb="sm"
                fontFamily="heading"
                fontSize="sm"
                fontWeight="bold"
                lineHeight="tight"
              >Choose a plan</chakra.legend>
              <chakra.label
                htmlFor="step-3-plan-1"
                color="text"
                m="0"
                gap="sm"
                fontFamily="base"
                fontSize="sm"
                lineHeight="normal"
                display="flex"
                alignItems="flex-start"
                cursor="pointer"
              >
                <chakra.input
                  id="step-3-plan-1"
                  name="plan"
                  type="radio"
                  defaultValue="plan1"
                  m="0"
                  transitionDuration="fast"
                  flexShrink="0"
                  w={"{fontSizes.md}"}
                  h={"{fontSizes.md}"}
                  cursor="pointer"
                  transitionProperty="background-color, border-color, color, box-shadow, transform, opacity"
                  transitionTimingFunction="ease-out"
                  _hover={{ opacity: "0.85" }}
                  _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }}
                  _active={{ transform: "scale(0.95)" }}
                  _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}
                />
                <chakra.span>Starter — free</chakra.span>
              </chakra.label>
              <chakra.label
                htmlFor="step-3-plan-2"
                color="text"
                m="0"
                gap="sm"
                fontFamily="base"
                fontSize="sm"
                lineHeight="normal"
                display="flex"
                alignItems="flex-start"
                cursor="pointer"
              >
                <chakra.input
                  id="step-3-plan-2"
                  name="plan"
                  type="radio"
                  defaultValue="plan2"
                  defaultChecked
                  m="0"
                  transitionDuration="fast"
                  flexShrink="0"
                  w={"{fontSizes.md}"}
                  h={"{fontSizes.md}"}
                  cursor="pointer"
                  transitionProperty="background-color, border-color, color, box-shadow, transform, opacity"
                  transitionTimingFunction="ease-out"
                  _hover={{ opacity: "0.85" }}
                  _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }}
                  _active={{ transform: "scale(0.95)" }}
                  _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}
                />
                <chakra.span>Pro — $19/month</chakra.span>
              </chakra.label>
              <chakra.label
                htmlFor="step-3-plan-3"
                color="text"
                m="0"
                gap="sm"
                fontFamily="base"
                fontSize="sm"
                lineHeight="normal"
                display="flex"
                alignItems="flex-start"
                cursor="pointer"
              >
                <chakra.input
                  id="step-3-plan-3"
                  name="plan"
                  type="radio"
                  defaultValue="plan3"
                  m="0"
                  transitionDuration="fast"
                  flexShrink="0"
                  w={"{fontSizes.md}"}
                  h={"{fontSizes.md}"}
                  cursor="pointer"
                  transitionProperty="background-color, border-color, color, box-shadow, transform, opacity"
                  transitionTimingFunction="ease-out"
                  _hover={{ opacity: "0.85" }}
                  _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }}
                  _active={{ transform: "scale(0.95)" }}
                  _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}
                />
                <chakra.span>Team — $49/month</chakra.span>
              </chakra.label>
            </chakra.fieldset>
          </chakra.div>
          <chakra.div
            mt="sm"
            gap="sm"
            display="flex"
            alignItems="center"
            justifyContent="space-between"
          >
            <chakra.button
              type="button"
              onClick={handleStep3BackClick}
              color="primary"
              bg="transparent"
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
              _hover={{ color: "text", bg: "surface-muted" }}
              _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }}
              _active={{ transform: "translateY(1px)" }}
              _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}
            ><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="18" htmlHeight="18" aria-hidden="true"><chakra.path d="m15 18-6-6 6-6" /></chakra.svg>Back</chakra.button>
            <chakra.button
              type="button"
              onClick={handleStep3NextClick}
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
            >Create workspace</chakra.button>
          </chakra.div>
        </chakra.section>
      )}
    </chakra.form>
  );
}

import { useState } from 'react';
import { chakra } from '@chakra-ui/react';

interface PlanItem {
  id: string;
  name: string;
  monthly: string;
  yearly: string;
  description: string;
  feature1: string;
  feature2: string;
  feature3: string;
  feature4: string;
  cta: string;
  featured: boolean;
}

const planItems: PlanItem[] = [
  { id: 'plan1', name: 'Starter', monthly: '$0', yearly: '$0', description: 'For side projects and trying things out.', feature1: '50 generations a month', feature2: 'HTML and React exports', feature3: '1 design system', feature4: 'Community support', cta: 'Get started', featured: false },
  { id: 'plan2', name: 'Pro', monthly: '$19', yearly: '$15', description: 'For professionals who ship every week.', feature1: 'Unlimited generations', feature2: 'All 10 framework targets', feature3: 'Visual regression checks', feature4: 'Priority email support', cta: 'Get started', featured: true },
  { id: 'plan3', name: 'Team', monthly: '$49', yearly: '$39', description: 'For teams that share one design system.', feature1: 'Everything in Pro', feature2: 'Shared component library', feature3: 'Roles and permissions', feature4: 'SSO and audit log', cta: 'Get started', featured: false },
];

/** Pricing table with 3 plans */
export interface PricingTableProps {
  onSelectPlan?: (payload: string) => void;
}

/** Pricing table with 3 plans */
export function PricingTable({ onSelectPlan }: PricingTableProps) {
  const [billing, setBilling] = useState('monthly');

  function handleBillingMonthlyClick() {
    setBilling('monthly');
  }

  function handleBillingYearlyClick() {
    setBilling('yearly');
  }

  function handlePlanCtaFeaturedClick(item: PlanItem) {
    onSelectPlan?.(item.id);
  }

  function handlePlanCtaClick(item: PlanItem) {
    onSelectPlan?.(item.id);
  }

  return (
    <chakra.section
      aria-labelledby="pricing-title"
      color="text"
      bg="background"
      py="xl"
      px="md"
      gap="xl"
      fontFamily="base"
      display="flex"
      flexDirection="column"
      w="100%"
      boxSizing="border-box"
      p={{ md: "xl" }}
    >
      <chakra.header
        gap="sm"
        display="flex"
        flexDirection="column"
        alignItems="center"
        textAlign="center"
      >
        <chakra.p
          color="primary"
          m="0"
          fontSize="sm"
          fontWeight="semibold"
          textTransform="uppercase"
        >Pricing</chakra.p>
        <chakra.h2
          id="pricing-title"
          color="text"
          m="0"
          fontFamily="heading"
          fontSize={{ base: "2xl", md: "3xl" }}
          fontWeight="bold"
          lineHeight="tight"
        >Plans that grow with your team</chakra.h2>
        <chakra.p
          color="text-muted"
          m="0"
          fontFamily="base"
          fontSize="lg"
          lineHeight="normal"
          maxW={"{breakpoints.sm}"}
        >Start free and upgrade when you need more. Cancel anytime.</chakra.p>
      </chakra.header>
      <chakra.div
        role="group"
        aria-label="Billing period"
        bg="surface-muted"
        p="xs"
        gap="xs"
        rounded="md"
        display="flex"
        alignItems="center"
        alignSelf="center"
      >
        {billing === 'monthly' ? (
          <chakra.button
            type="button"
            aria-pressed="true"
            color="text"
            bg="surface"
            borderColor="transparent"
            py="xs"
            px="md"
            rounded="md"
            borderWidth="var(--border-width)"
            shadow="sm"
            fontFamily="inherit"
            fontSize="sm"
            fontWeight="semibold"
            lineHeight="tight"
            transitionDuration="fast"
            borderStyle="solid"
            cursor="pointer"
            transitionProperty="background-color, border-color, color, box-shadow, transform, opacity"
            transitionTimingFunction="ease-out"
            _hover={{ color: "text" }}
            _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }}
            _active={{ transform: "translateY(1px)" }}
            _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}
          >Monthly</chakra.button>
        ) : (
          <chakra.button
            type="button"
            aria-pressed="false"
            onClick={handleBillingMonthlyClick}
            color="text"
            bg="transparent"
            borderColor="transparent"
            py="xs"
            px="md"
            rounded="md"
            borderWidth="var(--border-width)"
            fontFamily="inherit"
            fontSize="sm"
            fontWeight="medium"
            lineHeight="tight"
            transitionDuration="fast"
            borderStyle="solid"
            cursor="pointer"
            transitionProperty="background-color, border-color, color, box-shadow, transform, opacity"
            transitionTimingFunction="ease-out"
            _hover={{ bg: "surface" }}
            _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }}
            _active={{ transform: "translateY(1px)" }}
            _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}
          >Monthly</chakra.button>
        )}
        {billing === 'yearly' ? (
          <chakra.button
            type="button"
            aria-pressed="true"
            color="text"
            bg="surface"
            borderColor="transparent"
            py="xs"
            px="md"
            rounded="md"
            borderWidth="var(--border-width)"
            shadow="sm"
            fontFamily="inherit"
            fontSize="sm"
            fontWeight="semibold"
            lineHeight="tight"
            transitionDuration="fast"
            borderStyle="solid"
            cursor="pointer"
            transitionProperty="background-color, border-color, color, box-shadow, transform, opacity"
            transitionTimingFunction="ease-out"
            _hover={{ color: "text" }}
            _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }}
            _active={{ transform: "translateY(1px)" }}
            _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}
          >Yearly · save 20%</chakra.button>
        ) : (
          <chakra.button
            type="button"
            aria-pressed="false"
            onClick={handleBillingYearlyClick}
            color="text"
            bg="transparent"
            borderColor="transparent"
            py="xs"
            px="md"
            rounded="md"
            borderWidth="var(--border-width)"
            fontFamily="inherit"
            fontSize="sm"
            fontWeight="medium"
            lineHeight="tight"
            transitionDuration="fast"
            borderStyle="solid"
            cursor="pointer"
            transitionProperty="background-color, border-color, color, box-shadow, transform, opacity"
            transitionTimingFunction="ease-out"
            _hover={{ bg: "surface" }}
            _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }}
            _active={{ transform: "translateY(1px)" }}
            _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}
          >Yearly · save 20%</chakra.button>
        )}
      </chakra.div>
      <chakra.ul
        p="0"
        m="0"
        gap="lg"
        display="grid"
        alignItems="stretch"
        gridTemplateColumns={{ base: "minmax(0, 1fr)", md: "repeat(3, minmax(0, 1fr))", lg: "repeat(3, minmax(0, 1fr))" }}
        listStyle="none"
      >
        {planItems.map((item) => (
          <chakra.li
            key={item.id}
            color="text"
            bg="surface"
            borderColor="border"
            p="lg"
            gap="md"
            rounded="lg"
            borderWidth="var(--border-width)"
            shadow="sm"
            display="flex"
            position="relative"
            flexDirection="column"
            borderStyle="solid"
            boxSizing="border-box"
          >
            {item.featured && (
              <chakra.span
                aria-hidden="true"
                borderColor="primary"
                rounded="lg"
                borderWidth="var(--border-width)"
                shadow="lg"
                position="absolute"
                inset="0"
                borderStyle="solid"
                pointerEvents="none"
              />
            )}
            <chakra.div
              gap="sm"
              display="flex"
              flexWrap="wrap"
              alignItems="center"
              justifyContent="space-between"
            >
              <chakra.h3
                color="text"
                m="0"
                fontFamily="heading"
                fontSize="lg"
                fontWeight="bold"
                lineHeight="tight"
              >{item.name}</chakra.h3>
              {item.featured && (
                <chakra.span
                  color="on-primary"
                  bg="primary"
                  py="xs"
                  px="sm"
                  gap="xs"
                  rounded="full"
                  fontSize="xs"
                  fontWeight="semibold"
                  lineHeight="tight"
                  display="inline-flex"
                  alignItems="center"
                  whiteSpace="nowrap"
                >Most popular</chakra.span>
              )}
            </chakra.div>
            <chakra.p color="text-muted" m="0" fontFamily="base" fontSize="sm" lineHeight="normal">{item.description}</chakra.p>
            <chakra.p m="0" gap="xs" display="flex" alignItems="baseline">
              <chakra.span
                color="text"
                m="0"
                fontFamily="heading"
                fontSize="3xl"
                fontWeight="bold"
                lineHeight="tight"
              >{billing === 'yearly' ? item.yearly : item.monthly}</chakra.span>
              <chakra.span color="text-muted" m="0" fontFamily="base" fontSize="sm" lineHeight="normal">/month</chakra.span>
            </chakra.p>
            <chakra.ul
              p="0"
              m="0"
              gap="sm"
              display="flex"
              flexDirection="column"
              flexGrow="1"
              listStyle="none"
            >
              <chakra.li
                color="text"
                m="0"
                gap="sm"
                fontFamily="base"
                fontSize="sm"
                lineHeight="normal"
                display="flex"
                alignItems="flex-start"
              ><chakra.span color="primary" display="inline-flex" flexShrink="0"><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="18" htmlHeight="18" aria-hidden="true"><chakra.path d="M20 6 9 17l-5-5" /></chakra.svg></chakra.span>{item.feature1}</chakra.li>
              <chakra.li
                color="text"
                m="0"
                gap="sm"
                fontFamily="base"
                fontSize="sm"
                lineHeight="normal"
                display="flex"
                alignItems="flex-start"
              ><chakra.span color="primary" display="inline-flex" flexShrink="0"><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="18" htmlHeight="18" aria-hidden="true"><chakra.path d="M20 6 9 17l-5-5" /></chakra.svg></chakra.span>{item.feature2}</chakra.li>
              <chakra.li
                color="text"
                m="0"
                gap="sm"
                fontFamily="base"
                fontSize="sm"
                lineHeight="normal"
                display="flex"
                alignItems="flex-start"
              ><chakra.span color="primary" display="inline-flex" flexShrink="0"><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="18" htmlHeight="18" aria-hidden="true"><chakra.path d="M20 6 9 17l-5-5" /></chakra.svg></chakra.span>{item.feature3}</chakra.li>
              <chakra.li
                color="text"
                m="0"
                gap="sm"
                fontFamily="base"
                fontSize="sm"
                lineHeight="normal"
                display="flex"
                alignItems="flex-start"
              ><chakra.span color="primary" display="inline-flex" flexShrink="0"><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="18" htmlHeight="18" aria-hidden="true"><chakra.path d="M20 6 9 17l-5-5" /></chakra.svg></chakra.span>{item.feature4}</chakra.li>
            </chakra.ul>
            {item.featured ? (
              <chakra.button
                type="button"
                onClick={() => handlePlanCtaFeaturedClick(item)}
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
                w="100%"
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
              >{item.cta}</chakra.button>
            ) : (
              <chakra.button
                type="button"
                onClick={() => handlePlanCtaClick(item)}
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
                w="100%"
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
              >{item.cta}</chakra.button>
            )}
          </chakra.li>
        ))}
      </chakra.ul>
      <chakra.p
        color="text-muted"
        m="0"
        fontFamily="base"
        fontSize="sm"
        lineHeight="normal"
        textAlign="center"
      >Prices in USD. Taxes may apply.</chakra.p>
    </chakra.section>
  );
}

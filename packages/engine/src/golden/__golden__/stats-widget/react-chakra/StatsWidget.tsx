import { useState } from 'react';
import { chakra } from '@chakra-ui/react';

interface StatItem {
  id: string;
  label: string;
  value: string;
  delta: string;
  trend: string;
  icon: string;
}

const statItems: StatItem[] = [
  { id: 'stat1', label: 'Revenue', value: '$48,295', delta: '+12.4%', trend: 'up', icon: 'M5 20V11M12 20V5M19 20v-6M3 20h18' },
  { id: 'stat2', label: 'Active users', value: '12,480', delta: '+8.1%', trend: 'up', icon: 'M5.5 8a3.5 3.5 0 1 0 7 0a3.5 3.5 0 1 0 -7 0M2 20a7 7 0 0 1 14 0M16 4.5a3.5 3.5 0 0 1 0 7M18 14a6 6 0 0 1 4 6' },
  { id: 'stat3', label: 'Conversion rate', value: '3.42%', delta: '−0.6%', trend: 'down', icon: 'M13 2 4 14h7l-1 8 9-12h-7z' },
  { id: 'stat4', label: 'Avg. session', value: '4m 12s', delta: '+1.9%', trend: 'up', icon: 'M3 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0M12 7v5l3 2' },
];

/** Dashboard widget with 4 metrics */
export function StatsWidget() {
  const [period, setPeriod] = useState('30d');

  function handlePeriod7dClick() {
    setPeriod('7d');
  }

  function handlePeriod30dClick() {
    setPeriod('30d');
  }

  function handlePeriod90dClick() {
    setPeriod('90d');
  }

  return (
    <chakra.section
      aria-labelledby="stats-title"
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
      <chakra.header
        gap="md"
        display="flex"
        flexDirection={{ base: "column", md: "row" }}
        alignItems={{ md: "flex-end" }}
        justifyContent={{ md: "space-between" }}
      >
        <chakra.div gap="xs" display="flex" flexDirection="column">
          <chakra.h2
            id="stats-title"
            color="text"
            m="0"
            fontFamily="heading"
            fontSize="2xl"
            fontWeight="bold"
            lineHeight="tight"
          >Overview</chakra.h2>
          <chakra.p color="text-muted" m="0" fontFamily="base" fontSize="md" lineHeight="normal">Key metrics for your workspace</chakra.p>
        </chakra.div>
        <chakra.div
          role="group"
          aria-label="Period"
          bg="surface-muted"
          p="xs"
          gap="xs"
          rounded="md"
          display="flex"
          alignItems="center"
          alignSelf="center"
        >
          {period === '7d' ? (
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
            >7 days</chakra.button>
          ) : (
            <chakra.button
              type="button"
              aria-pressed="false"
              onClick={handlePeriod7dClick}
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
            >7 days</chakra.button>
          )}
          {period === '30d' ? (
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
            >30 days</chakra.button>
          ) : (
            <chakra.button
              type="button"
              aria-pressed="false"
              onClick={handlePeriod30dClick}
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
            >30 days</chakra.button>
          )}
          {period === '90d' ? (
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
            >90 days</chakra.button>
          ) : (
            <chakra.button
              type="button"
              aria-pressed="false"
              onClick={handlePeriod90dClick}
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
            >90 days</chakra.button>
          )}
        </chakra.div>
      </chakra.header>
      <chakra.ul
        p="0"
        m="0"
        gap="md"
        display="grid"
        gridTemplateColumns={{ base: "minmax(0, 1fr)", sm: "repeat(2, minmax(0, 1fr))", lg: "repeat(4, minmax(0, 1fr))" }}
        listStyle="none"
      >
        {statItems.map((item) => (
          <chakra.li
            key={item.id}
            color="text"
            bg="surface"
            borderColor="border"
            p="lg"
            gap="sm"
            rounded="lg"
            borderWidth="var(--border-width)"
            shadow="sm"
            display="flex"
            flexDirection="column"
            borderStyle="solid"
            boxSizing="border-box"
          >
            <chakra.div gap="sm" display="flex" alignItems="center" justifyContent="space-between">
              <chakra.span
                color="text-muted"
                m="0"
                fontFamily="base"
                fontSize="sm"
                fontWeight="medium"
                lineHeight="normal"
              >{item.label}</chakra.span>
              <chakra.span color="primary" bg="surface-muted" p="xs" rounded="md" display="inline-flex">
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
                  <chakra.path d={item.icon} />
                </chakra.svg>
              </chakra.span>
            </chakra.div>
            <chakra.p
              color="text"
              m="0"
              fontFamily="heading"
              fontSize={{ base: "2xl", md: "3xl" }}
              fontWeight="bold"
              lineHeight="tight"
            >{item.value}</chakra.p>
            <chakra.p m="0" gap="sm" display="flex" flexWrap="wrap" alignItems="center">
              {item.trend === 'up' ? (
                <chakra.span
                  color="text"
                  bg="surface-muted"
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
                ><chakra.span color="success" display="inline-flex"><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="14" htmlHeight="14" aria-hidden="true"><chakra.path d="M12 19V5M6 11l6-6 6 6" /></chakra.svg></chakra.span>{item.delta}</chakra.span>
              ) : (
                <chakra.span
                  color="text"
                  bg="surface-muted"
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
                ><chakra.span color="danger" display="inline-flex"><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="14" htmlHeight="14" aria-hidden="true"><chakra.path d="M12 5v14M6 13l6 6 6-6" /></chakra.svg></chakra.span>{item.delta}</chakra.span>
              )}
              <chakra.span color="text-muted" m="0" fontFamily="base" fontSize="xs" lineHeight="normal">vs previous period</chakra.span>
            </chakra.p>
          </chakra.li>
        ))}
      </chakra.ul>
    </chakra.section>
  );
}

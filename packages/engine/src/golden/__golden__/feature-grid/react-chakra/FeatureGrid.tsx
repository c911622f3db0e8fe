import { chakra } from '@chakra-ui/react';

interface FeatureItem {
  id: string;
  title: string;
  body: string;
  icon: string;
  href: string;
  featured: boolean;
}

const featureItems: FeatureItem[] = [
  { id: 'feature1', title: 'Instant generation', body: 'Describe a component and get a working version in seconds, online or offline.', icon: 'M13 2 4 14h7l-1 8 9-12h-7z', href: '#feature-1', featured: false },
  { id: 'feature2', title: 'Your design tokens', body: 'Colours, spacing and type come from your system, never from guesswork.', icon: 'M12 3 2 8l10 5 10-5zM2 13l10 5 10-5', href: '#feature-2', featured: false },
  { id: 'feature3', title: 'Accessible by default', body: 'Labels, focus styles and contrast are checked on every change.', icon: 'M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6z', href: '#feature-3', featured: false },
  { id: 'feature4', title: 'Every framework', body: 'React, Vue, Svelte, Angular, Web Components and plain HTML from one spec.', icon: 'M3 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0M3 12h18M12 3a14 14 0 0 1 0 18M12 3a14 14 0 0 0 0 18', href: '#feature-4', featured: false },
  { id: 'feature5', title: 'Visual regression', body: 'Approve a baseline and see exactly which pixels changed.', icon: 'M5 20V11M12 20V5M19 20v-6M3 20h18', href: '#feature-5', featured: false },
  { id: 'feature6', title: 'Built for teams', body: 'Roles, shared libraries and version history for the whole team.', icon: 'M5.5 8a3.5 3.5 0 1 0 7 0a3.5 3.5 0 1 0 -7 0M2 20a7 7 0 0 1 14 0M16 4.5a3.5 3.5 0 0 1 0 7M18 14a6 6 0 0 1 4 6', href: '#feature-6', featured: false },
];

/** Grid of 6 features */
export function FeatureGrid() {
  return (
    <chakra.section
      aria-labelledby="features-title"
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
        >Features</chakra.p>
        <chakra.h2
          id="features-title"
          color="text"
          m="0"
          fontFamily="heading"
          fontSize={{ base: "2xl", md: "3xl" }}
          fontWeight="bold"
          lineHeight="tight"
        >Everything your team needs to ship UI</chakra.h2>
        <chakra.p
          color="text-muted"
          m="0"
          fontFamily="base"
          fontSize="lg"
          lineHeight="normal"
          maxW={"{breakpoints.sm}"}
        >From the first prompt to the last pixel, every step is checked against your design system.</chakra.p>
      </chakra.header>
      <chakra.ul
        p="0"
        m="0"
        gap="lg"
        display="grid"
        gridTemplateColumns={{ base: "minmax(0, 1fr)", sm: "repeat(2, minmax(0, 1fr))", md: "repeat(3, minmax(0, 1fr))" }}
        listStyle="none"
      >
        {featureItems.map((item) => (
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
                position="absolute"
                inset="0"
                borderStyle="solid"
                pointerEvents="none"
              />
            )}
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
                htmlWidth="20"
                htmlHeight="20"
                aria-hidden="true"
              >
                <chakra.path d={item.icon} />
              </chakra.svg>
            </chakra.span>
            <chakra.h3
              color="text"
              m="0"
              mt="sm"
              fontFamily="heading"
              fontSize="lg"
              fontWeight="bold"
              lineHeight="tight"
            >{item.title}</chakra.h3>
            <chakra.p
              color="text-muted"
              m="0"
              fontFamily="base"
              fontSize="md"
              lineHeight="normal"
              flexGrow="1"
            >{item.body}</chakra.p>
            <chakra.a
              href={item.href}
              color="primary"
              gap="xs"
              rounded="sm"
              fontFamily="inherit"
              fontSize="sm"
              fontWeight="medium"
              transitionDuration="fast"
              display="flex"
              alignItems="center"
              textDecoration="none"
              cursor="pointer"
              transitionProperty="background-color, border-color, color, box-shadow, transform, opacity"
              transitionTimingFunction="ease-out"
              _hover={{ textDecoration: "underline" }}
              _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }}
              _active={{ textDecoration: "underline" }}
              _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}
            >Learn more<chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="16" htmlHeight="16" aria-hidden="true"><chakra.path d="M5 12h14M13 6l6 6-6 6" /></chakra.svg></chakra.a>
          </chakra.li>
        ))}
      </chakra.ul>
    </chakra.section>
  );
}

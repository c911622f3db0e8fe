import { chakra } from '@chakra-ui/react';

interface TimelineEventItem {
  id: string;
  date: string;
  when: string;
  title: string;
  body: string;
  current: boolean;
}

const timelineEventItems: TimelineEventItem[] = [
  { id: 'event1', date: '2024-03-02', when: 'Mar 2, 2024', title: 'Project created', body: 'Maya set up the workspace and imported the brand tokens.', current: false },
  { id: 'event2', date: '2024-03-09', when: 'Mar 9, 2024', title: 'First components generated', body: '24 components across navigation, forms and marketing pages.', current: false },
  { id: 'event3', date: '2024-04-15', when: 'Apr 15, 2024', title: 'Baseline approved', body: 'Visual regression baselines approved for every breakpoint.', current: false },
  { id: 'event4', date: '2024-05-20', when: 'May 20, 2024', title: 'Version 2 released', body: 'Dark mode and the new pricing page went live.', current: true },
];

/** Timeline of 4 events */
export function Timeline() {
  return (
    <chakra.section
      aria-labelledby="timeline-title"
      color="text"
      bg="surface"
      borderColor="border"
      p="lg"
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
        id="timeline-title"
        color="text"
        m="0"
        fontFamily="heading"
        fontSize="xl"
        fontWeight="bold"
        lineHeight="tight"
      >Project history</chakra.h2>
      <chakra.ol
        p="0"
        m="0"
        gap="lg"
        display="flex"
        flexDirection="column"
        overflow="hidden"
        listStyle="none"
      >
        {timelineEventItems.map((item) => (
          <chakra.li
            key={item.id}
            pl="xl"
            gap="xs"
            display="flex"
            position="relative"
            flexDirection="column"
          >
            <chakra.span
              aria-hidden="true"
              bg="border"
              position="absolute"
              top="1.5rem"
              bottom="-1.5rem"
              left="0.75rem"
              w="var(--border-width)"
            />
            {item.current ? (
              <chakra.span
                aria-hidden="true"
                color="on-primary"
                bg="primary"
                rounded="full"
                shadow="sm"
                display="inline-flex"
                position="absolute"
                top="0"
                left="0"
                flexShrink="0"
                alignItems="center"
                justifyContent="center"
                w={"{spacing.lg}"}
                h={"{spacing.lg}"}
              >
                <chakra.svg
                  viewBox="0 0 24 24"
                  fill="none"
                  stroke="currentColor"
                  strokeWidth="2"
                  strokeLinecap="round"
                  strokeLinejoin="round"
                  focusable="false"
                  htmlWidth="12"
                  htmlHeight="12"
                  aria-hidden="true"
                >
                  <chakra.path d="M13 2 4 14h7l-1 8 9-12h-7z" />
                </chakra.svg>
              </chakra.span>
            ) : (
              <chakra.span
                aria-hidden="true"
                color="primary"
                bg="surface-muted"
                rounded="full"
                shadow="sm"
                display="inline-flex"
                position="absolute"
                top="0"
                left="0"
                flexShrink="0"
                alignItems="center"
                justifyContent="center"
                w={"{spacing.lg}"}
                h={"{spacing.lg}"}
              >
                <chakra.svg
                  viewBox="0 0 24 24"
                  fill="none"
                  stroke="currentColor"
                  strokeWidth="2"
                  strokeLinecap="round"
                  strokeLinejoin="round"
                  focusable="false"
                  htmlWidth="12"
                  htmlHeight="12"
                  aria-hidden="true"
                >
                  <chakra.path d="M20 6 9 17l-5-5" />
                </chakra.svg>
              </chakra.span>
            )}
            <chakra.time
              dateTime={item.date}
              color="text-muted"
              m="0"
              fontFamily="base"
              fontSize="xs"
              fontWeight="medium"
              lineHeight="normal"
            >{item.when}</chakra.time>
            <chakra.h3
              color="text"
              m="0"
              gap="sm"
              fontFamily="heading"
              fontSize="md"
              fontWeight="bold"
              lineHeight="tight"
              display="flex"
              alignItems="center"
            >{item.title}{item.current && <chakra.span color="on-primary" bg="primary" py="xs" px="sm" gap="xs" rounded="full" fontSize="xs" fontWeight="semibold" lineHeight="tight" display="inline-flex" alignItems="center" whiteSpace="nowrap">Current</chakra.span>}</chakra.h3>
            <chakra.p color="text-muted" m="0" fontFamily="base" fontSize="sm" lineHeight="normal">{item.body}</chakra.p>
          </chakra.li>
        ))}
      </chakra.ol>
    </chakra.section>
  );
}

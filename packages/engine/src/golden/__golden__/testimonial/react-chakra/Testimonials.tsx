import { chakra } from '@chakra-ui/react';

interface TestimonialItem {
  id: string;
  quote: string;
  name: string;
  role: string;
  initials: string;
}

const testimonialItems: TestimonialItem[] = [
  { id: 'quote1', quote: 'We went from a two-week design handoff to shipping the same afternoon. Every component already matches our tokens.', name: 'Elena Marsh', role: 'Head of Design, Lumen', initials: 'EM' },
];

/** Customer testimonials */
export function Testimonials() {
  return (
    <chakra.section
      aria-labelledby="testimonials-title"
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
        >Testimonials</chakra.p>
        <chakra.h2
          id="testimonials-title"
          color="text"
          m="0"
          fontFamily="heading"
          fontSize={{ base: "2xl", md: "3xl" }}
          fontWeight="bold"
          lineHeight="tight"
        >Loved by product teams</chakra.h2>
      </chakra.header>
      <chakra.ul
        p="0"
        m="0"
        gap="lg"
        display="grid"
        alignSelf="center"
        gridTemplateColumns="minmax(0, 1fr)"
        w="100%"
        maxW="48rem"
        listStyle="none"
        boxSizing="content-box"
      >
        {testimonialItems.map((item) => (
          <chakra.li
            key={item.id}
            color="text"
            bg="surface"
            borderColor="border"
            p="xl"
            m="0"
            gap="md"
            rounded="lg"
            borderWidth="var(--border-width)"
            shadow="sm"
            display="flex"
            flexDirection="column"
            borderStyle="solid"
            boxSizing="border-box"
          >
            <chakra.figure m="0" gap="md" display="flex" flexDirection="column" h="100%">
              <chakra.div gap="sm" display="flex" alignItems="center" justifyContent="space-between">
                <chakra.span aria-hidden="true" color="primary" display="inline-flex">
                  <chakra.svg
                    viewBox="0 0 24 24"
                    fill="none"
                    stroke="currentColor"
                    strokeWidth="2"
                    strokeLinecap="round"
                    strokeLinejoin="round"
                    focusable="false"
                    htmlWidth="28"
                    htmlHeight="28"
                    aria-hidden="true"
                  >
                    <chakra.path d="M7 7h4v4c0 3-2 5-4 6M15 7h4v4c0 3-2 5-4 6" />
                  </chakra.svg>
                </chakra.span>
                <chakra.span
                  role="img"
                  aria-label="Rated 5 out of 5"
                  color="warning"
                  gap="0"
                  display="flex"
                  alignItems="center"
                >
                  <chakra.svg
                    viewBox="0 0 24 24"
                    fill="currentColor"
                    stroke="currentColor"
                    strokeWidth="2"
                    strokeLinecap="round"
                    strokeLinejoin="round"
                    focusable="false"
                    htmlWidth="16"
                    htmlHeight="16"
                    aria-hidden="true"
                  >
                    <chakra.path d="m12 3 2.8 5.8 6.2.9-4.5 4.4 1.1 6.2-5.6-3-5.6 3 1.1-6.2L3 9.7l6.2-.9z" />
                  </chakra.svg>
                  <chakra.svg
                    viewBox="0 0 24 24"
                    fill="currentColor"
                    stroke="currentColor"
                    strokeWidth="2"
                    strokeLinecap="round"
                    strokeLinejoin="round"
                    focusable="false"
                    htmlWidth="16"
                    htmlHeight="16"
                    aria-hidden="true"
                  >
                    <chakra.path d="m12 3 2.8 5.8 6.2.9-4.5 4.4 1.1 6.2-5.6-3-5.6 3 1.1-6.2L3 9.7l6.2-.9z" />
                  </chakra.svg>
                  <chakra.svg
                    viewBox="0 0 24 24"
                    fill="currentColor"
                    stroke="currentColor"
                    strokeWidth="2"
                    strokeLinecap="round"
                    strokeLinejoin="round"
                    focusable="false"
                    htmlWidth="16"
                    htmlHeight="16"
                    aria-hidden="true"
                  >
                    <chakra.path d="m12 3 2.8 5.8 6.2.9-4.5 4.4 1.1 6.2-5.6-3-5.6 3 1.1-6.2L3 9.7l6.2-.9z" />
                  </chakra.svg>
                  <chakra.svg
                    viewBox="0 0 24 24"
                    fill="currentColor"
                    stroke="currentColor"
                    strokeWidth="2"
                    strokeLinecap="round"
                    strokeLinejoin="round"
                    focusable="false"
                    htmlWidth="16"
                    htmlHeight="16"
                    aria-hidden="true"
                  >
                    <chakra.path d="m12 3 2.8 5.8 6.2.9-4.5 4.4 1.1 6.2-5.6-3-5.6 3 1.1-6.2L3 9.7l6.2-.9z" />
                  </chakra.svg>
                  <chakra.svg
                    viewBox="0 0 24 24"
                    fill="currentColor"
                    stroke="currentColor"
                    strokeWidth="2"
                    strokeLinecap="round"
                    strokeLinejoin="round"
                    focusable="false"
                    htmlWidth="16"
                    htmlHeight="16"
                    aria-hidden="true"
                  >
                    <chakra.path d="m12 3 2.8 5.8 6.2.9-4.5 4.4 1.1 6.2-5.6-3-5.6 3 1.1-6.2L3 9.7l6.2-.9z" />
                  </chakra.svg>
                </chakra.span>
              </chakra.div>
              <chakra.blockquote m="0" flexGrow="1">
                <chakra.p
                  color="text"
                  m="0"
                  fontFamily="heading"
                  fontSize="xl"
                  fontWeight="medium"
                  lineHeight="normal"
                >{item.quote}</chakra.p>
              </chakra.blockquote>
              <chakra.figcaption gap="sm" display="flex" alignItems="center">
                <chakra.span
                  aria-hidden="true"
                  color="on-primary"
                  bg="primary"
                  rounded="full"
                  fontSize="sm"
                  fontWeight="semibold"
                  display="inline-flex"
                  flexShrink="0"
                  alignItems="center"
                  justifyContent="center"
                  w="3rem"
                  h="3rem"
                >{item.initials}</chakra.span>
                <chakra.div gap="0" display="flex" flexDirection="column">
                  <chakra.cite color="text" fontWeight="semibold" textDecoration="none">{item.name}</chakra.cite>
                  <chakra.span color="text-muted" m="0" fontFamily="base" fontSize="sm" lineHeight="normal">{item.role}</chakra.span>
                </chakra.div>
              </chakra.figcaption>
            </chakra.figure>
          </chakra.li>
        ))}
      </chakra.ul>
    </chakra.section>
  );
}

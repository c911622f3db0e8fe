import { chakra } from '@chakra-ui/react';

interface AvatarItem {
  id: string;
  name: string;
  initials: string;
  tone: string;
}

const avatarItems: AvatarItem[] = [
  { id: 'person1', name: 'Maya Okafor', initials: 'MO', tone: 'primary' },
  { id: 'person2', name: 'Daniel Reyes', initials: 'DR', tone: 'raised' },
  { id: 'person3', name: 'Aiko Tanaka', initials: 'AT', tone: 'secondary' },
  { id: 'person4', name: 'Liam Novak', initials: 'LN', tone: 'primary' },
  { id: 'person5', name: 'Sara Lindqvist', initials: 'SL', tone: 'raised' },
];

/** Avatar group */
export function AvatarGroup() {
  return (
    <chakra.div gap="md" fontFamily="base" display="flex" flexWrap="wrap" alignItems="center">
      <chakra.ul
        aria-label="Project members"
        p="0"
        m="0"
        display="grid"
        alignItems="center"
        gridTemplateColumns="repeat(6, 1.875rem)"
        listStyle="none"
      >
        {avatarItems.map((item) => (
          <chakra.li key={item.id} display="flex">
            {item.tone === 'primary' ? (
              <chakra.span
                title={item.name}
                role="img"
                aria-label={item.name}
                color="on-primary"
                bg="primary"
                borderColor="surface"
                rounded="full"
                borderWidth="var(--border-width)"
                shadow="sm"
                fontSize="xs"
                fontWeight="semibold"
                display="inline-flex"
                flexShrink="0"
                alignItems="center"
                justifyContent="center"
                w="2.5rem"
                h="2.5rem"
                borderStyle="solid"
                boxSizing="content-box"
              >{item.initials}</chakra.span>
            ) : (
              <>
                {item.tone === 'raised' ? (
                  <chakra.span
                    title={item.name}
                    role="img"
                    aria-label={item.name}
                    color="text"
                    bg="surface-muted"
                    borderColor="surface"
                    rounded="full"
                    borderWidth="var(--border-width)"
                    shadow="sm"
                    fontSize="xs"
                    fontWeight="semibold"
                    display="inline-flex"
                    flexShrink="0"
                    alignItems="center"
                    justifyContent="center"
                    w="2.5rem"
                    h="2.5rem"
                    borderStyle="solid"
                    boxSizing="content-box"
                  >{item.initials}</chakra.span>
                ) : (
                  <chakra.span
                    title={item.name}
                    role="img"
                    aria-label={item.name}
                    color="on-secondary"
                    bg="secondary"
                    borderColor="surface"
                    rounded="full"
                    borderWidth="var(--border-width)"
                    shadow="sm"
                    fontSize="xs"
                    fontWeight="semibold"
                    display="inline-flex"
                    flexShrink="0"
                    alignItems="center"
                    justifyContent="center"
                    w="2.5rem"
                    h="2.5rem"
                    borderStyle="solid"
                    boxSizing="content-box"
                  >{item.initials}</chakra.span>
                )}
              </>
            )}
          </chakra.li>
        ))}
        <chakra.li display="flex">
          <chakra.a
            href="#members"
            aria-label="and 7 more people"
            color="text"
            bg="surface-muted"
            borderColor="surface"
            rounded="full"
            borderWidth="var(--border-width)"
            shadow="sm"
            fontFamily="inherit"
            fontSize="xs"
            fontWeight="semibold"
            transitionDuration="fast"
            display="inline-flex"
            flexShrink="0"
            alignItems="center"
            justifyContent="center"
            w="2.5rem"
            h="2.5rem"
            textDecoration="none"
            borderStyle="solid"
            cursor="pointer"
            transitionProperty="background-color, border-color, color, box-shadow, transform, opacity"
            transitionTimingFunction="ease-out"
            boxSizing="content-box"
            _hover={{ bg: "surface" }}
            _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }}
            _active={{ transform: "translateY(1px)" }}
            _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}
          >+7</chakra.a>
        </chakra.li>
      </chakra.ul>
      <chakra.p color="text-muted" m="0" fontFamily="base" fontSize="sm" lineHeight="normal">12 people are working on this project</chakra.p>
    </chakra.div>
  );
}

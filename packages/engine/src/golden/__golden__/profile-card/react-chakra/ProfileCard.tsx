import { useState } from 'react';
import { chakra } from '@chakra-ui/react';

interface ProfileStatItem {
  id: string;
  value: string;
  label: string;
}

const profileStatItems: ProfileStatItem[] = [
  { id: 'projects', value: '48', label: 'Projects' },
  { id: 'followers', value: '2.4k', label: 'Followers' },
  { id: 'following', value: '312', label: 'Following' },
];

/** Profile card with stats and a follow button */
export interface ProfileCardProps {
  /** @default 'Maya Okafor' */
  name?: string;
  /** @default 'Senior product designer at Northwind' */
  role?: string;
  /** @default 'Follow' */
  cta?: string;
  /** Show the photo instead of the initials @default false */
  showAvatar?: boolean;
  /** @default 'images/maya-okafor.jpg' */
  avatarSrc?: string;
  onFollow?: () => void;
  onMessage?: () => void;
}

/** Profile card with stats and a follow button */
export function ProfileCard({ name = 'Maya Okafor', role = 'Senior product designer at Northwind', cta = 'Follow', showAvatar = false, avatarSrc = 'images/maya-okafor.jpg', onFollow, onMessage }: ProfileCardProps) {
  const [following, setFollowing] = useState(false);

  function handleProfileFollowClick() {
    setFollowing((current) => !current);
    onFollow?.();
  }

  function handleProfileMessageClick() {
    onMessage?.();
  }

  return (
    <chakra.article
      aria-labelledby="profile-name"
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
      maxW="22rem"
      overflow="hidden"
      textAlign="center"
      borderStyle="solid"
      boxSizing="border-box"
    >
      <chakra.div
        bg="primary"
        display="flex"
        alignItems="flex-end"
        justifyContent="center"
        h="6rem"
      >
        {showAvatar ? (
          <chakra.img
            src={avatarSrc}
            alt={name}
            borderColor="surface"
            rounded="full"
            borderWidth="var(--border-width)"
            shadow="md"
            w="5rem"
            h="5rem"
            borderStyle="solid"
            objectFit="cover"
            transform="translateY(50%)"
            boxSizing="content-box"
          />
        ) : (
          <chakra.span
            aria-hidden="true"
            color="on-primary"
            bg="primary"
            borderColor="surface"
            rounded="full"
            borderWidth="var(--border-width)"
            shadow="md"
            fontSize="xl"
            fontWeight="bold"
            display="inline-flex"
            flexShrink="0"
            alignItems="center"
            justifyContent="center"
            w="5rem"
            h="5rem"
            borderStyle="solid"
            transform="translateY(50%)"
            boxSizing="content-box"
          >MO</chakra.span>
        )}
      </chakra.div>
      <chakra.div
        py="md"
        px="lg"
        pb="lg"
        gap="md"
        display="flex"
        flexDirection="column"
        alignItems="center"
      >
        <chakra.span aria-hidden="true" display="block" h="2.5rem" />
        <chakra.div gap="xs" display="flex" flexDirection="column" alignItems="center">
          <chakra.h3
            id="profile-name"
            color="text"
            m="0"
            fontFamily="heading"
            fontSize="xl"
            fontWeight="bold"
            lineHeight="tight"
          >{name}</chakra.h3>
          <chakra.p color="text-muted" m="0" fontFamily="base" fontSize="sm" lineHeight="normal">{role}</chakra.p>
          <chakra.p
            color="text-muted"
            m="0"
            gap="xs"
            fontFamily="base"
            fontSize="sm"
            lineHeight="normal"
            display="flex"
            alignItems="center"
          ><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="16" htmlHeight="16" aria-hidden="true"><chakra.path d="M12 21s-7-6-7-12a7 7 0 0 1 14 0c0 6-7 12-7 12z" /><chakra.circle cx="12" cy="9" r="2.5" /></chakra.svg>Lisbon, Portugal</chakra.p>
        </chakra.div>
        <chakra.p color="text" m="0" fontFamily="base" fontSize="sm" lineHeight="normal">Designs systems that scale from one screen to a hundred. Speaker, mentor and tea enthusiast.</chakra.p>
        <chakra.ul
          borderColor="border"
          p="0"
          pt="md"
          m="0"
          borderWidth="0"
          display="grid"
          gridTemplateColumns="repeat(3, minmax(0, 1fr))"
          w="100%"
          borderStyle="solid"
          borderTopWidth="var(--border-width)"
          listStyle="none"
          boxSizing="content-box"
        >
          {profileStatItems.map((item) => (
            <chakra.li key={item.id} gap="0" display="flex" flexDirection="column" alignItems="center">
              <chakra.strong
                color="text"
                m="0"
                fontFamily="heading"
                fontSize="lg"
                fontWeight="bold"
                lineHeight="tight"
              >{item.value}</chakra.strong>
              <chakra.span color="text-muted" m="0" fontFamily="base" fontSize="xs" lineHeight="normal">{item.label}</chakra.span>
            </chakra.li>
          ))}
        </chakra.ul>
        <chakra.div gap="sm" display="flex" alignItems="center" w="100%">
          <chakra.button
            type="button"
            aria-pressed={following}
            onClick={handleProfileFollowClick}
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
            flexGrow="1"
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
          >{following ? <><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="18" htmlHeight="18" aria-hidden="true"><chakra.path d="M20 6 9 17l-5-5" /></chakra.svg>Following</> : <><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="18" htmlHeight="18" aria-hidden="true"><chakra.path d="M12 5v14M5 12h14" /></chakra.svg>{cta}</>}</chakra.button>
          <chakra.button
            type="button"
            onClick={handleProfileMessageClick}
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
            flexGrow="1"
            alignItems="center"
            justifyContent="center"
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
          ><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="18" htmlHeight="18" aria-hidden="true"><chakra.path d="M4 5h16v11H9l-5 4z" /></chakra.svg>Message</chakra.button>
        </chakra.div>
      </chakra.div>
    </chakra.article>
  );
}

import { useState } from 'react';
import { chakra } from '@chakra-ui/react';

interface NotificationItem {
  id: string;
  href: string;
  actor: string;
  initials: string;
  text: string;
  time: string;
  unread: boolean;
}

const notificationItems: NotificationItem[] = [
  { id: 'n1', href: '#notification-1', actor: 'Maya Okafor', initials: 'MO', text: 'commented on Pricing table v3', time: '2 min ago', unread: true },
  { id: 'n2', href: '#notification-2', actor: 'Daniel Reyes', initials: 'DR', text: 'approved the new baseline for Navbar', time: '1 h ago', unread: true },
  { id: 'n3', href: '#notification-3', actor: 'Aiko Tanaka', initials: 'AT', text: 'invited you to the Marketing site project', time: '3 h ago', unread: false },
  { id: 'n4', href: '#notification-4', actor: 'Build bot', initials: 'BB', text: 'found 2 visual changes in Checkout', time: 'Yesterday', unread: false },
];

/** Notification list */
export interface NotificationListProps {
  onMarkAllRead?: () => void;
  onOpen?: (payload: string) => void;
}

/** Notification list */
export function NotificationList({ onMarkAllRead, onOpen }: NotificationListProps) {
  const [allRead, setAllRead] = useState(false);

  function handleNotificationsMarkAllClick() {
    setAllRead(true);
    onMarkAllRead?.();
  }

  function handleNotificationLinkClick(item: NotificationItem) {
    onOpen?.(item.id);
  }

  return (
    <chakra.section
      aria-labelledby="notifications-title"
      color="text"
      bg="surface"
      borderColor="border"
      p="0"
      gap="0"
      rounded="lg"
      borderWidth="var(--border-width)"
      shadow="sm"
      fontFamily="base"
      display="flex"
      flexDirection="column"
      w="100%"
      maxW="28rem"
      overflow="hidden"
      borderStyle="solid"
      boxSizing="border-box"
    >
      <chakra.header
        borderColor="border"
        py="md"
        px="lg"
        gap="sm"
        borderWidth="0"
        display="flex"
        alignItems="center"
        justifyContent="space-between"
        borderStyle="solid"
        borderBottomWidth="var(--border-width)"
      >
        <chakra.div gap="sm" display="flex" alignItems="center">
          <chakra.h2
            id="notifications-title"
            color="text"
            m="0"
            fontFamily="heading"
            fontSize="lg"
            fontWeight="bold"
            lineHeight="tight"
          >Notifications</chakra.h2>
          {!allRead && (
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
            >2 unread</chakra.span>
          )}
        </chakra.div>
        <chakra.button
          type="button"
          disabled={allRead}
          onClick={handleNotificationsMarkAllClick}
          color="primary"
          bg="transparent"
          borderColor="transparent"
          py="xs"
          px="sm"
          gap="xs"
          rounded="md"
          borderWidth="var(--border-width)"
          fontFamily="base"
          fontSize="sm"
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
        ><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="16" htmlHeight="16" aria-hidden="true"><chakra.path d="M20 6 9 17l-5-5" /></chakra.svg>Mark all as read</chakra.button>
      </chakra.header>
      <chakra.ul p="0" m="0" listStyle="none">
        {notificationItems.map((item) => (
          <chakra.li
            key={item.id}
            borderColor="border"
            borderWidth="0"
            borderStyle="solid"
            borderBottomWidth="var(--border-width)"
          ><chakra.a href={item.href} onClick={() => handleNotificationLinkClick(item)} color="text" py="md" px="lg" gap="md" fontFamily="inherit" transitionDuration="fast" display="flex" alignItems="flex-start" textDecoration="none" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" _hover={{ bg: "surface-muted" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ transform: "translateY(1px)" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}><chakra.span aria-hidden="true" color="text" bg="surface-muted" rounded="full" fontSize="sm" fontWeight="semibold" display="inline-flex" flexShrink="0" alignItems="center" justifyContent="center" w={"{spacing.xl}"} h={"{spacing.xl}"}>{item.initials}</chakra.span><chakra.span gap="xs" display="flex" flexDirection="column" flexGrow="1" minW="0"><chakra.span color="text" m="0" fontFamily="base" fontSize="sm" lineHeight="normal"><chakra.strong fontWeight="semibold">{item.actor}</chakra.strong> {item.text}</chakra.span><chakra.span color="text" m="0" gap="xs" fontFamily="base" fontSize="xs" lineHeight="normal" display="flex" alignItems="center"><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="12" htmlHeight="12" aria-hidden="true"><chakra.circle cx="12" cy="12" r="9" /><chakra.path d="M12 7v5l3 2" /></chakra.svg>{item.time}</chakra.span></chakra.span>{item.unread && (!allRead && <chakra.span role="img" aria-label="Unread" bg="primary" mt="xs" rounded="full" flexShrink="0" w={"{spacing.sm}"} h={"{spacing.sm}"} />)}</chakra.a></chakra.li>
        ))}
      </chakra.ul>
      <chakra.footer py="md" px="lg" textAlign="center"><chakra.a href="#notifications" color="primary" rounded="sm" fontFamily="inherit" fontSize="sm" fontWeight="medium" transitionDuration="fast" textDecoration="none" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" _hover={{ textDecoration: "underline" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ textDecoration: "underline" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}>View all notifications</chakra.a></chakra.footer>
    </chakra.section>
  );
}

import { useState } from 'react';
import { chakra } from '@chakra-ui/react';

interface SidebarItem {
  id: string;
  label: string;
  href: string;
  icon: string;
  badge: string;
  current: boolean;
}

const sidebarItems: SidebarItem[] = [
  { id: 'item1', label: 'Dashboard', href: '#item-1', icon: 'M3 11 12 4l9 7M5 10v10h14V10', badge: '', current: true },
  { id: 'item2', label: 'Projects', href: '#item-2', icon: 'M3 6h6l2 2h10v11H3z', badge: '12', current: false },
  { id: 'item3', label: 'Components', href: '#item-3', icon: 'M12 3 2 8l10 5 10-5zM2 13l10 5 10-5', badge: '', current: false },
  { id: 'item4', label: 'Analytics', href: '#item-4', icon: 'M5 20V11M12 20V5M19 20v-6M3 20h18', badge: '', current: false },
  { id: 'item5', label: 'Team', href: '#item-5', icon: 'M5.5 8a3.5 3.5 0 1 0 7 0a3.5 3.5 0 1 0 -7 0M2 20a7 7 0 0 1 14 0M16 4.5a3.5 3.5 0 0 1 0 7M18 14a6 6 0 0 1 4 6', badge: '3', current: false },
  { id: 'item6', label: 'Settings', href: '#item-6', icon: 'M4 7h10M18 7h2M4 17h4M12 17h8M14 7a2 2 0 1 0 4 0a2 2 0 1 0 -4 0M8 17a2 2 0 1 0 4 0a2 2 0 1 0 -4 0', badge: '', current: false },
];

interface SidebarIconItem {
  id: string;
  label: string;
  href: string;
  icon: string;
  badge: string;
  current: boolean;
}

const sidebarIconItems: SidebarIconItem[] = [
  { id: 'item1', label: 'Dashboard', href: '#item-1', icon: 'M3 11 12 4l9 7M5 10v10h14V10', badge: '', current: true },
  { id: 'item2', label: 'Projects', href: '#item-2', icon: 'M3 6h6l2 2h10v11H3z', badge: '12', current: false },
  { id: 'item3', label: 'Components', href: '#item-3', icon: 'M12 3 2 8l10 5 10-5zM2 13l10 5 10-5', badge: '', current: false },
  { id: 'item4', label: 'Analytics', href: '#item-4', icon: 'M5 20V11M12 20V5M19 20v-6M3 20h18', badge: '', current: false },
  { id: 'item5', label: 'Team', href: '#item-5', icon: 'M5.5 8a3.5 3.5 0 1 0 7 0a3.5 3.5 0 1 0 -7 0M2 20a7 7 0 0 1 14 0M16 4.5a3.5 3.5 0 0 1 0 7M18 14a6 6 0 0 1 4 6', badge: '3', current: false },
  { id: 'item6', label: 'Settings', href: '#item-6', icon: 'M4 7h10M18 7h2M4 17h4M12 17h8M14 7a2 2 0 1 0 4 0a2 2 0 1 0 -4 0M8 17a2 2 0 1 0 4 0a2 2 0 1 0 -4 0', badge: '', current: false },
];

/** Collapsible sidebar with navigation and user */
export interface SidebarProps {
  onSignOut?: () => void;
}

/** Collapsible sidebar with navigation and user */
export function Sidebar({ onSignOut }: SidebarProps) {
  const [expanded, setExpanded] = useState(true);

  function handleSidebarToggleClick() {
    setExpanded((current) => !current);
  }

  function handleSidebarSignOutClick() {
    onSignOut?.();
  }

  return (
    <chakra.aside
      aria-label="Sidebar"
      color="text"
      bg="surface"
      borderColor="border"
      p="md"
      gap="lg"
      borderWidth="0"
      fontFamily="base"
      display="flex"
      flexDirection="column"
      minH="36rem"
      borderStyle="solid"
      borderRightWidth="var(--border-width)"
      boxSizing="border-box"
      w={{ md: "17rem" }}
    >
      <chakra.div gap="sm" display="flex" alignItems="center" justifyContent="space-between">
        {expanded && (
          <chakra.a
            href="/"
            color="text"
            gap="sm"
            rounded="md"
            fontFamily="inherit"
            transitionDuration="fast"
            display="flex"
            alignItems="center"
            textDecoration="none"
            cursor="pointer"
            transitionProperty="background-color, border-color, color, box-shadow, transform, opacity"
            transitionTimingFunction="ease-out"
            _hover={{ opacity: "0.85" }}
            _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }}
            _active={{ transform: "translateY(1px)" }}
            _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}
          >
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
                htmlWidth="18"
                htmlHeight="18"
                aria-hidden="true"
              >
                <chakra.path d="M12 3 2 8l10 5 10-5zM2 13l10 5 10-5" />
              </chakra.svg>
            </chakra.span>
            <chakra.span
              color="text"
              m="0"
              fontFamily="heading"
              fontSize="lg"
              fontWeight="bold"
              lineHeight="tight"
            >Northwind</chakra.span>
          </chakra.a>
        )}
        <chakra.button
          type="button"
          aria-label="Collapse sidebar"
          aria-expanded={expanded}
          aria-controls="sidebar-nav"
          onClick={handleSidebarToggleClick}
          color="text-muted"
          bg="transparent"
          borderColor="transparent"
          p="xs"
          rounded="md"
          borderWidth="var(--border-width)"
          fontFamily="inherit"
          transitionDuration="fast"
          display="inline-flex"
          alignItems="center"
          justifyContent="center"
          borderStyle="solid"
          cursor="pointer"
          transitionProperty="background-color, border-color, color, box-shadow, transform, opacity"
          transitionTimingFunction="ease-out"
          _hover={{ color: "text", bg: "surface-muted" }}
          _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }}
          _active={{ transform: "translateY(1px)" }}
          _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}
        >
          {expanded ? (
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
              <chakra.path d="m15 18-6-6 6-6" />
            </chakra.svg>
          ) : (
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
              <chakra.path d="m9 18 6-6-6-6" />
            </chakra.svg>
          )}
        </chakra.button>
      </chakra.div>
      <chakra.nav
        id="sidebar-nav"
        aria-label="Workspace"
        gap="sm"
        display="flex"
        flexDirection="column"
        flexGrow="1"
      >
        {expanded ? (
          <>
            <chakra.p
              color="text-muted"
              pl="sm"
              m="0"
              fontSize="xs"
              fontWeight="semibold"
              textTransform="uppercase"
            >Workspace</chakra.p>
            <chakra.ul p="0" m="0" gap="xs" display="flex" flexDirection="column" listStyle="none">
              {sidebarItems.map((item) => (
                <chakra.li key={item.id}>{item.current ? <chakra.a href={item.href} aria-current="page" color="text" bg="surface-muted" p="sm" gap="sm" rounded="md" fontFamily="inherit" fontSize="sm" fontWeight="semibold" transitionDuration="fast" display="flex" alignItems="center" textDecoration="none" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" _hover={{ bg: "surface" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ transform: "translateY(1px)" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="18" htmlHeight="18" aria-hidden="true"><chakra.path d={item.icon} /></chakra.svg><chakra.span flexGrow="1">{item.label}</chakra.span>{item.badge ? <chakra.span color="on-primary" bg="primary" py="xs" px="sm" gap="xs" rounded="full" fontSize="xs" fontWeight="semibold" lineHeight="tight" display="inline-flex" alignItems="center" whiteSpace="nowrap">{item.badge}</chakra.span> : null}</chakra.a> : <chakra.a href={item.href} color="text-muted" p="sm" gap="sm" rounded="md" fontFamily="inherit" fontSize="sm" fontWeight="medium" transitionDuration="fast" display="flex" alignItems="center" textDecoration="none" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" _hover={{ color: "text", bg: "surface-muted" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ transform: "translateY(1px)" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="18" htmlHeight="18" aria-hidden="true"><chakra.path d={item.icon} /></chakra.svg><chakra.span flexGrow="1">{item.label}</chakra.span>{item.badge ? <chakra.span color="on-primary" bg="primary" py="xs" px="sm" gap="xs" rounded="full" fontSize="xs" fontWeight="semibold" lineHeight="tight" display="inline-flex" alignItems="center" whiteSpace="nowrap">{item.badge}</chakra.span> : null}</chakra.a>}</chakra.li>
              ))}
            </chakra.ul>
          </>
        ) : (
          <chakra.ul
            p="0"
            m="0"
            gap="xs"
            display="flex"
            flexDirection="column"
            alignItems="center"
            listStyle="none"
          >
            {sidebarIconItems.map((item) => (
              <chakra.li key={item.id}><chakra.a href={item.href} title={item.label} aria-label={item.label} color="text-muted" p="sm" gap="sm" rounded="md" fontFamily="inherit" fontSize="sm" fontWeight="medium" transitionDuration="fast" display="flex" alignItems="center" textDecoration="none" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" _hover={{ color: "text", bg: "surface-muted" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ transform: "translateY(1px)" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="20" htmlHeight="20" aria-hidden="true"><chakra.path d={item.icon} /></chakra.svg></chakra.a></chakra.li>
            ))}
          </chakra.ul>
        )}
      </chakra.nav>
      <chakra.div
        borderColor="border"
        pt="md"
        gap="sm"
        borderWidth="0"
        display="flex"
        alignItems="center"
        borderStyle="solid"
        borderTopWidth="var(--border-width)"
      >
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
          w={"{spacing.xl}"}
          h={"{spacing.xl}"}
        >MO</chakra.span>
        {expanded && (
          <>
            <chakra.div gap="0" display="flex" flexDirection="column" flexGrow="1" minW="0">
              <chakra.span fontSize="sm" fontWeight="semibold">Maya Okafor</chakra.span>
              <chakra.span
                color="text-muted"
                m="0"
                fontFamily="base"
                fontSize="xs"
                lineHeight="normal"
                overflow="hidden"
                textOverflow="ellipsis"
              >maya@northwind.io</chakra.span>
            </chakra.div>
            <chakra.button
              type="button"
              aria-label="Sign out"
              onClick={handleSidebarSignOutClick}
              color="text-muted"
              bg="transparent"
              borderColor="transparent"
              p="xs"
              rounded="md"
              borderWidth="var(--border-width)"
              fontFamily="inherit"
              transitionDuration="fast"
              display="inline-flex"
              alignItems="center"
              justifyContent="center"
              borderStyle="solid"
              cursor="pointer"
              transitionProperty="background-color, border-color, color, box-shadow, transform, opacity"
              transitionTimingFunction="ease-out"
              _hover={{ color: "text", bg: "surface-muted" }}
              _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }}
              _active={{ transform: "translateY(1px)" }}
              _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}
            >
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
                <chakra.path d="M15 4h4v16h-4M10 17l5-5-5-5M15 12H3" />
              </chakra.svg>
            </chakra.button>
          </>
        )}
      </chakra.div>
    </chakra.aside>
  );
}

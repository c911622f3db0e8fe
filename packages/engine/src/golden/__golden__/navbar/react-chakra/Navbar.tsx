import { useState } from 'react';
import { chakra } from '@chakra-ui/react';

interface NavbarProductItem {
  id: string;
  title: string;
  description: string;
  href: string;
  icon: string;
}

const navbarProductItems: NavbarProductItem[] = [
  { id: 'generator', title: 'Generator', description: 'Components from a sentence', href: '#generator', icon: 'M12 3v4M12 17v4M3 12h4M17 12h4M6 6l2 2M16 16l2 2M6 18l2-2M16 8l2-2' },
  { id: 'tokens', title: 'Design tokens', description: 'One source for every brand', href: '#tokens', icon: 'M12 3 2 8l10 5 10-5zM2 13l10 5 10-5' },
  { id: 'testing', title: 'Visual testing', description: 'Catch regressions before release', href: '#testing', icon: 'M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6z' },
];

interface NavbarItem {
  id: string;
  label: string;
  href: string;
  current: boolean;
}

const navbarItems: NavbarItem[] = [
  { id: 'link1', label: 'Features', href: '#features', current: true },
  { id: 'link2', label: 'Pricing', href: '#pricing', current: false },
  { id: 'link3', label: 'Docs', href: '#docs', current: false },
  { id: 'link4', label: 'Blog', href: '#blog', current: false },
];

interface NavbarMobileItem {
  id: string;
  label: string;
  href: string;
  current: boolean;
}

const navbarMobileItems: NavbarMobileItem[] = [
  { id: 'link1', label: 'Features', href: '#features', current: true },
  { id: 'link2', label: 'Pricing', href: '#pricing', current: false },
  { id: 'link3', label: 'Docs', href: '#docs', current: false },
  { id: 'link4', label: 'Blog', href: '#blog', current: false },
];

interface NavbarMobileProductItem {
  id: string;
  title: string;
  description: string;
  href: string;
  icon: string;
}

const navbarMobileProductItems: NavbarMobileProductItem[] = [
  { id: 'generator', title: 'Generator', description: 'Components from a sentence', href: '#generator', icon: 'M12 3v4M12 17v4M3 12h4M17 12h4M6 6l2 2M16 16l2 2M6 18l2-2M16 8l2-2' },
  { id: 'tokens', title: 'Design tokens', description: 'One source for every brand', href: '#tokens', icon: 'M12 3 2 8l10 5 10-5zM2 13l10 5 10-5' },
  { id: 'testing', title: 'Visual testing', description: 'Catch regressions before release', href: '#testing', icon: 'M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6z' },
];

/** Navigation bar with a dropdown and a mobile menu */
export interface NavbarProps {
  onNavigate?: (payload: string) => void;
}

/** Navigation bar with a dropdown and a mobile menu */
export function Navbar({ onNavigate }: NavbarProps) {
  const [productsOpen, setProductsOpen] = useState(false);
  const [mobileOpen, setMobileOpen] = useState(false);

  function handleNavbarDropdownToggleClick() {
    setProductsOpen((current) => !current);
  }

  function handleNavbarProductLinkClick(item: NavbarProductItem) {
    onNavigate?.(item.id);
  }

  function handleNavbarMenuToggleClick() {
    setMobileOpen((current) => !current);
  }

  return (
    <chakra.header
      color="text"
      bg="surface"
      borderColor="border"
      borderWidth="0"
      shadow="sm"
      fontFamily="base"
      position="sticky"
      top="0"
      zIndex="40"
      borderStyle="solid"
      borderBottomWidth="var(--border-width)"
    >
      <chakra.nav
        aria-label="Main"
        py={{ base: "sm", md: "sm" }}
        px={{ base: "md", md: "lg" }}
        gap="md"
        display="flex"
        alignItems="center"
        justifyContent="space-between"
      >
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
        <chakra.ul
          p="0"
          m="0"
          gap="xs"
          display={{ base: "none", md: "flex" }}
          alignItems="center"
          listStyle="none"
        >
          <chakra.li position="relative"><chakra.button type="button" aria-expanded={productsOpen} aria-controls="navbar-products" onClick={handleNavbarDropdownToggleClick} color="text-muted" bg="transparent" p="sm" gap="xs" rounded="md" borderWidth="0" fontFamily="inherit" fontSize="sm" fontWeight="medium" transitionDuration="fast" display="inline-flex" alignItems="center" textDecoration="none" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" _hover={{ color: "text", bg: "surface-muted" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ transform: "translateY(1px)" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}>Products{productsOpen ? <chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="16" htmlHeight="16" aria-hidden="true"><chakra.path d="m18 15-6-6-6 6" /></chakra.svg> : <chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="16" htmlHeight="16" aria-hidden="true"><chakra.path d="m6 9 6 6 6-6" /></chakra.svg>}</chakra.button>{productsOpen && <chakra.ul id="navbar-products" bg="surface" borderColor="border" p="sm" m="0" mt="xs" gap="xs" rounded="lg" borderWidth="var(--border-width)" shadow="lg" display="flex" position="absolute" top="100%" left="0" zIndex="50" flexDirection="column" minW="18rem" borderStyle="solid" listStyle="none" boxSizing="content-box">{navbarProductItems.map((item) => <chakra.li key={item.id}><chakra.a href={item.href} onClick={() => handleNavbarProductLinkClick(item)} color="text" p="sm" gap="sm" rounded="md" fontFamily="inherit" transitionDuration="fast" display="flex" alignItems="flex-start" textDecoration="none" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" _hover={{ bg: "surface-muted" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ transform: "translateY(1px)" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}><chakra.span aria-hidden="true" color="primary" bg="surface-muted" p="xs" rounded="md" display="inline-flex" flexShrink="0" alignItems="center" justifyContent="center" w={"{spacing.xl}"} h={"{spacing.xl}"} boxSizing="content-box"><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="18" htmlHeight="18" aria-hidden="true"><chakra.path d={item.icon} /></chakra.svg></chakra.span><chakra.span gap="0" display="flex" flexDirection="column"><chakra.span fontSize="sm" fontWeight="semibold">{item.title}</chakra.span><chakra.span color="text" m="0" fontFamily="base" fontSize="xs" lineHeight="normal">{item.description}</chakra.span></chakra.span></chakra.a></chakra.li>)}</chakra.ul>}</chakra.li>
          {navbarItems.map((item) => (
            <chakra.li key={item.id}>{item.current ? <chakra.a href={item.href} aria-current="page" color="text" bg="transparent" p="sm" gap="xs" rounded="md" borderWidth="0" fontFamily="inherit" fontSize="sm" fontWeight="semibold" transitionDuration="fast" display="inline-flex" alignItems="center" textDecoration="none" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" _hover={{ bg: "surface-muted" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ transform: "translateY(1px)" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}>{item.label}</chakra.a> : <chakra.a href={item.href} color="text-muted" bg="transparent" p="sm" gap="xs" rounded="md" borderWidth="0" fontFamily="inherit" fontSize="sm" fontWeight="medium" transitionDuration="fast" display="inline-flex" alignItems="center" textDecoration="none" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" _hover={{ color: "text", bg: "surface-muted" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ transform: "translateY(1px)" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}>{item.label}</chakra.a>}</chakra.li>
          ))}
        </chakra.ul>
        <chakra.div gap="sm" display="flex" alignItems="center">
          <chakra.a
            href="#sign-in"
            color="text"
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
            display={{ base: "none", md: "inline-flex" }}
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
          >Sign in</chakra.a>
          <chakra.a
            href="#get-started"
            color="on-primary"
            bg="primary"
            borderColor="transparent"
            py="xs"
            px="sm"
            gap="xs"
            rounded="md"
            borderWidth="var(--border-width)"
            shadow="none"
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
            _hover={{ bg: "primary-hover" }}
            _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }}
            _active={{ transform: "translateY(1px)" }}
            _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}
          >Get started</chakra.a>
          <chakra.button
            type="button"
            aria-label="Menu"
            aria-expanded={mobileOpen}
            aria-controls="navbar-mobile"
            onClick={handleNavbarMenuToggleClick}
            color="text"
            bg="transparent"
            borderColor="transparent"
            p="xs"
            rounded="md"
            borderWidth="var(--border-width)"
            fontFamily="inherit"
            transitionDuration="fast"
            display={{ base: "inline-flex", md: "none" }}
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
          >{mobileOpen ? <chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="22" htmlHeight="22" aria-hidden="true"><chakra.path d="M18 6 6 18M6 6l12 12" /></chakra.svg> : <chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="22" htmlHeight="22" aria-hidden="true"><chakra.path d="M4 6h16M4 12h16M4 18h16" /></chakra.svg>}</chakra.button>
        </chakra.div>
      </chakra.nav>
      {mobileOpen && (
        <chakra.ul
          id="navbar-mobile"
          borderColor="border"
          py="sm"
          px="md"
          m="0"
          gap="xs"
          borderWidth="0"
          display={{ base: "flex", md: "none" }}
          flexDirection="column"
          borderStyle="solid"
          borderTopWidth="var(--border-width)"
          listStyle="none"
        >
          {navbarMobileItems.map((item) => (
            <chakra.li key={item.id}><chakra.a href={item.href} color="text" py="sm" px="md" rounded="md" fontFamily="inherit" fontWeight="medium" transitionDuration="fast" display="block" textDecoration="none" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" _hover={{ bg: "surface-muted" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ transform: "translateY(1px)" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}>{item.label}</chakra.a></chakra.li>
          ))}
          {navbarMobileProductItems.map((item) => (
            <chakra.li key={item.id}><chakra.a href={item.href} color="text" py="sm" px="md" rounded="md" fontFamily="inherit" fontWeight="medium" transitionDuration="fast" display="block" textDecoration="none" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" _hover={{ bg: "surface-muted" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ transform: "translateY(1px)" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}>{item.title}</chakra.a></chakra.li>
          ))}
          <chakra.li><chakra.a href="#sign-in" color="text" py="sm" px="md" rounded="md" fontFamily="inherit" fontWeight="medium" transitionDuration="fast" display="block" textDecoration="none" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" _hover={{ bg: "surface-muted" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ transform: "translateY(1px)" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}>Sign in</chakra.a></chakra.li>
        </chakra.ul>
      )}
    </chakra.header>
  );
}

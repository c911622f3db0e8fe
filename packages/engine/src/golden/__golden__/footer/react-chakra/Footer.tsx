import { chakra } from '@chakra-ui/react';

interface FooterSocialItem {
  id: string;
  label: string;
  href: string;
  icon: string;
}

const footerSocialItems: FooterSocialItem[] = [
  { id: 'newsletter', label: 'Newsletter', href: '#newsletter', icon: 'M3 5h18v14H3zM3 7l9 6 9-6' },
  { id: 'community', label: 'Community forum', href: '#community', icon: 'M4 5h16v11H9l-5 4z' },
  { id: 'rss', label: 'RSS feed', href: '#rss', icon: 'M5 19h.01M5 12a7 7 0 0 1 7 7M5 5a14 14 0 0 1 14 14' },
];

interface FooterColumn1Item {
  id: string;
  label: string;
  href: string;
}

const footerColumn1Items: FooterColumn1Item[] = [
  { id: 'l1', label: 'Features', href: '#features' },
  { id: 'l2', label: 'Pricing', href: '#pricing' },
  { id: 'l3', label: 'Integrations', href: '#integrations' },
  { id: 'l4', label: 'Changelog', href: '#changelog' },
];

interface FooterColumn2Item {
  id: string;
  label: string;
  href: string;
}

const footerColumn2Items: FooterColumn2Item[] = [
  { id: 'l1', label: 'Documentation', href: '#documentation' },
  { id: 'l2', label: 'Guides', href: '#guides' },
  { id: 'l3', label: 'Templates', href: '#templates' },
  { id: 'l4', label: 'Status', href: '#status' },
];

interface FooterColumn3Item {
  id: string;
  label: string;
  href: string;
}

const footerColumn3Items: FooterColumn3Item[] = [
  { id: 'l1', label: 'About', href: '#about' },
  { id: 'l2', label: 'Careers', href: '#careers' },
  { id: 'l3', label: 'Blog', href: '#blog' },
  { id: 'l4', label: 'Contact', href: '#contact' },
];

interface FooterLegalItem {
  id: string;
  label: string;
  href: string;
}

const footerLegalItems: FooterLegalItem[] = [
  { id: 'legal1', label: 'Privacy', href: '#privacy' },
  { id: 'legal2', label: 'Terms', href: '#terms' },
  { id: 'legal3', label: 'Cookies', href: '#cookies' },
];

/** Site footer with link columns */
export function Footer() {
  return (
    <chakra.footer
      color="text"
      bg="surface"
      borderColor="border"
      py="xl"
      px="md"
      gap="xl"
      borderWidth="0"
      fontFamily="base"
      display="flex"
      flexDirection="column"
      borderStyle="solid"
      borderTopWidth="var(--border-width)"
      p={{ md: "xl" }}
    >
      <chakra.div
        gap="xl"
        display="grid"
        gridTemplateColumns={{ base: "minmax(0, 1fr)", md: "2fr repeat(3, minmax(0, 1fr))" }}
      >
        <chakra.div gap="md" display="flex" flexDirection="column" alignItems="flex-start">
          <chakra.a
            href="/"
            color="text"
            gap="sm"
            rounded="sm"
            fontFamily="inherit"
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
          <chakra.p
            color="text-muted"
            m="0"
            fontFamily="base"
            fontSize="sm"
            lineHeight="normal"
            maxW="20rem"
          >Production-ready UI that follows your design system, in every framework.</chakra.p>
          <chakra.ul
            aria-label="Follow us"
            p="0"
            m="0"
            gap="xs"
            display="flex"
            alignItems="center"
            listStyle="none"
          >
            {footerSocialItems.map((item) => (
              <chakra.li key={item.id}><chakra.a href={item.href} aria-label={item.label} color="text-muted" bg="transparent" borderColor="border" p="xs" rounded="md" borderWidth="var(--border-width)" fontFamily="inherit" transitionDuration="fast" display="inline-flex" alignItems="center" justifyContent="center" borderStyle="solid" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" _hover={{ color: "text", bg: "surface-muted" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ transform: "translateY(1px)" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="18" htmlHeight="18" aria-hidden="true"><chakra.path d={item.icon} /></chakra.svg></chakra.a></chakra.li>
            ))}
          </chakra.ul>
        </chakra.div>
        <chakra.div gap="sm" display="flex" flexDirection="column">
          <chakra.h2
            id="footer-column-1-title"
            color="text"
            m="0"
            fontFamily="heading"
            fontSize="sm"
            fontWeight="bold"
            lineHeight="tight"
            textTransform="uppercase"
          >Product</chakra.h2>
          <chakra.ul
            aria-labelledby="footer-column-1-title"
            p="0"
            m="0"
            gap="sm"
            display="flex"
            flexDirection="column"
            listStyle="none"
          >
            {footerColumn1Items.map((item) => (
              <chakra.li key={item.id}><chakra.a href={item.href} color="text-muted" rounded="sm" fontFamily="inherit" fontSize="sm" fontWeight="regular" transitionDuration="fast" textDecoration="none" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" _hover={{ textDecoration: "underline" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ textDecoration: "underline" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}>{item.label}</chakra.a></chakra.li>
            ))}
          </chakra.ul>
        </chakra.div>
        <chakra.div gap="sm" display="flex" flexDirection="column">
          <chakra.h2
            id="footer-column-2-title"
            color="text"
            m="0"
            fontFamily="heading"
            fontSize="sm"
            fontWeight="bold"
            lineHeight="tight"
            textTransform="uppercase"
          >Resources</chakra.h2>
          <chakra.ul
            aria-labelledby="footer-column-2-title"
            p="0"
            m="0"
            gap="sm"
            display="flex"
            flexDirection="column"
            listStyle="none"
          >
            {footerColumn2Items.map((item) => (
              <chakra.li key={item.id}><chakra.a href={item.href} color="text-muted" rounded="sm" fontFamily="inherit" fontSize="sm" fontWeight="regular" transitionDuration="fast" textDecoration="none" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" _hover={{ textDecoration: "underline" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ textDecoration: "underline" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}>{item.label}</chakra.a></chakra.li>
            ))}
          </chakra.ul>
        </chakra.div>
        <chakra.div gap="sm" display="flex" flexDirection="column">
          <chakra.h2
            id="footer-column-3-title"
            color="text"
            m="0"
            fontFamily="heading"
            fontSize="sm"
            fontWeight="bold"
            lineHeight="tight"
            textTransform="uppercase"
          >Company</chakra.h2>
          <chakra.ul
            aria-labelledby="footer-column-3-title"
            p="0"
            m="0"
            gap="sm"
            display="flex"
            flexDirection="column"
            listStyle="none"
          >
            {footerColumn3Items.map((item) => (
              <chakra.li key={item.id}><chakra.a href={item.href} color="text-muted" rounded="sm" fontFamily="inherit" fontSize="sm" fontWeight="regular" transitionDuration="fast" textDecoration="none" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" _hover={{ textDecoration: "underline" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ textDecoration: "underline" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}>{item.label}</chakra.a></chakra.li>
            ))}
          </chakra.ul>
        </chakra.div>
      </chakra.div>
      <chakra.div
        color="text-muted"
        borderColor="border"
        pt="lg"
        m="0"
        gap="sm"
        borderWidth="0"
        fontFamily="base"
        fontSize="sm"
        lineHeight="normal"
        display="flex"
        flexDirection={{ base: "column", md: "row" }}
        borderStyle="solid"
        borderTopWidth="var(--border-width)"
        alignItems={{ md: "center" }}
        justifyContent={{ md: "space-between" }}
      >
        <chakra.p m="0">© Northwind Labs. All rights reserved.</chakra.p>
        <chakra.ul p="0" m="0" gap="md" display="flex" alignItems="center" listStyle="none">
          {footerLegalItems.map((item) => (
            <chakra.li key={item.id}><chakra.a href={item.href} color="text-muted" rounded="sm" fontFamily="inherit" fontSize="sm" fontWeight="regular" transitionDuration="fast" textDecoration="none" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" _hover={{ textDecoration: "underline" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ textDecoration: "underline" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}>{item.label}</chakra.a></chakra.li>
          ))}
        </chakra.ul>
      </chakra.div>
    </chakra.footer>
  );
}

import { chakra } from '@chakra-ui/react';

interface BreadcrumbsItem {
  id: string;
  label: string;
  href: string;
  home: boolean;
  current: boolean;
}

const breadcrumbsItems: BreadcrumbsItem[] = [
  { id: 'crumb1', label: 'Home', href: '/', home: true, current: false },
  { id: 'crumb2', label: 'Projects', href: '/projects', home: false, current: false },
  { id: 'crumb3', label: 'Marketing site', href: '/projects/marketing-site', home: false, current: false },
  { id: 'crumb4', label: 'Components', href: '/projects/marketing-site/components', home: false, current: true },
];

/** Breadcrumb trail */
export function Breadcrumbs() {
  return (
    <chakra.nav aria-label="Breadcrumb" color="text-muted" fontFamily="base" fontSize="sm">
      <chakra.ol
        p="0"
        m="0"
        gap="xs"
        display="flex"
        flexWrap="wrap"
        alignItems="center"
        listStyle="none"
      >
        {breadcrumbsItems.map((item) => (
          <chakra.li key={item.id} gap="xs" display="flex" alignItems="center">
            {item.current ? (
              <chakra.span aria-current="page" color="text" fontWeight="semibold">{item.label}</chakra.span>
            ) : (
              <>
                <chakra.a
                  href={item.href}
                  color="text-muted"
                  gap="xs"
                  rounded="sm"
                  fontFamily="inherit"
                  fontWeight="regular"
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
                >{item.home && <chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="16" htmlHeight="16" aria-hidden="true"><chakra.path d="M3 11 12 4l9 7M5 10v10h14V10" /></chakra.svg>}{item.label}</chakra.a>
                <chakra.span aria-hidden="true" color="border" display="inline-flex">
                  <chakra.svg
                    viewBox="0 0 24 24"
                    fill="none"
                    stroke="currentColor"
                    strokeWidth="2"
                    strokeLinecap="round"
                    strokeLinejoin="round"
                    focusable="false"
                    htmlWidth="16"
                    htmlHeight="16"
                    aria-hidden="true"
                  >
                    <chakra.path d="m9 18 6-6-6-6" />
                  </chakra.svg>
                </chakra.span>
              </>
            )}
          </chakra.li>
        ))}
      </chakra.ol>
    </chakra.nav>
  );
}

import { useState } from 'react';
import { chakra } from '@chakra-ui/react';

/** Pagination over 5 pages */
export interface PaginationProps {
  onChange?: (payload: number) => void;
}

/** Pagination over 5 pages */
export function Pagination({ onChange }: PaginationProps) {
  const [page, setPage] = useState(1);

  function handlePaginationPrev2Click() {
    const nextPage = 1;
    setPage(nextPage);
    onChange?.(nextPage);
  }

  function handlePaginationPrev3Click() {
    const nextPage = 2;
    setPage(nextPage);
    onChange?.(nextPage);
  }

  function handlePaginationPrev4Click() {
    const nextPage = 3;
    setPage(nextPage);
    onChange?.(nextPage);
  }

  function handlePaginationPrev5Click() {
    const nextPage = 4;
    setPage(nextPage);
    onChange?.(nextPage);
  }

  function handlePaginationPage1Click() {
    const nextPage = 1;
    setPage(nextPage);
    onChange?.(nextPage);
  }

  function handlePaginationPage2Click() {
    const nextPage = 2;
    setPage(nextPage);
    onChange?.(nextPage);
  }

  function handlePaginationPage3Click() {
    const nextPage = 3;
    setPage(nextPage);
    onChange?.(nextPage);
  }

  function handlePaginationPage4Click() {
    const nextPage = 4;
    setPage(nextPage);
    onChange?.(nextPage);
  }

  function handlePaginationPage5Click() {
    const nextPage = 5;
    setPage(nextPage);
    onChange?.(nextPage);
  }

  function handlePaginationNext1Click() {
    const nextPage = 2;
    setPage(nextPage);
    onChange?.(nextPage);
  }

  function handlePaginationNext2Click() {
    const nextPage = 3;
    setPage(nextPage);
    onChange?.(nextPage);
  }

  function handlePaginationNext3Click() {
    const nextPage = 4;
    setPage(nextPage);
    onChange?.(nextPage);
  }

  function handlePaginationNext4Click() {
    const nextPage = 5;
    setPage(nextPage);
    onChange?.(nextPage);
  }

  return (
    <chakra.nav
      aria-label="Pagination"
      gap="md"
      fontFamily="base"
      display="flex"
      flexWrap="wrap"
      alignItems="center"
      justifyContent="space-between"
    >
      <chakra.p
        aria-live="polite"
        color="text-muted"
        m="0"
        fontFamily="base"
        fontSize="sm"
        lineHeight="normal"
      >Page {page} of 5</chakra.p>
      <chakra.ul p="0" m="0" gap="xs" display="flex" alignItems="center" listStyle="none">
        <chakra.li>{page === 1 && <chakra.button type="button" disabled aria-label="Previous page" color="text" bg="surface" borderColor="border" py="0" px="sm" gap="xs" rounded="md" borderWidth="var(--border-width)" fontFamily="base" fontSize="sm" fontWeight="medium" transitionDuration="fast" display="inline-flex" alignItems="center" justifyContent="center" minW="2.5rem" h="2.5rem" borderStyle="solid" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" _hover={{ bg: "surface-muted", borderColor: "text-muted" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ transform: "translateY(1px)" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="16" htmlHeight="16" aria-hidden="true"><chakra.path d="m15 18-6-6 6-6" /></chakra.svg><chakra.span display={{ base: "none", sm: "inline" }}>Previous</chakra.span></chakra.button>}{page === 2 && <chakra.button type="button" aria-label="Previous page" onClick={handlePaginationPrev2Click} color="text" bg="surface" borderColor="border" py="0" px="sm" gap="xs" rounded="md" borderWidth="var(--border-width)" fontFamily="base" fontSize="sm" fontWeight="medium" transitionDuration="fast" display="inline-flex" alignItems="center" justifyContent="center" minW="2.5rem" h="2.5rem" borderStyle="solid" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" _hover={{ bg: "surface-muted", borderColor: "text-muted" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ transform: "translateY(1px)" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="16" htmlHeight="16" aria-hidden="true"><chakra.path d="m15 18-6-6 6-6" /></chakra.svg><chakra.span display={{ base: "none", sm: "inline" }}>Previous</chakra.span></chakra.button>}{page === 3 && <chakra.button type="button" aria-label="Previous page" onClick={handlePaginationPrev3Click} color="text" bg="surface" borderColor="border" py="0" px="sm" gap="xs" rounded="md" borderWidth="var(--border-width)" fontFamily="base" fontSize="sm" fontWeight="medium" transitionDuration="fast" display="inline-flex" alignItems="center" justifyContent="center" minW="2.5rem" h="2.5rem" borderStyle="solid" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" _hover={{ bg: "surface-muted", borderColor: "text-muted" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ transform: "translateY(1px)" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="16" htmlHeight="16" aria-hidden="true"><chakra.path d="m15 18-6-6 6-6" /></chakra.svg><chakra.span display={{ base: "none", sm: "inline" }}>Previous</chakra.span></chakra.button>}{page === 4 && <chakra.button type="button" aria-label="Previous page" onClick={handlePaginationPrev4Click} color="text" bg="surface" borderColor="border" py="0" px="sm" gap="xs" rounded="md" borderWidth="var(--border-width)" fontFamily="base" fontSize="sm" fontWeight="medium" transitionDuration="fast" display="inline-flex" alignItems="center" justifyContent="center" minW="2.5rem" h="2.5rem" borderStyle="solid" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" _hover={{ bg: "surface-muted", borderColor: "text-muted" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ transform: "translateY(1px)" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="16" htmlHeight="16" aria-hidden="true"><chakra.path d="m15 18-6-6 6-6" /></chakra.svg><chakra.span display={{ base: "none", sm: "inline" }}>Previous</chakra.span></chakra.button>}{page === 5 && <chakra.button type="button" aria-label="Previous page" onClick={handlePaginationPrev5Click} color="text" bg="surface" borderColor="border" py="0" px="sm" gap="xs" rounded="md" borderWidth="var(--border-width)" fontFamily="base" fontSize="sm" fontWeight="medium" transitionDuration="fast" display="inline-flex" alignItems="center" justifyContent="center" minW="2.5rem" h="2.5rem" borderStyle="solid" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" _hover={{ bg: "surface-muted", borderColor: "text-muted" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ transform: "translateY(1px)" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="16" htmlHeight="16" aria-hidden="true"><chakra.path d="m15 18-6-6 6-6" /></chakra.svg><chakra.span display={{ base: "none", sm: "inline" }}>Previous</chakra.span></chakra.button>}</chakra.li>
        <chakra.li>{page === 1 ? <chakra.button type="button" aria-label="Page 1" aria-current="page" color="on-primary" bg="primary" borderColor="primary" py="0" px="sm" gap="xs" rounded="md" borderWidth="var(--border-width)" fontFamily="base" fontSize="sm" fontWeight="semibold" transitionDuration="fast" display="inline-flex" alignItems="center" justifyContent="center" minW="2.5rem" h="2.5rem" borderStyle="solid" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" _hover={{ bg: "primary-hover" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ transform: "translateY(1px)" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}>1</chakra.button> : <chakra.button type="button" aria-label="Page 1" onClick={handlePaginationPage1Click} color="text" bg="surface" borderColor="border" py="0" px="sm" gap="xs" rounded="md" borderWidth="var(--border-width)" fontFamily="base" fontSize="sm" fontWeight="medium" transitionDuration="fast" display={{ base: "none", sm: "inline-flex" }} alignItems="center" justifyContent="center" minW="2.5rem" h="2.5rem" borderStyle="solid" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" _hover={{ bg: "surface-muted", borderColor: "text-muted" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ transform: "translateY(1px)" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}>1</chakra.button>}</chakra.li>
        <chakra.li>{page === 2 ? <chakra.button type="button" aria-label="Page 2" aria-current="page" color="on-primary" bg="primary" borderColor="primary" py="0" px="sm" gap="xs" rounded="md" borderWidth="var(--border-width)" fontFamily="base" fontSize="sm" fontWeight="semibold" transitionDuration="fast" display="inline-flex" alignItems="center" justifyContent="center" minW="2.5rem" h="2.5rem" borderStyle="solid" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" _hover={{ bg: "primary-hover" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ transform: "translateY(1px)" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}>2</chakra.button> : <chakra.button type="button" aria-label="Page 2" onClick={handlePaginationPage2Click} color="text" bg="surface" borderColor="border" py="0" px="sm" gap="xs" rounded="md" borderWidth="var(--border-width)" fontFamily="base" fontSize="sm" fontWeight="medium" transitionDuration="fast" display={{ base: "none", sm: "inline-flex" }} alignItems="center" justifyContent="center" minW="2.5rem" h="2.5rem" borderStyle="solid" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" _hover={{ bg: "surface-muted", borderColor: "text-muted" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ transform: "translateY(1px)" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}>2</chakra.button>}</chakra.li>
        <chakra.li>{page === 3 ? <chakra.button type="button" aria-label="Page 3" aria-current="page" color="on-primary" bg="primary" borderColor="primary" py="0" px="sm" gap="xs" rounded="md" borderWidth="var(--border-width)" fontFamily="base" fontSize="sm" fontWeight="semibold" transitionDuration="fast" display="inline-flex" alignItems="center" justifyContent="center" minW="2.5rem" h="2.5rem" borderStyle="solid" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" _hover={{ bg: "primary-hover" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ transform: "translateY(1px)" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}>3</chakra.button> : <chakra.button type="button" aria-label="Page 3" onClick={handlePaginationPage3Click} color="text" bg="surface" borderColor="border" py="0" px="sm" gap="xs" rounded="md" borderWidth="var(--border-width)" fontFamily="base" fontSize="sm" fontWeight="medium" transitionDuration="fast" display={{ base: "none", sm: "inline-flex" }} alignItems="center" justifyContent="center" minW="2.5rem" h="2.5rem" borderStyle="solid" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" _hover={{ bg: "surface-muted", borderColor: "text-muted" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ transform: "translateY(1px)" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}>3</chakra.button>}</chakra.li>
        <chakra.li>{page === 4 ? <chakra.button type="button" aria-label="Page 4" aria-current="page" color="on-primary" bg="primary" borderColor="primary" py="0" px="sm" gap="xs" rounded="md" borderWidth="var(--border-width)" fontFamily="base" fontSize="sm" fontWeight="semibold" transitionDuration="fast" display="inline-flex" alignItems="center" justifyContent="center" minW="2.5rem" h="2.5rem" borderStyle="solid" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" _hover={{ bg: "primary-hover" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ transform: "translateY(1px)" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}>4</chakra.button> : <chakra.button type="button" aria-label="Page 4" onClick={handlePaginationPage4Click} color="text" bg="surface" borderColor="border" py="0" px="sm" gap="xs" rounded="md" borderWidth="var(--border-width)" fontFamily="base" fontSize="sm" fontWeight="medium" transitionDuration="fast" display={{ base: "none", sm: "inline-flex" }} alignItems="center" justifyContent="center" minW="2.5rem" h="2.5rem" borderStyle="solid" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" _hover={{ bg: "surface-muted", borderColor: "text-muted" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ transform: "translateY(1px)" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}>4</chakra.button>}</chakra.li>
        <chakra.li>{page === 5 ? <chakra.button type="button" aria-label="Page 5" aria-current="page" color="on-primary" bg="primary" borderColor="primary" py="0" px="sm" gap="xs" rounded="md" borderWidth="var(--border-width)" fontFamily="base" fontSize="sm" fontWeight="semibold" transitionDuration="fast" display="inline-flex" alignItems="center" justifyContent="center" minW="2.5rem" h="2.5rem" borderStyle="solid" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" _hover={{ bg: "primary-hover" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ transform: "translateY(1px)" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}>5</chakra.button> : <chakra.button type="button" aria-label="Page 5" onClick={handlePaginationPage5Click} color="text" bg="surface" borderColor="border" py="0" px="sm" gap="xs" rounded="md" borderWidth="var(--border-width)" fontFamily="base" fontSize="sm" fontWeight="medium" transitionDuration="fast" display={{ base: "none", sm: "inline-flex" }} alignItems="center" justifyContent="center" minW="2.5rem" h="2.5rem" borderStyle="solid" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" _hover={{ bg: "surface-muted", borderColor: "text-muted" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ transform: "translateY(1px)" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}>5</chakra.button>}</chakra.li>
        <chakra.li>{page === 1 && <chakra.button type="button" aria-label="Next page" onClick={handlePaginationNext1Click} color="text" bg="surface" borderColor="border" py="0" px="sm" gap="xs" rounded="md" borderWidth="var(--border-width)" fontFamily="base" fontSize="sm" fontWeight="medium" transitionDuration="fast" display="inline-flex" alignItems="center" justifyContent="center" minW="2.5rem" h="2.5rem" borderStyle="solid" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" _hover={{ bg: "surface-muted", borderColor: "text-muted" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ transform: "translateY(1px)" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}><chakra.span display={{ base: "none", sm: "inline" }}>Next</chakra.span><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="16" htmlHeight="16" aria-hidden="true"><chakra.path d="m9 18 6-6-6-6" /></chakra.svg></chakra.button>}{page === 2 && <chakra.button type="button" aria-label="Next page" onClick={handlePaginationNext2Click} color="text" bg="surface" borderColor="border" py="0" px="sm" gap="xs" rounded="md" borderWidth="var(--border-width)" fontFamily="base" fontSize="sm" fontWeight="medium" transitionDuration="fast" display="inline-flex" alignItems="center" justifyContent="center" minW="2.5rem" h="2.5rem" borderStyle="solid" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" _hover={{ bg: "surface-muted", borderColor: "text-muted" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ transform: "translateY(1px)" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}><chakra.span display={{ base: "none", sm: "inline" }}>Next</chakra.span><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="16" htmlHeight="16" aria-hidden="true"><chakra.path d="m9 18 6-6-6-6" /></chakra.svg></chakra.button>}{page === 3 && <chakra.button type="button" aria-label="Next page" onClick={handlePaginationNext3Click} color="text" bg="surface" borderColor="border" py="0" px="sm" gap="xs" rounded="md" borderWidth="var(--border-width)" fontFamily="base" fontSize="sm" fontWeight="medium" transitionDuration="fast" display="inline-flex" alignItems="center" justifyContent="center" minW="2.5rem" h="2.5rem" borderStyle="solid" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" _hover={{ bg: "surface-muted", borderColor: "text-muted" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ transform: "translateY(1px)" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}><chakra.span display={{ base: "none", sm: "inline" }}>Next</chakra.span><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="16" htmlHeight="16" aria-hidden="true"><chakra.path d="m9 18 6-6-6-6" /></chakra.svg></chakra.button>}{page === 4 && <chakra.button type="button" aria-label="Next page" onClick={handlePaginationNext4Click} color="text" bg="surface" borderColor="border" py="0" px="sm" gap="xs" rounded="md" borderWidth="var(--border-width)" fontFamily="base" fontSize="sm" fontWeight="medium" transitionDuration="fast" display="inline-flex" alignItems="center" justifyContent="center" minW="2.5rem" h="2.5rem" borderStyle="solid" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" _hover={{ bg: "surface-muted", borderColor: "text-muted" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ transform: "translateY(1px)" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}><chakra.span display={{ base: "none", sm: "inline" }}>Next</chakra.span><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="16" htmlHeight="16" aria-hidden="true"><chakra.path d="m9 18 6-6-6-6" /></chakra.svg></chakra.button>}{page === 5 && <chakra.button type="button" disabled aria-label="Next page" color="text" bg="surface" borderColor="border" py="0" px="sm" gap="xs" rounded="md" borderWidth="var(--border-width)" fontFamily="base" fontSize="sm" fontWeight="medium" transitionDuration="fast" display="inline-flex" alignItems="center" justifyContent="center" minW="2.5rem" h="2.5rem" borderStyle="solid" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" _hover={{ bg: "surface-muted", borderColor: "text-muted" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ transform: "translateY(1px)" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}><chakra.span display={{ base: "none", sm: "inline" }}>Next</chakra.span><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="16" htmlHeight="16" aria-hidden="true"><chakra.path d="m9 18 6-6-6-6" /></chakra.svg></chakra.button>}</chakra.li>
      </chakra.ul>
    </chakra.nav>
  );
}

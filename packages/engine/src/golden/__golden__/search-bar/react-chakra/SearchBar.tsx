import { useState, type ChangeEvent, type FormEvent } from 'react';
import { chakra } from '@chakra-ui/react';

interface SearchSuggestionItem {
  id: string;
  label: string;
}

const searchSuggestionItems: SearchSuggestionItem[] = [
  { id: 's1', label: 'Pricing table' },
  { id: 's2', label: 'Login form' },
  { id: 's3', label: 'Navbar' },
  { id: 's4', label: 'Dark mode' },
];

/** Search bar with suggestions */
export interface SearchBarProps {
  onSearch?: (payload: string) => void;
}

/** Search bar with suggestions */
export function SearchBar({ onSearch }: SearchBarProps) {
  const [query, setQuery] = useState('');

  function handleSearchSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch?.(query);
  }

  function handleSearchInputInput(event: ChangeEvent<HTMLInputElement>) {
    setQuery(event.currentTarget.value);
  }

  function handleSearchClearClick() {
    setQuery('');
  }

  function handleSearchSuggestionButtonClick(item: SearchSuggestionItem) {
    setQuery(item.label);
  }

  return (
    <chakra.form
      role="search"
      aria-label="Search"
      onSubmit={handleSearchSubmit}
      gap="sm"
      fontFamily="base"
      display="flex"
      flexDirection="column"
      w="100%"
      maxW="40rem"
    >
      <chakra.div gap="sm" display="flex" alignItems="center">
        <chakra.div color="text-muted" position="relative" flexGrow="1"><chakra.span aria-hidden="true" display="inline-flex" position="absolute" top="50%" left="sm" transform="translateY(-50%)" pointerEvents="none"><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="18" htmlHeight="18" aria-hidden="true"><chakra.circle cx="11" cy="11" r="7" /><chakra.path d="m20 20-4-4" /></chakra.svg></chakra.span><chakra.input id="search-input" type="search" name="q" placeholder="Search components, tokens and docs…" autoComplete="off" value={query} aria-label="Search" onChange={handleSearchInputInput} color="text" bg="surface" borderColor="border" py="sm" px="md" pr="xl" pl="xl" rounded="md" borderWidth="var(--border-width)" shadow="sm" fontFamily="base" fontSize="md" lineHeight="normal" transitionDuration="fast" w="100%" borderStyle="solid" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" boxSizing="border-box" _hover={{ borderColor: "text-muted" }} _focusVisible={{ borderColor: "focus", outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "0", outlineStyle: "solid" }} _active={{ borderColor: "focus" }} _disabled={{ bg: "surface-muted", opacity: "0.7", cursor: "not-allowed" }} />{query ? <chakra.button type="button" aria-label="Clear search" aria-controls="search-input" onClick={handleSearchClearClick} color="text-muted" bg="transparent" borderColor="transparent" p="xs" rounded="md" borderWidth="var(--border-width)" fontFamily="inherit" transitionDuration="fast" display="inline-flex" position="absolute" top="50%" right="xs" alignItems="center" justifyContent="center" borderStyle="solid" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" transform="translateY(-50%)" _hover={{ color: "text", bg: "surface-muted" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ transform: "translateY(1px)" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="16" htmlHeight="16" aria-hidden="true"><chakra.path d="M18 6 6 18M6 6l12 12" /></chakra.svg></chakra.button> : <chakra.span aria-hidden="true" color="text" bg="surface-muted" py="xs" px="sm" gap="xs" rounded="full" fontFamily="mono" fontSize="xs" fontWeight="semibold" lineHeight="tight" display="inline-flex" position="absolute" top="50%" right="sm" alignItems="center" whiteSpace="nowrap" transform="translateY(-50%)">⌘K</chakra.span>}</chakra.div>
        <chakra.button
          type="submit"
          aria-label="Search"
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
            <chakra.circle cx="11" cy="11" r="7" />
            <chakra.path d="m20 20-4-4" />
          </chakra.svg>
          <chakra.span display={{ base: "none", sm: "inline" }}>Search</chakra.span>
        </chakra.button>
      </chakra.div>
      {!query && (
        <chakra.div
          color="text-muted"
          m="0"
          gap="sm"
          fontFamily="base"
          fontSize="sm"
          lineHeight="normal"
          display="flex"
          flexWrap="wrap"
          alignItems="center"
        >Popular:<chakra.ul p="0" m="0" gap="xs" display="flex" flexWrap="wrap" alignItems="center" listStyle="none">{searchSuggestionItems.map((item) => <chakra.li key={item.id}><chakra.button type="button" onClick={() => handleSearchSuggestionButtonClick(item)} color="text" bg="surface-muted" py="xs" px="sm" gap="xs" rounded="full" borderWidth="0" fontFamily="inherit" fontSize="xs" fontWeight="semibold" lineHeight="tight" transitionDuration="fast" display="inline-flex" alignItems="center" whiteSpace="nowrap" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" _hover={{ bg: "surface" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ transform: "translateY(1px)" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}>{item.label}</chakra.button></chakra.li>)}</chakra.ul></chakra.div>
      )}
    </chakra.form>
  );
}

import { useState } from 'react';
import { chakra } from '@chakra-ui/react';

interface DropdownItem {
  id: string;
  label: string;
  icon: string;
  shortcut: string;
}

const dropdownItems: DropdownItem[] = [
  { id: 'item1', label: 'Edit', icon: 'M4 20h4L19 9l-4-4L4 16zM13 7l4 4', shortcut: '⌘E' },
  { id: 'item2', label: 'Duplicate', icon: 'M8 8h12v12H8zM16 8V4H4v12h4', shortcut: '⌘D' },
  { id: 'item3', label: 'Share', icon: 'M15.5 5a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0 -5 0M3.5 12a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0 -5 0M15.5 19a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0 -5 0m8.2 10.8 7.6-4.4M8.2 13.2l7.6 4.4', shortcut: '⌘S' },
  { id: 'item4', label: 'Export', icon: 'M12 4v12M7 11l5 5 5-5M4 20h16', shortcut: '⌘⇧E' },
];

/** Dropdown menu of actions */
export interface DropdownMenuProps {
  onSelect?: (payload: string) => void;
  onDelete?: () => void;
}

/** Dropdown menu of actions */
export function DropdownMenu({ onSelect, onDelete }: DropdownMenuProps) {
  const [open, setOpen] = useState(true);

  function handleDropdownTriggerClick() {
    setOpen((current) => !current);
  }

  function handleDropdownActionClick(item: DropdownItem) {
    onSelect?.(item.id);
    setOpen(false);
  }

  function handleDropdownDangerClick() {
    onDelete?.();
    setOpen(false);
  }

  return (
    <chakra.div fontFamily="base" display="inline-block" position="relative"><chakra.button type="button" id="dropdown-trigger" aria-expanded={open} aria-controls="dropdown-menu" aria-haspopup="menu" onClick={handleDropdownTriggerClick} color="text" bg="surface-muted" borderColor="transparent" py="sm" px="md" gap="xs" rounded="md" borderWidth="var(--border-width)" fontFamily="base" fontSize="md" fontWeight="semibold" lineHeight="tight" transitionDuration="fast" display="inline-flex" alignItems="center" justifyContent="center" textDecoration="none" whiteSpace="nowrap" borderStyle="solid" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" userSelect="none" _hover={{ bg: "surface", borderColor: "border", shadow: "sm" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ transform: "translateY(1px)" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}>Options{open ? <chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="16" htmlHeight="16" aria-hidden="true"><chakra.path d="m18 15-6-6-6 6" /></chakra.svg> : <chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="16" htmlHeight="16" aria-hidden="true"><chakra.path d="m6 9 6 6 6-6" /></chakra.svg>}</chakra.button>{open && <chakra.ul id="dropdown-menu" role="menu" aria-labelledby="dropdown-trigger" bg="surface" borderColor="border" p="xs" m="0" mt="xs" gap="0" rounded="lg" borderWidth="var(--border-width)" shadow="lg" display="flex" position="absolute" top="100%" left="0" zIndex="50" flexDirection="column" minW="15rem" borderStyle="solid" listStyle="none" boxSizing="content-box">{dropdownItems.map((item) => <chakra.li key={item.id} role="none"><chakra.button type="button" role="menuitem" onClick={() => handleDropdownActionClick(item)} color="text" bg="transparent" p="sm" gap="sm" rounded="md" borderWidth="0" fontFamily="base" fontSize="sm" transitionDuration="fast" display="flex" alignItems="center" w="100%" textAlign="left" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" _hover={{ bg: "surface-muted" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ transform: "translateY(1px)" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}><chakra.span color="text-muted" display="inline-flex"><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="16" htmlHeight="16" aria-hidden="true"><chakra.path d={item.icon} /></chakra.svg></chakra.span><chakra.span flexGrow="1">{item.label}</chakra.span><chakra.span aria-hidden="true" color="text" m="0" fontFamily="mono" fontSize="xs" lineHeight="normal">{item.shortcut}</chakra.span></chakra.button></chakra.li>)}<chakra.li role="none" borderColor="border" my="xs" mx="0" borderWidth="0" borderStyle="solid" borderTopWidth="var(--border-width)" /><chakra.li role="none"><chakra.button type="button" role="menuitem" onClick={handleDropdownDangerClick} color="danger" bg="transparent" p="sm" gap="sm" rounded="md" borderWidth="0" fontFamily="base" fontSize="sm" transitionDuration="fast" display="flex" alignItems="center" w="100%" textAlign="left" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" _hover={{ color: "on-danger", bg: "danger" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ transform: "translateY(1px)" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="16" htmlHeight="16" aria-hidden="true"><chakra.path d="M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3" /></chakra.svg>Delete</chakra.button></chakra.li></chakra.ul>}</chakra.div>
  );
}

import { useState } from 'react';
import { chakra } from '@chakra-ui/react';

interface TableRowItem {
  id: string;
  name: string;
  email: string;
  initials: string;
  role: string;
  status: string;
  joined: string;
  moreLabel: string;
}

const tableRowItems: TableRowItem[] = [
  { id: 'row1', name: 'Maya Okafor', email: 'maya@northwind.io', initials: 'MO', role: 'Owner', status: 'active', joined: 'Jan 4, 2024', moreLabel: 'More actions for Maya Okafor' },
  { id: 'row2', name: 'Daniel Reyes', email: 'daniel@northwind.io', initials: 'DR', role: 'Admin', status: 'active', joined: 'Feb 18, 2024', moreLabel: 'More actions for Daniel Reyes' },
  { id: 'row3', name: 'Aiko Tanaka', email: 'aiko@northwind.io', initials: 'AT', role: 'Designer', status: 'active', joined: 'Mar 2, 2024', moreLabel: 'More actions for Aiko Tanaka' },
  { id: 'row4', name: 'Liam Novak', email: 'liam@northwind.io', initials: 'LN', role: 'Developer', status: 'invited', joined: 'Apr 21, 2024', moreLabel: 'More actions for Liam Novak' },
  { id: 'row5', name: 'Sara Lindqvist', email: 'sara@northwind.io', initials: 'SL', role: 'Viewer', status: 'active', joined: 'May 9, 2024', moreLabel: 'More actions for Sara Lindqvist' },
];

/** Data table with sortable columns */
export interface DataTableProps {
  onInvite?: () => void;
  onSort?: (payload: string) => void;
  onRowAction?: (payload: string) => void;
}

/** Data table with sortable columns */
export function DataTable({ onInvite, onSort, onRowAction }: DataTableProps) {
  const [sortBy, setSortBy] = useState('name');
  const [ascending, setAscending] = useState(true);

  function handleTableInviteClick() {
    onInvite?.();
  }

  function handleSortNameClick() {
    const nextSortBy = 'name';
    setSortBy(nextSortBy);
    setAscending((current) => !current);
    onSort?.(nextSortBy);
  }

  function handleSortRoleClick() {
    const nextSortBy = 'role';
    setSortBy(nextSortBy);
    setAscending((current) => !current);
    onSort?.(nextSortBy);
  }

  function handleSortStatusClick() {
    const nextSortBy = 'status';
    setSortBy(nextSortBy);
    setAscending((current) => !current);
    onSort?.(nextSortBy);
  }

  function handleSortJoinedClick() {
    const nextSortBy = 'joined';
    setSortBy(nextSortBy);
    setAscending((current) => !current);
    onSort?.(nextSortBy);
  }

  function handleTableMoreClick(item: TableRowItem) {
    onRowAction?.(item.id);
  }

  return (
    <chakra.section
      aria-labelledby="table-title"
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
      overflow="hidden"
      borderStyle="solid"
      boxSizing="border-box"
    >
      <chakra.header
        p="lg"
        gap="sm"
        display="flex"
        flexDirection={{ base: "column", sm: "row" }}
        alignItems={{ sm: "center" }}
        justifyContent={{ sm: "space-between" }}
      >
        <chakra.div gap="xs" display="flex" flexDirection="column">
          <chakra.h2
            id="table-title"
            color="text"
            m="0"
            fontFamily="heading"
            fontSize="xl"
            fontWeight="bold"
            lineHeight="tight"
          >Team members</chakra.h2>
          <chakra.p color="text-muted" m="0" fontFamily="base" fontSize="sm" lineHeight="normal">People with access to this workspace.</chakra.p>
        </chakra.div>
        <chakra.button
          type="button"
          onClick={handleTableInviteClick}
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
        ><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="16" htmlHeight="16" aria-hidden="true"><chakra.path d="M12 5v14M5 12h14" /></chakra.svg>Invite member</chakra.button>
      </chakra.header>
      <chakra.div overflowX="auto">
        <chakra.table color="text" fontSize="sm" w="100%" borderCollapse="separate">
          <chakra.caption
            color="text-muted"
            py="0"
            px="lg"
            pb="sm"
            m="0"
            fontFamily="base"
            fontSize="xs"
            lineHeight="normal"
            textAlign="left"
          >Team members, sortable by column</chakra.caption>
          <chakra.thead
            color="text-muted"
            fontSize="xs"
            fontWeight="semibold"
            textTransform="uppercase"
          >
            <chakra.tr>
              <chakra.th
                scope="col"
                borderColor="border"
                py="sm"
                px="md"
                borderWidth="0"
                textAlign="left"
                whiteSpace="nowrap"
                verticalAlign="middle"
                borderStyle="solid"
                borderBottomWidth="var(--border-width)"
              ><chakra.button type="button" aria-label="Sort by Name" onClick={handleSortNameClick} color="inherit" bg="transparent" p="0" gap="xs" rounded="sm" borderWidth="0" fontFamily="inherit" fontSize="inherit" fontWeight="inherit" transitionDuration="fast" display="flex" alignItems="center" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" _hover={{ color: "text" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ transform: "translateY(1px)" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}>Name{sortBy === 'name' ? (ascending ? <chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="14" htmlHeight="14" aria-hidden="true"><chakra.path d="M12 19V5M6 11l6-6 6 6" /></chakra.svg> : <chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="14" htmlHeight="14" aria-hidden="true"><chakra.path d="M12 5v14M6 13l6 6 6-6" /></chakra.svg>) : <chakra.span aria-hidden="true" display="inline-flex" opacity="0.4"><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="14" htmlHeight="14" aria-hidden="true"><chakra.path d="M12 5v14M6 13l6 6 6-6" /></chakra.svg></chakra.span>}</chakra.button></chakra.th>
              <chakra.th
                scope="col"
                borderColor="border"
                py="sm"
                px="md"
                borderWidth="0"
                textAlign="left"
                whiteSpace="nowrap"
                verticalAlign="middle"
                borderStyle="solid"
                borderBottomWidth="var(--border-width)"
              ><chakra.button type="button" aria-label="Sort by Role" onClick={handleSortRoleClick} color="inherit" bg="transparent" p="0" gap="xs" rounded="sm" borderWidth="0" fontFamily="inherit" fontSize="inherit" fontWeight="inherit" transitionDuration="fast" display="flex" alignItems="center" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" _hover={{ color: "text" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ transform: "translateY(1px)" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}>Role{sortBy === 'role' ? (ascending ? <chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="14" htmlHeight="14" aria-hidden="true"><chakra.path d="M12 19V5M6 11l6-6 6 6" /></chakra.svg> : <chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="14" htmlHeight="14" aria-hidden="true"><chakra.path d="M12 5v14M6 13l6 6 6-6" /></chakra.svg>) : <chakra.span aria-hidden="true" display="inline-flex" opacity="0.4"><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="14" htmlHeight="14" aria-hidden="true"><chakra.path d="M12 5v14M6 13l6 6 6-6" /></chakra.svg></chakra.span>}</chakra.button></chakra.th>
              <chakra.th
                scope="col"
                borderColor="border"
                py="sm"
                px="md"
                borderWidth="0"
                textAlign="left"
                whiteSpace="nowrap"
                verticalAlign="middle"
                borderStyle="solid"
                borderBottomWidth="var(--border-width)"
              ><chakra.button type="button" aria-label="Sort by Status" onClick={handleSortStatusClick} color="inherit" bg="transparent" p="0" gap="xs" rounded="sm" borderWidth="0" fontFamily="inherit" fontSize="inherit" fontWeight="inherit" transitionDuration="fast" display="flex" alignItems="center" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" _hover={{ color: "text" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ transform: "translateY(1px)" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}>Status{sortBy === 'status' ? (ascending ? <chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="14" htmlHeight="14" aria-hidden="true"><chakra.path d="M12 19V5M6 11l6-6 6 6" /></chakra.svg> : <chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="14" htmlHeight="14" aria-hidden="true"><chakra.path d="M12 5v14M6 13l6 6 6-6" /></chakra.svg>) : <chakra.span aria-hidden="true" display="inline-flex" opacity="0.4"><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="14" htmlHeight="14" aria-hidden="true"><chakra.path d="M12 5v14M6 13l6 6 6-6" /></chakra.svg></chakra.span>}</chakra.button></chakra.th>
              <chakra.th
                scope="col"
                borderColor="border"
                py="sm"
                px="md"
                borderWidth="0"
                textAlign="left"
                whiteSpace="nowrap"
                verticalAlign="middle"
                borderStyle="solid"
                borderBottomWidth="var(--border-width)"
              ><chakra.button type="button" aria-label="Sort by Joined" onClick={handleSortJoinedClick} color="inherit" bg="transparent" p="0" gap="xs" rounded="sm" borderWidth="0" fontFamily="inherit" fontSize="inherit" fontWeight="inherit" transitionDuration="fast" display="flex" alignItems="center" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" _hover={{ color: "text" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ transform: "translateY(1px)" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}>Joined{sortBy === 'joined' ? (ascending ? <chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="14" htmlHeight="14" aria-hidden="true"><chakra.path d="M12 19V5M6 11l6-6 6 6" /></chakra.svg> : <chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="14" htmlHeight="14" aria-hidden="true"><chakra.path d="M12 5v14M6 13l6 6 6-6" /></chakra.svg>) : <chakra.span aria-hidden="true" display="inline-flex" opacity="0.4"><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="14" htmlHeight="14" aria-hidden="true"><chakra.path d="M12 5v14M6 13l6 6 6-6" /></chakra.svg></chakra.span>}</chakra.button></chakra.th>
              <chakra.th
                scope="col"
                borderColor="border"
                py="sm"
                px="md"
                borderWidth="0"
                textAlign="right"
                whiteSpace="nowrap"
                verticalAlign="middle"
                borderStyle="solid"
                borderBottomWidth="var(--border-width)"
              >Actions</chakra.th>
            </chakra.tr>
          </chakra.thead>
          <chakra.tbody>
            {tableRowItems.map((item) => (
              <chakra.tr key={item.id}>
                <chakra.td
                  borderColor="border"
                  py="sm"
                  px="md"
                  borderWidth="0"
                  textAlign="left"
                  whiteSpace="nowrap"
                  verticalAlign="middle"
                  borderStyle="solid"
                  borderBottomWidth="var(--border-width)"
                >
                  <chakra.div gap="sm" display="flex" alignItems="center">
                    <chakra.span
                      aria-hidden="true"
                      color="text"
                      bg="surface-muted"
                      rounded="full"
                      fontSize="sm"
                      fontWeight="semibold"
                      display="inline-flex"
                      flexShrink="0"
                      alignItems="center"
                      justifyContent="center"
                      w={"{spacing.xl}"}
                      h={"{spacing.xl}"}
                    >{item.initials}</chakra.span>
                    <chakra.div gap="0" display="flex" flexDirection="column">
                      <chakra.span fontWeight="semibold">{item.name}</chakra.span>
                      <chakra.span color="text-muted" m="0" fontFamily="base" fontSize="xs" lineHeight="normal">{item.email}</chakra.span>
                    </chakra.div>
                  </chakra.div>
                </chakra.td>
                <chakra.td
                  borderColor="border"
                  py="sm"
                  px="md"
                  borderWidth="0"
                  textAlign="left"
                  whiteSpace="nowrap"
                  verticalAlign="middle"
                  borderStyle="solid"
                  borderBottomWidth="var(--border-width)"
                >{item.role}</chakra.td>
                <chakra.td
                  borderColor="border"
                  py="sm"
                  px="md"
                  borderWidth="0"
                  textAlign="left"
                  whiteSpace="nowrap"
                  verticalAlign="middle"
                  borderStyle="solid"
                  borderBottomWidth="var(--border-width)"
                >{item.status === 'active' ? <chakra.span color="text" bg="surface-muted" py="xs" px="sm" gap="xs" rounded="full" fontSize="xs" fontWeight="semibold" lineHeight="tight" display="inline-flex" alignItems="center" whiteSpace="nowrap"><chakra.span aria-hidden="true" bg="success" rounded="full" w={"{spacing.sm}"} h={"{spacing.sm}"} />Active</chakra.span> : <chakra.span color="text" bg="surface-muted" py="xs" px="sm" gap="xs" rounded="full" fontSize="xs" fontWeight="semibold" lineHeight="tight" display="inline-flex" alignItems="center" whiteSpace="nowrap">Invited</chakra.span>}</chakra.td>
                <chakra.td
                  color="text-muted"
                  borderColor="border"
                  py="sm"
                  px="md"
                  borderWidth="0"
                  textAlign="left"
                  whiteSpace="nowrap"
                  verticalAlign="middle"
                  borderStyle="solid"
                  borderBottomWidth="var(--border-width)"
                >{item.joined}</chakra.td>
                <chakra.td
                  borderColor="border"
                  py="sm"
                  px="md"
                  borderWidth="0"
                  textAlign="right"
                  whiteSpace="nowrap"
                  verticalAlign="middle"
                  borderStyle="solid"
                  borderBottomWidth="var(--border-width)"
                ><chakra.button type="button" aria-label={item.moreLabel} onClick={() => handleTableMoreClick(item)} color="text-muted" bg="transparent" borderColor="transparent" p="xs" rounded="md" borderWidth="var(--border-width)" fontFamily="inherit" transitionDuration="fast" display="inline-flex" alignItems="center" justifyContent="center" borderStyle="solid" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" _hover={{ color: "text", bg: "surface-muted" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ transform: "translateY(1px)" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="18" htmlHeight="18" aria-hidden="true"><chakra.path d="M5 12h.01M12 12h.01M19 12h.01" /></chakra.svg></chakra.button></chakra.td>
              </chakra.tr>
            ))}
          </chakra.tbody>
        </chakra.table>
      </chakra.div>
      <chakra.footer
        color="text-muted"
        py="md"
        px="lg"
        m="0"
        fontFamily="base"
        fontSize="sm"
        lineHeight="normal"
      >Showing 5 of 5</chakra.footer>
    </chakra.section>
  );
}

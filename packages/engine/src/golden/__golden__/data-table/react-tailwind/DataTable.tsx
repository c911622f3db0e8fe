import { useState } from 'react';

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
    <section
      className="text-text bg-surface border-border p-0 gap-0 rounded-lg border-(length:--border-width) shadow-sm font-base flex flex-col overflow-hidden border-solid box-border"
      aria-labelledby="table-title"
    >
      <header className="p-lg gap-sm flex flex-col sm:flex-row sm:items-center sm:justify-between">
        <div className="gap-xs flex flex-col">
          <h2
            className="text-text m-0 font-heading text-xl font-bold leading-tight"
            id="table-title"
          >Team members</h2>
          <p className="text-text-muted m-0 font-base text-sm leading-normal">People with access to this workspace.</p>
        </div>
        <button
          className="text-on-primary bg-primary border-transparent py-xs px-sm gap-xs rounded-md border-(length:--border-width) shadow-none font-base text-sm font-semibold leading-tight duration-(--duration-fast) inline-flex items-center justify-center no-underline whitespace-nowrap border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] select-none hover:bg-primary-hover focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
          type="button"
          onClick={handleTableInviteClick}
        ><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path d="M12 5v14M5 12h14" /></svg>Invite member</button>
      </header>
      <div className="overflow-x-auto">
        <table className="text-text text-sm/[inherit] w-full border-separate">
          <caption className="text-text-muted py-0 px-lg pb-sm m-0 font-base text-xs leading-normal text-left">Team members, sortable by column</caption>
          <thead className="text-text-muted text-xs/[inherit] font-semibold uppercase">
            <tr>
              <th
                className="border-border py-sm px-md border-0 text-left whitespace-nowrap align-middle border-solid border-b-(length:--border-width)"
                scope="col"
              ><button className="text-inherit bg-transparent p-0 gap-xs rounded-sm border-0 font-[family-name:inherit] text-[length:inherit]/[inherit] font-[number:inherit] duration-(--duration-fast) flex items-center cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:text-text focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none" type="button" aria-label="Sort by Name" onClick={handleSortNameClick}>Name{sortBy === 'name' ? (ascending ? <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="14" height="14" aria-hidden="true"><path d="M12 19V5M6 11l6-6 6 6" /></svg> : <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="14" height="14" aria-hidden="true"><path d="M12 5v14M6 13l6 6 6-6" /></svg>) : <span className="inline-flex opacity-40" aria-hidden="true"><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="14" height="14" aria-hidden="true"><path d="M12 5v14M6 13l6 6 6-6" /></svg></span>}</button></th>
              <th
                className="border-border py-sm px-md border-0 text-left whitespace-nowrap align-middle border-solid border-b-(length:--border-width)"
                scope="col"
              ><button className="text-inherit bg-transparent p-0 gap-xs rounded-sm border-0 font-[family-name:inherit] text-[length:inherit]/[inherit] font-[number:inherit] duration-(--duration-fast) flex items-center cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:text-text focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none" type="button" aria-label="Sort by Role" onClick={handleSortRoleClick}>Role{sortBy === 'role' ? (ascending ? <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="14" height="14" aria-hidden="true"><path d="M12 19V5M6 11l6-6 6 6" /></svg> : <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="14" height="14" aria-hidden="true"><path d="M12 5v14M6 13l6 6 6-6" /></svg>) : <span className="inline-flex opacity-40" aria-hidden="true"><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="14" height="14" aria-hidden="true"><path d="M12 5v14M6 13l6 6 6-6" /></svg></span>}</button></th>
              <th
                className="border-border py-sm px-md border-0 text-left whitespace-nowrap align-middle border-solid border-b-(length:--border-width)"
                scope="col"
              ><button className="text-inherit bg-transparent p-0 gap-xs rounded-sm border-0 font-[family-name:inherit] text-[length:inherit]/[inherit] font-[number:inherit] duration-(--duration-fast) flex items-center cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:text-text focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none" type="button" aria-label="Sort by Status" onClick={handleSortStatusClick}>Status{sortBy === 'status' ? (ascending ? <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="14" height="14" aria-hidden="true"><path d="M12 19V5M6 11l6-6 6 6" /></svg> : <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="14" height="14" aria-hidden="true"><path d="M12 5v14M6 13l6 6 6-6" /></svg>) : <span className="inline-flex opacity-40" aria-hidden="true"><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="14" height="14" aria-hidden="true"><path d="M12 5v14M6 13l6 6 6-6" /></svg></span>}</button></th>
              <th
                className="border-border py-sm px-md border-0 text-left whitespace-nowrap align-middle border-solid border-b-(length:--border-width)"
                scope="col"
              ><button className="text-inherit bg-transparent p-0 gap-xs rounded-sm border-0 font-[family-name:inherit] text-[length:inherit]/[inherit] font-[number:inherit] duration-(--duration-fast) flex items-center cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:text-text focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none" type="button" aria-label="Sort by Joined" onClick={handleSortJoinedClick}>Joined{sortBy === 'joined' ? (ascending ? <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="14" height="14" aria-hidden="true"><path d="M12 19V5M6 11l6-6 6 6" /></svg> : <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="14" height="14" aria-hidden="true"><path d="M12 5v14M6 13l6 6 6-6" /></svg>) : <span className="inline-flex opacity-40" aria-hidden="true"><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="14" height="14" aria-hidden="true"><path d="M12 5v14M6 13l6 6 6-6" /></svg></span>}</button></th>
              <th
                className="border-border py-sm px-md border-0 text-right whitespace-nowrap align-middle border-solid border-b-(length:--border-width)"
                scope="col"
              >Actions</th>
            </tr>
          </thead>
          <tbody>
            {tableRowItems.map((item) => (
              <tr key={item.id}>
                <td className="border-border py-sm px-md border-0 text-left whitespace-nowrap align-middle border-solid border-b-(length:--border-width)">
                  <div className="gap-sm flex items-center">
                    <span
                      className="text-text bg-surface-muted rounded-full text-sm/[inherit] font-semibold inline-flex shrink-0 items-center justify-center w-xl h-xl"
                      aria-hidden="true"
                    >{item.initials}</span>
                    <div className="gap-0 flex flex-col">
                      <span className="font-semibold">{item.name}</span>
                      <span className="text-text-muted m-0 font-base text-xs leading-normal">{item.email}</span>
                    </div>
                  </div>
                </td>
                <td className="border-border py-sm px-md border-0 text-left whitespace-nowrap align-middle border-solid border-b-(length:--border-width)">{item.role}</td>
                <td className="border-border py-sm px-md border-0 text-left whitespace-nowrap align-middle border-solid border-b-(length:--border-width)">{item.status === 'active' ? <span className="text-text bg-surface-muted py-xs px-sm gap-xs rounded-full text-xs font-semibold leading-tight inline-flex items-center whitespace-nowrap"><span className="bg-success rounded-full w-sm h-sm" aria-hidden="true" />Active</span> : <span className="text-text bg-surface-muted py-xs px-sm gap-xs rounded-full text-xs font-semibold leading-tight inline-flex items-center whitespace-nowrap">Invited</span>}</td>
                <td className="text-text-muted border-border py-sm px-md border-0 text-left whitespace-nowrap align-middle border-solid border-b-(length:--border-width)">{item.joined}</td>
                <td className="border-border py-sm px-md border-0 text-right whitespace-nowrap align-middle border-solid border-b-(length:--border-width)"><button className="text-text-muted bg-transparent border-transparent p-xs rounded-md border-(length:--border-width) font-[family-name:inherit] duration-(--duration-fast) inline-flex items-center justify-center border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:text-text hover:bg-surface-muted focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none" type="button" aria-label={item.moreLabel} onClick={() => handleTableMoreClick(item)}><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path d="M5 12h.01M12 12h.01M19 12h.01" /></svg></button></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <footer className="text-text-muted py-md px-lg m-0 font-base text-sm leading-normal">Showing 5 of 5</footer>
    </section>
  );
}

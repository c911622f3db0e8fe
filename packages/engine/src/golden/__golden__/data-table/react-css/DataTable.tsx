import { useState } from 'react';
import './DataTable.css';

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
    <section className="data-table__table-card" aria-labelledby="table-title">
      <header className="data-table__table-header">
        <div className="data-table__table-heading">
          <h2 className="data-table__table-title" id="table-title">Team members</h2>
          <p className="data-table__table-subtitle">People with access to this workspace.</p>
        </div>
        <button
          className="data-table__table-invite"
          type="button"
          onClick={handleTableInviteClick}
        ><svg className="data-table__svg-1" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path className="data-table__path-1" d="M12 5v14M5 12h14" /></svg>Invite member</button>
      </header>
      <div className="data-table__table-scroll">
        <table className="data-table__table">
          <caption className="data-table__table-caption">Team members, sortable by column</caption>
          <thead className="data-table__table-head">
            <tr className="data-table__table-head-row">
              <th className="data-table__table-th-name" scope="col"><button className="data-table__sort-name" type="button" aria-label="Sort by Name" onClick={handleSortNameClick}>Name{sortBy === 'name' ? (ascending ? <svg className="data-table__svg-2" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="14" height="14" aria-hidden="true"><path className="data-table__path-2" d="M12 19V5M6 11l6-6 6 6" /></svg> : <svg className="data-table__svg-3" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="14" height="14" aria-hidden="true"><path className="data-table__path-3" d="M12 5v14M6 13l6 6 6-6" /></svg>) : <span className="data-table__sort-name-idle" aria-hidden="true"><svg className="data-table__svg-4" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="14" height="14" aria-hidden="true"><path className="data-table__path-4" d="M12 5v14M6 13l6 6 6-6" /></svg></span>}</button></th>
              <th className="data-table__table-th-role" scope="col"><button className="data-table__sort-role" type="button" aria-label="Sort by Role" onClick={handleSortRoleClick}>Role{sortBy === 'role' ? (ascending ? <svg className="data-table__svg-5" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="14" height="14" aria-hidden="true"><path className="data-table__path-5" d="M12 19V5M6 11l6-6 6 6" /></svg> : <svg className="data-table__svg-6" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="14" height="14" aria-hidden="true"><path className="data-table__path-6" d="M12 5v14M6 13l6 6 6-6" /></svg>) : <span className="data-table__sort-role-idle" aria-hidden="true"><svg className="data-table__svg-7" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="14" height="14" aria-hidden="true"><path className="data-table__path-7" d="M12 5v14M6 13l6 6 6-6" /></svg></span>}</button></th>
              <th className="data-table__table-th-status" scope="col"><button className="data-table__sort-status" type="button" aria-label="Sort by Status" onClick={handleSortStatusClick}>Status{sortBy === 'status' ? (ascending ? <svg className="data-table__svg-8" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="14" height="14" aria-hidden="true"><path className="data-table__path-8" d="M12 19V5M6 11l6-6 6 6" /></svg> : <svg className="data-table__svg-9" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="14" height="14" aria-hidden="true"><path className="data-table__path-9" d="M12 5v14M6 13l6 6 6-6" /></svg>) : <span className="data-table__sort-status-idle" aria-hidden="true"><svg className="data-table__svg-10" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="14" height="14" aria-hidden="true"><path className="data-table__path-10" d="M12 5v14M6 13l6 6 6-6" /></svg></span>}</button></th>
              <th className="data-table__table-th-joined" scope="col"><button className="data-table__sort-joined" type="button" aria-label="Sort by Joined" onClick={handleSortJoinedClick}>Joined{sortBy === 'joined' ? (ascending ? <svg className="data-table__svg-11" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="14" height="14" aria-hidden="true"><path className="data-table__path-11" d="M12 19V5M6 11l6-6 6 6" /></svg> : <svg className="data-table__svg-12" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="14" height="14" aria-hidden="true"><path className="data-table__path-12" d="M12 5v14M6 13l6 6 6-6" /></svg>) : <span className="data-table__sort-joined-idle" aria-hidden="true"><svg className="data-table__svg-13" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="14" height="14" aria-hidden="true"><path className="data-table__path-13" d="M12 5v14M6 13l6 6 6-6" /></svg></span>}</button></th>
              <th className="data-table__table-th-actions" scope="col">Actions</th>
            </tr>
          </thead>
          <tbody className="data-table__table-body">
            {tableRowItems.map((item) => (
              <tr key={item.id} className="data-table__table-row">
                <td className="data-table__table-cell-name">
                  <div className="data-table__table-person">
                    <span className="data-table__table-avatar" aria-hidden="true">{item.initials}</span>
                    <div className="data-table__table-person-text">
                      <span className="data-table__table-person-name">{item.name}</span>
                      <span className="data-table__table-person-email">{item.email}</span>
                    </div>
                  </div>
                </td>
                <td className="data-table__table-cell-role">{item.role}</td>
                <td className="data-table__table-cell-status">{item.status === 'active' ? <span className="data-table__table-status-active"><span className="data-table__table-status-dot" aria-hidden="true" />Active</span> : <span className="data-table__table-status-invited">Invited</span>}</td>
                <td className="data-table__table-cell-joined">{item.joined}</td>
                <td className="data-table__table-cell-actions"><button className="data-table__table-more" type="button" aria-label={item.moreLabel} onClick={() => handleTableMoreClick(item)}><svg className="data-table__svg-14" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path className="data-table__path-14" d="M5 12h.01M12 12h.01M19 12h.01" /></svg></button></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <footer className="data-table__table-footer">Showing 5 of 5</footer>
    </section>
  );
}

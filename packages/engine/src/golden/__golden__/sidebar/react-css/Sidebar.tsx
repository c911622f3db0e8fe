import { useState } from 'react';
import './Sidebar.css';

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
    <aside className="sidebar__sidebar" aria-label="Sidebar">
      <div className="sidebar__sidebar-header">
        {expanded && (
          <a className="sidebar__sidebar-brand" href="/">
            <span className="sidebar__sidebar-logo" aria-hidden="true">
              <svg
                className="sidebar__svg-1"
                viewBox="0 0 24 24"
                fill="none"
                stroke="currentColor"
                strokeWidth="2"
                strokeLinecap="round"
                strokeLinejoin="round"
                focusable="false"
                width="18"
                height="18"
                aria-hidden="true"
              >
                <path className="sidebar__path-1" d="M12 3 2 8l10 5 10-5zM2 13l10 5 10-5" />
              </svg>
            </span>
            <span className="sidebar__sidebar-brand-name">Northwind</span>
          </a>
        )}
        <button
          className="sidebar__sidebar-toggle"
          type="button"
          aria-label="Collapse sidebar"
          aria-expanded={expanded}
          aria-controls="sidebar-nav"
          onClick={handleSidebarToggleClick}
        >
          {expanded ? (
            <svg
              className="sidebar__svg-2"
              viewBox="0 0 24 24"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
              strokeLinejoin="round"
              focusable="false"
              width="18"
              height="18"
              aria-hidden="true"
            >
              <path className="sidebar__path-2" d="m15 18-6-6 6-6" />
            </svg>
          ) : (
            <svg
              className="sidebar__svg-3"
              viewBox="0 0 24 24"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
              strokeLinejoin="round"
              focusable="false"
              width="18"
              height="18"
              aria-hidden="true"
            >
              <path className="sidebar__path-3" d="m9 18 6-6-6-6" />
            </svg>
          )}
        </button>
      </div>
      <nav className="sidebar__sidebar-nav" id="sidebar-nav" aria-label="Workspace">
        {expanded ? (
          <>
            <p className="sidebar__sidebar-section">Workspace</p>
            <ul className="sidebar__sidebar-list">
              {sidebarItems.map((item) => (
                <li key={item.id} className="sidebar__sidebar-item">{item.current ? <a className="sidebar__sidebar-link-current" href={item.href} aria-current="page"><svg className="sidebar__svg-4" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path className="sidebar__path-4" d={item.icon} /></svg><span className="sidebar__sidebar-label-current">{item.label}</span>{item.badge ? <span className="sidebar__sidebar-badge-current">{item.badge}</span> : null}</a> : <a className="sidebar__sidebar-link" href={item.href}><svg className="sidebar__svg-5" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path className="sidebar__path-5" d={item.icon} /></svg><span className="sidebar__sidebar-label">{item.label}</span>{item.badge ? <span className="sidebar__sidebar-badge">{item.badge}</span> : null}</a>}</li>
              ))}
            </ul>
          </>
        ) : (
          <ul className="sidebar__sidebar-icons">
            {sidebarIconItems.map((item) => (
              <li key={item.id} className="sidebar__sidebar-icon-item"><a className="sidebar__sidebar-icon-link" href={item.href} title={item.label} aria-label={item.label}><svg className="sidebar__svg-6" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="20" height="20" aria-hidden="true"><path className="sidebar__path-6" d={item.icon} /></svg></a></li>
            ))}
          </ul>
        )}
      </nav>
      <div className="sidebar__sidebar-user">
        <span className="sidebar__sidebar-avatar" aria-hidden="true">MO</span>
        {expanded && (
          <>
            <div className="sidebar__sidebar-user-text">
              <span className="sidebar__sidebar-user-name">Maya Okafor</span>
              <span className="sidebar__sidebar-user-email">maya@northwind.io</span>
            </div>
            <button
              className="sidebar__sidebar-sign-out"
              type="button"
              aria-label="Sign out"
              onClick={handleSidebarSignOutClick}
            >
              <svg
                className="sidebar__svg-7"
                viewBox="0 0 24 24"
                fill="none"
                stroke="currentColor"
                strokeWidth="2"
                strokeLinecap="round"
                strokeLinejoin="round"
                focusable="false"
                width="18"
                height="18"
                aria-hidden="true"
              >
                <path className="sidebar__path-7" d="M15 4h4v16h-4M10 17l5-5-5-5M15 12H3" />
              </svg>
            </button>
          </>
        )}
      </div>
    </aside>
  );
}

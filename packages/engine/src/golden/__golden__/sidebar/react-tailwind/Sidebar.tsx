import { useState } from 'react';

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
    <aside
      className="text-text bg-surface border-border p-md gap-lg border-0 font-base flex flex-col min-h-[36rem] border-solid border-r-(length:--border-width) box-border md:w-[17rem]"
      aria-label="Sidebar"
    >
      <div className="gap-sm flex items-center justify-between">
        {expanded && (
          <a
            className="text-text gap-sm rounded-md font-[family-name:inherit] duration-(--duration-fast) flex items-center no-underline cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:opacity-85 focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
            href="/"
          >
            <span
              className="text-on-primary bg-primary p-xs rounded-md inline-flex shrink-0 items-center justify-center w-xl h-xl box-content"
              aria-hidden="true"
            >
              <svg
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
                <path d="M12 3 2 8l10 5 10-5zM2 13l10 5 10-5" />
              </svg>
            </span>
            <span className="text-text m-0 font-heading text-lg font-bold leading-tight">Northwind</span>
          </a>
        )}
        <button
          className="text-text-muted bg-transparent border-transparent p-xs rounded-md border-(length:--border-width) font-[family-name:inherit] duration-(--duration-fast) inline-flex items-center justify-center border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:text-text hover:bg-surface-muted focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
          type="button"
          aria-label="Collapse sidebar"
          aria-expanded={expanded}
          aria-controls="sidebar-nav"
          onClick={handleSidebarToggleClick}
        >
          {expanded ? (
            <svg
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
              <path d="m15 18-6-6 6-6" />
            </svg>
          ) : (
            <svg
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
              <path d="m9 18 6-6-6-6" />
            </svg>
          )}
        </button>
      </div>
      <nav className="gap-sm flex flex-col grow" id="sidebar-nav" aria-label="Workspace">
        {expanded ? (
          <>
            <p className="text-text-muted pl-sm m-0 text-xs/[inherit] font-semibold uppercase">Workspace</p>
            <ul className="p-0 m-0 gap-xs flex flex-col list-none">
              {sidebarItems.map((item) => (
                <li key={item.id}>{item.current ? <a className="text-text bg-surface-muted p-sm gap-sm rounded-md font-[family-name:inherit] text-sm/[inherit] font-semibold duration-(--duration-fast) flex items-center no-underline cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:bg-surface focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none" href={item.href} aria-current="page"><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path d={item.icon} /></svg><span className="grow">{item.label}</span>{item.badge ? <span className="text-on-primary bg-primary py-xs px-sm gap-xs rounded-full text-xs font-semibold leading-tight inline-flex items-center whitespace-nowrap">{item.badge}</span> : null}</a> : <a className="text-text-muted p-sm gap-sm rounded-md font-[family-name:inherit] text-sm/[inherit] font-medium duration-(--duration-fast) flex items-center no-underline cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:text-text hover:bg-surface-muted focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none" href={item.href}><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path d={item.icon} /></svg><span className="grow">{item.label}</span>{item.badge ? <span className="text-on-primary bg-primary py-xs px-sm gap-xs rounded-full text-xs font-semibold leading-tight inline-flex items-center whitespace-nowrap">{item.badge}</span> : null}</a>}</li>
              ))}
            </ul>
          </>
        ) : (
          <ul className="p-0 m-0 gap-xs flex flex-col items-center list-none">
            {sidebarIconItems.map((item) => (
              <li key={item.id}><a className="text-text-muted p-sm gap-sm rounded-md font-[family-name:inherit] text-sm/[inherit] font-medium duration-(--duration-fast) flex items-center no-underline cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:text-text hover:bg-surface-muted focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none" href={item.href} title={item.label} aria-label={item.label}><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="20" height="20" aria-hidden="true"><path d={item.icon} /></svg></a></li>
            ))}
          </ul>
        )}
      </nav>
      <div className="border-border pt-md gap-sm border-0 flex items-center border-solid border-t-(length:--border-width)">
        <span
          className="text-on-primary bg-primary rounded-full text-sm/[inherit] font-semibold inline-flex shrink-0 items-center justify-center w-xl h-xl"
          aria-hidden="true"
        >MO</span>
        {expanded && (
          <>
            <div className="gap-0 flex flex-col grow min-w-0">
              <span className="text-sm/[inherit] font-semibold">Maya Okafor</span>
              <span className="text-text-muted m-0 font-base text-xs leading-normal overflow-hidden text-ellipsis">maya@northwind.io</span>
            </div>
            <button
              className="text-text-muted bg-transparent border-transparent p-xs rounded-md border-(length:--border-width) font-[family-name:inherit] duration-(--duration-fast) inline-flex items-center justify-center border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:text-text hover:bg-surface-muted focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
              type="button"
              aria-label="Sign out"
              onClick={handleSidebarSignOutClick}
            >
              <svg
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
                <path d="M15 4h4v16h-4M10 17l5-5-5-5M15 12H3" />
              </svg>
            </button>
          </>
        )}
      </div>
    </aside>
  );
}

import { useState } from 'react';

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
    <div className="font-base inline-block relative"><button className="text-text bg-surface-muted border-transparent py-sm px-md gap-xs rounded-md border-(length:--border-width) font-base text-md font-semibold leading-tight duration-(--duration-fast) inline-flex items-center justify-center no-underline whitespace-nowrap border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] select-none hover:bg-surface hover:border-border hover:shadow-sm focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none" type="button" id="dropdown-trigger" aria-expanded={open} aria-controls="dropdown-menu" aria-haspopup="menu" onClick={handleDropdownTriggerClick}>Options{open ? <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path d="m18 15-6-6-6 6" /></svg> : <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path d="m6 9 6 6 6-6" /></svg>}</button>{open && <ul className="bg-surface border-border p-xs m-0 mt-xs gap-0 rounded-lg border-(length:--border-width) shadow-lg flex absolute top-full left-0 z-50 flex-col min-w-[15rem] border-solid list-none box-content" id="dropdown-menu" role="menu" aria-labelledby="dropdown-trigger">{dropdownItems.map((item) => <li key={item.id} role="none"><button className="text-text bg-transparent p-sm gap-sm rounded-md border-0 font-base text-sm/[inherit] duration-(--duration-fast) flex items-center w-full text-left cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:bg-surface-muted focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none" type="button" role="menuitem" onClick={() => handleDropdownActionClick(item)}><span className="text-text-muted inline-flex"><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path d={item.icon} /></svg></span><span className="grow">{item.label}</span><span className="text-text m-0 font-mono text-xs leading-normal" aria-hidden="true">{item.shortcut}</span></button></li>)}<li className="border-border my-xs mx-0 border-0 border-solid border-t-(length:--border-width)" role="none" /><li role="none"><button className="text-danger bg-transparent p-sm gap-sm rounded-md border-0 font-base text-sm/[inherit] duration-(--duration-fast) flex items-center w-full text-left cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:text-on-danger hover:bg-danger focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none" type="button" role="menuitem" onClick={handleDropdownDangerClick}><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path d="M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3" /></svg>Delete</button></li></ul>}</div>
  );
}

import { useState } from 'react';
import './DropdownMenu.css';

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
    <div className="dropdown-menu__dropdown"><button className="dropdown-menu__dropdown-trigger" type="button" id="dropdown-trigger" aria-expanded={open} aria-controls="dropdown-menu" aria-haspopup="menu" onClick={handleDropdownTriggerClick}>Options{open ? <svg className="dropdown-menu__svg-1" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path className="dropdown-menu__path-1" d="m18 15-6-6-6 6" /></svg> : <svg className="dropdown-menu__svg-2" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path className="dropdown-menu__path-2" d="m6 9 6 6 6-6" /></svg>}</button>{open && <ul className="dropdown-menu__dropdown-menu" id="dropdown-menu" role="menu" aria-labelledby="dropdown-trigger">{dropdownItems.map((item) => <li key={item.id} className="dropdown-menu__dropdown-item" role="none"><button className="dropdown-menu__dropdown-action" type="button" role="menuitem" onClick={() => handleDropdownActionClick(item)}><span className="dropdown-menu__dropdown-icon"><svg className="dropdown-menu__svg-3" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path className="dropdown-menu__path-3" d={item.icon} /></svg></span><span className="dropdown-menu__dropdown-label">{item.label}</span><span className="dropdown-menu__dropdown-shortcut" aria-hidden="true">{item.shortcut}</span></button></li>)}<li className="dropdown-menu__dropdown-separator" role="none" /><li className="dropdown-menu__dropdown-danger-item" role="none"><button className="dropdown-menu__dropdown-danger" type="button" role="menuitem" onClick={handleDropdownDangerClick}><svg className="dropdown-menu__svg-4" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path className="dropdown-menu__path-4" d="M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3" /></svg>Delete</button></li></ul>}</div>
  );
}

import { useState } from 'react';

interface NavbarProductItem {
  id: string;
  title: string;
  description: string;
  href: string;
  icon: string;
}

const navbarProductItems: NavbarProductItem[] = [
  { id: 'generator', title: 'Generator', description: 'Components from a sentence', href: '#generator', icon: 'M12 3v4M12 17v4M3 12h4M17 12h4M6 6l2 2M16 16l2 2M6 18l2-2M16 8l2-2' },
  { id: 'tokens', title: 'Design tokens', description: 'One source for every brand', href: '#tokens', icon: 'M12 3 2 8l10 5 10-5zM2 13l10 5 10-5' },
  { id: 'testing', title: 'Visual testing', description: 'Catch regressions before release', href: '#testing', icon: 'M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6z' },
];

interface NavbarItem {
  id: string;
  label: string;
  href: string;
  current: boolean;
}

const navbarItems: NavbarItem[] = [
  { id: 'link1', label: 'Features', href: '#features', current: true },
  { id: 'link2', label: 'Pricing', href: '#pricing', current: false },
  { id: 'link3', label: 'Docs', href: '#docs', current: false },
  { id: 'link4', label: 'Blog', href: '#blog', current: false },
];

interface NavbarMobileItem {
  id: string;
  label: string;
  href: string;
  current: boolean;
}

const navbarMobileItems: NavbarMobileItem[] = [
  { id: 'link1', label: 'Features', href: '#features', current: true },
  { id: 'link2', label: 'Pricing', href: '#pricing', current: false },
  { id: 'link3', label: 'Docs', href: '#docs', current: false },
  { id: 'link4', label: 'Blog', href: '#blog', current: false },
];

interface NavbarMobileProductItem {
  id: string;
  title: string;
  description: string;
  href: string;
  icon: string;
}

const navbarMobileProductItems: NavbarMobileProductItem[] = [
  { id: 'generator', title: 'Generator', description: 'Components from a sentence', href: '#generator', icon: 'M12 3v4M12 17v4M3 12h4M17 12h4M6 6l2 2M16 16l2 2M6 18l2-2M16 8l2-2' },
  { id: 'tokens', title: 'Design tokens', description: 'One source for every brand', href: '#tokens', icon: 'M12 3 2 8l10 5 10-5zM2 13l10 5 10-5' },
  { id: 'testing', title: 'Visual testing', description: 'Catch regressions before release', href: '#testing', icon: 'M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6z' },
];

/** Navigation bar with a dropdown and a mobile menu */
export interface NavbarProps {
  onNavigate?: (payload: string) => void;
}

/** Navigation bar with a dropdown and a mobile menu */
export function Navbar({ onNavigate }: NavbarProps) {
  const [productsOpen, setProductsOpen] = useState(false);
  const [mobileOpen, setMobileOpen] = useState(false);

  function handleNavbarDropdownToggleClick() {
    setProductsOpen((current) => !current);
  }

  function handleNavbarProductLinkClick(item: NavbarProductItem) {
    onNavigate?.(item.id);
  }

  function handleNavbarMenuToggleClick() {
    setMobileOpen((current) => !current);
  }

  return (
    <header className="text-text bg-surface border-border border-0 shadow-sm font-base sticky top-0 z-40 border-solid border-b-(length:--border-width)">
      <nav
        className="py-sm px-md gap-md flex items-center justify-between md:py-sm md:px-lg"
        aria-label="Main"
      >
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
        <ul className="p-0 m-0 gap-xs hidden items-center list-none md:flex">
          <li className="relative"><button className="text-text-muted bg-transparent p-sm gap-xs rounded-md border-0 font-[family-name:inherit] text-sm/[inherit] font-medium duration-(--duration-fast) inline-flex items-center no-underline cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:text-text hover:bg-surface-muted focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none" type="button" aria-expanded={productsOpen} aria-controls="navbar-products" onClick={handleNavbarDropdownToggleClick}>Products{productsOpen ? <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path d="m18 15-6-6-6 6" /></svg> : <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path d="m6 9 6 6 6-6" /></svg>}</button>{productsOpen && <ul className="bg-surface border-border p-sm m-0 mt-xs gap-xs rounded-lg border-(length:--border-width) shadow-lg flex absolute top-full left-0 z-50 flex-col min-w-[18rem] border-solid list-none box-content" id="navbar-products">{navbarProductItems.map((item) => <li key={item.id}><a className="text-text p-sm gap-sm rounded-md font-[family-name:inherit] duration-(--duration-fast) flex items-start no-underline cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:bg-surface-muted focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none" href={item.href} onClick={() => handleNavbarProductLinkClick(item)}><span className="text-primary bg-surface-muted p-xs rounded-md inline-flex shrink-0 items-center justify-center w-xl h-xl box-content" aria-hidden="true"><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path d={item.icon} /></svg></span><span className="gap-0 flex flex-col"><span className="text-sm/[inherit] font-semibold">{item.title}</span><span className="text-text m-0 font-base text-xs leading-normal">{item.description}</span></span></a></li>)}</ul>}</li>
          {navbarItems.map((item) => (
            <li key={item.id}>{item.current ? <a className="text-text bg-transparent p-sm gap-xs rounded-md border-0 font-[family-name:inherit] text-sm/[inherit] font-semibold duration-(--duration-fast) inline-flex items-center no-underline cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:bg-surface-muted focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none" href={item.href} aria-current="page">{item.label}</a> : <a className="text-text-muted bg-transparent p-sm gap-xs rounded-md border-0 font-[family-name:inherit] text-sm/[inherit] font-medium duration-(--duration-fast) inline-flex items-center no-underline cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:text-text hover:bg-surface-muted focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none" href={item.href}>{item.label}</a>}</li>
          ))}
        </ul>
        <div className="gap-sm flex items-center">
          <a
            className="text-text bg-transparent border-transparent py-xs px-sm gap-xs rounded-md border-(length:--border-width) font-base text-sm font-semibold leading-tight duration-(--duration-fast) hidden items-center justify-center no-underline whitespace-nowrap border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] select-none md:inline-flex hover:text-text hover:bg-surface-muted focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
            href="#sign-in"
          >Sign in</a>
          <a
            className="text-on-primary bg-primary border-transparent py-xs px-sm gap-xs rounded-md border-(length:--border-width) shadow-none font-base text-sm font-semibold leading-tight duration-(--duration-fast) inline-flex items-center justify-center no-underline whitespace-nowrap border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] select-none hover:bg-primary-hover focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
            href="#get-started"
          >Get started</a>
          <button
            className="text-text bg-transparent border-transparent p-xs rounded-md border-(length:--border-width) font-[family-name:inherit] duration-(--duration-fast) inline-flex items-center justify-center border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] md:hidden hover:text-text hover:bg-surface-muted focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
            type="button"
            aria-label="Menu"
            aria-expanded={mobileOpen}
            aria-controls="navbar-mobile"
            onClick={handleNavbarMenuToggleClick}
          >{mobileOpen ? <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="22" height="22" aria-hidden="true"><path d="M18 6 6 18M6 6l12 12" /></svg> : <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="22" height="22" aria-hidden="true"><path d="M4 6h16M4 12h16M4 18h16" /></svg>}</button>
        </div>
      </nav>
      {mobileOpen && (
        <ul
          className="border-border py-sm px-md m-0 gap-xs border-0 flex flex-col border-solid border-t-(length:--border-width) list-none md:hidden"
          id="navbar-mobile"
        >
          {navbarMobileItems.map((item) => (
            <li key={item.id}><a className="text-text py-sm px-md rounded-md font-[family-name:inherit] font-medium duration-(--duration-fast) block no-underline cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:bg-surface-muted focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none" href={item.href}>{item.label}</a></li>
          ))}
          {navbarMobileProductItems.map((item) => (
            <li key={item.id}><a className="text-text py-sm px-md rounded-md font-[family-name:inherit] font-medium duration-(--duration-fast) block no-underline cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:bg-surface-muted focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none" href={item.href}>{item.title}</a></li>
          ))}
          <li><a className="text-text py-sm px-md rounded-md font-[family-name:inherit] font-medium duration-(--duration-fast) block no-underline cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:bg-surface-muted focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none" href="#sign-in">Sign in</a></li>
        </ul>
      )}
    </header>
  );
}

import { useState } from 'react';
import './Navbar.css';

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
    <header className="navbar__navbar">
      <nav className="navbar__navbar-nav" aria-label="Main">
        <a className="navbar__navbar-brand" href="/">
          <span className="navbar__navbar-logo" aria-hidden="true">
            <svg
              className="navbar__svg-1"
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
              <path className="navbar__path-1" d="M12 3 2 8l10 5 10-5zM2 13l10 5 10-5" />
            </svg>
          </span>
          <span className="navbar__navbar-brand-name">Northwind</span>
        </a>
        <ul className="navbar__navbar-links">
          <li className="navbar__navbar-dropdown"><button className="navbar__navbar-dropdown-toggle" type="button" aria-expanded={productsOpen} aria-controls="navbar-products" onClick={handleNavbarDropdownToggleClick}>Products{productsOpen ? <svg className="navbar__svg-2" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path className="navbar__path-2" d="m18 15-6-6-6 6" /></svg> : <svg className="navbar__svg-3" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path className="navbar__path-3" d="m6 9 6 6 6-6" /></svg>}</button>{productsOpen && <ul className="navbar__navbar-products" id="navbar-products">{navbarProductItems.map((item) => <li key={item.id} className="navbar__navbar-product"><a className="navbar__navbar-product-link" href={item.href} onClick={() => handleNavbarProductLinkClick(item)}><span className="navbar__navbar-product-icon" aria-hidden="true"><svg className="navbar__svg-4" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path className="navbar__path-4" d={item.icon} /></svg></span><span className="navbar__navbar-product-text"><span className="navbar__navbar-product-title">{item.title}</span><span className="navbar__navbar-product-description">{item.description}</span></span></a></li>)}</ul>}</li>
          {navbarItems.map((item) => (
            <li key={item.id} className="navbar__navbar-item">{item.current ? <a className="navbar__navbar-link-current" href={item.href} aria-current="page">{item.label}</a> : <a className="navbar__navbar-link" href={item.href}>{item.label}</a>}</li>
          ))}
        </ul>
        <div className="navbar__navbar-actions">
          <a className="navbar__navbar-sign-in" href="#sign-in">Sign in</a>
          <a className="navbar__navbar-cta" href="#get-started">Get started</a>
          <button
            className="navbar__navbar-menu-toggle"
            type="button"
            aria-label="Menu"
            aria-expanded={mobileOpen}
            aria-controls="navbar-mobile"
            onClick={handleNavbarMenuToggleClick}
          >{mobileOpen ? <svg className="navbar__svg-5" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="22" height="22" aria-hidden="true"><path className="navbar__path-5" d="M18 6 6 18M6 6l12 12" /></svg> : <svg className="navbar__svg-6" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="22" height="22" aria-hidden="true"><path className="navbar__path-6" d="M4 6h16M4 12h16M4 18h16" /></svg>}</button>
        </div>
      </nav>
      {mobileOpen && (
        <ul className="navbar__navbar-mobile" id="navbar-mobile">
          {navbarMobileItems.map((item) => (
            <li key={item.id} className="navbar__navbar-mobile-item"><a className="navbar__navbar-mobile-link" href={item.href}>{item.label}</a></li>
          ))}
          {navbarMobileProductItems.map((item) => (
            <li key={item.id} className="navbar__navbar-mobile-product"><a className="navbar__navbar-mobile-product-link" href={item.href}>{item.title}</a></li>
          ))}
          <li className="navbar__navbar-mobile-sign-in"><a className="navbar__navbar-mobile-sign-in-link" href="#sign-in">Sign in</a></li>
        </ul>
      )}
    </header>
  );
}

import './Footer.css';

interface FooterSocialItem {
  id: string;
  label: string;
  href: string;
  icon: string;
}

const footerSocialItems: FooterSocialItem[] = [
  { id: 'newsletter', label: 'Newsletter', href: '#newsletter', icon: 'M3 5h18v14H3zM3 7l9 6 9-6' },
  { id: 'community', label: 'Community forum', href: '#community', icon: 'M4 5h16v11H9l-5 4z' },
  { id: 'rss', label: 'RSS feed', href: '#rss', icon: 'M5 19h.01M5 12a7 7 0 0 1 7 7M5 5a14 14 0 0 1 14 14' },
];

interface FooterColumn1Item {
  id: string;
  label: string;
  href: string;
}

const footerColumn1Items: FooterColumn1Item[] = [
  { id: 'l1', label: 'Features', href: '#features' },
  { id: 'l2', label: 'Pricing', href: '#pricing' },
  { id: 'l3', label: 'Integrations', href: '#integrations' },
  { id: 'l4', label: 'Changelog', href: '#changelog' },
];

interface FooterColumn2Item {
  id: string;
  label: string;
  href: string;
}

const footerColumn2Items: FooterColumn2Item[] = [
  { id: 'l1', label: 'Documentation', href: '#documentation' },
  { id: 'l2', label: 'Guides', href: '#guides' },
  { id: 'l3', label: 'Templates', href: '#templates' },
  { id: 'l4', label: 'Status', href: '#status' },
];

interface FooterColumn3Item {
  id: string;
  label: string;
  href: string;
}

const footerColumn3Items: FooterColumn3Item[] = [
  { id: 'l1', label: 'About', href: '#about' },
  { id: 'l2', label: 'Careers', href: '#careers' },
  { id: 'l3', label: 'Blog', href: '#blog' },
  { id: 'l4', label: 'Contact', href: '#contact' },
];

interface FooterLegalItem {
  id: string;
  label: string;
  href: string;
}

const footerLegalItems: FooterLegalItem[] = [
  { id: 'legal1', label: 'Privacy', href: '#privacy' },
  { id: 'legal2', label: 'Terms', href: '#terms' },
  { id: 'legal3', label: 'Cookies', href: '#cookies' },
];

/** Site footer with link columns */
export function Footer() {
  return (
    <footer className="footer__footer">
      <div className="footer__footer-main">
        <div className="footer__footer-brand">
          <a className="footer__footer-logo" href="/">
            <span className="footer__footer-logo-icon" aria-hidden="true">
              <svg
                className="footer__svg-1"
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
                <path className="footer__path-1" d="M12 3 2 8l10 5 10-5zM2 13l10 5 10-5" />
              </svg>
            </span>
            <span className="footer__footer-brand-name">Northwind</span>
          </a>
          <p className="footer__footer-tagline">Production-ready UI that follows your design system, in every framework.</p>
          <ul className="footer__footer-social" aria-label="Follow us">
            {footerSocialItems.map((item) => (
              <li key={item.id} className="footer__footer-social-item"><a className="footer__footer-social-link" href={item.href} aria-label={item.label}><svg className="footer__svg-2" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path className="footer__path-2" d={item.icon} /></svg></a></li>
            ))}
          </ul>
        </div>
        <div className="footer__footer-column-1">
          <h2 className="footer__footer-column-1-title" id="footer-column-1-title">Product</h2>
          <ul className="footer__footer-column-1-links" aria-labelledby="footer-column-1-title">
            {footerColumn1Items.map((item) => (
              <li key={item.id} className="footer__footer-column-1-item"><a className="footer__footer-column-1-link" href={item.href}>{item.label}</a></li>
            ))}
          </ul>
        </div>
        <div className="footer__footer-column-2">
          <h2 className="footer__footer-column-2-title" id="footer-column-2-title">Resources</h2>
          <ul className="footer__footer-column-2-links" aria-labelledby="footer-column-2-title">
            {footerColumn2Items.map((item) => (
              <li key={item.id} className="footer__footer-column-2-item"><a className="footer__footer-column-2-link" href={item.href}>{item.label}</a></li>
            ))}
          </ul>
        </div>
        <div className="footer__footer-column-3">
          <h2 className="footer__footer-column-3-title" id="footer-column-3-title">Company</h2>
          <ul className="footer__footer-column-3-links" aria-labelledby="footer-column-3-title">
            {footerColumn3Items.map((item) => (
              <li key={item.id} className="footer__footer-column-3-item"><a className="footer__footer-column-3-link" href={item.href}>{item.label}</a></li>
            ))}
          </ul>
        </div>
      </div>
      <div className="footer__footer-bottom">
        <p className="footer__footer-rights">© Northwind Labs. All rights reserved.</p>
        <ul className="footer__footer-legal">
          {footerLegalItems.map((item) => (
            <li key={item.id} className="footer__footer-legal-item"><a className="footer__footer-legal-link" href={item.href}>{item.label}</a></li>
          ))}
        </ul>
      </div>
    </footer>
  );
}

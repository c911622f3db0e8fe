
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
    <footer className="text-text bg-surface border-border py-xl px-md gap-xl border-0 font-base flex flex-col border-solid border-t-(length:--border-width) md:p-xl">
      <div className="gap-xl grid grid-cols-[minmax(0,1fr)] md:grid-cols-[2fr_repeat(3,minmax(0,1fr))]">
        <div className="gap-md flex flex-col items-start">
          <a
            className="text-text gap-sm rounded-sm font-[family-name:inherit] font-medium duration-(--duration-fast) flex items-center no-underline cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:underline focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:underline disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
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
          <p className="text-text-muted m-0 font-base text-sm leading-normal max-w-[20rem]">Production-ready UI that follows your design system, in every framework.</p>
          <ul className="p-0 m-0 gap-xs flex items-center list-none" aria-label="Follow us">
            {footerSocialItems.map((item) => (
              <li key={item.id}><a className="text-text-muted bg-transparent border-border p-xs rounded-md border-(length:--border-width) font-[family-name:inherit] duration-(--duration-fast) inline-flex items-center justify-center border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:text-text hover:bg-surface-muted focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none" href={item.href} aria-label={item.label}><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path d={item.icon} /></svg></a></li>
            ))}
          </ul>
        </div>
        <div className="gap-sm flex flex-col">
          <h2
            className="text-text m-0 font-heading text-sm font-bold leading-tight uppercase"
            id="footer-column-1-title"
          >Product</h2>
          <ul
            className="p-0 m-0 gap-sm flex flex-col list-none"
            aria-labelledby="footer-column-1-title"
          >
            {footerColumn1Items.map((item) => (
              <li key={item.id}><a className="text-text-muted rounded-sm font-[family-name:inherit] text-sm/[inherit] font-regular duration-(--duration-fast) no-underline cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:underline focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:underline disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none" href={item.href}>{item.label}</a></li>
            ))}
          </ul>
        </div>
        <div className="gap-sm flex flex-col">
          <h2
            className="text-text m-0 font-heading text-sm font-bold leading-tight uppercase"
            id="footer-column-2-title"
          >Resources</h2>
          <ul
            className="p-0 m-0 gap-sm flex flex-col list-none"
            aria-labelledby="footer-column-2-title"
          >
            {footerColumn2Items.map((item) => (
              <li key={item.id}><a className="text-text-muted rounded-sm font-[family-name:inherit] text-sm/[inherit] font-regular duration-(--duration-fast) no-underline cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:underline focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:underline disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none" href={item.href}>{item.label}</a></li>
            ))}
          </ul>
        </div>
        <div className="gap-sm flex flex-col">
          <h2
            className="text-text m-0 font-heading text-sm font-bold leading-tight uppercase"
            id="footer-column-3-title"
          >Company</h2>
          <ul
            className="p-0 m-0 gap-sm flex flex-col list-none"
            aria-labelledby="footer-column-3-title"
          >
            {footerColumn3Items.map((item) => (
              <li key={item.id}><a className="text-text-muted rounded-sm font-[family-name:inherit] text-sm/[inherit] font-regular duration-(--duration-fast) no-underline cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:underline focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:underline disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none" href={item.href}>{item.label}</a></li>
            ))}
          </ul>
        </div>
      </div>
      <div className="text-text-muted border-border pt-lg m-0 gap-sm border-0 font-base text-sm leading-normal flex flex-col border-solid border-t-(length:--border-width) md:flex-row md:items-center md:justify-between">
        <p className="m-0">© Northwind Labs. All rights reserved.</p>
        <ul className="p-0 m-0 gap-md flex items-center list-none">
          {footerLegalItems.map((item) => (
            <li key={item.id}><a className="text-text-muted rounded-sm font-[family-name:inherit] text-sm/[inherit] font-regular duration-(--duration-fast) no-underline cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:underline focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:underline disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none" href={item.href}>{item.label}</a></li>
          ))}
        </ul>
      </div>
    </footer>
  );
}

import './Breadcrumbs.css';

interface BreadcrumbsItem {
  id: string;
  label: string;
  href: string;
  home: boolean;
  current: boolean;
}

const breadcrumbsItems: BreadcrumbsItem[] = [
  { id: 'crumb1', label: 'Home', href: '/', home: true, current: false },
  { id: 'crumb2', label: 'Projects', href: '/projects', home: false, current: false },
  { id: 'crumb3', label: 'Marketing site', href: '/projects/marketing-site', home: false, current: false },
  { id: 'crumb4', label: 'Components', href: '/projects/marketing-site/components', home: false, current: true },
];

/** Breadcrumb trail */
export function Breadcrumbs() {
  return (
    <nav className="breadcrumbs__breadcrumbs" aria-label="Breadcrumb">
      <ol className="breadcrumbs__breadcrumbs-list">
        {breadcrumbsItems.map((item) => (
          <li key={item.id} className="breadcrumbs__breadcrumbs-item">
            {item.current ? (
              <span className="breadcrumbs__breadcrumbs-current" aria-current="page">{item.label}</span>
            ) : (
              <>
                <a className="breadcrumbs__breadcrumbs-link" href={item.href}>{item.home && <svg className="breadcrumbs__svg-1" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path className="breadcrumbs__path-1" d="M3 11 12 4l9 7M5 10v10h14V10" /></svg>}{item.label}</a>
                <span className="breadcrumbs__breadcrumbs-separator" aria-hidden="true">
                  <svg
                    className="breadcrumbs__svg-2"
                    viewBox="0 0 24 24"
                    fill="none"
                    stroke="currentColor"
                    strokeWidth="2"
                    strokeLinecap="round"
                    strokeLinejoin="round"
                    focusable="false"
                    width="16"
                    height="16"
                    aria-hidden="true"
                  >
                    <path className="breadcrumbs__path-2" d="m9 18 6-6-6-6" />
                  </svg>
                </span>
              </>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

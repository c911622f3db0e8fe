
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
    <nav className="text-text-muted font-base text-sm/[inherit]" aria-label="Breadcrumb">
      <ol className="p-0 m-0 gap-xs flex flex-wrap items-center list-none">
        {breadcrumbsItems.map((item) => (
          <li key={item.id} className="gap-xs flex items-center">
            {item.current ? (
              <span className="text-text font-semibold" aria-current="page">{item.label}</span>
            ) : (
              <>
                <a
                  className="text-text-muted gap-xs rounded-sm font-[family-name:inherit] font-regular duration-(--duration-fast) flex items-center no-underline cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:underline focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:underline disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
                  href={item.href}
                >{item.home && <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path d="M3 11 12 4l9 7M5 10v10h14V10" /></svg>}{item.label}</a>
                <span className="text-border inline-flex" aria-hidden="true">
                  <svg
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
                    <path d="m9 18 6-6-6-6" />
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


interface FeatureItem {
  id: string;
  title: string;
  body: string;
  icon: string;
  href: string;
  featured: boolean;
}

const featureItems: FeatureItem[] = [
  { id: 'feature1', title: 'Instant generation', body: 'Describe a component and get a working version in seconds, online or offline.', icon: 'M13 2 4 14h7l-1 8 9-12h-7z', href: '#feature-1', featured: false },
  { id: 'feature2', title: 'Your design tokens', body: 'Colours, spacing and type come from your system, never from guesswork.', icon: 'M12 3 2 8l10 5 10-5zM2 13l10 5 10-5', href: '#feature-2', featured: false },
  { id: 'feature3', title: 'Accessible by default', body: 'Labels, focus styles and contrast are checked on every change.', icon: 'M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6z', href: '#feature-3', featured: false },
  { id: 'feature4', title: 'Every framework', body: 'React, Vue, Svelte, Angular, Web Components and plain HTML from one spec.', icon: 'M3 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0M3 12h18M12 3a14 14 0 0 1 0 18M12 3a14 14 0 0 0 0 18', href: '#feature-4', featured: false },
  { id: 'feature5', title: 'Visual regression', body: 'Approve a baseline and see exactly which pixels changed.', icon: 'M5 20V11M12 20V5M19 20v-6M3 20h18', href: '#feature-5', featured: false },
  { id: 'feature6', title: 'Built for teams', body: 'Roles, shared libraries and version history for the whole team.', icon: 'M5.5 8a3.5 3.5 0 1 0 7 0a3.5 3.5 0 1 0 -7 0M2 20a7 7 0 0 1 14 0M16 4.5a3.5 3.5 0 0 1 0 7M18 14a6 6 0 0 1 4 6', href: '#feature-6', featured: false },
];

/** Grid of 6 features */
export function FeatureGrid() {
  return (
    <section
      className="text-text bg-background py-xl px-md gap-xl font-base flex flex-col w-full box-border md:p-xl"
      aria-labelledby="features-title"
    >
      <header className="gap-sm flex flex-col items-center text-center">
        <p className="text-primary m-0 text-sm/[inherit] font-semibold uppercase">Features</p>
        <h2
          className="text-text m-0 font-heading text-2xl font-bold leading-tight md:text-3xl"
          id="features-title"
        >Everything your team needs to ship UI</h2>
        <p className="text-text-muted m-0 font-base text-lg leading-normal max-w-(--breakpoint-sm)">From the first prompt to the last pixel, every step is checked against your design system.</p>
      </header>
      <ul className="p-0 m-0 gap-lg grid grid-cols-[minmax(0,1fr)] list-none sm:grid-cols-2 md:grid-cols-3">
        {featureItems.map((item) => (
          <li
            key={item.id}
            className="text-text bg-surface border-border p-lg gap-sm rounded-lg border-(length:--border-width) shadow-sm flex relative flex-col border-solid box-border"
          >
            {item.featured && (
              <span
                className="border-primary rounded-lg border-(length:--border-width) absolute inset-0 border-solid pointer-events-none"
                aria-hidden="true"
              />
            )}
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
                width="20"
                height="20"
                aria-hidden="true"
              >
                <path d={item.icon} />
              </svg>
            </span>
            <h3 className="text-text m-0 mt-sm font-heading text-lg font-bold leading-tight">{item.title}</h3>
            <p className="text-text-muted m-0 font-base text-md leading-normal grow">{item.body}</p>
            <a
              className="text-primary gap-xs rounded-sm font-[family-name:inherit] text-sm/[inherit] font-medium duration-(--duration-fast) flex items-center no-underline cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:underline focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:underline disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
              href={item.href}
            >Learn more<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path d="M5 12h14M13 6l6 6-6 6" /></svg></a>
          </li>
        ))}
      </ul>
    </section>
  );
}

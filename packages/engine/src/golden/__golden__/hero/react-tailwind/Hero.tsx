
/** Hero section with headline, calls to action and a product preview */
export interface HeroProps {
  /** @default 'Build on-brand interfaces in minutes, not weeks' */
  title?: string;
  /** @default 'Describe a component in plain language and get production-ready code that follows your design system, in every framework your team uses.' */
  subtitle?: string;
  /** @default 'Start for free' */
  primaryLabel?: string;
  /** @default 'Watch the demo' */
  secondaryLabel?: string;
}

/** Hero section with headline, calls to action and a product preview */
export function Hero({ title = 'Build on-brand interfaces in minutes, not weeks', subtitle = 'Describe a component in plain language and get production-ready code that follows your design system, in every framework your team uses.', primaryLabel = 'Start for free', secondaryLabel = 'Watch the demo' }: HeroProps) {
  return (
    <section
      className="text-text bg-background py-xl px-md gap-xl font-base grid flex-col items-center grid-cols-[minmax(0,1fr)] w-full box-border md:p-xl lg:grid-cols-2"
      aria-labelledby="hero-title"
    >
      <div className="gap-lg flex flex-col items-start">
        <span className="text-text bg-surface-muted py-xs px-sm gap-xs rounded-full text-sm font-semibold leading-tight inline-flex items-center whitespace-nowrap"><span className="text-primary inline-flex"><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path d="M12 3v4M12 17v4M3 12h4M17 12h4M6 6l2 2M16 16l2 2M6 18l2-2M16 8l2-2" /></svg></span>New · Svelte 5 export is here</span>
        <h1
          className="text-text m-0 font-heading text-2xl font-bold leading-tight md:text-3xl"
          id="hero-title"
        >{title}</h1>
        <p className="text-text-muted m-0 font-base text-lg leading-normal max-w-(--breakpoint-sm)">{subtitle}</p>
        <div className="gap-sm flex flex-wrap items-center">
          <a
            className="text-on-primary bg-primary border-transparent py-md px-lg gap-xs rounded-md border-(length:--border-width) shadow-none font-base text-lg font-semibold leading-tight duration-(--duration-fast) inline-flex items-center justify-center no-underline whitespace-nowrap border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] select-none hover:bg-primary-hover focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
            href="#get-started"
          >{primaryLabel}<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path d="M5 12h14M13 6l6 6-6 6" /></svg></a>
          <a
            className="text-primary bg-transparent border-primary py-md px-lg gap-xs rounded-md border-(length:--border-width) font-base text-lg font-semibold leading-tight duration-(--duration-fast) inline-flex items-center justify-center no-underline whitespace-nowrap border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] select-none hover:text-on-primary hover:bg-primary focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
            href="#demo"
          >{secondaryLabel}</a>
        </div>
        <p className="text-text-muted m-0 gap-sm font-base text-sm leading-normal flex items-center"><span className="grid grid-cols-[repeat(3,var(--spacing-lg))]" aria-hidden="true"><span className="text-on-primary bg-primary rounded-full text-sm/[inherit] font-semibold inline-flex shrink-0 items-center justify-center w-xl h-xl" aria-hidden="true">AK</span><span className="text-on-secondary bg-secondary rounded-full text-sm/[inherit] font-semibold inline-flex shrink-0 items-center justify-center w-xl h-xl" aria-hidden="true">JM</span><span className="text-text bg-surface-muted rounded-full text-sm/[inherit] font-semibold inline-flex shrink-0 items-center justify-center w-xl h-xl" aria-hidden="true">SR</span></span>Trusted by 2,000+ product teams</p>
      </div>
      <figure
        className="text-text bg-surface border-border p-md m-0 gap-md rounded-lg border-(length:--border-width) shadow-lg flex flex-col border-solid box-border"
        aria-label="Component preview"
      >
        <div className="gap-xs flex items-center" aria-hidden="true">
          <span
            className="text-text bg-danger border-border rounded-full border-(length:--border-width) inline-flex shrink-0 items-center justify-center w-sm h-sm border-solid box-content"
            aria-hidden="true"
          />
          <span
            className="text-text bg-warning border-border rounded-full border-(length:--border-width) inline-flex shrink-0 items-center justify-center w-sm h-sm border-solid box-content"
            aria-hidden="true"
          />
          <span
            className="text-text bg-success border-border rounded-full border-(length:--border-width) inline-flex shrink-0 items-center justify-center w-sm h-sm border-solid box-content"
            aria-hidden="true"
          />
        </div>
        <pre className="text-surface bg-text p-md m-0 rounded-md font-mono text-sm/[inherit] overflow-x-auto whitespace-pre-wrap"><code>&lt;Button variant="primary"&gt;Save changes&lt;/Button&gt;</code></pre>
        <div className="bg-surface-muted p-lg gap-sm rounded-md flex items-center justify-center">
          <span
            className="text-on-primary bg-primary border-transparent py-sm px-md gap-xs rounded-md border-(length:--border-width) shadow-none font-base text-md font-semibold leading-tight duration-(--duration-fast) inline-flex items-center justify-center no-underline whitespace-nowrap border-solid cursor-default transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] select-none"
            aria-hidden="true"
          >Save changes</span>
        </div>
        <figcaption className="text-text-muted m-0 gap-sm font-base text-xs leading-normal flex flex-wrap items-center">Design tokens in use<span className="text-text bg-primary border-border rounded-full border-(length:--border-width) inline-flex shrink-0 items-center justify-center w-lg h-lg border-solid box-content" aria-hidden="true" /><span className="text-text bg-accent border-border rounded-full border-(length:--border-width) inline-flex shrink-0 items-center justify-center w-lg h-lg border-solid box-content" aria-hidden="true" /><span className="text-text bg-surface-muted border-border rounded-full border-(length:--border-width) inline-flex shrink-0 items-center justify-center w-lg h-lg border-solid box-content" aria-hidden="true" /></figcaption>
      </figure>
    </section>
  );
}


/** Call-to-action banner */
export interface CtaBannerProps {
  /** @default 'Ready to ship your design system everywhere?' */
  title?: string;
  /** @default 'Start free today. Upgrade when your team is ready — no credit card needed.' */
  body?: string;
  /** @default 'Start for free' */
  primaryLabel?: string;
  /** @default 'Talk to sales' */
  secondaryLabel?: string;
}

/** Call-to-action banner */
export function CtaBanner({ title = 'Ready to ship your design system everywhere?', body = 'Start free today. Upgrade when your team is ready — no credit card needed.', primaryLabel = 'Start for free', secondaryLabel = 'Talk to sales' }: CtaBannerProps) {
  return (
    <section
      className="text-on-primary bg-primary py-xl px-lg gap-lg rounded-lg shadow-sm font-base flex flex-col md:p-xl md:flex-row md:items-center md:justify-between"
      aria-labelledby="cta-title"
    >
      <div className="gap-sm flex flex-col">
        <h2
          className="text-on-primary m-0 font-heading text-2xl font-bold leading-tight"
          id="cta-title"
        >{title}</h2>
        <p className="text-on-primary m-0 font-base text-lg leading-normal">{body}</p>
      </div>
      <div className="gap-sm flex flex-wrap shrink-0 items-center">
        <a
          className="text-text bg-surface border-transparent py-md px-lg gap-xs rounded-md border-(length:--border-width) shadow-none font-base text-lg font-semibold leading-tight duration-(--duration-fast) inline-flex items-center justify-center no-underline whitespace-nowrap border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] select-none hover:shadow-lg hover:transform-[translateY(-1px)] focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
          href="#get-started"
        >{primaryLabel}<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path d="M5 12h14M13 6l6 6-6 6" /></svg></a>
        <a
          className="text-on-primary bg-transparent border-on-primary py-md px-lg gap-xs rounded-md border-(length:--border-width) font-base text-lg font-semibold leading-tight duration-(--duration-fast) inline-flex items-center justify-center no-underline whitespace-nowrap border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] select-none hover:text-primary hover:bg-on-primary focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
          href="#contact-sales"
        >{secondaryLabel}</a>
      </div>
    </section>
  );
}

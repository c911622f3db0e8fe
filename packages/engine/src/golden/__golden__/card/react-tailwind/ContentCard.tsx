
/** Content card with media, text and actions */
export interface ContentCardProps {
  /** @default 'Designing with tokens from day one' */
  title?: string;
  /** @default 'How a shared set of colour, spacing and type tokens keeps every screen consistent — and makes rebrands a one-line change.' */
  body?: string;
  /** @default 'Read article' */
  cta?: string;
  /** Show the image instead of the illustration @default false */
  showImage?: boolean;
  /** @default 'images/article-cover.jpg' */
  imageSrc?: string;
  /** @default 'Colour swatches and spacing scale of a design system' */
  imageAlt?: string;
  onSave?: () => void;
}

/** Content card with media, text and actions */
export function ContentCard({ title = 'Designing with tokens from day one', body = 'How a shared set of colour, spacing and type tokens keeps every screen consistent — and makes rebrands a one-line change.', cta = 'Read article', showImage = false, imageSrc = 'images/article-cover.jpg', imageAlt = 'Colour swatches and spacing scale of a design system', onSave }: ContentCardProps) {

  function handleCardSaveClick() {
    onSave?.();
  }

  return (
    <article
      className="text-text bg-surface border-border p-0 gap-0 rounded-lg border-(length:--border-width) shadow-sm flex flex-col max-w-(--breakpoint-sm) overflow-hidden border-solid box-border"
      aria-labelledby="card-title"
    >
      <div className="text-primary bg-surface-muted flex items-center justify-center aspect-16/9 overflow-hidden">
        {showImage ? (
          <img className="w-full h-full object-cover" src={imageSrc} alt={imageAlt} loading="lazy" />
        ) : (
          <svg
            viewBox="0 0 24 24"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
            focusable="false"
            width="56"
            height="56"
            aria-hidden="true"
          >
            <path d="M12 3 2 8l10 5 10-5zM2 13l10 5 10-5" />
          </svg>
        )}
      </div>
      <div className="p-lg gap-sm flex flex-col grow">
        <div className="text-text-muted m-0 gap-sm font-base text-xs leading-normal flex items-center">
          <span className="text-text bg-surface-muted py-xs px-sm gap-xs rounded-full text-xs font-semibold leading-tight inline-flex items-center whitespace-nowrap">Guide</span>
          <span>6 min read</span>
        </div>
        <h3 className="text-text m-0 font-heading text-xl font-bold leading-tight" id="card-title">{title}</h3>
        <p className="text-text-muted m-0 font-base text-md leading-normal">{body}</p>
      </div>
      <footer className="border-border py-md px-lg gap-md border-0 flex flex-wrap items-center justify-between border-solid border-t-(length:--border-width)">
        <div className="gap-sm flex items-center">
          <span
            className="text-on-primary bg-primary rounded-full text-sm/[inherit] font-semibold inline-flex shrink-0 items-center justify-center w-xl h-xl"
            aria-hidden="true"
          >LR</span>
          <div className="gap-0 flex flex-col">
            <span className="text-text text-sm/[inherit] font-semibold">Lucía Romero</span>
            <span className="text-text-muted m-0 font-base text-xs leading-normal">Mar 12</span>
          </div>
        </div>
        <div className="gap-xs flex items-center">
          <button
            className="text-primary bg-transparent border-transparent py-xs px-sm gap-xs rounded-md border-(length:--border-width) font-base text-sm font-semibold leading-tight duration-(--duration-fast) inline-flex items-center justify-center no-underline whitespace-nowrap border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] select-none hover:text-text hover:bg-surface-muted focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
            type="button"
            aria-label="Save for later"
            onClick={handleCardSaveClick}
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
              <path d="M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.5-7 10-7 10z" />
            </svg>
          </button>
          <a
            className="text-primary gap-xs rounded-sm font-[family-name:inherit] text-sm/[inherit] font-medium duration-(--duration-fast) flex items-center no-underline cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:underline focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:underline disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
            href="#article"
          >{cta}<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path d="M5 12h14M13 6l6 6-6 6" /></svg></a>
        </div>
      </footer>
    </article>
  );
}

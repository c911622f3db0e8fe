
/** Empty state with a call to action */
export interface EmptyStateProps {
  /** @default 'No projects yet' */
  title?: string;
  /** @default 'Projects keep your components, versions and design tokens together. Create your first one to get started.' */
  body?: string;
  /** @default 'Create project' */
  cta?: string;
  onCreate?: () => void;
  onImport?: () => void;
}

/** Empty state with a call to action */
export function EmptyState({ title = 'No projects yet', body = 'Projects keep your components, versions and design tokens together. Create your first one to get started.', cta = 'Create project', onCreate, onImport }: EmptyStateProps) {

  function handleEmptyCtaClick() {
    onCreate?.();
  }

  function handleEmptySecondaryClick() {
    onImport?.();
  }

  return (
    <section
      className="text-text bg-surface border-border py-xl px-lg gap-md rounded-lg border-(length:--border-width) font-base flex flex-col items-center text-center border-dashed"
      aria-labelledby="empty-title"
    >
      <div
        className="text-primary bg-surface-muted rounded-full inline-flex relative shrink-0 items-center justify-center w-[5rem] h-[5rem]"
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
          width="36"
          height="36"
          aria-hidden="true"
        >
          <path d="M3 6h6l2 2h10v11H3z" />
        </svg>
        <span className="text-on-primary bg-primary border-surface rounded-full border-(length:--border-width) inline-flex absolute right-0 bottom-0 shrink-0 items-center justify-center w-lg h-lg border-solid box-content">
          <svg
            viewBox="0 0 24 24"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
            focusable="false"
            width="14"
            height="14"
            aria-hidden="true"
          >
            <path d="M12 5v14M5 12h14" />
          </svg>
        </span>
      </div>
      <h2
        className="text-text m-0 font-heading text-xl font-bold leading-tight"
        id="empty-title"
      >{title}</h2>
      <p className="text-text-muted m-0 font-base text-md leading-normal max-w-[28rem]">{body}</p>
      <div className="mt-sm gap-sm flex flex-wrap items-center justify-center">
        <button
          className="text-on-primary bg-primary border-transparent py-sm px-md gap-xs rounded-md border-(length:--border-width) shadow-none font-base text-md font-semibold leading-tight duration-(--duration-fast) inline-flex items-center justify-center no-underline whitespace-nowrap border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] select-none hover:bg-primary-hover focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
          type="button"
          onClick={handleEmptyCtaClick}
        ><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path d="M12 5v14M5 12h14" /></svg>{cta}</button>
        <button
          className="text-primary bg-transparent border-primary py-sm px-md gap-xs rounded-md border-(length:--border-width) font-base text-md font-semibold leading-tight duration-(--duration-fast) inline-flex items-center justify-center no-underline whitespace-nowrap border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] select-none hover:text-on-primary hover:bg-primary focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
          type="button"
          onClick={handleEmptySecondaryClick}
        ><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path d="M12 16V4M7 9l5-5 5 5M4 20h16" /></svg>Import from code</button>
      </div>
      <p className="text-text-muted m-0 font-base text-sm leading-normal">Need a hand? <a className="text-primary rounded-sm font-[family-name:inherit] font-medium duration-(--duration-fast) underline cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:underline focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:underline disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none" href="#docs">Read the quick-start guide</a></p>
    </section>
  );
}

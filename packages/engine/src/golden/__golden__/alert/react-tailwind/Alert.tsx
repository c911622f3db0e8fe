import { useState } from 'react';

/** Dismissible alert */
export interface AlertProps {
  /** @default 'A new version is available' */
  title?: string;
  /** @default 'Version 2.4 adds Svelte 5 exports and faster previews.' */
  message?: string;
  onDismiss?: () => void;
}

/** Dismissible alert */
export function Alert({ title = 'A new version is available', message = 'Version 2.4 adds Svelte 5 exports and faster previews.', onDismiss }: AlertProps) {
  const [visible, setVisible] = useState(true);

  function handleAlertDismissClick() {
    setVisible(false);
    onDismiss?.();
  }

  function handleAlertCloseClick() {
    setVisible(false);
    onDismiss?.();
  }

  return (
    <div className="font-base w-full">
      {visible && (
        <div
          className="text-text bg-surface border-border p-md pl-lg gap-md rounded-lg border-(length:--border-width) shadow-sm flex relative items-start overflow-hidden border-solid box-border md:p-lg"
          role="status"
        >
          <span className="bg-primary absolute top-0 bottom-0 left-0 w-xs" aria-hidden="true" />
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
              <circle cx="12" cy="12" r="9" />
              <path d="M12 11v5M12 8h.01" />
            </svg>
          </span>
          <div className="gap-xs flex flex-col grow min-w-0">
            <p className="text-text m-0 font-heading text-md font-bold leading-tight">{title}</p>
            <p className="text-text-muted m-0 font-base text-sm leading-normal">{message}</p>
            <div className="mt-xs gap-md flex flex-wrap items-center">
              <a
                className="text-primary rounded-sm font-[family-name:inherit] text-sm/[inherit] font-medium duration-(--duration-fast) no-underline cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:underline focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:underline disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
                href="#details"
              >See what’s new</a>
              <button
                className="text-text-muted bg-transparent border-transparent py-xs px-sm gap-xs rounded-md border-(length:--border-width) font-base text-sm font-semibold leading-tight duration-(--duration-fast) inline-flex items-center justify-center no-underline whitespace-nowrap border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] select-none hover:text-text hover:bg-surface-muted focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
                type="button"
                onClick={handleAlertDismissClick}
              >Dismiss</button>
            </div>
          </div>
          <button
            className="text-text-muted bg-transparent border-transparent p-xs rounded-md border-(length:--border-width) font-[family-name:inherit] duration-(--duration-fast) inline-flex items-center justify-center border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:text-text hover:bg-surface-muted focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
            type="button"
            aria-label="Dismiss"
            onClick={handleAlertCloseClick}
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
              <path d="M18 6 6 18M6 6l12 12" />
            </svg>
          </button>
        </div>
      )}
    </div>
  );
}

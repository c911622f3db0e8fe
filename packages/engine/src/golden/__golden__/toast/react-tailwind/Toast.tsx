import { useState } from 'react';

/** Toast notification */
export interface ToastProps {
  /** @default 'Changes saved' */
  title?: string;
  /** @default 'Your component was saved and a new version was created.' */
  message?: string;
  /** @default 'Undo' */
  action?: string;
  onAction?: () => void;
  onDismiss?: () => void;
}

/** Toast notification */
export function Toast({ title = 'Changes saved', message = 'Your component was saved and a new version was created.', action = 'Undo', onAction, onDismiss }: ToastProps) {
  const [visible, setVisible] = useState(true);

  function handleToastActionClick() {
    onAction?.();
    setVisible(false);
  }

  function handleToastCloseClick() {
    setVisible(false);
    onDismiss?.();
  }

  return (
    <div
      className="gap-sm flex fixed right-md bottom-md left-md z-50 flex-col md:left-auto md:w-[24rem]"
      aria-live="polite"
    >
      {visible && (
        <div
          className="text-surface bg-text p-md gap-md rounded-lg shadow-lg font-base flex items-start"
          role="status"
        >
          <span
            className="text-text bg-success p-xs rounded-md inline-flex shrink-0 items-center justify-center w-xl h-xl box-content"
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
              <path d="m8 12 3 3 5-6" />
            </svg>
          </span>
          <div className="gap-xs flex flex-col grow min-w-0">
            <p className="text-surface m-0 font-heading text-md font-bold leading-tight">{title}</p>
            <p className="text-surface-muted m-0 font-base text-sm leading-normal">{message}</p>
          </div>
          <button
            className="text-surface bg-transparent border-transparent py-xs px-sm rounded-md border-(length:--border-width) font-[family-name:inherit] text-sm/[inherit] font-semibold duration-(--duration-fast) border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:underline focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
            type="button"
            onClick={handleToastActionClick}
          >{action}</button>
          <button
            className="text-surface-muted bg-transparent border-transparent p-xs rounded-md border-(length:--border-width) font-[family-name:inherit] duration-(--duration-fast) inline-flex border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:text-surface focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
            type="button"
            aria-label="Dismiss"
            onClick={handleToastCloseClick}
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

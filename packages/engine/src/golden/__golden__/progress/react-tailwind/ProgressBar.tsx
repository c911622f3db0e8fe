
/** Progress bar */
export interface ProgressBarProps {
  /** @default 'Uploading design-tokens.json' */
  title?: string;
  /** @default 64 */
  value?: number;
  onCancel?: () => void;
}

/** Progress bar */
export function ProgressBar({ title = 'Uploading design-tokens.json', value = 64, onCancel }: ProgressBarProps) {

  function handleProgressCancelClick() {
    onCancel?.();
  }

  return (
    <div className="text-text bg-surface border-border p-lg gap-md rounded-lg border-(length:--border-width) shadow-sm font-base flex flex-col w-full max-w-[32rem] border-solid box-border">
      <div className="gap-md flex items-start">
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
            <path d="M12 16V4M7 9l5-5 5 5M4 20h16" />
          </svg>
        </span>
        <div className="gap-xs flex flex-col grow min-w-0">
          <p
            className="text-text m-0 font-heading text-md font-bold leading-tight overflow-hidden text-ellipsis"
            id="progress-title"
          >{title}</p>
          <p className="text-text-muted m-0 font-base text-sm leading-normal">2.4 MB of 3.8 MB · about 12 seconds left</p>
        </div>
        <span
          className="text-primary m-0 font-heading text-md font-bold leading-tight"
          id="progress-value"
        >{value}%</span>
      </div>
      <progress
        className="text-primary bg-surface-muted rounded-full border-0 block w-full h-sm overflow-hidden box-content"
        max="100"
        value={value}
        aria-labelledby="progress-title"
      />
      <div className="gap-sm flex items-center justify-end">
        <button
          className="text-primary bg-transparent border-transparent py-xs px-sm gap-xs rounded-md border-(length:--border-width) font-base text-sm font-semibold leading-tight duration-(--duration-fast) inline-flex items-center justify-center no-underline whitespace-nowrap border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] select-none hover:text-text hover:bg-surface-muted focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
          type="button"
          onClick={handleProgressCancelClick}
        >Cancel</button>
      </div>
    </div>
  );
}

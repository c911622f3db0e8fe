
/** Button (primary) */
export interface ButtonProps {
  /** Text, or the accessible name of an icon button @default 'Get started' */
  label?: string;
  /** @default 'Saving…' */
  loadingLabel?: string;
  /** @default false */
  disabled?: boolean;
  /** @default false */
  loading?: boolean;
  onPress?: () => void;
}

/** Button (primary) */
export function Button({ label = 'Get started', loadingLabel = 'Saving…', disabled = false, loading = false, onPress }: ButtonProps) {

  function handleButtonClick() {
    onPress?.();
  }

  return (
    <button
      className="text-on-primary bg-primary border-transparent py-sm px-md gap-xs rounded-md border-(length:--border-width) shadow-none font-base text-md font-semibold leading-tight duration-(--duration-fast) inline-flex items-center justify-center no-underline whitespace-nowrap border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] select-none hover:bg-primary-hover focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
      type="button"
      disabled={disabled}
      onClick={handleButtonClick}
    >{loading ? <><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path d="M12 3a9 9 0 1 0 9 9" /></svg>{loadingLabel}</> : label}</button>
  );
}

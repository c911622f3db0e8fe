import './Button.css';

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
      className="button__button"
      type="button"
      disabled={disabled}
      onClick={handleButtonClick}
    >{loading ? <><svg className="button__svg-1" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path className="button__path-1" d="M12 3a9 9 0 1 0 9 9" /></svg>{loadingLabel}</> : label}</button>
  );
}

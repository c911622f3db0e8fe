import './ProgressBar.css';

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
    <div className="progress-bar__progress">
      <div className="progress-bar__progress-top">
        <span className="progress-bar__progress-icon" aria-hidden="true">
          <svg
            className="progress-bar__svg-1"
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
            <path className="progress-bar__path-1" d="M12 16V4M7 9l5-5 5 5M4 20h16" />
          </svg>
        </span>
        <div className="progress-bar__progress-text">
          <p className="progress-bar__progress-title" id="progress-title">{title}</p>
          <p className="progress-bar__progress-caption">2.4 MB of 3.8 MB · about 12 seconds left</p>
        </div>
        <span className="progress-bar__progress-value" id="progress-value">{value}%</span>
      </div>
      <progress
        className="progress-bar__progress-bar"
        max="100"
        value={value}
        aria-labelledby="progress-title"
      />
      <div className="progress-bar__progress-actions">
        <button
          className="progress-bar__progress-cancel"
          type="button"
          onClick={handleProgressCancelClick}
        >Cancel</button>
      </div>
    </div>
  );
}

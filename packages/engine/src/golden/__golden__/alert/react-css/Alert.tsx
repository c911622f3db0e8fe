import { useState } from 'react';
import './Alert.css';

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
    <div className="alert__alert-container">
      {visible && (
        <div className="alert__alert" role="status">
          <span className="alert__alert-accent" aria-hidden="true" />
          <span className="alert__alert-icon" aria-hidden="true">
            <svg
              className="alert__svg-1"
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
              <circle className="alert__circle-1" cx="12" cy="12" r="9" />
              <path className="alert__path-1" d="M12 11v5M12 8h.01" />
            </svg>
          </span>
          <div className="alert__alert-body">
            <p className="alert__alert-title">{title}</p>
            <p className="alert__alert-message">{message}</p>
            <div className="alert__alert-actions">
              <a className="alert__alert-action" href="#details">See what’s new</a>
              <button className="alert__alert-dismiss" type="button" onClick={handleAlertDismissClick}>Dismiss</button>
            </div>
          </div>
          <button
            className="alert__alert-close"
            type="button"
            aria-label="Dismiss"
            onClick={handleAlertCloseClick}
          >
            <svg
              className="alert__svg-2"
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
              <path className="alert__path-2" d="M18 6 6 18M6 6l12 12" />
            </svg>
          </button>
        </div>
      )}
    </div>
  );
}

import { useState } from 'react';
import './Toast.css';

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
    <div className="toast__toast-region" aria-live="polite">
      {visible && (
        <div className="toast__toast" role="status">
          <span className="toast__toast-icon" aria-hidden="true">
            <svg
              className="toast__svg-1"
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
              <circle className="toast__circle-1" cx="12" cy="12" r="9" />
              <path className="toast__path-1" d="m8 12 3 3 5-6" />
            </svg>
          </span>
          <div className="toast__toast-body">
            <p className="toast__toast-title">{title}</p>
            <p className="toast__toast-message">{message}</p>
          </div>
          <button className="toast__toast-action" type="button" onClick={handleToastActionClick}>{action}</button>
          <button
            className="toast__toast-close"
            type="button"
            aria-label="Dismiss"
            onClick={handleToastCloseClick}
          >
            <svg
              className="toast__svg-2"
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
              <path className="toast__path-2" d="M18 6 6 18M6 6l12 12" />
            </svg>
          </button>
        </div>
      )}
    </div>
  );
}

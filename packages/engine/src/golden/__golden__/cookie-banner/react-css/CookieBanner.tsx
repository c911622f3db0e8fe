import { useState } from 'react';
import './CookieBanner.css';

/** Cookie consent banner with preferences */
export interface CookieBannerProps {
  onSave?: () => void;
  onReject?: () => void;
  onAccept?: () => void;
}

/** Cookie consent banner with preferences */
export function CookieBanner({ onSave, onReject, onAccept }: CookieBannerProps) {
  const [visible, setVisible] = useState(true);
  const [customizing, setCustomizing] = useState(false);

  function handleCookiesSaveClick() {
    setVisible(false);
    onSave?.();
  }

  function handleCookiesCustomizeClick() {
    setCustomizing((current) => !current);
  }

  function handleCookiesRejectClick() {
    setVisible(false);
    onReject?.();
  }

  function handleCookiesAcceptClick() {
    setVisible(false);
    onAccept?.();
  }

  return (
    <div className="cookie-banner__cookies-root">
      {visible && (
        <section
          className="cookie-banner__cookies"
          aria-labelledby="cookies-title"
          aria-describedby="cookies-body"
        >
          <div className="cookie-banner__cookies-top">
            <span className="cookie-banner__cookies-icon" aria-hidden="true">
              <svg
                className="cookie-banner__svg-1"
                viewBox="0 0 24 24"
                fill="none"
                stroke="currentColor"
                strokeWidth="2"
                strokeLinecap="round"
                strokeLinejoin="round"
                focusable="false"
                width="20"
                height="20"
                aria-hidden="true"
              >
                <circle className="cookie-banner__circle-1" cx="12" cy="12" r="9" />
                <path className="cookie-banner__path-1" d="M9 9h.01M15 10h.01M10 15h.01M15 15h.01" />
              </svg>
            </span>
            <div className="cookie-banner__cookies-text">
              <h2 className="cookie-banner__cookies-title" id="cookies-title">We value your privacy</h2>
              <p className="cookie-banner__cookies-body" id="cookies-body">We use cookies to keep you signed in, understand how the product is used and improve it. You can change your choice at any time. <a className="cookie-banner__cookies-policy" href="#cookie-policy">Read our cookie policy</a></p>
            </div>
          </div>
          {customizing && (
            <fieldset className="cookie-banner__cookies-options" id="cookies-options">
              <legend className="cookie-banner__cookies-legend">Customise</legend>
              <label className="cookie-banner__cookies-necessary-option" htmlFor="cookies-necessary">
                <input
                  className="cookie-banner__cookies-necessary-checkbox"
                  id="cookies-necessary"
                  name="cookies-necessary"
                  type="checkbox"
                  defaultChecked
                />
                <span className="cookie-banner__cookies-necessary-text">Strictly necessary (always on)</span>
              </label>
              <label className="cookie-banner__cookies-analytics-option" htmlFor="cookies-analytics">
                <input
                  className="cookie-banner__cookies-analytics-checkbox"
                  id="cookies-analytics"
                  name="cookies-analytics"
                  type="checkbox"
                  defaultChecked
                />
                <span className="cookie-banner__cookies-analytics-text">Analytics — help us improve the product</span>
              </label>
              <label className="cookie-banner__cookies-marketing-option" htmlFor="cookies-marketing">
                <input
                  className="cookie-banner__cookies-marketing-checkbox"
                  id="cookies-marketing"
                  name="cookies-marketing"
                  type="checkbox"
                />
                <span className="cookie-banner__cookies-marketing-text">Marketing — relevant offers on other sites</span>
              </label>
            </fieldset>
          )}
          <div className="cookie-banner__cookies-actions">
            {customizing ? (
              <button
                className="cookie-banner__cookies-save"
                type="button"
                onClick={handleCookiesSaveClick}
              >Save choices</button>
            ) : (
              <button
                className="cookie-banner__cookies-customize"
                type="button"
                aria-expanded={customizing}
                aria-controls="cookies-options"
                onClick={handleCookiesCustomizeClick}
              >Customise</button>
            )}
            <button
              className="cookie-banner__cookies-reject"
              type="button"
              onClick={handleCookiesRejectClick}
            >Reject all</button>
            <button
              className="cookie-banner__cookies-accept"
              type="button"
              onClick={handleCookiesAcceptClick}
            >Accept all</button>
          </div>
        </section>
      )}
    </div>
  );
}

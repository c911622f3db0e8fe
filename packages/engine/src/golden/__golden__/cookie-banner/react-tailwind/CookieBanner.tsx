import { useState } from 'react';

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
    <div>
      {visible && (
        <section
          className="text-text bg-surface border-border p-lg gap-md rounded-lg border-(length:--border-width) shadow-lg font-base flex fixed right-md bottom-md left-md z-60 flex-col border-solid box-border md:left-auto md:w-[30rem]"
          aria-labelledby="cookies-title"
          aria-describedby="cookies-body"
        >
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
                width="20"
                height="20"
                aria-hidden="true"
              >
                <circle cx="12" cy="12" r="9" />
                <path d="M9 9h.01M15 10h.01M10 15h.01M15 15h.01" />
              </svg>
            </span>
            <div className="gap-xs flex flex-col">
              <h2
                className="text-text m-0 font-heading text-lg font-bold leading-tight"
                id="cookies-title"
              >We value your privacy</h2>
              <p className="text-text-muted m-0 font-base text-sm leading-normal" id="cookies-body">We use cookies to keep you signed in, understand how the product is used and improve it. You can change your choice at any time. <a className="text-primary rounded-sm font-[family-name:inherit] font-medium duration-(--duration-fast) no-underline cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:underline focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:underline disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none" href="#cookie-policy">Read our cookie policy</a></p>
            </div>
          </div>
          {customizing && (
            <fieldset
              className="bg-surface-muted p-md m-0 gap-sm rounded-md border-0 flex flex-col"
              id="cookies-options"
            >
              <legend className="text-text p-0 text-sm/[inherit] font-semibold">Customise</legend>
              <label
                className="text-text m-0 gap-sm font-base text-sm leading-normal flex items-start cursor-pointer"
                htmlFor="cookies-necessary"
              >
                <input
                  className="m-0 duration-(--duration-fast) shrink-0 w-(--text-md) h-(--text-md) cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:opacity-85 focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[scale(0.95)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
                  id="cookies-necessary"
                  name="cookies-necessary"
                  type="checkbox"
                  defaultChecked
                />
                <span>Strictly necessary (always on)</span>
              </label>
              <label
                className="text-text m-0 gap-sm font-base text-sm leading-normal flex items-start cursor-pointer"
                htmlFor="cookies-analytics"
              >
                <input
                  className="m-0 duration-(--duration-fast) shrink-0 w-(--text-md) h-(--text-md) cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:opacity-85 focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[scale(0.95)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
                  id="cookies-analytics"
                  name="cookies-analytics"
                  type="checkbox"
                  defaultChecked
                />
                <span>Analytics — help us improve the product</span>
              </label>
              <label
                className="text-text m-0 gap-sm font-base text-sm leading-normal flex items-start cursor-pointer"
                htmlFor="cookies-marketing"
              >
                <input
                  className="m-0 duration-(--duration-fast) shrink-0 w-(--text-md) h-(--text-md) cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:opacity-85 focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[scale(0.95)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
                  id="cookies-marketing"
                  name="cookies-marketing"
                  type="checkbox"
                />
                <span>Marketing — relevant offers on other sites</span>
              </label>
            </fieldset>
          )}
          <div className="gap-sm flex flex-col sm:flex-row sm:flex-wrap sm:justify-end">
            {customizing ? (
              <button
                className="text-text bg-surface-muted border-transparent py-xs px-sm gap-xs rounded-md border-(length:--border-width) font-base text-sm font-semibold leading-tight duration-(--duration-fast) inline-flex items-center justify-center no-underline whitespace-nowrap border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] select-none hover:bg-surface hover:border-border hover:shadow-sm focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
                type="button"
                onClick={handleCookiesSaveClick}
              >Save choices</button>
            ) : (
              <button
                className="text-primary bg-transparent border-transparent py-xs px-sm gap-xs rounded-md border-(length:--border-width) font-base text-sm font-semibold leading-tight duration-(--duration-fast) inline-flex items-center justify-center no-underline whitespace-nowrap border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] select-none hover:text-text hover:bg-surface-muted focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
                type="button"
                aria-expanded={customizing}
                aria-controls="cookies-options"
                onClick={handleCookiesCustomizeClick}
              >Customise</button>
            )}
            <button
              className="text-primary bg-transparent border-primary py-xs px-sm gap-xs rounded-md border-(length:--border-width) font-base text-sm font-semibold leading-tight duration-(--duration-fast) inline-flex items-center justify-center no-underline whitespace-nowrap border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] select-none hover:text-on-primary hover:bg-primary focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
              type="button"
              onClick={handleCookiesRejectClick}
            >Reject all</button>
            <button
              className="text-on-primary bg-primary border-transparent py-xs px-sm gap-xs rounded-md border-(length:--border-width) shadow-none font-base text-sm font-semibold leading-tight duration-(--duration-fast) inline-flex items-center justify-center no-underline whitespace-nowrap border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] select-none hover:bg-primary-hover focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
              type="button"
              onClick={handleCookiesAcceptClick}
            >Accept all</button>
          </div>
        </section>
      )}
    </div>
  );
}

import type { Page } from 'playwright-core';

/**
 * Everything a preview page must not do, collected from one reused page:
 * console errors (Chromium also logs CSP violations there), uncaught
 * exceptions, failed or non-2xx requests, `securitypolicyviolation` events
 * and `anclora:error` messages from the preview runtime.
 */
export interface PageWatch {
  problems: string[];
  /** Clears what was collected, before the next document. */
  reset(): void;
}

declare global {
  interface Window {
    __ancloraWatch?: string[];
  }
}

export async function watchPage(page: Page): Promise<PageWatch> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  // Init scripts are injected by the browser, outside the page's CSP.
  await page.addInitScript(() => {
    const seen: string[] = (window.__ancloraWatch = []);
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`CSP ${event.violatedDirective}: ${event.blockedURI}`));
    window.addEventListener('message', (event: MessageEvent<{ type?: string; message?: string }>) => {
      if (event.data?.type === 'anclora:error') seen.push(`anclora:error ${event.data.message ?? ''}`);
    });
  });
  return {
    problems,
    reset: () => void problems.splice(0),
  };
}

/** Problems the page itself recorded (CSP events, runtime error messages). */
export const pageProblems = (page: Page): Promise<string[]> => page.evaluate(() => window.__ancloraWatch ?? []);

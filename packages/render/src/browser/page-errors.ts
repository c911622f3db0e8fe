import type { ConsoleMessage, Page, Request, Response } from 'playwright-core';

/**
 * Collects what went wrong on a page while a render runs: console.error
 * output (Chromium also logs CSP violations there), uncaught exceptions,
 * requests that failed at the network level and responses with an HTTP error.
 * The listeners are removed by stop(): pooled pages outlive the render.
 */
export interface ErrorCollector {
  readonly errors: string[];
  stop(): void;
}

export function collectPageErrors(page: Page): ErrorCollector {
  const errors: string[] = [];
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    // Chromium's own line for a failed resource names no URL; requestfailed/response below do.
    if (text.startsWith('Failed to load resource:')) return;
    errors.push(text);
  };
  const onPageError = (error: Error) => errors.push(`uncaught ${error.name}: ${error.message}`);
  const onRequestFailed = (request: Request) => errors.push(`request failed: ${request.method()} ${request.url()} (${request.failure()?.errorText ?? 'unknown error'})`);
  const onResponse = (response: Response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`);
  };
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('requestfailed', onRequestFailed);
  page.on('response', onResponse);
  return {
    errors,
    stop() {
      page.off('console', onConsole);
      page.off('pageerror', onPageError);
      page.off('requestfailed', onRequestFailed);
      page.off('response', onResponse);
    },
  };
}

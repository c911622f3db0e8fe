/**
 * Typed failures of the headless browser. Each carries a stable `code` so the
 * API can map it to a job status (fail fast, report readiness as degraded)
 * without parsing messages.
 */
export type BrowserErrorCode = 'BROWSER_UNAVAILABLE' | 'BROWSER_JOB_TIMEOUT' | 'BROWSER_PAGE_CRASHED' | 'BROWSER_POOL_CLOSED';

export abstract class BrowserError extends Error {
  abstract readonly code: BrowserErrorCode;
}

/** Chromium is missing or does not start: thrown at once, jobs are never queued behind it. */
export class BrowserUnavailableError extends BrowserError {
  readonly code = 'BROWSER_UNAVAILABLE' as const;
  override readonly name = 'BrowserUnavailableError';
  constructor(
    message: string,
    readonly executablePath: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A job ran longer than its time limit; its page was closed. */
export class BrowserJobTimeoutError extends BrowserError {
  readonly code = 'BROWSER_JOB_TIMEOUT' as const;
  override readonly name = 'BrowserJobTimeoutError';
  constructor(
    readonly timeoutMs: number,
    readonly attempts: number,
  ) {
    super(`browser job timed out after ${timeoutMs} ms (attempt ${attempts})`);
  }
}

/** The page (renderer process) or the whole browser died under a job. */
export class PageCrashedError extends BrowserError {
  readonly code = 'BROWSER_PAGE_CRASHED' as const;
  override readonly name = 'PageCrashedError';
  constructor(
    message: string,
    readonly attempts: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export class BrowserPoolClosedError extends BrowserError {
  readonly code = 'BROWSER_POOL_CLOSED' as const;
  override readonly name = 'BrowserPoolClosedError';
  constructor() {
    super('the browser pool is closed');
  }
}

export {
  createBrowserPool,
  defaultChromiumPath,
  CHROMIUM_ARGS,
  type BrowserPool,
  type BrowserPoolOptions,
  type BrowserPoolStats,
  type BrowserJob,
  type JobInfo,
  type JobResult,
  type RunOptions,
} from './browser-pool.js';
export { BrowserError, BrowserUnavailableError, BrowserJobTimeoutError, PageCrashedError, BrowserPoolClosedError, type BrowserErrorCode } from './errors.js';
export { renderPage, DEFAULT_VIEWPORTS, type RenderPageOptions, type ViewportRender } from './render-page.js';
export { auditPage, axeScore, AXE_TAGS, AXE_IMPACT_WEIGHTS, type AxeImpact, type AxeSummary, type AxeViolation } from './axe-audit.js';
export type { PerfFigures } from './page-metrics.js';
export type { ReadyMode } from './page-probe.js';

// Rendering and verification: preview documents for every target (preview/),
// a pool of headless Chromium pages that screenshot, audit and measure them
// (browser/), and pixel comparison for visual regression (diff/).
export {
  createPreviewBuilder,
  previewCsp,
  type PreviewAsset,
  type PreviewBuilder,
  type PreviewBuilderOptions,
  type PreviewDocument,
  type PreviewPolicy,
  type PreviewRequest,
} from './preview/index.js';
export {
  createBrowserPool,
  defaultChromiumPath,
  renderPage,
  DEFAULT_VIEWPORTS,
  CHROMIUM_ARGS,
  auditPage,
  axeScore,
  AXE_TAGS,
  AXE_IMPACT_WEIGHTS,
  BrowserError,
  BrowserUnavailableError,
  BrowserJobTimeoutError,
  PageCrashedError,
  BrowserPoolClosedError,
  type BrowserErrorCode,
  type BrowserPool,
  type BrowserPoolOptions,
  type BrowserPoolStats,
  type BrowserJob,
  type JobInfo,
  type JobResult,
  type RunOptions,
  type RenderPageOptions,
  type ViewportRender,
  type AxeImpact,
  type AxeSummary,
  type AxeViolation,
  type PerfFigures,
  type ReadyMode,
} from './browser/index.js';
export { diffPng, passes as diffPasses, type DiffOptions, type DiffResult } from './diff/index.js';
export { createPreviewStore, type PreviewStore, type StoredPreview } from './preview-store.js';
export { buildPreviewServer } from './preview-server.js';
export { createRenderRunner, ALL_TARGETS, REFERENCE_TARGET, type RenderRunner, type RenderRunnerDeps, type ViewportResult } from './render-runner.js';
export { createRendering, consumeRenders, type Rendering, type RenderSettings } from './rendering.js';

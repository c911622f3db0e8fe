import type { Page } from 'playwright-core';
import { auditPage, type AxeSummary } from './axe-audit.js';
import type { BrowserPool } from './browser-pool.js';
import { collectPageErrors } from './page-errors.js';
import { measurePage, type PerfFigures } from './page-metrics.js';
import { installPageProbe, waitForReady, type ReadyMode } from './page-probe.js';

export const DEFAULT_VIEWPORTS: readonly number[] = [375, 768, 1200];
/** Screenshots are cut at this height in CSS pixels (2560 × 6000 px is 61 MB decoded). */
export const MAX_SCREENSHOT_HEIGHT = 6000;

export interface RenderPageOptions {
  url: string;
  /** Viewport widths in CSS pixels (default 375, 768, 1200). */
  viewports?: readonly number[];
  /** Viewport height; the screenshot is full-page regardless (default 800). */
  height?: number;
  /** See ReadyMode (default 'auto'). */
  ready?: ReadyMode;
  /** Also wait for this selector to be attached before measuring. */
  readySelector?: string;
  /** Run the axe audit (default true). */
  audit?: boolean;
  /** Per-viewport job time limit; the pool's jobTimeoutMs when absent. */
  timeoutMs?: number;
}

export interface ViewportRender {
  viewport: number;
  /** Full-page PNG, animations and transitions stopped, caret hidden. */
  png: Buffer;
  consoleErrors: string[];
  axe: AxeSummary;
  perf: PerfFigures;
  /** 2 when the first attempt's page crashed or hung and the viewport was rendered again. */
  attempts: number;
}

const EMPTY_AUDIT: AxeSummary = { score: 100, violations: [], passes: 0, incomplete: 0 };

// Pooled pages outlive a render: the probe is installed once per page.
const probed = new WeakSet<Page>();

/**
 * Renders a URL at each viewport width, one pool job per viewport, so the
 * viewports run in parallel on the pool's pages; results come back in the
 * order of `viewports`. A navigation per viewport (not a resize) keeps
 * renderMs and layoutShift honest for that width.
 */
export async function renderPage(pool: BrowserPool, options: RenderPageOptions): Promise<ViewportRender[]> {
  const viewports = options.viewports ?? DEFAULT_VIEWPORTS;
  const runOptions = options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs };
  return Promise.all(
    viewports.map(async (viewport) => {
      const { value, attempts } = await pool.run((page) => renderViewport(page, viewport, options), runOptions);
      return { ...value, attempts };
    }),
  );
}

async function renderViewport(page: Page, viewport: number, options: RenderPageOptions): Promise<Omit<ViewportRender, 'attempts'>> {
  if (!probed.has(page)) {
    await page.addInitScript(installPageProbe);
    probed.add(page);
  }
  await page.setViewportSize({ width: viewport, height: options.height ?? 800 });
  const collector = collectPageErrors(page);
  try {
    await page.goto(options.url, { waitUntil: 'load' });
    await page.evaluate(waitForReady, options.ready ?? 'auto');
    if (options.readySelector) await page.waitForSelector(options.readySelector, { state: 'attached' });
    const perf = await page.evaluate(measurePage);
    // A spec can make a page as tall as it likes (minHeight: 100000px): beyond the cap the
    // screenshot is cut, so one component cannot take gigabytes of pixels and minutes of encoding.
    const height = Math.min(perf.pageHeight, MAX_SCREENSHOT_HEIGHT);
    const clip = perf.pageHeight > MAX_SCREENSHOT_HEIGHT ? { clip: { x: 0, y: 0, width: viewport, height } } : {};
    const png = await page.screenshot({ fullPage: true, type: 'png', animations: 'disabled', caret: 'hide', ...clip });
    const axe = options.audit === false ? EMPTY_AUDIT : await auditPage(page);
    return { viewport, png, consoleErrors: [...collector.errors], axe, perf };
  } finally {
    collector.stop();
  }
}

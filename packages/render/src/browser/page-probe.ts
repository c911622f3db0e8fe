/**
 * What the page has to record about itself from its first instant, because it
 * cannot be asked afterwards: cumulative layout shift and the moment the
 * preview declared itself ready. Installed with page.addInitScript (CDP
 * Page.addScriptToEvaluateOnNewDocument), which runs before the page's own
 * scripts and is not subject to the page's Content-Security-Policy.
 */
export interface PageProbe {
  /** Cumulative layout shift: the sum of layout-shift values not caused by input. */
  layoutShift: number;
  /** performance.now() when <html data-anclora-ready="true"> was first seen. */
  readyAt: number | undefined;
}

export type ProbeWindow = Window & { __ancloraProbe?: PageProbe };

/**
 * Runs inside the page (serialised by playwright): no imports, no closures,
 * and no named inner functions — transpilers that keep names (tsx, esbuild
 * keepNames) wrap those in a helper that does not exist in the page.
 */
export function installPageProbe(): void {
  const w = window as ProbeWindow;
  if (w.__ancloraProbe || window.top !== window) return;
  const probe: PageProbe = { layoutShift: 0, readyAt: undefined };
  Object.defineProperty(w, '__ancloraProbe', { value: probe, enumerable: false });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
        if (!entry.hadRecentInput) probe.layoutShift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    // No Layout Instability API: layoutShift stays 0.
  }
  // The document element does not exist yet when init scripts run: watch the whole document.
  new MutationObserver(() => {
    if (probe.readyAt === undefined && document.documentElement?.dataset.ancloraReady === 'true') probe.readyAt = performance.now();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-anclora-ready'], childList: true });
}

/**
 * How a render decides the page is ready:
 * - 'auto' (default): the load event, and then, when <html> is a preview
 *   document (it carries data-anclora-mount, set by preview/) or carries
 *   data-anclora-ready, until data-anclora-ready is "true" (the preview
 *   runtime sets it after mount and fonts);
 * - 'anclora': the load event and data-anclora-ready="true", even if absent at load;
 * - 'load': the load event only.
 */
export type ReadyMode = 'auto' | 'anclora' | 'load';

/** Runs inside the page (same rules as installPageProbe): resolves once the ready condition holds. */
export function waitForReady(mode: ReadyMode): Promise<void> {
  const root = document.documentElement;
  const preview = root.dataset.ancloraReady !== undefined || root.dataset.ancloraMount !== undefined;
  // "failed": the preview runtime saw an error before mount; the error is in the console report.
  // (No named inner function here: this runs in the page, where esbuild's __name helper does not exist.)
  const SETTLED = ['true', 'failed'];
  if (mode === 'load' || (mode === 'auto' && !preview) || SETTLED.includes(root.dataset.ancloraReady ?? '')) return Promise.resolve();
  return new Promise((resolve) => {
    new MutationObserver((_records, observer) => {
      if (!SETTLED.includes(root.dataset.ancloraReady ?? '')) return;
      observer.disconnect();
      resolve();
    }).observe(root, { attributes: true, attributeFilter: ['data-anclora-ready'] });
  });
}

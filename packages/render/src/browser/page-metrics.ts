import type { ProbeWindow } from './page-probe.js';

export interface PerfFigures {
  /** Navigation start → ready (the later of the load event end and data-anclora-ready="true"), ms. */
  renderMs: number;
  /** Elements in the document, <html>, <head> and <body> included. */
  domNodes: number;
  /**
   * Decoded bytes of the stylesheets the page loaded (Resource Timing
   * decodedBodySize; 0 for cross-origin files without Timing-Allow-Origin)
   * plus the UTF-8 bytes of inline <style> elements. A preview's own files
   * (marked data-anclora-tooling: page stylesheet, runtime, axe) are left out:
   * the figure is the component's.
   */
  cssBytes: number;
  /** The same for scripts: external (Resource Timing) + inline <script>. */
  jsBytes: number;
  /** Cumulative layout shift since navigation start (Layout Instability API, buffered). */
  layoutShift: number;
  /** The document's full height in CSS pixels (the screenshot is cut at MAX_SCREENSHOT_HEIGHT). */
  pageHeight: number;
}

/** Runs inside the page (same rules as installPageProbe: no imports, closures or named inner functions). */
export function measurePage(): PerfFigures {
  const probe = (window as ProbeWindow).__ancloraProbe;
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const loaded = nav && nav.loadEventEnd > 0 ? nav.loadEventEnd : performance.now();
  const flagged = document.documentElement.dataset.ancloraReady === 'true' ? probe?.readyAt : undefined;
  const renderMs = Math.max(loaded, flagged ?? 0);

  const utf8 = new TextEncoder();
  const tooling = new Set(Array.from(document.querySelectorAll('[data-anclora-tooling]'), (el) => (el as HTMLScriptElement).src || (el as HTMLLinkElement).href));
  const cssUrls = new Set(Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel~="stylesheet"][href]'), (l) => l.href));
  const jsUrls = new Set(Array.from(document.querySelectorAll<HTMLScriptElement>('script[src]'), (s) => s.src));
  let cssBytes = 0;
  let jsBytes = 0;
  for (const entry of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
    if (tooling.has(entry.name)) continue;
    const path = entry.name.replace(/[?#].*$/, '');
    if (cssUrls.has(entry.name) || /\.css$/i.test(path)) cssBytes += entry.decodedBodySize;
    else if (jsUrls.has(entry.name) || entry.initiatorType === 'script' || /\.m?js$/i.test(path)) jsBytes += entry.decodedBodySize;
  }
  for (const style of Array.from(document.querySelectorAll('style'))) cssBytes += utf8.encode(style.textContent ?? '').length;
  for (const script of Array.from(document.querySelectorAll<HTMLScriptElement>('script:not([src])'))) {
    if (!/json|importmap/i.test(script.type)) jsBytes += utf8.encode(script.textContent ?? '').length;
  }
  return {
    renderMs: Math.round(renderMs * 10) / 10,
    domNodes: document.getElementsByTagName('*').length,
    cssBytes,
    jsBytes,
    layoutShift: Math.round((probe?.layoutShift ?? 0) * 10_000) / 10_000,
    pageHeight: Math.max(document.documentElement.scrollHeight, document.body?.scrollHeight ?? 0),
  };
}

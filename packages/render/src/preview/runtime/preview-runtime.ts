// Runs inside the preview page (a browser, not Node), before the component
// mounts. Bundled by runtime-assets.ts; configured by data- attributes on
// <html> so the script itself is identical, cacheable, and needs no
// inline code under the CSP.
import { measurePage } from '../../browser/page-metrics.js';
import type { PageProbe, ProbeWindow } from '../../browser/page-probe.js';
import { MOUNTED_EVENT } from './events.js';

interface AxeResult {
  violations: Array<{ id: string; impact?: string | null; help: string; nodes: Array<{ target: unknown[] }> }>;
  passes: unknown[];
}
interface Axe {
  run(context: Document, options: { runOnly: { type: 'tag'; values: string[] }; preload?: boolean }): Promise<AxeResult>;
}

const AUDIT_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const html = document.documentElement;
// Top-level (not framed), parent is the window itself: posting is harmless.
const post = (message: object): void => parent.postMessage(message, '*');

const describe = (value: unknown): string => {
  if (value instanceof Error) return value.stack ?? `${value.name}: ${value.message}`;
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
};

// An error before the component is up means it never will be: say so, so a
// headless render stops waiting now instead of at its timeout.
const failed = () => {
  if (html.dataset.ancloraReady !== 'true') html.dataset.ancloraReady = 'failed';
};
addEventListener('error', (event) => {
  failed();
  post({ type: 'anclora:error', message: event.error ? describe(event.error) : event.message });
});
addEventListener('unhandledrejection', (event) => {
  failed();
  post({ type: 'anclora:error', message: describe(event.reason) });
});
const consoleError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  post({ type: 'anclora:error', message: args.map(describe).join(' ') });
  consoleError(...args);
};

// The figures a server-side render measures (page-metrics.ts), measured here too so the page that
// frames the preview can show them. A headless render installs its probe before this script runs;
// a framed preview gets this one (layout shifts are buffered, so nothing before it is missed).
const probeWindow = window as ProbeWindow;
if (!probeWindow.__ancloraProbe) {
  const probe: PageProbe = { layoutShift: 0, readyAt: undefined };
  Object.defineProperty(probeWindow, '__ancloraProbe', { value: probe, enumerable: false });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
        if (!entry.hadRecentInput) probe.layoutShift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    // No Layout Instability API: layoutShift stays 0.
  }
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

let ready = false;
async function markReady(): Promise<void> {
  if (ready) return;
  ready = true;
  await document.fonts.ready;
  // Two frames: the first lets pending style and layout run, the second paints it.
  await nextFrame();
  await nextFrame();
  html.dataset.ancloraReady = 'true';
  probeWindow.__ancloraProbe!.readyAt ??= performance.now();
  post({ type: 'anclora:ready', perf: measurePage() });
  if (html.dataset.ancloraAudit === 'true') void audit();
}

let auditing: Promise<void> = Promise.resolve();
function audit(): Promise<void> {
  // axe refuses to start while a run is in progress: queue the runs.
  auditing = auditing.then(async () => {
    const axe = (globalThis as { axe?: Axe }).axe;
    if (!axe) {
      post({ type: 'anclora:error', message: 'axe-core is not loaded' });
      return;
    }
    // preload: false — in the sandboxed (opaque-origin) preview every stylesheet is cross-origin, and
    // axe would re-fetch each one, which the preview's CSP (connect-src 'none') blocks.
    const result = await axe.run(document, { runOnly: { type: 'tag', values: AUDIT_TAGS }, preload: false });
    post({
      type: 'anclora:audit',
      violations: result.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        targets: v.nodes.flatMap((node) => node.target.map(String)),
      })),
      passes: result.passes.length,
    });
  }).catch((error: unknown) => post({ type: 'anclora:error', message: describe(error) }));
  return auditing;
}

let highlighted: HTMLElement | undefined;
/** Outlines the element a violation points at (the workspace's quality panel asks), and scrolls to it. */
function highlight(selector: unknown): void {
  highlighted?.style.removeProperty('outline');
  highlighted?.style.removeProperty('outline-offset');
  highlighted = undefined;
  if (typeof selector !== 'string' || selector.length > 500) return;
  let element: Element | null = null;
  try {
    element = document.querySelector(selector);
  } catch {
    return; // not a selector: nothing to show
  }
  if (!(element instanceof HTMLElement)) return;
  element.style.setProperty('outline', '3px solid #e11d48');
  element.style.setProperty('outline-offset', '2px');
  element.scrollIntoView({ block: 'center' });
  highlighted = element;
}

addEventListener('message', (event: MessageEvent<unknown>) => {
  const data = event.data as { type?: unknown; selector?: unknown } | null;
  if (data?.type === 'anclora:audit' && html.dataset.ancloraAudit === 'true' && ready) void audit();
  if (data?.type === 'anclora:highlight') highlight(data.selector);
});

// Markup-only targets are on the page as soon as it is parsed; the others
// announce themselves once their framework has rendered.
if (html.dataset.ancloraMount === 'static') {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => void markReady());
  else void markReady();
} else {
  document.addEventListener(MOUNTED_EVENT, () => void markReady());
}

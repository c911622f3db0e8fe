/** Messages the preview runtime posts to the page that frames it (see packages/render preview-runtime). */
export interface AuditViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** What the preview measured about itself when it was ready (the render job's figures, see packages/render page-metrics). */
export interface PreviewPerf {
  renderMs: number;
  domNodes: number;
  cssBytes: number;
  jsBytes: number;
  layoutShift: number;
}

export type PreviewMessage =
  | { type: 'anclora:ready'; perf?: PreviewPerf }
  | { type: 'anclora:error'; message: string }
  | { type: 'anclora:audit'; violations: AuditViolation[]; passes: number };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Accepts a message only from the preview's own frame, and only in a known shape.
 * `frameWindow` is the iframe's contentWindow; `expectedOrigin` is new URL(previewUrl).origin.
 * A frame sandboxed without allow-same-origin has an opaque origin, so its messages arrive with
 * origin "null": that is accepted too, the source check (this exact frame window) is what binds it.
 */
export function readPreviewMessage(
  event: { source: unknown; origin: string; data: unknown },
  frameWindow: unknown,
  expectedOrigin: string,
): PreviewMessage | undefined {
  if (!frameWindow || event.source !== frameWindow || (event.origin !== expectedOrigin && event.origin !== 'null')) return undefined;
  const data = event.data;
  if (!isRecord(data)) return undefined;
  switch (data.type) {
    case 'anclora:ready': {
      const perf = readPerf(data.perf);
      return perf ? { type: 'anclora:ready', perf } : { type: 'anclora:ready' };
    }
    case 'anclora:error':
      return { type: 'anclora:error', message: typeof data.message === 'string' ? data.message.slice(0, 2000) : 'Unknown error' };
    case 'anclora:audit': {
      if (!Array.isArray(data.violations)) return undefined;
      const violations = data.violations.filter(isRecord).map((v) => ({
        id: String(v.id ?? ''),
        impact: typeof v.impact === 'string' ? v.impact : null,
        help: String(v.help ?? ''),
        targets: Array.isArray(v.targets) ? v.targets.map(String) : [],
      }));
      return { type: 'anclora:audit', violations, passes: typeof data.passes === 'number' ? data.passes : 0 };
    }
    default:
      return undefined;
  }
}

const PERF_FIELDS = ['renderMs', 'domNodes', 'cssBytes', 'jsBytes', 'layoutShift'] as const;

/** Performance figures only when every one is a finite, non-negative number (the frame runs untrusted code). */
function readPerf(value: unknown): PreviewPerf | undefined {
  if (!isRecord(value)) return undefined;
  const perf: Partial<Record<(typeof PERF_FIELDS)[number], number>> = {};
  for (const field of PERF_FIELDS) {
    const n = value[field];
    if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) return undefined;
    perf[field] = n;
  }
  return perf as PreviewPerf;
}

/** The origin of a preview URL, or undefined for a malformed one. */
export function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/** Scale factor so a frame of `frameWidth` px fits a pane of `paneWidth` px (never enlarged). */
export function fitScale(frameWidth: number, paneWidth: number): number {
  if (!(paneWidth > 0) || !(frameWidth > 0)) return 1;
  return Math.min(1, Math.floor((paneWidth / frameWidth) * 1000) / 1000);
}

/** The number of pages for a total and page size, at least 1. */
export function pageCount(total: number, limit: number): number {
  return Math.max(1, Math.ceil(Math.max(0, total) / Math.max(1, limit)));
}

/** Reads a positive integer query parameter, else the fallback. */
export function positiveInt(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** Following a render job to its end, and reading a visual diff's numbers. */
import type { RenderView } from './component-api';

export interface PollOptions {
  /** Called with every state seen, so the page can show progress. */
  onUpdate?(render: RenderView): void;
  intervalMs?: number;
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Injectable for tests. */
  sleep?(ms: number): Promise<void>;
  now?(): number;
}

export class RenderTimeoutError extends Error {
  override readonly name = 'RenderTimeoutError';
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const isFinished = (render: RenderView) => render.status === 'succeeded' || render.status === 'failed';

/**
 * Asks for the render until it has succeeded or failed. The interval grows a
 * little while it waits (a queue behind other jobs should not be hammered);
 * aborting stops at the next step with the signal's reason.
 */
export async function pollRender(get: (id: string) => Promise<RenderView>, id: string, options: PollOptions = {}): Promise<RenderView> {
  const sleep = options.sleep ?? defaultSleep;
  const now = options.now ?? Date.now;
  const deadline = now() + (options.timeoutMs ?? 120_000);
  let interval = options.intervalMs ?? 750;
  for (;;) {
    options.signal?.throwIfAborted();
    const render = await get(id);
    options.onUpdate?.(render);
    if (isFinished(render)) return render;
    if (now() + interval > deadline) throw new RenderTimeoutError(`Render ${id} did not finish in time.`);
    await sleep(interval);
    interval = Math.min(interval * 1.25, 3000);
  }
}

/** A changed-pixel ratio as a percentage for people: two significant digits below 1 %, and never "0 %" for a change. */
export function formatRatio(ratio: number, locale?: string): string {
  const digits = ratio === 0 || ratio >= 0.01 ? { maximumFractionDigits: 2 } : { maximumSignificantDigits: 2 };
  return ratio.toLocaleString(locale, { style: 'percent', ...digits });
}

/** The verdict the API gives is authoritative; this only restates it for one viewport or all. */
export function overallVerdict(viewports: ReadonlyArray<{ diff: { passed: boolean } | null }>): 'pass' | 'fail' | 'none' {
  const compared = viewports.filter((v) => v.diff);
  if (compared.length === 0) return 'none';
  return compared.every((v) => v.diff!.passed) ? 'pass' : 'fail';
}

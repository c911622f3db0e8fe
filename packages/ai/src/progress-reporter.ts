import { parsePartialJson } from './parse-partial-json.js';
import type { GenerationProgress } from './types.js';

/** A progress event at least every this many new characters (about 250 tokens)… */
export const PROGRESS_STEP_CHARS = 1024;
/** …or when this long has passed since the last one and more text arrived. */
export const PROGRESS_STEP_MS = 100;

/**
 * Turns a stream of deltas into progress events: the first token at once (the
 * user sees the model start), then one event per PROGRESS_STEP_CHARS or
 * PROGRESS_STEP_MS, and the final state. Each event parses the whole text so
 * far, so one per delta would be quadratic: a 17 KB spec in 64-character deltas
 * cost 120 ms of parsing and 80 ms of serialising, and held back the stream.
 */
export function progressReporter(onProgress: ((progress: GenerationProgress) => void) | undefined, now: () => number = () => performance.now()) {
  let reportedChars = -1;
  let reportedAt = 0;
  const emit = (text: string) => {
    reportedChars = text.length;
    reportedAt = now();
    onProgress!({ characters: text.length, partial: parsePartialJson(text) });
  };
  return {
    /** The text so far, after a delta. */
    update(text: string): void {
      if (!onProgress || text.length === reportedChars) return;
      const due = reportedChars < 0 || text.length - reportedChars >= PROGRESS_STEP_CHARS || now() - reportedAt >= PROGRESS_STEP_MS;
      if (due) emit(text);
    },
    /** The stream ended: report what the last steps held back. */
    finish(text: string): void {
      if (onProgress && text.length > 0 && text.length !== reportedChars) emit(text);
    },
  };
}

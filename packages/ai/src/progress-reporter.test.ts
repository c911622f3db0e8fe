import { describe, expect, it } from 'vitest';
import { PROGRESS_STEP_CHARS, PROGRESS_STEP_MS, progressReporter } from './progress-reporter.js';
import type { GenerationProgress } from './types.js';

describe('progressReporter', () => {
  it('reports the first token at once, then per step of characters or time, then the final text once', () => {
    let clock = 0;
    const seen: GenerationProgress[] = [];
    const reporter = progressReporter((p) => seen.push(p), () => clock);
    const text = `{"name":"${'x'.repeat(3000)}"}`;
    reporter.update(text.slice(0, 10));
    reporter.update(text.slice(0, 500)); // small growth, no time: held back
    reporter.update(text.slice(0, 10 + PROGRESS_STEP_CHARS)); // a full step
    clock += PROGRESS_STEP_MS;
    reporter.update(text.slice(0, 1100)); // little growth, but the time step passed
    reporter.update(text.slice(0, 1200));
    reporter.finish(text);
    reporter.finish(text); // already reported
    expect(seen.map((p) => p.characters)).toEqual([10, 10 + PROGRESS_STEP_CHARS, 1100, text.length]);
    expect(seen[0]!.partial).toEqual({ name: 'x' }); // the open string closed: the spec as far as it parses
    expect(seen.at(-1)!.partial).toEqual({ name: 'x'.repeat(3000) });
  });

  it('does nothing without a listener', () => {
    const reporter = progressReporter(undefined);
    expect(() => {
      reporter.update('{"a":1');
      reporter.finish('{"a":1}');
    }).not.toThrow();
  });
});

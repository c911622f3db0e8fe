import { describe, expect, it } from 'vitest';
import type { RenderView } from './component-api';
import { formatRatio, overallVerdict, pollRender, RenderTimeoutError } from './render-job';

const view = (status: RenderView['status']): RenderView => ({ id: 'r1', status, target: 'html-css', version: 1, error: null, results: null });

describe('pollRender', () => {
  it('reports every state until the render finishes, waiting longer each time', async () => {
    const states = [view('queued'), view('running'), view('succeeded')];
    const seen: string[] = [];
    const waits: number[] = [];
    const result = await pollRender(async () => states.shift()!, 'r1', {
      onUpdate: (r) => seen.push(r.status),
      intervalMs: 100,
      sleep: async (ms) => void waits.push(ms),
    });
    expect(result.status).toBe('succeeded');
    expect(seen).toEqual(['queued', 'running', 'succeeded']);
    expect(waits).toEqual([100, 125]);
  });

  it('returns a failed render as it is (the page shows why)', async () => {
    const failed = { ...view('failed'), error: { code: 'BROWSER_UNAVAILABLE', message: 'no browser' } };
    expect(await pollRender(async () => failed, 'r1', { sleep: async () => undefined })).toBe(failed);
  });

  it('gives up after the timeout, and stops when aborted', async () => {
    let clock = 0;
    const options = { intervalMs: 1000, timeoutMs: 2500, now: () => clock, sleep: async (ms: number) => void (clock += ms) };
    await expect(pollRender(async () => view('running'), 'r1', options)).rejects.toBeInstanceOf(RenderTimeoutError);
    const controller = new AbortController();
    controller.abort();
    await expect(pollRender(async () => view('running'), 'r1', { signal: controller.signal })).rejects.toThrow();
  });
});

describe('formatRatio and overallVerdict', () => {
  it('shows small ratios with two significant digits and larger ones with up to two decimals', () => {
    expect(formatRatio(0, 'en')).toBe('0%');
    expect(formatRatio(0.000123, 'en')).toBe('0.012%');
    expect(formatRatio(0.1234, 'en')).toBe('12.34%');
    expect(formatRatio(0.5, 'es')).toMatch(/^50\s?%$/);
  });

  it('passes only when every compared viewport passed', () => {
    expect(overallVerdict([{ diff: null }])).toBe('none');
    expect(overallVerdict([{ diff: { passed: true } }, { diff: null }])).toBe('pass');
    expect(overallVerdict([{ diff: { passed: true } }, { diff: { passed: false } }])).toBe('fail');
  });
});

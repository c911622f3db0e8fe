import { describe, expect, it } from 'vitest';
import { fitScale, originOf, pageCount, positiveInt, readPreviewMessage } from './preview-protocol';
import { specOutline } from './spec-outline';

describe('specOutline', () => {
  it('lists element names with depth from a partial spec, skipping text nodes', () => {
    const partial = {
      name: 'PricingTable',
      root: {
        kind: 'element',
        tag: 'section',
        name: 'pricing',
        children: [
          { kind: 'element', tag: 'h2', name: 'title', children: [{ kind: 'text', value: 'Plans' }] },
          { kind: 'each', name: 'plans', children: [{ kind: 'element', tag: 'article' }] },
        ],
      },
    };
    expect(specOutline(partial)).toEqual([
      { depth: 0, label: 'pricing <section>' },
      { depth: 1, label: 'title <h2>' },
      { depth: 1, label: 'each plans' },
      { depth: 2, label: '<article>' },
    ]);
  });

  it('tolerates truncated or foreign shapes and caps the size', () => {
    expect(specOutline(undefined)).toEqual([]);
    expect(specOutline({ root: { kind: 'element' } })).toEqual([{ depth: 0, label: '<?>' }]);
    const wide = { root: { kind: 'element', tag: 'ul', children: Array.from({ length: 100 }, () => ({ kind: 'element', tag: 'li' })) } };
    expect(specOutline(wide, 10)).toHaveLength(10);
  });
});

describe('readPreviewMessage', () => {
  const frame = {};
  const origin = 'http://127.0.0.1:4001';
  it('accepts known messages from the frame and its origin', () => {
    expect(readPreviewMessage({ source: frame, origin, data: { type: 'anclora:ready' } }, frame, origin)).toEqual({ type: 'anclora:ready' });
    expect(
      readPreviewMessage(
        { source: frame, origin, data: { type: 'anclora:audit', violations: [{ id: 'image-alt', impact: 'critical', help: 'Images need alt', targets: ['img'] }], passes: 20 } },
        frame,
        origin,
      ),
    ).toEqual({ type: 'anclora:audit', violations: [{ id: 'image-alt', impact: 'critical', help: 'Images need alt', targets: ['img'] }], passes: 20 });
  });

  it('carries the performance figures of a ready preview only when every one is a finite, non-negative number', () => {
    const perf = { renderMs: 84.2, domNodes: 120, cssBytes: 5400, jsBytes: 0, layoutShift: 0 };
    const ready = (value: unknown) => readPreviewMessage({ source: frame, origin, data: { type: 'anclora:ready', perf: value } }, frame, origin);
    expect(ready(perf)).toEqual({ type: 'anclora:ready', perf });
    expect(ready({ ...perf, extra: 'ignored' })).toEqual({ type: 'anclora:ready', perf });
    for (const bad of [{ ...perf, renderMs: Number.NaN }, { ...perf, domNodes: -1 }, { ...perf, jsBytes: '10' }, { renderMs: 1 }, 'fast', null]) {
      expect(ready(bad)).toEqual({ type: 'anclora:ready' });
    }
  });

  it('accepts the opaque "null" origin of a sandboxed frame, but only from that frame', () => {
    expect(readPreviewMessage({ source: frame, origin: 'null', data: { type: 'anclora:ready' } }, frame, origin)).toEqual({ type: 'anclora:ready' });
    expect(readPreviewMessage({ source: {}, origin: 'null', data: { type: 'anclora:ready' } }, frame, origin)).toBeUndefined();
  });

  it('rejects other sources, other origins and unknown shapes', () => {
    expect(readPreviewMessage({ source: {}, origin, data: { type: 'anclora:ready' } }, frame, origin)).toBeUndefined();
    expect(readPreviewMessage({ source: frame, origin: 'http://evil.test', data: { type: 'anclora:ready' } }, frame, origin)).toBeUndefined();
    expect(readPreviewMessage({ source: frame, origin, data: { type: 'other' } }, frame, origin)).toBeUndefined();
    expect(readPreviewMessage({ source: frame, origin, data: 'anclora:ready' }, frame, origin)).toBeUndefined();
    expect(readPreviewMessage({ source: null, origin, data: { type: 'anclora:ready' } }, null, origin)).toBeUndefined();
  });
});

describe('layout helpers', () => {
  it('scales frames down to fit, never up', () => {
    expect(fitScale(1200, 600)).toBe(0.5);
    expect(fitScale(375, 800)).toBe(1);
    expect(fitScale(768, 0)).toBe(1);
  });
  it('computes pages and reads query numbers', () => {
    expect(pageCount(0, 10)).toBe(1);
    expect(pageCount(21, 10)).toBe(3);
    expect(positiveInt('3', 1)).toBe(3);
    expect(positiveInt('-1', 1)).toBe(1);
    expect(positiveInt(null, 2)).toBe(2);
    expect(positiveInt('2.5', 1)).toBe(1);
  });
  it('reads origins', () => {
    expect(originOf('http://127.0.0.1:4001/p/abc')).toBe('http://127.0.0.1:4001');
    expect(originOf('nope')).toBeUndefined();
  });
});

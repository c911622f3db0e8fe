import { describe, expect, it } from 'vitest';
import { formatPerf } from './perf-format';

const perf = { renderMs: 12345.6, domNodes: 87, cssBytes: 9_900, jsBytes: 143_250, layoutShift: 0.05 };

describe('formatPerf', () => {
  it('writes the figures as English does', () => {
    expect(formatPerf(perf, 'en')).toEqual({ renderMs: '12,346', domNodes: '87', cssKb: '9.9', jsKb: '143.3', layoutShift: '0.050' });
  });

  it('writes the figures as Spanish does: decimal comma, dot for thousands', () => {
    expect(formatPerf(perf, 'es')).toEqual({ renderMs: '12.346', domNodes: '87', cssKb: '9,9', jsKb: '143,3', layoutShift: '0,050' });
  });

  it('drops a trailing .0 on kB but keeps layout shift at 3 decimals, zero included', () => {
    const text = formatPerf({ renderMs: 0, domNodes: 0, cssBytes: 10_000, jsBytes: 0, layoutShift: 0 }, 'en');
    expect(text).toMatchObject({ cssKb: '10', jsKb: '0', layoutShift: '0.000' });
    expect(formatPerf({ ...perf, layoutShift: 0.12345 }, 'en').layoutShift).toBe('0.123');
  });
});

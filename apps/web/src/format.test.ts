import { describe, expect, it } from 'vitest';
import { formatLatency, formatUptime } from './format';

describe('formatUptime', () => {
  it.each([
    [0, '0 s'],
    [59.9, '59 s'],
    [60, '1 min'],
    [3_661, '1 h 1 min'],
    [90_000, '1 d 1 h'],
    [-1, 'unknown'],
    [Number.NaN, 'unknown'],
  ])('%s s -> %s', (seconds, expected) => {
    expect(formatUptime(seconds)).toBe(expected);
  });
});

describe('formatLatency', () => {
  it('keeps one decimal below 10 ms and rounds above', () => {
    expect(formatLatency(1.234)).toBe('1.2 ms');
    expect(formatLatency(42.6)).toBe('43 ms');
  });
});

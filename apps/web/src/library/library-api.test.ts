import { describe, expect, it } from 'vitest';
import { HttpError } from '../lib/http';
import { previewRetryDelayMs } from './library-api';

describe('previewRetryDelayMs', () => {
  it('waits out a rate limit as the server asks, within bounds, a bounded number of times', () => {
    const limited = (seconds?: number) => new HttpError(429, 'RATE_LIMITED', 'Too many requests', {}, seconds);
    expect(previewRetryDelayMs(limited(12), 0)).toBe(12_000);
    expect(previewRetryDelayMs(limited(), 0)).toBe(5_000);
    expect(previewRetryDelayMs(limited(0), 1)).toBe(1_000);
    expect(previewRetryDelayMs(limited(600), 1)).toBe(60_000);
    expect(previewRetryDelayMs(limited(3), 2)).toBeNull();
  });

  it('gives up at once on any other failure', () => {
    expect(previewRetryDelayMs(new HttpError(400, 'VALIDATION_ERROR', 'bad spec'), 0)).toBeNull();
    expect(previewRetryDelayMs(new HttpError(0, 'NETWORK_ERROR', 'offline'), 0)).toBeNull();
    expect(previewRetryDelayMs(new Error('boom'), 0)).toBeNull();
  });
});

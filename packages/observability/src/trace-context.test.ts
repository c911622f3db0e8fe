import { describe, expect, it } from 'vitest';
import { formatTraceparent, parseTraceparent } from './trace-context.js';

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const SPAN_ID = '00f067aa0ba902b7';

describe('W3C traceparent', () => {
  it('formats version 00 with two-digit flags, and reads back what it wrote', () => {
    expect(formatTraceparent({ traceId: TRACE_ID, spanId: SPAN_ID, traceFlags: 1 })).toBe(`00-${TRACE_ID}-${SPAN_ID}-01`);
    expect(formatTraceparent({ traceId: TRACE_ID, spanId: SPAN_ID, traceFlags: 0 })).toBe(`00-${TRACE_ID}-${SPAN_ID}-00`);
    for (const traceFlags of [0, 1]) {
      expect(parseTraceparent(formatTraceparent({ traceId: TRACE_ID, spanId: SPAN_ID, traceFlags }))).toEqual({ traceId: TRACE_ID, spanId: SPAN_ID, traceFlags });
    }
  });

  it('reads the sampled flag among other flag bits, and a later version by its first four fields', () => {
    expect(parseTraceparent(`00-${TRACE_ID}-${SPAN_ID}-03`)?.traceFlags).toBe(3);
    expect(parseTraceparent(`01-${TRACE_ID}-${SPAN_ID}-01-future-field`)).toEqual({ traceId: TRACE_ID, spanId: SPAN_ID, traceFlags: 1 });
  });

  it.each([
    ['missing', undefined],
    ['not a string', 42],
    ['empty', ''],
    ['garbage', 'not-a-traceparent'],
    ['version ff', `ff-${TRACE_ID}-${SPAN_ID}-01`],
    ['extra field on version 00', `00-${TRACE_ID}-${SPAN_ID}-01-extra`],
    ['upper-case hex', `00-${TRACE_ID.toUpperCase()}-${SPAN_ID}-01`],
    ['short trace id', `00-${TRACE_ID.slice(1)}-${SPAN_ID}-01`],
    ['all-zero trace id', `00-${'0'.repeat(32)}-${SPAN_ID}-01`],
    ['all-zero parent id', `00-${TRACE_ID}-${'0'.repeat(16)}-01`],
    ['one-digit flags', `00-${TRACE_ID}-${SPAN_ID}-1`],
    ['oversized', `01-${TRACE_ID}-${SPAN_ID}-01-${'a'.repeat(600)}`],
  ])('rejects a traceparent that is %s', (_why, value) => {
    expect(parseTraceparent(value)).toBeUndefined();
  });
});

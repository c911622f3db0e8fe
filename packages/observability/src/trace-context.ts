/**
 * The W3C Trace Context `traceparent` value (https://www.w3.org/TR/trace-context/#traceparent-header),
 * which carries a span's context inside a job's data from the process that
 * queued it to the one that runs it. Plain string work with no imports, so
 * calling it costs nothing when tracing is off.
 */

export interface SpanContextFields {
  traceId: string;
  spanId: string;
  /** Bit 0: sampled. */
  traceFlags: number;
}

/** version-traceid-parentid-flags, lowercase hex; later versions may append "-…" fields. */
const TRACEPARENT = /^([\da-f]{2})-([\da-f]{32})-([\da-f]{16})-([\da-f]{2})(-.*)?$/;
const ALL_ZEROS = /^0+$/;
/** Far above any real value; a job's data is not trusted to be small. */
const MAX_LENGTH = 512;

/** The traceparent naming this span as the parent (version 00). */
export function formatTraceparent(context: SpanContextFields): string {
  return `00-${context.traceId}-${context.spanId}-${(context.traceFlags & 0xff).toString(16).padStart(2, '0')}`;
}

/**
 * The span context a traceparent names, or undefined when it is absent or
 * invalid: version ff, extra fields on version 00, upper-case or short hex,
 * an all-zero trace or parent id. A later version is read by its first four
 * fields, as the specification asks.
 */
export function parseTraceparent(value: unknown): SpanContextFields | undefined {
  if (typeof value !== 'string' || value.length > MAX_LENGTH) return undefined;
  const match = TRACEPARENT.exec(value.trim());
  if (!match) return undefined;
  const [, version, traceId, spanId, flags, extra] = match as unknown as [string, string, string, string, string, string | undefined];
  if (version === 'ff' || (version === '00' && extra !== undefined)) return undefined;
  if (ALL_ZEROS.test(traceId) || ALL_ZEROS.test(spanId)) return undefined;
  return { traceId, spanId, traceFlags: parseInt(flags, 16) };
}

import { timingSafeEqual } from 'node:crypto';

/**
 * Whether an Authorization header carries the metrics token (METRICS_TOKEN,
 * shared by the API's and the worker's /metrics), compared in constant time.
 */
export function metricsTokenMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.startsWith('Bearer ') ? header.slice(7) : '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

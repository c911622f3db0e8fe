// Value and TTL rules shared by both cache adapters, so they cannot drift apart.

/**
 * JSON text for a cached value. Throws for values JSON cannot represent at the
 * top level (undefined, functions, symbols): get() returns undefined for
 * "absent", so storing undefined would be indistinguishable from a miss.
 */
export function encodeValue(value: unknown): string {
  const json = JSON.stringify(value) as string | undefined;
  if (json === undefined) throw new TypeError(`Cannot cache a value of type ${typeof value}: it is not JSON-serialisable.`);
  return json;
}

/**
 * The expiry in whole milliseconds, or undefined for "never expires". Only a
 * finite ttlSeconds > 0 expires (Redis rejects EX 0, and a caller passing 0 or
 * a negative number means "no TTL" per the Cache contract).
 */
export function ttlMilliseconds(ttlSeconds: number | undefined): number | undefined {
  if (ttlSeconds === undefined || !Number.isFinite(ttlSeconds) || ttlSeconds <= 0) return undefined;
  return Math.ceil(ttlSeconds * 1000);
}

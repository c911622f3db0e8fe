/** The PostgreSQL error codes the services answer differently from a plain failure. */
export const PG_ERROR = { uniqueViolation: '23505', foreignKeyViolation: '23503' } as const;

/** Whether `error` is (or wraps: drizzle may) a PostgreSQL error with this code, from node-postgres or PGlite. */
export function isPgError(error: unknown, code: (typeof PG_ERROR)[keyof typeof PG_ERROR]): boolean {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === code) return true;
  }
  return false;
}

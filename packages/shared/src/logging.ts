/**
 * What every process's logger must never write: credentials in headers,
 * cookies, tokens and passwords in bodies, and the secret fields of the
 * configuration. Pino replaces these paths with "[redacted]".
 */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  '*.password',
  '*.passwordHash',
  '*.accessToken',
  '*.refreshToken',
  '*.token',
  '*.jwtSecret',
  '*.secretAccessKey',
  '*.anthropicApiKey',
  '*.sentryDsn',
  '*.datadogApiKey',
  'config.database.url',
  'config.database.replicaUrl',
  'config.redis.url',
];

/**
 * Serialises an error for a log line without the data it may carry: a
 * failed SQL query's message and `params` hold the user's values (emails,
 * password hashes), and driver errors can embed connection strings.
 */
export function safeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const e = error as Error & { code?: unknown; statusCode?: unknown; cause?: unknown };
  return {
    type: e.name,
    message: scrub(e.message),
    ...(typeof e.code === 'string' ? { code: e.code } : {}),
    ...(typeof e.statusCode === 'number' ? { statusCode: e.statusCode } : {}),
    ...(e.stack ? { stack: scrub(e.stack) } : {}),
    ...(e.cause instanceof Error ? { cause: safeError(e.cause) } : {}),
  };
}

function scrub(text: string): string {
  return text
    .replace(/\nparams:[\s\S]*?(?=\n {4}at |$)/g, '\nparams: [redacted]')
    .replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s:@/]+:[^\s@/]+@/gi, '$1[redacted]@');
}

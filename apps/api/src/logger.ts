import type { FastifyServerOptions } from 'fastify';
import type { LogLevel } from '@anclora/config';

/**
 * Paths pino replaces with "[redacted]" wherever they appear in a log line:
 * credentials in headers, cookies, tokens and passwords in bodies, and the
 * secret fields of the configuration.
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

export function loggerOptions(level: LogLevel, destination?: NodeJS.WritableStream): FastifyServerOptions['logger'] {
  return {
    level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    ...(destination ? { stream: destination } : {}),
    serializers: {
      req: (req: { method: string; url: string; headers: Record<string, unknown>; ip?: string }) => ({
        method: req.method,
        url: req.url,
        ip: req.ip,
        headers: req.headers,
      }),
    },
  } as FastifyServerOptions['logger'];
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Keeps a caller's (load balancer's) X-Request-Id when it is sane, else mints one. */
export function requestIdFrom(header: string | string[] | undefined, fallback: () => string): string {
  return typeof header === 'string' && REQUEST_ID.test(header) ? header : fallback();
}

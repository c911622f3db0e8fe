import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type * as SentryModule from '@sentry/node';
import type { ErrorEvent } from '@sentry/node';
import type { Config } from '@anclora/config';
import { traceIdOf } from './tracing.js';

/**
 * Server errors reported to Sentry when the profile wants it (staging,
 * production) and SENTRY_DSN is set. Otherwise nothing is imported or hooked:
 * @sentry/node is loaded with a dynamic import only when enabled.
 *
 * Only 5xx answers are reported: 4xx are the caller's mistakes. The decision
 * is made after our error handler has mapped the error to a status (onError
 * runs before it, so the error is kept until onResponse).
 *
 * Invariant: no request body, cookie or Authorization header leaves the
 * process — scrubEvent runs on every event before it is sent.
 */

export interface ErrorTrackingOptions {
  dsn: string;
  environment: string;
  release: string;
  tracesSampleRate: number;
}

export function errorTrackingOptions(config: Config): ErrorTrackingOptions | undefined {
  const { monitoring } = config;
  if (!monitoring.sentry || !monitoring.sentryDsn) return undefined;
  return { dsn: monitoring.sentryDsn, environment: config.env, release: config.release, tracesSampleRate: monitoring.tracesSampleRate };
}

const SECRET_HEADERS = new Set(['authorization', 'cookie', 'set-cookie', 'proxy-authorization', 'x-metrics-token']);

/** Drops what must never be sent: bodies, cookies, credentials, query strings. */
export function scrubEvent<E extends ErrorEvent>(event: E): E {
  const request = event.request;
  if (request) {
    delete request.data;
    delete request.cookies;
    delete request.query_string;
    if (request.url) request.url = request.url.split('?')[0];
    if (request.headers) {
      request.headers = Object.fromEntries(
        Object.entries(request.headers).filter(([name]) => !SECRET_HEADERS.has(name.toLowerCase())),
      );
    }
  }
  // The user is identified by id only (no e-mail or address).
  if (event.user) event.user = event.user.id === undefined ? {} : { id: event.user.id };
  return event;
}

type Sentry = typeof SentryModule;
let sentry: Sentry | undefined;

/** Initialises the SDK once per process (several apps in one test process share it). */
async function initSentry(options: ErrorTrackingOptions): Promise<Sentry> {
  if (sentry?.isInitialized()) return sentry;
  const Sentry = await import('@sentry/node');
  Sentry.init({
    dsn: options.dsn,
    environment: options.environment,
    release: options.release,
    tracesSampleRate: options.tracesSampleRate,
    // Collect nothing personal in the first place (events and spans alike);
    // scrubEvent is the second line for events.
    dataCollection: {
      userInfo: false,
      cookies: false,
      httpHeaders: { request: { deny: [...SECRET_HEADERS] }, response: { deny: ['set-cookie'] } },
      httpBodies: [],
      urlQueryParams: false,
    },
    // No load-time module patching: we report from Fastify's hooks.
    enableRuntimeChannelInjection: false,
    // Sentry's own Fastify integration would capture every handler error from
    // Fastify's diagnostics channel before our handler picks the status; the
    // hooks below report 5xx only, with the request id.
    integrations: (defaults) => defaults.filter((integration) => integration.name !== 'Fastify'),
    beforeSend: (event) => scrubEvent(event),
  });
  sentry = Sentry;
  return Sentry;
}

function reportServerError(Sentry: Sentry, request: FastifyRequest, statusCode: number, error: Error): void {
  const traceId = traceIdOf(request);
  // The context goes with the capture, not onto a shared scope: with app.inject
  // or without Sentry's HTTP instrumentation there is no per-request scope to hold it.
  Sentry.captureException(error, {
    tags: {
      request_id: request.id,
      'http.status_code': String(statusCode),
      route: `${request.method} ${request.routeOptions.url ?? 'unknown'}`,
      ...(traceId ? { trace_id: traceId } : {}),
    },
    ...(request.actor ? { user: { id: request.actor.userId } } : {}),
  });
}

export const errorTrackingPlugin = fp(
  async (app: FastifyInstance, options: { errorTracking: ErrorTrackingOptions | undefined; flushTimeoutMs: number }) => {
    if (!options.errorTracking) return;
    const Sentry = await initSentry(options.errorTracking);
    const failures = new WeakMap<FastifyRequest, Error>();
    app.addHook('onError', (request, _reply, error, done) => {
      failures.set(request, error);
      done();
    });
    app.addHook('onResponse', (request, reply, done) => {
      const error = failures.get(request);
      if (error && reply.statusCode >= 500) reportServerError(Sentry, request, reply.statusCode, error);
      done();
    });
    // Send what is queued before the process exits, but never hold shutdown longer than the bound.
    app.addHook('onClose', async () => {
      const flushed = await Sentry.flush(options.flushTimeoutMs);
      if (!flushed) app.log.warn({ timeoutMs: options.flushTimeoutMs }, 'Sentry events not flushed before shutdown');
    });
    app.log.info({ environment: options.errorTracking.environment, release: options.errorTracking.release }, 'reporting server errors to Sentry');
  },
  { name: 'error-tracking' },
);

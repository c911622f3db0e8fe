import type * as SentryModule from '@sentry/node';
import type { ErrorEvent } from '@sentry/node';
import type { TelemetrySettings } from './telemetry-settings.js';

/**
 * Error reports to Sentry, when the profile wants them (staging, production)
 * and SENTRY_DSN is set. Otherwise nothing is imported: @sentry/node is
 * loaded with a dynamic import only when enabled. Each process decides what
 * to report (the API: 5xx answers; the worker: job failures that are the
 * service's fault, and crashes) and calls capture().
 *
 * Invariant: no request body, cookie, Authorization header, query string or
 * user detail beyond the id leaves the process — the SDK is told to collect
 * none, and scrubEvent runs on every event before it is sent.
 */

export interface ErrorTrackingOptions {
  dsn: string;
  environment: string;
  release: string;
  tracesSampleRate: number;
}

export function errorTrackingOptions(settings: TelemetrySettings): ErrorTrackingOptions | undefined {
  const { monitoring } = settings;
  if (!monitoring.sentry || !monitoring.sentryDsn) return undefined;
  return { dsn: monitoring.sentryDsn, environment: settings.env, release: settings.release, tracesSampleRate: monitoring.tracesSampleRate };
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

export interface CaptureContext {
  /** Sentry tag values are strings; keep them short and free of user data. */
  tags: Record<string, string>;
  user?: { id: string };
  level?: 'error' | 'fatal';
}

export interface ErrorTracker {
  capture(error: unknown, context: CaptureContext): void;
  /** Sends what is queued; false when the timeout came first. */
  flush(timeoutMs: number): Promise<boolean>;
}

type Sentry = typeof SentryModule;
let sentry: Sentry | undefined;

/**
 * Initialises the SDK once per process (several apps in one test process
 * share it; the first caller's service tag stays) and returns the reporter.
 */
export async function startErrorTracking(options: ErrorTrackingOptions, service: string): Promise<ErrorTracker> {
  if (!sentry?.isInitialized()) {
    const Sentry = await import('@sentry/node');
    Sentry.init({
      dsn: options.dsn,
      environment: options.environment,
      release: options.release,
      tracesSampleRate: options.tracesSampleRate,
      // Events from the SDK's own handlers (an uncaught exception) carry it too.
      initialScope: { tags: { service } },
      // Collect nothing personal in the first place (events and spans alike);
      // scrubEvent is the second line for events.
      dataCollection: {
        userInfo: false,
        cookies: false,
        httpHeaders: { request: { deny: [...SECRET_HEADERS] }, response: { deny: ['set-cookie'] } },
        httpBodies: [],
        urlQueryParams: false,
      },
      // No load-time module patching: each process reports from its own hooks.
      enableRuntimeChannelInjection: false,
      // Sentry's own Fastify integration would capture every handler error from
      // Fastify's diagnostics channel before the API's handler picks the status
      // (the worker runs a Fastify preview server too); the API reports 5xx
      // only, with the request id.
      integrations: (defaults) => defaults.filter((integration) => integration.name !== 'Fastify'),
      beforeSend: (event) => scrubEvent(event),
    });
    sentry = Sentry;
  }
  const Sentry = sentry!;
  return {
    capture(error, context) {
      // The context goes with the capture, not onto a shared scope: concurrent
      // requests and jobs share the process's scope.
      Sentry.captureException(error, { tags: context.tags, ...(context.user ? { user: context.user } : {}), ...(context.level ? { level: context.level } : {}) });
    },
    flush: (timeoutMs) => Sentry.flush(timeoutMs),
  };
}

/** Whether anything in this process has initialised Sentry (tests prove the "off" paths with it). */
export async function errorTrackingStarted(): Promise<boolean> {
  const Sentry = await import('@sentry/node');
  return Sentry.isInitialized();
}

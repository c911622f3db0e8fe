import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { reportJobFailures, startErrorTracking, type ErrorTracker, type ErrorTrackingOptions, type JobAttemptObserver } from '@anclora/observability';
import { traceIdOf } from './tracing.js';

/**
 * The API's server errors reported to Sentry (see @anclora/observability's
 * error tracking: when it is on, what is never sent). Without options nothing
 * is imported or hooked.
 *
 * Only 5xx answers are reported: 4xx are the caller's mistakes. The decision
 * is made after our error handler has mapped the error to a status (onError
 * runs before it, so the error is kept until onResponse). Job attempts this
 * process runs are reported as the worker's are (app.jobErrorReports).
 */

declare module 'fastify' {
  interface FastifyInstance {
    /** Reports of failed job attempts this process runs; undefined when Sentry is off. */
    jobErrorReports: JobAttemptObserver | undefined;
  }
}

function reportServerError(tracker: ErrorTracker, request: FastifyRequest, statusCode: number, error: Error): void {
  const traceId = traceIdOf(request);
  tracker.capture(error, {
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
    if (!options.errorTracking) {
      app.decorate('jobErrorReports', undefined);
      return;
    }
    const tracker = await startErrorTracking(options.errorTracking, 'anclora-api');
    app.decorate('jobErrorReports', reportJobFailures(tracker));
    const failures = new WeakMap<FastifyRequest, Error>();
    app.addHook('onError', (request, _reply, error, done) => {
      failures.set(request, error);
      done();
    });
    app.addHook('onResponse', (request, reply, done) => {
      const error = failures.get(request);
      if (error && reply.statusCode >= 500) reportServerError(tracker, request, reply.statusCode, error);
      done();
    });
    // Send what is queued before the process exits, but never hold shutdown longer than the bound.
    app.addHook('onClose', async () => {
      const flushed = await tracker.flush(options.flushTimeoutMs);
      if (!flushed) app.log.warn({ timeoutMs: options.flushTimeoutMs }, 'Sentry events not flushed before shutdown');
    });
    app.log.info({ environment: options.errorTracking.environment, release: options.errorTracking.release }, 'reporting server errors to Sentry');
  },
  { name: 'error-tracking' },
);

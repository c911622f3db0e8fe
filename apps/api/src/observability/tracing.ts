import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import {
  formatTraceparent,
  startTracing,
  traceJobAttempts,
  type JobAttemptObserver,
  type TraceSpan,
  type TracingOptions,
} from '@anclora/observability';

/**
 * One server span per request, exported over OTLP/HTTP when
 * OTEL_EXPORTER_OTLP_ENDPOINT is set (the tracer provider and what it costs
 * when off: @anclora/observability's tracing), and one consumer span per job
 * attempt this process runs (app.jobSpans). A job queued by a request
 * carries the request span's traceparent, so its span, here or in the
 * worker, is that span's child. Database and outgoing HTTP calls are not
 * traced (yet).
 */

declare module 'fastify' {
  interface FastifyInstance {
    /** Spans for the job attempts this process runs; undefined when tracing is off. */
    jobSpans: JobAttemptObserver | undefined;
  }
}

const SPANS = new WeakMap<FastifyRequest, TraceSpan>();

/** The trace id of the request's span, so an error report can point at its trace. */
export function traceIdOf(request: FastifyRequest): string | undefined {
  return SPANS.get(request)?.spanContext().traceId;
}

/** The request span's W3C traceparent, put in the data of a job queued on its behalf; undefined when tracing is off. */
export function traceparentOf(request: FastifyRequest): string | undefined {
  const span = SPANS.get(request);
  return span ? formatTraceparent(span.spanContext()) : undefined;
}

export const tracingPlugin = fp(
  async (app: FastifyInstance, options: { tracing: TracingOptions | undefined; flushTimeoutMs: number }) => {
    const { tracing } = options;
    if (!tracing) {
      app.decorate('jobSpans', undefined);
      return;
    }
    const started = await startTracing(tracing, 'anclora-api', options.flushTimeoutMs);
    const { tracer, resource, shutdown } = started;
    app.decorate('jobSpans', traceJobAttempts(started));

    app.addHook('onRequest', (request, _reply, done) => {
      // The path only: query strings can carry share tokens.
      const path = request.url.split('?')[0] ?? request.url;
      const span = tracer.startSpan(`${request.method}`, {
        kind: 1, // SpanKind.SERVER
        attributes: {
          'http.request.method': request.method,
          'url.path': path,
          ...resource,
          'anclora.request_id': request.id,
        },
      });
      SPANS.set(request, span);
      done();
    });
    app.addHook('onResponse', (request, reply, done) => {
      const span = SPANS.get(request);
      if (span) {
        const route = request.routeOptions.url;
        if (route) {
          span.setAttribute('http.route', route);
          span.updateName(`${request.method} ${route}`);
        }
        span.setAttribute('http.response.status_code', reply.statusCode);
        // OTel semantics for servers: only 5xx marks the span as an error.
        if (reply.statusCode >= 500) span.setStatus({ code: 2 }); // SpanStatusCode.ERROR
        span.end();
      }
      done();
    });
    // Export what is buffered before the process goes; shutdown is bounded by the exporter timeout.
    app.addHook('onClose', async () => {
      await shutdown().catch((err: unknown) => app.log.warn({ err }, 'trace export on shutdown failed'));
    });
    app.log.info({ endpoint: new URL(tracing.endpoint).origin, sampleRate: tracing.sampleRate }, 'exporting traces over OTLP');
  },
  { name: 'tracing' },
);

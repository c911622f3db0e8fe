import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Span } from '@opentelemetry/api';
import type { Config } from '@anclora/config';

/**
 * Request spans exported over OTLP/HTTP when OTEL_EXPORTER_OTLP_ENDPOINT is set.
 *
 * Sentry 11 no longer feeds spans into an OpenTelemetry pipeline (its
 * openTelemetryIntegration only attaches events to the OTel trace), so one
 * small tracer provider serves both cases: a BatchSpanProcessor and an
 * OTLPTraceExporter, and one server span per request from Fastify's hooks.
 * Nothing is imported or hooked when the endpoint is absent, so tracing costs
 * nothing by default. Not a global provider and no auto-instrumentation:
 * database and outgoing HTTP calls are not traced (yet).
 */

const SPANS = new WeakMap<FastifyRequest, Span>();

/** The trace id of the request's span, so an error report can point at its trace. */
export function traceIdOf(request: FastifyRequest): string | undefined {
  return SPANS.get(request)?.spanContext().traceId;
}

export interface TracingOptions {
  endpoint: string;
  /** Share of requests traced (the profile's tracesSampleRate). */
  sampleRate: number;
  serviceVersion: string;
  environment: string;
}

export function tracingOptions(config: Config): TracingOptions | undefined {
  const endpoint = config.monitoring.otlpEndpoint;
  if (!endpoint) return undefined;
  return { endpoint, sampleRate: config.monitoring.tracesSampleRate, serviceVersion: config.release, environment: config.env };
}

/** The signal path per the OTLP spec: the base endpoint plus /v1/traces. */
export function tracesUrl(endpoint: string): string {
  return `${endpoint.replace(/\/+$/, '')}/v1/traces`;
}

export const tracingPlugin = fp(
  async (app: FastifyInstance, options: { tracing: TracingOptions | undefined; flushTimeoutMs: number }) => {
    const { tracing } = options;
    if (!tracing) return;
    const [{ BasicTracerProvider, BatchSpanProcessor, TraceIdRatioBasedSampler }, { OTLPTraceExporter }] = await Promise.all([
      import('@opentelemetry/sdk-trace-base'),
      import('@opentelemetry/exporter-trace-otlp-http'),
    ]);
    const exporter = new OTLPTraceExporter({ url: tracesUrl(tracing.endpoint), timeoutMillis: options.flushTimeoutMs });
    const provider = new BasicTracerProvider({
      sampler: new TraceIdRatioBasedSampler(tracing.sampleRate),
      spanProcessors: [new BatchSpanProcessor(exporter, { exportTimeoutMillis: options.flushTimeoutMs })],
    });
    const tracer = provider.getTracer('anclora-api', tracing.serviceVersion);

    app.addHook('onRequest', (request, _reply, done) => {
      // The path only: query strings can carry share tokens.
      const path = request.url.split('?')[0] ?? request.url;
      const span = tracer.startSpan(`${request.method}`, {
        kind: 1, // SpanKind.SERVER
        attributes: {
          'http.request.method': request.method,
          'url.path': path,
          'service.name': 'anclora-api',
          'service.version': tracing.serviceVersion,
          'deployment.environment.name': tracing.environment,
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
      await provider.shutdown().catch((err: unknown) => app.log.warn({ err }, 'trace export on shutdown failed'));
    });
    app.log.info({ endpoint: new URL(tracing.endpoint).origin, sampleRate: tracing.sampleRate }, 'exporting traces over OTLP');
  },
  { name: 'tracing' },
);

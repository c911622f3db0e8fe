import type { BasicTracerProvider } from '@opentelemetry/sdk-trace-base';
import type { TelemetrySettings } from './telemetry-settings.js';
import { parseTraceparent } from './trace-context.js';

/**
 * Spans exported over OTLP/HTTP when OTEL_EXPORTER_OTLP_ENDPOINT is set.
 *
 * Sentry 11 no longer feeds spans into an OpenTelemetry pipeline (its
 * openTelemetryIntegration only attaches events to the OTel trace), so one
 * small tracer provider serves both cases: a BatchSpanProcessor and an
 * OTLPTraceExporter. Nothing is imported when the endpoint is absent, so
 * tracing costs nothing by default. Not a global provider and no
 * auto-instrumentation: each process makes its own spans (the API one per
 * request, the worker one per job attempt). A job carries its requester's
 * traceparent, so its span joins the request's trace (see parentContext).
 */

export type Tracer = ReturnType<BasicTracerProvider['getTracer']>;
export type TraceSpan = ReturnType<Tracer['startSpan']>;
/** What a span starts in (OpenTelemetry's Context), named through the tracer so no extra package is named. */
export type TraceContext = NonNullable<Parameters<Tracer['startSpan']>[2]>;

export interface TracingOptions {
  endpoint: string;
  /** Share of requests or job attempts traced (the profile's tracesSampleRate). */
  sampleRate: number;
  serviceVersion: string;
  environment: string;
}

export function tracingOptions(settings: TelemetrySettings): TracingOptions | undefined {
  const endpoint = settings.monitoring.otlpEndpoint;
  if (!endpoint) return undefined;
  return { endpoint, sampleRate: settings.monitoring.tracesSampleRate, serviceVersion: settings.release, environment: settings.env };
}

/** The signal path per the OTLP spec: the base endpoint plus /v1/traces. */
export function tracesUrl(endpoint: string): string {
  return `${endpoint.replace(/\/+$/, '')}/v1/traces`;
}

export interface Tracing {
  tracer: Tracer;
  /** The attributes every span of this process carries (service, version, environment). */
  resource: Record<string, string>;
  /**
   * The context in which a span continues the remote span a traceparent
   * names; undefined (the span is a root) when it is absent or invalid.
   */
  parentContext(traceparent: string | undefined): TraceContext | undefined;
  /** Exports what is buffered and stops; bounded by the export timeout. */
  shutdown(): Promise<void>;
}

export async function startTracing(options: TracingOptions, service: string, exportTimeoutMs: number): Promise<Tracing> {
  const [{ BasicTracerProvider, BatchSpanProcessor, ParentBasedSampler, TraceIdRatioBasedSampler }, { OTLPTraceExporter }, { ROOT_CONTEXT, trace }] =
    await Promise.all([
      import('@opentelemetry/sdk-trace-base'),
      import('@opentelemetry/exporter-trace-otlp-http'),
      // The SDK's own peer dependency, already loaded with it.
      import('@opentelemetry/api'),
    ]);
  const exporter = new OTLPTraceExporter({ url: tracesUrl(options.endpoint), timeoutMillis: exportTimeoutMs });
  const provider = new BasicTracerProvider({
    // A span with a parent follows the parent's sampled flag, so a trace is kept
    // or dropped whole; only roots (requests, jobs queued without a trace) are sampled by ratio.
    sampler: new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(options.sampleRate) }),
    spanProcessors: [new BatchSpanProcessor(exporter, { exportTimeoutMillis: exportTimeoutMs })],
  });
  return {
    tracer: provider.getTracer(service, options.serviceVersion),
    resource: { 'service.name': service, 'service.version': options.serviceVersion, 'deployment.environment.name': options.environment },
    parentContext(traceparent) {
      const parent = parseTraceparent(traceparent);
      return parent ? trace.setSpanContext(ROOT_CONTEXT, { ...parent, isRemote: true }) : undefined;
    },
    shutdown: () => provider.shutdown(),
  };
}

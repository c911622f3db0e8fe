import type { BasicTracerProvider } from '@opentelemetry/sdk-trace-base';
import type { TelemetrySettings } from './telemetry-settings.js';

/**
 * Spans exported over OTLP/HTTP when OTEL_EXPORTER_OTLP_ENDPOINT is set.
 *
 * Sentry 11 no longer feeds spans into an OpenTelemetry pipeline (its
 * openTelemetryIntegration only attaches events to the OTel trace), so one
 * small tracer provider serves both cases: a BatchSpanProcessor and an
 * OTLPTraceExporter. Nothing is imported when the endpoint is absent, so
 * tracing costs nothing by default. Not a global provider and no
 * auto-instrumentation: each process makes its own spans (the API one per
 * request, the worker one per job attempt).
 */

export type Tracer = ReturnType<BasicTracerProvider['getTracer']>;
export type TraceSpan = ReturnType<Tracer['startSpan']>;

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
  /** Exports what is buffered and stops; bounded by the export timeout. */
  shutdown(): Promise<void>;
}

export async function startTracing(options: TracingOptions, service: string, exportTimeoutMs: number): Promise<Tracing> {
  const [{ BasicTracerProvider, BatchSpanProcessor, TraceIdRatioBasedSampler }, { OTLPTraceExporter }] = await Promise.all([
    import('@opentelemetry/sdk-trace-base'),
    import('@opentelemetry/exporter-trace-otlp-http'),
  ]);
  const exporter = new OTLPTraceExporter({ url: tracesUrl(options.endpoint), timeoutMillis: exportTimeoutMs });
  const provider = new BasicTracerProvider({
    sampler: new TraceIdRatioBasedSampler(options.sampleRate),
    spanProcessors: [new BatchSpanProcessor(exporter, { exportTimeoutMillis: exportTimeoutMs })],
  });
  return {
    tracer: provider.getTracer(service, options.serviceVersion),
    resource: { 'service.name': service, 'service.version': options.serviceVersion, 'deployment.environment.name': options.environment },
    shutdown: () => provider.shutdown(),
  };
}

// Monitoring shared by the API and the worker (apps may not import each other).
// Request-specific parts (the HTTP metrics plugin, active users, request spans)
// stay in apps/api; the worker's /metrics listener stays in apps/worker.
export { createCollectGuard, CollectTimeoutError, DEFAULT_COLLECT_TIMEOUT_MS, type CollectGuard } from './guarded-collect.js';
export { registerInfraCollectors, QUEUE_DEPTH_STATES } from './infra-collectors.js';
export { metricsTokenMatches } from './metrics-token.js';
export { observeJobAttempts, type JobAttempt, type JobAttemptObserver, type JobOutcome } from './job-attempts.js';
export { createJobMetrics, JOB_DURATION_BUCKETS, type JobMetrics } from './job-metrics.js';
export type { TelemetrySettings } from './telemetry-settings.js';
export {
  errorTrackingOptions,
  errorTrackingStarted,
  scrubEvent,
  startErrorTracking,
  type CaptureContext,
  type ErrorTracker,
  type ErrorTrackingOptions,
} from './error-tracking.js';
export { isServiceFault, reportJobFailures } from './job-error-reports.js';
export { startTracing, tracesUrl, tracingOptions, type TraceContext, type Tracer, type TraceSpan, type Tracing, type TracingOptions } from './tracing.js';
export { formatTraceparent, parseTraceparent, type SpanContextFields } from './trace-context.js';
export { traceJobAttempts } from './job-spans.js';

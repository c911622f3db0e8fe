import {
  errorTrackingOptions,
  reportJobFailures,
  startErrorTracking,
  startTracing,
  traceJobAttempts,
  tracingOptions,
  type ErrorTracker,
  type JobAttemptObserver,
  type TelemetrySettings,
  type Tracing,
} from '@anclora/observability';

/** How long a shutdown waits for queued error events and spans to be sent. */
export const TELEMETRY_FLUSH_TIMEOUT_MS = 2_000;

export interface WorkerTelemetry {
  /** What watches each job attempt besides its timing: error reports, spans (none when off). */
  observers: JobAttemptObserver[];
  /** Reports an unexpected crash (close-with-grace's err, a failed start); nothing when Sentry is off. */
  reportCrash(error: unknown): void;
  /** At shutdown: sends what is queued, each bounded by the flush timeout, and says what was left behind. */
  close(): Promise<{ eventsFlushed: boolean; spansExported: boolean }>;
  /** What is on, for the start-up log line. */
  describe(): { errorReports: boolean; traces: string | undefined };
}

/**
 * The worker's error reports and spans, the same way the API decides them:
 * Sentry when the profile wants it and SENTRY_DSN is set, spans when
 * OTEL_EXPORTER_OTLP_ENDPOINT is set. Either one off costs nothing: its SDK is
 * never imported and no observer is added.
 */
export async function startWorkerTelemetry(settings: TelemetrySettings, flushTimeoutMs = TELEMETRY_FLUSH_TIMEOUT_MS): Promise<WorkerTelemetry> {
  const errorOptions = errorTrackingOptions(settings);
  const traceOptions = tracingOptions(settings);
  const [tracker, tracing]: [ErrorTracker | undefined, Tracing | undefined] = await Promise.all([
    errorOptions ? startErrorTracking(errorOptions, 'anclora-worker') : undefined,
    traceOptions ? startTracing(traceOptions, 'anclora-worker', flushTimeoutMs) : undefined,
  ]);
  const observers: JobAttemptObserver[] = [];
  if (tracker) observers.push(reportJobFailures(tracker));
  if (tracing) observers.push(traceJobAttempts(tracing));
  return {
    observers,
    reportCrash(error) {
      // A no-op if Sentry's own uncaught-exception handler already sent this error.
      tracker?.capture(error, { tags: { crash: 'true' }, level: 'fatal' });
    },
    async close() {
      const [eventsFlushed, spansExported] = await Promise.all([
        tracker ? tracker.flush(flushTimeoutMs) : true,
        tracing ? tracing.shutdown().then(() => true, () => false) : true,
      ]);
      return { eventsFlushed, spansExported };
    },
    describe: () => ({ errorReports: Boolean(tracker), traces: traceOptions ? new URL(traceOptions.endpoint).origin : undefined }),
  };
}

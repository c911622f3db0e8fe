/**
 * The part of the loaded configuration (@anclora/config's Config) that error
 * reports and traces read. Spelled out structurally so this package does not
 * depend on the configuration package; a Config satisfies it as it is.
 */
export interface TelemetrySettings {
  /** The profile name (NODE_ENV): Sentry's environment. */
  env: string;
  release: string;
  monitoring: {
    /** The profile wants Sentry and SENTRY_DSN is set. */
    sentry: boolean;
    sentryDsn: string | undefined;
    /** Share of requests or job attempts traced. */
    tracesSampleRate: number;
    /** OTEL_EXPORTER_OTLP_ENDPOINT; absent: tracing is off. */
    otlpEndpoint: string | undefined;
  };
}

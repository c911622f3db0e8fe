import { ConfigError, loadConfig } from '@anclora/config';
import { createInfra } from '@anclora/infra';
import { startScheduler, startWorkers } from '@anclora/jobs';
import { observeJobAttempts } from '@anclora/observability';
import { consumeRenders, createRendering } from '@anclora/render';
import { REDACT_PATHS, safeError } from '@anclora/shared';
import closeWithGrace from 'close-with-grace';
import pino from 'pino';
import { createWorkerMetrics, startMetricsServer, type MetricsServer } from './metrics-server.js';
import { startWorkerTelemetry, type WorkerTelemetry } from './telemetry.js';

// Entry point of the background worker (`npm run worker`). With Redis it
// shares the BullMQ queues with every API instance; without Redis the API
// runs the same workers in its own process and this entry is not needed.
const log = pino({ name: 'anclora-worker', redact: { paths: REDACT_PATHS, censor: '[redacted]' }, serializers: { err: safeError } });

/** Sends what telemetry holds before the process goes, and says what was left behind. */
async function closeTelemetry(telemetry: WorkerTelemetry | undefined): Promise<void> {
  const outcome = await telemetry?.close();
  if (outcome && !outcome.eventsFlushed) log.warn('Sentry events not flushed before shutdown');
  if (outcome && !outcome.spansExported) log.warn('trace export on shutdown failed');
}

let telemetry: WorkerTelemetry | undefined;
try {
  const config = loadConfig(process.env);
  if (!config.redis.url || !config.database.url) {
    // Embedded defaults: the API runs the workers itself (the in-process
    // queue and the single-process PGlite are not reachable from here).
    log.fatal('A separate worker needs REDIS_URL and DATABASE_URL; on embedded defaults the API runs the workers in-process.');
    process.exit(78);
  }
  // The profile's level applies once start-up problems have been reported.
  log.level = config.logLevel;
  // Error reports and spans first, so a failure to start is reported too.
  telemetry = await startWorkerTelemetry(config);
  const infra = await createInfra(config, {
    processName: 'anclora-worker',
    onError: (source, err) => log.warn({ source, err }, 'connection error'),
  });
  // Every job attempt is watched in one place: timed (queue_job_duration_seconds),
  // and, when configured, reported to Sentry if it failed by our fault, and traced
  // (a job queued by a traced request carries its traceparent: its span is that request's child).
  // Jobs run exactly as before.
  const metrics = createWorkerMetrics(infra);
  const queue = observeJobAttempts(infra.queue, [metrics.jobs.observer, ...telemetry.observers]);
  const workers = startWorkers({ ...infra, queue }, {
    concurrency: config.worker.concurrency,
    onJobFailed: ({ queue, name, id, error }) => log.warn({ queue, job: name, jobId: id, err: error }, 'job failed'),
  });
  const scheduler = startScheduler(infra, { renderRetentionDays: config.render.retentionDays, onError: (err) => log.error({ err }, 'scheduling failed') });
  // Render jobs: Chromium started on the first job; previews served to it on a loopback listener of its own.
  const rendering = createRendering({ db: infra.database.primary, storage: infra.storage, settings: config.render });
  const renders = consumeRenders(queue, rendering, config.worker.concurrency);
  // GET /metrics for Prometheus. A port already taken is reported, not fatal:
  // jobs matter more than their metrics, and the scrape target shows as down.
  let metricsServer: MetricsServer | undefined;
  try {
    metricsServer = await startMetricsServer(metrics, { host: config.server.host, port: config.worker.metricsPort, token: config.server.metricsToken });
    log.info({ url: metricsServer.url }, 'metrics listening');
  } catch (err) {
    log.error({ err, port: config.worker.metricsPort }, 'metrics listener failed to start (set WORKER_METRICS_PORT)');
  }
  log.info({ env: config.env, queue: infra.queue.kind, concurrency: config.worker.concurrency, ...telemetry.describe() }, 'worker started');

  const started = telemetry;
  closeWithGrace({ delay: config.server.shutdownTimeoutMs }, async ({ signal, err }) => {
    if (err) {
      log.error({ err }, 'worker stopping after an uncaught error');
      started.reportCrash(err);
    } else log.info({ signal }, 'worker stopping: finishing active jobs');
    try {
      scheduler.stop();
      // Both consumers stop taking jobs at once, then finish what they hold.
      await Promise.all([workers.close(), renders.close()]);
      await metricsServer?.close();
      await rendering.close();
      await infra.close();
    } finally {
      // Last, so what the last jobs reported is sent too.
      await closeTelemetry(started);
    }
  });
} catch (error) {
  if (error instanceof ConfigError) {
    log.fatal(error.message);
    process.exit(78);
  }
  log.fatal({ err: error }, 'worker failed to start');
  telemetry?.reportCrash(error);
  await closeTelemetry(telemetry);
  process.exit(1);
}

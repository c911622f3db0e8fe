import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig, type Config } from '@anclora/config';
import { openDatabase, runMigrations, type Database } from '@anclora/db';
import { createMemoryCache, createMemoryQueueBackend, type Infra } from '@anclora/infra';
import { startWorkers } from '@anclora/jobs';
import { errorTrackingStarted, observeJobAttempts } from '@anclora/observability';
import { fakeDsn, receivedSpans, sentryEvents, spanAttributes, startFakeEndpoint, waitFor, type FakeEndpoint } from '@anclora/observability/testing';
import { QUEUES } from '@anclora/shared';
import { startWorkerTelemetry } from './telemetry.js';

// Random, so it is not in this file's source lines (Sentry sends source context around a frame).
const SECRET = randomBytes(12).toString('hex');

/** The test profile (Sentry off), with its monitoring part overridden as a staging deployment would have it. */
function configWith(env: Record<string, string>, monitoring: Partial<Config['monitoring']> = {}): Config {
  const loaded = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env }, { version: '0.0.0-test' });
  return { ...loaded, monitoring: { ...loaded.monitoring, ...monitoring } };
}

describe("the worker's error reports and spans", () => {
  let sentry: FakeEndpoint;
  let otlp: FakeEndpoint;
  let database: Database;
  let infra: Infra;

  beforeAll(async () => {
    [sentry, otlp] = await Promise.all([startFakeEndpoint(), startFakeEndpoint()]);
    database = await openDatabase({ kind: 'pglite', dataDir: undefined });
    await runMigrations(database);
    infra = {
      database,
      cache: createMemoryCache(),
      queue: createMemoryQueueBackend(),
      storage: { kind: 'local' } as Infra['storage'],
      redis: undefined,
      redisFailFast: undefined,
      close: async () => {},
    };
  });
  afterAll(async () => {
    await infra?.queue.close();
    await database?.close().catch(() => {});
    await Promise.all([sentry?.close(), otlp?.close()]);
  });

  // Ordered: the off cases run before anything initialises the (process-global) SDK.
  it('are off, and load nothing, without a DSN and endpoint or when the profile keeps Sentry off', async () => {
    for (const config of [configWith({}), configWith({ SENTRY_DSN: fakeDsn(sentry) })]) {
      expect(config.monitoring.sentry).toBe(false);
      const telemetry = await startWorkerTelemetry(config);
      expect(telemetry.observers).toEqual([]);
      expect(telemetry.describe()).toEqual({ errorReports: false, traces: undefined });
      telemetry.reportCrash(new Error('nobody hears this'));
      expect(await telemetry.close()).toEqual({ eventsFlushed: true, spansExported: true });
    }
    expect(await errorTrackingStarted()).toBe(false);
    expect(sentry.received).toEqual([]);
    expect(otlp.received).toEqual([]);
  });

  it('report job failures that are our fault with queue, job and attempt, trace every attempt, and send no payload', async () => {
    const config = configWith(
      { SENTRY_DSN: fakeDsn(sentry, 9), SENTRY_RELEASE: 'worker-r1', OTEL_EXPORTER_OTLP_ENDPOINT: otlp.url },
      { sentry: true, tracesSampleRate: 1 },
    );
    const telemetry = await startWorkerTelemetry(config);
    expect(telemetry.describe()).toEqual({ errorReports: true, traces: otlp.url });
    // The worker's real processors, on a queue observed as main.ts does.
    const queue = observeJobAttempts(infra.queue, telemetry.observers);
    const workers = startWorkers({ ...infra, queue }, { concurrency: 1 });
    try {
      const fine = await queue.add(QUEUES.maintenance, 'sessions.cleanup', { olderThanDays: 1 });
      await vi.waitFor(async () => expect((await queue.getJob(QUEUES.maintenance, fine.id))?.status).toBe('completed'));
      // A job name no processor knows is the producer's mistake (UNKNOWN_JOB, 400): not reported.
      const unknown = await queue.add(QUEUES.maintenance, 'nobody.knows', { secret: SECRET });
      await vi.waitFor(async () => expect((await queue.getJob(QUEUES.maintenance, unknown.id))?.status).toBe('failed'));
      // The database is gone: the cleanup fails by our fault.
      await database.close();
      const broken = await queue.add(QUEUES.maintenance, 'sessions.cleanup', { olderThanDays: 1, secret: SECRET } as { olderThanDays: number });
      await vi.waitFor(async () => expect((await queue.getJob(QUEUES.maintenance, broken.id))?.status).toBe('failed'));

      await workers.close();
      expect(await telemetry.close()).toEqual({ eventsFlushed: true, spansExported: true });
      await waitFor(() => sentryEvents(sentry).length > 0 && receivedSpans(otlp).length >= 3);

      const events = sentryEvents(sentry) as Array<{ environment: string; release: string; tags: Record<string, string> }>;
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ environment: 'test', release: 'worker-r1' });
      expect(events[0]!.tags).toEqual({ service: 'anclora-worker', queue: 'maintenance', 'job.name': 'sessions.cleanup', 'job.id': broken.id, 'job.attempt': '1' });

      const outcomes = receivedSpans(otlp).map((span) => {
        const attributes = spanAttributes(span);
        return [attributes['messaging.message.id'], attributes['anclora.job.name'], attributes['anclora.job.outcome'], attributes['error.type']];
      });
      expect(outcomes).toEqual([
        [fine.id, 'sessions.cleanup', 'completed', undefined],
        [unknown.id, 'nobody.knows', 'failed', 'UNKNOWN_JOB'],
        [broken.id, 'sessions.cleanup', 'failed', expect.any(String)],
      ]);
      const everything = [...sentry.received, ...otlp.received].map((r) => r.body).join('\n');
      expect(everything).not.toContain(SECRET);
    } finally {
      await workers.close();
    }
  });
});

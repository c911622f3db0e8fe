import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { errors } from '@anclora/shared';
import { errorTrackingStarted } from '@anclora/observability';
import { fakeDsn, parseEnvelope, sentryEvents, startFakeEndpoint, waitFor, type FakeEndpoint } from '@anclora/observability/testing';
import { createMonitoredApp } from './monitored-app.js';

// Random, so the secrets are not in this file's source lines (Sentry sends source context around a frame).
const secret = () => randomBytes(12).toString('hex');
const SECRET_BODY = secret();
const SECRET_TOKEN = secret();
const SECRET_COOKIE = secret();

const throwawayRoutes = (app: FastifyInstance) => {
  app.post('/test/boom', async () => {
    throw new Error('database exploded');
  });
  app.post('/test/bad', async () => {
    throw errors.validation('the caller sent nonsense');
  });
};

const hit = (app: FastifyInstance, url: string, id: string) =>
  app.inject({
    method: 'POST',
    url,
    headers: { authorization: `Bearer ${SECRET_TOKEN}`, cookie: `anclora_refresh=${SECRET_COOKIE}`, 'x-request-id': id, 'content-type': 'application/json' },
    payload: JSON.stringify({ password: SECRET_BODY }),
  });

// Ordered: the off cases run before anything initialises the (process-global) SDK.
describe('error tracking with Sentry off', () => {
  let sentry: FakeEndpoint;
  beforeAll(async () => {
    sentry = await startFakeEndpoint();
  });
  afterAll(() => sentry.close());

  it('initialises nothing without a DSN, or when the profile keeps Sentry off', async () => {
    const noDsn = await createMonitoredApp({}, { sentry: true }, throwawayRoutes);
    expect((await hit(noDsn.app, '/test/boom', 'off-1')).statusCode).toBe(500);
    await noDsn.close();
    // The test profile has Sentry off: a DSN alone does not turn it on.
    const profileOff = await createMonitoredApp({ SENTRY_DSN: fakeDsn(sentry) }, {}, throwawayRoutes);
    expect(profileOff.config.monitoring.sentry).toBe(false);
    expect((await hit(profileOff.app, '/test/boom', 'off-2')).statusCode).toBe(500);
    await profileOff.close();
    await new Promise((r) => setTimeout(r, 200));
    expect(sentry.received).toEqual([]);
    expect(await errorTrackingStarted()).toBe(false);
  });
});

describe('error tracking with Sentry on', () => {
  let sentry: FakeEndpoint;
  let otlp: FakeEndpoint;
  beforeAll(async () => {
    [sentry, otlp] = await Promise.all([startFakeEndpoint(), startFakeEndpoint()]);
  });
  afterAll(async () => {
    await Promise.all([sentry.close(), otlp.close()]);
  });

  it('sends one scrubbed event for a 500, with environment, release, request id and trace id; nothing for a 400', async () => {
    const t = await createMonitoredApp(
      { SENTRY_DSN: fakeDsn(sentry, 42), SENTRY_RELEASE: 'abc123', OTEL_EXPORTER_OTLP_ENDPOINT: otlp.url },
      { sentry: true, tracesSampleRate: 1 },
      throwawayRoutes,
    );
    expect((await hit(t.app, '/test/bad', 'req-400')).statusCode).toBe(400);
    expect((await hit(t.app, '/test/boom', 'req-500')).statusCode).toBe(500);
    // A graceful close flushes both pipelines.
    await t.close();

    const envelopes = sentry.received.map((r) => ({ ...r, envelope: parseEnvelope(r.body) }));
    expect(envelopes.every((e) => e.method === 'POST' && e.url.startsWith('/api/42/envelope/'))).toBe(true);
    const events = envelopes.flatMap((e) => e.envelope.items).filter((i) => i.header.type === 'event');
    expect(events).toHaveLength(1);
    const event = events[0]!.payload as { environment?: string; release?: string; tags?: Record<string, string>; exception?: { values?: Array<{ value?: string }> } };
    expect(event.environment).toBe('test');
    expect(event.release).toBe('abc123');
    expect(event.tags).toMatchObject({ request_id: 'req-500', 'http.status_code': '500', service: 'anclora-api' });
    expect(event.exception?.values?.[0]?.value).toBe('database exploded');

    // Nothing secret anywhere in what was sent (events, transactions, breadcrumbs).
    const everything = sentry.received.map((r) => r.body).join('\n');
    for (const value of [SECRET_BODY, SECRET_TOKEN, SECRET_COOKIE]) expect(everything).not.toContain(value);
    expect(everything).not.toContain('req-400');

    // The request's span went to the OTLP collector, and the event names its trace.
    await waitFor(() => otlp.received.length > 0);
    const spans = otlp.received.filter((r) => r.url === '/v1/traces').map((r) => r.body).join('\n');
    expect(spans).toContain('POST /test/boom');
    expect(spans).toContain(String(event.tags?.trace_id));
  });

  it('reports a failed job attempt the API runs itself, tagged with queue and job; never a job refused as the caller’s mistake', async () => {
    sentry.received.length = 0;
    const t = await createMonitoredApp({ SENTRY_DSN: fakeDsn(sentry, 43) }, { sentry: true }, () => {});
    try {
      // Any consumer of the app's queue (the generations and renders consumers take it too).
      const queue = t.app.infra.queue;
      const consumer = queue.process<{ kind: string }, void>('test-jobs', async (job) => {
        if (job.data.kind === 'refused') throw errors.validation('the payload is not usable');
        throw new Error('renderer crashed');
      });
      const crashed = await queue.add('test-jobs', 'test.crash', { kind: 'crash' });
      const refused = await queue.add('test-jobs', 'test.refused', { kind: 'refused' });
      await vi.waitFor(
        async () => {
          for (const { id } of [crashed, refused]) expect((await queue.getJob('test-jobs', id))?.status).toBe('failed');
        },
        { timeout: 10_000 },
      );
      await consumer.close();
    } finally {
      await t.close();
    }
    // close() flushes within its bound; on a loaded machine the fake endpoint may hear it a moment later.
    await waitFor(() => sentryEvents(sentry).length >= 1, 10_000);
    const events = sentryEvents(sentry);
    expect(events).toHaveLength(1);
    expect(events[0]!.tags).toMatchObject({ queue: 'test-jobs', 'job.name': 'test.crash', 'job.attempt': '1', service: 'anclora-api' });
  });
});

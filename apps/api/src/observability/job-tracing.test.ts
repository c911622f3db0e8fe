import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { generateSpec } from '@anclora/engine';
import type { WorkerHandle } from '@anclora/infra';
import { deleteKeysAt } from '@anclora/infra/testing';
import { QUEUES } from '@anclora/shared';
import { receivedSpans, spanAttributes, startFakeEndpoint, waitFor, type FakeEndpoint, type OtlpSpan } from '@anclora/observability/testing';
import { consumeGenerations } from '../plugins/services.js';
import { signUp } from '../testing/accounts.js';
import { createTestApp, realServices } from '../testing/test-app.js';
import { createMonitoredApp } from './monitored-app.js';

type Queued = { id: string };

/** Reads a job's record (the API's own id for it) until it says done; its final status. */
async function statusOnceDone(app: FastifyInstance, url: string, authorization: string): Promise<string> {
  // Under the test's own timeout, so a slow job fails with the status it was in, not a bare timeout.
  const deadline = Date.now() + 45_000;
  for (;;) {
    const { status } = (await app.inject({ method: 'GET', url, headers: { authorization } })).json<{ status: string }>();
    if (status === 'succeeded' || status === 'failed' || Date.now() > deadline) return status;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function queueGeneration(app: FastifyInstance, authorization: string): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/generations',
    headers: { authorization },
    // A prompt of its own: a cached answer from another run would change nothing here, but stays out of the way.
    payload: { prompt: `tarjeta de perfil ${randomBytes(4).toString('hex')}`, target: 'html-css', async: true },
  });
  expect(res.statusCode).toBe(202);
  return res.json<Queued>().id;
}

/** The request span and the job span of one queued job, once the collector has both. */
async function requestAndJobSpans(otlp: FakeEndpoint, route: string, queue: string, jobId: string): Promise<{ request: OtlpSpan; job: OtlpSpan }> {
  const find = () => ({
    request: receivedSpans(otlp).find((s) => s.name === route),
    job: receivedSpans(otlp).find((s) => s.name === `process ${queue}` && spanAttributes(s)['messaging.message.id'] === jobId),
  });
  await waitFor(() => Boolean(find().request && find().job));
  const { request, job } = find();
  return { request: request!, job: job! };
}

/** What a job span must be to link to its request: same trace, the request's span as parent. */
function expectChildOf(job: OtlpSpan, request: OtlpSpan): void {
  expect(request.traceId).toMatch(/^[0-9a-f]{32}$/);
  expect(request.parentSpanId).toBeUndefined();
  expect(job).toMatchObject({ kind: 5, traceId: request.traceId, parentSpanId: request.spanId });
  expect(spanAttributes(job)).toMatchObject({ 'service.name': 'anclora-api', 'anclora.job.outcome': 'completed' });
}

describe('job spans continue the request that queued them', () => {
  let otlp: FakeEndpoint;
  beforeAll(async () => {
    otlp = await startFakeEndpoint();
  });
  afterAll(() => otlp.close());

  it('a traced async generation: the job carries the request span’s traceparent and the API’s own consumer makes its child span', async () => {
    otlp.received.length = 0;
    const t = await createMonitoredApp({ OTEL_EXPORTER_OTLP_ENDPOINT: otlp.url }, { tracesSampleRate: 1 }, () => {});
    let data: Record<string, unknown> | undefined;
    let id: string;
    try {
      const owner = await signUp(t.app, 'traced-generation');
      id = await queueGeneration(t.app, owner.authorization);
      // Embedded defaults: this app's in-process consumer runs it.
      expect(await statusOnceDone(t.app, `/api/generations/${id}`, owner.authorization)).toBe('succeeded');
      data = (await t.app.infra.queue.getJob<Record<string, unknown>>(QUEUES.generations, id))?.data;
    } finally {
      await t.close();
    }
    const { request, job } = await requestAndJobSpans(otlp, 'POST /api/generations', 'generations', id);
    expectChildOf(job, request);
    expect(data?.traceparent).toBe(`00-${request.traceId}-${request.spanId}-01`);
  });

  it('tracing off: nothing is wrapped, and the job data holds no traceparent', async () => {
    const t = await createTestApp();
    try {
      expect(t.app.infra).toBe(t.infra);
      const owner = await signUp(t.app, 'untraced-generation');
      const id = await queueGeneration(t.app, owner.authorization);
      expect(await statusOnceDone(t.app, `/api/generations/${id}`, owner.authorization)).toBe('succeeded');
      const job = await t.app.infra.queue.getJob<Record<string, unknown>>(QUEUES.generations, id);
      expect(job?.data).toHaveProperty('generationId', id);
      expect(job?.data).not.toHaveProperty('traceparent');
    } finally {
      await t.close();
    }
  });

  describe.skipIf(!realServices.redisUrl)('on BullMQ [redis]', () => {
    it('the traceparent survives Redis, and a consumer subscribed to the shared queue makes the child span [redis]', async () => {
      otlp.received.length = 0;
      const prefix = `anclora-test-${randomBytes(4).toString('hex')}`;
      const t = await createMonitoredApp(
        { OTEL_EXPORTER_OTLP_ENDPOINT: otlp.url, REDIS_URL: realServices.redisUrl!, QUEUE_PREFIX: prefix },
        { tracesSampleRate: 1 },
        () => {},
      );
      let consumer: WorkerHandle | undefined;
      let id: string;
      try {
        expect(t.app.infra.queue.kind).toBe('bullmq');
        const owner = await signUp(t.app, 'traced-bullmq');
        id = await queueGeneration(t.app, owner.authorization);
        consumer = consumeGenerations(t.app, 1);
        expect(await statusOnceDone(t.app, `/api/generations/${id}`, owner.authorization)).toBe('succeeded');
      } finally {
        await consumer?.close();
        await t.close();
        await deleteKeysAt(realServices.redisUrl!, `${prefix}:`);
      }
      const { request, job } = await requestAndJobSpans(otlp, 'POST /api/generations', 'generations', id);
      expectChildOf(job, request);
    }, 90_000);
  });

  describe.skipIf(!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'))('renders [chromium]', () => {
    it('a traced render request: its job, run in this process, is a child of the request span [chromium]', async () => {
      otlp.received.length = 0;
      const t = await createMonitoredApp({ OTEL_EXPORTER_OTLP_ENDPOINT: otlp.url }, { tracesSampleRate: 1 }, () => {});
      let id: string;
      try {
        const owner = await signUp(t.app, 'traced-render');
        const created = await t.app.inject({ method: 'POST', url: '/api/components', headers: { authorization: owner.authorization }, payload: { spec: generateSpec('pricing card').spec } });
        expect(created.statusCode).toBe(201);
        const componentId = created.json<{ component: { id: string } }>().component.id;
        const accepted = await t.app.inject({
          method: 'POST',
          url: `/api/components/${componentId}/renders`,
          headers: { authorization: owner.authorization },
          payload: { target: 'html-css', viewports: [375] },
        });
        expect(accepted.statusCode).toBe(202);
        id = accepted.json<Queued>().id;
        expect(await statusOnceDone(t.app, `/api/renders/${id}`, owner.authorization)).toBe('succeeded');
      } finally {
        await t.close();
      }
      const { request, job } = await requestAndJobSpans(otlp, 'POST /api/components/:id/renders', 'renders', id);
      expectChildOf(job, request);
    }, 90_000);
  });
});

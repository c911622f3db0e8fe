import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorTrackingStarted } from '@anclora/observability';
import { receivedSpans, spanAttributes, startFakeEndpoint, waitFor, type FakeEndpoint } from '@anclora/observability/testing';
import { createMonitoredApp } from './monitored-app.js';

describe('OTLP tracing without Sentry', () => {
  let otlp: FakeEndpoint;
  beforeAll(async () => {
    otlp = await startFakeEndpoint();
  });
  afterAll(() => otlp.close());

  it('exports nothing when no endpoint is configured', async () => {
    const t = await createMonitoredApp({}, { tracesSampleRate: 1 }, () => {});
    expect((await t.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    await t.close();
    expect(otlp.received).toEqual([]);
  });

  it('exports a server span per request over OTLP/HTTP, flushed on close', async () => {
    const t = await createMonitoredApp({ OTEL_EXPORTER_OTLP_ENDPOINT: otlp.url }, { tracesSampleRate: 1 }, () => {});
    expect(t.config.monitoring.sentry).toBe(false);
    const res = await t.app.inject({ method: 'GET', url: '/api/health?probe=secret-query', headers: { 'x-request-id': 'trace-req-1' } });
    expect(res.statusCode).toBe(200);
    await t.close();
    await waitFor(() => otlp.received.length > 0);
    expect(otlp.received.every((r) => r.method === 'POST' && r.url === '/v1/traces')).toBe(true);
    const span = receivedSpans(otlp).find((s) => s.name === 'GET /api/health');
    expect(span).toBeDefined();
    const attrs = spanAttributes(span!);
    expect(attrs).toMatchObject({ 'http.route': '/api/health', 'anclora.request_id': 'trace-req-1', 'url.path': '/api/health', 'service.name': 'anclora-api' });
    expect(Number(attrs['http.response.status_code'])).toBe(200);
    expect(otlp.received.map((r) => r.body).join('')).not.toContain('secret-query');
    expect(await errorTrackingStarted()).toBe(false);
  });
});

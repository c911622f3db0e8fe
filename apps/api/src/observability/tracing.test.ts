import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tracesUrl } from './tracing.js';
import { createMonitoredApp, startFakeEndpoint, waitFor, type FakeEndpoint } from './telemetry-fakes.js';

interface OtlpSpan {
  name: string;
  traceId: string;
  attributes: Array<{ key: string; value: Record<string, unknown> }>;
}

const spansIn = (body: string): OtlpSpan[] =>
  (JSON.parse(body) as { resourceSpans: Array<{ scopeSpans: Array<{ spans: OtlpSpan[] }> }> }).resourceSpans.flatMap((r) =>
    r.scopeSpans.flatMap((s) => s.spans),
  );

describe('OTLP tracing without Sentry', () => {
  let otlp: FakeEndpoint;
  beforeAll(async () => {
    otlp = await startFakeEndpoint();
  });
  afterAll(() => otlp.close());

  it('appends the signal path to the base endpoint', () => {
    expect(tracesUrl('http://collector:4318')).toBe('http://collector:4318/v1/traces');
    expect(tracesUrl('http://collector:4318/')).toBe('http://collector:4318/v1/traces');
  });

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
    const spans = otlp.received.flatMap((r) => spansIn(r.body));
    const span = spans.find((s) => s.name === 'GET /api/health');
    expect(span).toBeDefined();
    const attrs = Object.fromEntries(span!.attributes.map((a) => [a.key, Object.values(a.value)[0]]));
    expect(attrs).toMatchObject({ 'http.route': '/api/health', 'anclora.request_id': 'trace-req-1', 'url.path': '/api/health' });
    expect(Number(attrs['http.response.status_code'])).toBe(200);
    expect(otlp.received.map((r) => r.body).join('')).not.toContain('secret-query');
    const Sentry = await import('@sentry/node');
    expect(Sentry.isInitialized()).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import type { ErrorEvent } from '@sentry/node';
import { errorTrackingOptions, scrubEvent } from './error-tracking.js';
import { tracesUrl, tracingOptions } from './tracing.js';
import type { TelemetrySettings } from './telemetry-settings.js';

const settings = (monitoring: Partial<TelemetrySettings['monitoring']>): TelemetrySettings => ({
  env: 'staging',
  release: 'r1',
  monitoring: { sentry: false, sentryDsn: undefined, tracesSampleRate: 0.1, otlpEndpoint: undefined, ...monitoring },
});

describe('scrubEvent', () => {
  it('drops bodies, cookies, credentials and query strings', () => {
    const event = scrubEvent({
      type: undefined,
      request: {
        url: 'http://x/api/share?token=t',
        query_string: 'token=t',
        data: { password: 'p' },
        cookies: { a: 'b' },
        headers: { Authorization: 'Bearer x', cookie: 'a=b', 'x-metrics-token': 'm', 'user-agent': 'ua' },
      },
      user: { id: 'u1', email: 'a@b.c', ip_address: '1.2.3.4' },
    } as ErrorEvent);
    expect(event.request).toEqual({ url: 'http://x/api/share', headers: { 'user-agent': 'ua' } });
    expect(event.user).toEqual({ id: 'u1' });
  });
});

describe('when error reports and traces are on', () => {
  it('reports only when the profile wants Sentry and a DSN is set', () => {
    expect(errorTrackingOptions(settings({ sentry: false, sentryDsn: 'http://k@127.0.0.1:9/1' }))).toBeUndefined();
    expect(errorTrackingOptions(settings({ sentry: true, sentryDsn: undefined }))).toBeUndefined();
    expect(errorTrackingOptions(settings({ sentry: true, sentryDsn: 'http://k@127.0.0.1:9/1' }))).toEqual({
      dsn: 'http://k@127.0.0.1:9/1',
      environment: 'staging',
      release: 'r1',
      tracesSampleRate: 0.1,
    });
  });

  it('traces only with an OTLP endpoint, whatever Sentry does, and appends the signal path', () => {
    expect(tracingOptions(settings({ sentry: true, sentryDsn: 'http://k@127.0.0.1:9/1' }))).toBeUndefined();
    expect(tracingOptions(settings({ otlpEndpoint: 'http://collector:4318' }))).toEqual({
      endpoint: 'http://collector:4318',
      sampleRate: 0.1,
      serviceVersion: 'r1',
      environment: 'staging',
    });
    expect(tracesUrl('http://collector:4318')).toBe('http://collector:4318/v1/traces');
    expect(tracesUrl('http://collector:4318/')).toBe('http://collector:4318/v1/traces');
  });
});

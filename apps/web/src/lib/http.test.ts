import { afterEach, describe, expect, it, vi } from 'vitest';
import { asHttpError, errorMessage, HttpError, requestJson, streamErrorToHttpError, toHttpError } from './http';

afterEach(() => vi.unstubAllGlobals());

describe('toHttpError', () => {
  it('reads the API error shape with details and issues', () => {
    const error = toHttpError(422, {
      error: { code: 'GENERATION_FAILED', message: 'Invalid spec', details: { issues: [{ path: 'root.tag', message: 'unknown tag' }, { bad: 1 }] } },
    });
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 422, code: 'GENERATION_FAILED', message: 'Invalid spec' });
    expect(error.issues).toEqual([{ path: 'root.tag', message: 'unknown tag' }]);
  });

  it('takes Retry-After from the header first, then from details', () => {
    expect(toHttpError(429, { error: { code: 'RATE_LIMITED', message: 'slow down', details: { retryAfterSeconds: 9 } } }, '30').retryAfterSeconds).toBe(30);
    expect(toHttpError(429, { error: { code: 'RATE_LIMITED', message: 'slow down', details: { retryAfterSeconds: 9 } } }).retryAfterSeconds).toBe(9);
  });

  it('exposes the quota reset date', () => {
    const error = toHttpError(402, { error: { code: 'QUOTA_EXCEEDED', message: 'used up', details: { limit: 50, resetAt: '2026-08-01T00:00:00.000Z' } } });
    expect(error.resetAt?.toISOString()).toBe('2026-08-01T00:00:00.000Z');
    expect(toHttpError(402, { error: { code: 'QUOTA_EXCEEDED', message: 'trial' } }).resetAt).toBeUndefined();
  });

  it('falls back to HTTP_<status> for bodies that are not the error shape', () => {
    expect(toHttpError(502, '<html>')).toMatchObject({ code: 'HTTP_502', status: 502 });
  });

  it('maps stream error events to their HTTP status', () => {
    expect(streamErrorToHttpError({ error: { code: 'PROVIDER_UNAVAILABLE', message: 'down', details: { retryAfterSeconds: 5 } } })).toMatchObject({
      status: 503,
      code: 'PROVIDER_UNAVAILABLE',
      retryAfterSeconds: 5,
    });
    expect(streamErrorToHttpError({ code: 'GENERATION_FAILED', message: 'x' }).status).toBe(422);
  });
});

describe('requestJson', () => {
  it('sends JSON with the bearer token and parses the answer', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ ok: true }), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    await expect(requestJson('/api/x', { method: 'POST', body: { a: 1 }, token: 't' })).resolves.toEqual({ ok: true });
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.headers).toMatchObject({ Authorization: 'Bearer t', 'Content-Type': 'application/json' });
    expect(init.body).toBe('{"a":1}');
  });

  it('rejects with the mapped error, and with NETWORK_ERROR when fetch fails', async () => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ error: { code: 'UNAUTHORIZED', message: 'no' } }), { status: 401 }));
    await expect(requestJson('/api/x')).rejects.toMatchObject({ status: 401, code: 'UNAUTHORIZED' });
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(requestJson('/api/x')).rejects.toMatchObject({ status: 0, code: 'NETWORK_ERROR' });
  });

  it('resolves undefined for 204', async () => {
    vi.stubGlobal('fetch', async () => new Response(null, { status: 204 }));
    await expect(requestJson('/api/auth/logout', { method: 'POST' })).resolves.toBeUndefined();
  });
});

describe('asHttpError and errorMessage', () => {
  it('keeps an HttpError as it is and turns anything else into a NETWORK_ERROR with its text', () => {
    const http = new HttpError(404, 'NOT_FOUND', 'gone');
    expect(asHttpError(http)).toBe(http);
    expect(asHttpError(new TypeError('Failed to fetch'))).toMatchObject({ status: 0, code: 'NETWORK_ERROR', message: 'Failed to fetch' });
    expect(asHttpError('boom')).toMatchObject({ status: 0, code: 'NETWORK_ERROR', message: 'boom' });
  });

  it('reads the message of an Error or stringifies anything else', () => {
    expect(errorMessage(new Error('no disk'))).toBe('no disk');
    expect(errorMessage(42)).toBe('42');
  });
});

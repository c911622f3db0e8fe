import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, getHealth, getReady } from './api';

function stubFetch(handler: (url: string) => Response | Promise<Response>) {
  const fetchMock = vi.fn((input: RequestInfo | URL) => Promise.resolve(handler(String(input))));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('getHealth', () => {
  it('returns the typed body', async () => {
    stubFetch(() => json({ status: 'ok', version: '0.1.0', uptime: 12.5 }));
    await expect(getHealth()).resolves.toEqual({ status: 'ok', version: '0.1.0', uptime: 12.5 });
  });

  it('rejects an unexpected body', async () => {
    stubFetch(() => json({ status: 'ok' }));
    await expect(getHealth()).rejects.toMatchObject({ kind: 'invalid-body' });
  });

  it('reports a network failure as ApiError', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))));
    const error = await getHealth().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'network' });
  });

  it('reports a gateway error as an http error', async () => {
    stubFetch(() => new Response('<html>Bad gateway</html>', { status: 502 }));
    await expect(getHealth()).rejects.toMatchObject({ kind: 'http', httpStatus: 502 });
  });

  it('times out', async () => {
    vi.useFakeTimers();
    vi.stubGlobal(
      'fetch',
      vi.fn(
        (_input: RequestInfo | URL, init?: RequestInit) =>
          new Promise<Response>((_resolve, reject) => {
            init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
          }),
      ),
    );
    const pending = getHealth().catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(6_000);
    expect(await pending).toMatchObject({ kind: 'timeout' });
  });
});

describe('getReady', () => {
  const degraded = {
    status: 'down',
    checks: {
      db: { status: 'down', required: true, error: 'connection refused' },
      redis: { status: 'up', required: false, latencyMs: 1.2 },
    },
  };

  it('treats a 503 with a readiness body as a result, not an error', async () => {
    stubFetch(() => json(degraded, 503));
    await expect(getReady()).resolves.toEqual({ ...degraded, httpStatus: 503 });
  });

  it('rejects a 503 without a readiness body', async () => {
    stubFetch(() => new Response('Service Unavailable', { status: 503 }));
    await expect(getReady()).rejects.toMatchObject({ kind: 'invalid-body', httpStatus: 503 });
  });

  it('rejects an unknown check status', async () => {
    stubFetch(() => json({ status: 'ok', checks: { db: { status: 'green', required: true } } }));
    await expect(getReady()).rejects.toMatchObject({ kind: 'invalid-body' });
  });

  it('requests the same-origin endpoint', async () => {
    const fetchMock = stubFetch(() => json({ status: 'ok', checks: {} }));
    await getReady();
    expect(fetchMock).toHaveBeenCalledWith('/api/ready', expect.anything());
  });
});

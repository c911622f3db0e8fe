import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchDownload, fetchDownloadSignedIn, fileNameFromDisposition, saveBlob } from './anclora-api';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('fileNameFromDisposition', () => {
  it('reads the quoted, bare and RFC 5987 forms, preferring filename*', () => {
    expect(fileNameFromDisposition('attachment; filename="pricing-card-react-css.zip"', 'x.zip')).toBe('pricing-card-react-css.zip');
    expect(fileNameFromDisposition('attachment; filename=card-vue.zip', 'x.zip')).toBe('card-vue.zip');
    expect(fileNameFromDisposition(`attachment; filename="tarjeta.zip"; filename*=UTF-8''tarjeta-%C3%B1.zip`, 'x.zip')).toBe('tarjeta-ñ.zip');
    expect(fileNameFromDisposition("attachment; filename*=UTF-8''caf%C3%A9.zip", 'x.zip')).toBe('café.zip');
    expect(fileNameFromDisposition('attachment; filename="a \\"quoted\\" name.zip"', 'x.zip')).toBe('a "quoted" name.zip');
  });

  it('falls back when the header is missing or names nothing usable, and never keeps a directory', () => {
    expect(fileNameFromDisposition(null, 'component-html-css.zip')).toBe('component-html-css.zip');
    expect(fileNameFromDisposition('attachment', 'x.zip')).toBe('x.zip');
    expect(fileNameFromDisposition('attachment; filename="../../etc/passwd"', 'x.zip')).toBe('passwd');
    expect(fileNameFromDisposition("attachment; filename*=UTF-8''..%2F..%5Cevil.zip", 'x.zip')).toBe('evil.zip');
    expect(fileNameFromDisposition(`attachment; filename*=UTF-8''%E0%A4%A; filename="ok.zip"`, 'x.zip')).toBe('ok.zip');
  });
});

const zip = (disposition?: string) =>
  new Response(new Uint8Array([0x50, 0x4b, 0x03, 0x04]), { status: 200, headers: disposition ? { 'content-disposition': disposition } : {} });
const apiError = (status: number, code: string) => new Response(JSON.stringify({ error: { code, message: code.toLowerCase() } }), { status });

describe('fetchDownload', () => {
  it('sends the token (and a JSON body for a POST) and names the file from the answer', async () => {
    const fetchMock = vi.fn(async () => zip('attachment; filename="card-react-css.zip"'));
    vi.stubGlobal('fetch', fetchMock);
    const result = await fetchDownload({ path: '/api/export', method: 'POST', body: { target: 'react-css' }, fallbackName: 'x.zip' }, 't1');
    expect(result.fileName).toBe('card-react-css.zip');
    expect(result.blob.size).toBe(4);
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(init).toMatchObject({ method: 'POST', body: '{"target":"react-css"}', headers: { Authorization: 'Bearer t1', 'Content-Type': 'application/json' } });
  });

  it('rejects with the API error, an empty answer, or NETWORK_ERROR', async () => {
    vi.stubGlobal('fetch', async () => apiError(404, 'NOT_FOUND'));
    await expect(fetchDownload({ path: '/api/components/x/export', fallbackName: 'x.zip' }, null)).rejects.toMatchObject({ status: 404, code: 'NOT_FOUND' });
    vi.stubGlobal('fetch', async () => new Response(new Uint8Array(0), { status: 200 }));
    await expect(fetchDownload({ path: '/a', fallbackName: 'x.zip' }, null)).rejects.toMatchObject({ code: 'INVALID_RESPONSE' });
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(fetchDownload({ path: '/a', fallbackName: 'x.zip' }, null)).rejects.toMatchObject({ status: 0, code: 'NETWORK_ERROR' });
  });
});

describe('fetchDownloadSignedIn', () => {
  it('renews an expired token once and retries with the new one', async () => {
    let token = 'old';
    const seen: string[] = [];
    vi.stubGlobal('fetch', async (_path: string, init: RequestInit) => {
      const auth = (init.headers as Record<string, string>).Authorization ?? '';
      seen.push(auth);
      return auth === 'Bearer new' ? zip() : apiError(401, 'UNAUTHORIZED');
    });
    const refresh = vi.fn(async () => ((token = 'new'), true));
    const result = await fetchDownloadSignedIn({ path: '/a', fallbackName: 'fallback.zip' }, { getToken: () => token, refresh });
    expect(result.fileName).toBe('fallback.zip');
    expect(seen).toEqual(['Bearer old', 'Bearer new']);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('does not try to renew without a token, nor for other errors, and passes a failed renewal on as the 401', async () => {
    const refresh = vi.fn(async () => false);
    vi.stubGlobal('fetch', async () => apiError(401, 'UNAUTHORIZED'));
    await expect(fetchDownloadSignedIn({ path: '/a', fallbackName: 'x.zip' }, { getToken: () => null, refresh })).rejects.toMatchObject({ status: 401 });
    expect(refresh).not.toHaveBeenCalled();
    await expect(fetchDownloadSignedIn({ path: '/a', fallbackName: 'x.zip' }, { getToken: () => 't', refresh })).rejects.toMatchObject({ status: 401 });
    expect(refresh).toHaveBeenCalledTimes(1);
    vi.stubGlobal('fetch', async () => apiError(403, 'FORBIDDEN'));
    await expect(fetchDownloadSignedIn({ path: '/a', fallbackName: 'x.zip' }, { getToken: () => 't', refresh })).rejects.toMatchObject({ status: 403 });
    expect(refresh).toHaveBeenCalledTimes(1);
  });
});

describe('saveBlob', () => {
  it('clicks a hidden download link, removes it, and revokes the object URL only after 10 s', () => {
    vi.useFakeTimers();
    const link = { href: '', download: '', hidden: false, click: vi.fn(), remove: vi.fn() };
    const append = vi.fn();
    vi.stubGlobal('document', { createElement: () => link, body: { append } });
    vi.stubGlobal('window', globalThis);
    const revoke = vi.fn();
    vi.stubGlobal('URL', { createObjectURL: () => 'blob:x', revokeObjectURL: revoke });

    saveBlob(new Blob(['zip']), 'card.zip');
    expect(link).toMatchObject({ href: 'blob:x', download: 'card.zip', hidden: true });
    expect(append).toHaveBeenCalledWith(link);
    expect(link.click).toHaveBeenCalledTimes(1);
    expect(link.remove).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(9_999);
    expect(revoke).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(revoke).toHaveBeenCalledWith('blob:x');
  });
});

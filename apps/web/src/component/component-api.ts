/** The component page's calls: versions, render jobs, baselines, visual diffs and the zip export (shapes from apps/api). */
import type { ComponentDetail } from '../lib/anclora-api';
import { HttpError, networkError, toHttpError, type RequestOptions } from '../lib/http';

export type Request = <T>(path: string, options?: Omit<RequestOptions, 'token'>) => Promise<T>;

export interface VersionItem {
  version: number;
  note: string | null;
  createdAt: string;
  current: boolean;
}

export interface VersionDetail {
  version: number;
  note: string | null;
  createdAt: string;
  spec: unknown;
}

export type RenderStatus = 'queued' | 'running' | 'succeeded' | 'failed';

export interface ViewportDiff {
  changedPixels: number;
  ratio: number;
  threshold: number;
  passed: boolean;
  diffUrl: string;
  /** The screenshot this render was compared with (the baseline at render time). */
  baselineUrl?: string;
  baselineRenderId: string;
}

export interface RenderView {
  id: string;
  status: RenderStatus;
  target: string;
  version: number;
  error: { code: string; message: string } | null;
  results: Array<{ viewport: number; screenshotUrl: string; diff?: ViewportDiff }> | null;
}

export interface DiffView {
  target: string;
  threshold: number;
  baselines: Array<{ viewport: number; renderId: string; version: number; screenshotUrl: string }>;
  render: { id: string; version: number; createdAt: string } | null;
  viewports: Array<{ viewport: number; screenshotUrl: string; diff: ViewportDiff | null }>;
  passed: boolean | null;
}

/** Calls for one component, through the signed-in request (token and renewal included). */
export function componentApi(request: Request, id: string) {
  const base = `/api/components/${encodeURIComponent(id)}`;
  return {
    versions: () => request<{ items: VersionItem[] }>(`${base}/versions`).then((body) => body.items),
    version: (version: number) => request<VersionDetail>(`${base}/versions/${version}`),
    restore: (version: number) => request<ComponentDetail>(`${base}/versions/${version}/restore`, { method: 'POST' }),
    startRender: (target: string) => request<{ id: string; status: 'queued' }>(`${base}/renders`, { method: 'POST', body: { target } }),
    render: (renderId: string) => request<RenderView>(`/api/renders/${encodeURIComponent(renderId)}`),
    approve: (target: string, renderId?: string) => request<{ baselines: unknown[] }>(`${base}/baseline`, { method: 'POST', body: { target, ...(renderId ? { renderId } : {}) } }),
    diff: (target: string) => request<DiffView>(`${base}/diff?target=${encodeURIComponent(target)}`),
  };
}

/** The file name from a Content-Disposition header (`attachment; filename="x.zip"`), else the fallback. */
export function attachmentName(header: string | null, fallback: string): string {
  const star = header && /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star?.[1]) return decodeURIComponent(star[1]);
  const plain = header && /filename="?([^";]+)"?/i.exec(header);
  return plain?.[1] ?? fallback;
}

/**
 * GET …/export?target= answers a zip, which the JSON client cannot read:
 * fetched here with the bearer token, renewed once on a 401.
 */
export async function fetchExport(id: string, target: string, auth: { getToken(): string | null; refresh(): Promise<boolean> }): Promise<{ blob: Blob; filename: string }> {
  const path = `/api/components/${encodeURIComponent(id)}/export?target=${encodeURIComponent(target)}`;
  const send = async () => {
    const token = auth.getToken();
    try {
      return await fetch(path, { headers: { Accept: 'application/zip', ...(token ? { Authorization: `Bearer ${token}` } : {}) }, credentials: 'same-origin' });
    } catch {
      throw networkError(path);
    }
  };
  let response = await send();
  if (response.status === 401 && (await auth.refresh().catch(() => false))) response = await send();
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => undefined);
    throw toHttpError(response.status, body, response.headers.get('retry-after'));
  }
  const blob = await response.blob();
  if (blob.size === 0) throw new HttpError(response.status, 'INVALID_RESPONSE', 'The export was empty.');
  return { blob, filename: attachmentName(response.headers.get('content-disposition'), `component-${target}.zip`) };
}

/** Saves a blob as a file through a temporary object URL. */
export function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // The click starts the download synchronously; the URL can go once it has.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

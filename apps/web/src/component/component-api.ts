/** The component page's calls: versions, render jobs, baselines and visual diffs (shapes from apps/api; the zip export is lib/anclora-api's fetchDownload). */
import type { ComponentDetail } from '../lib/anclora-api';
import type { RequestOptions } from '../lib/http';

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

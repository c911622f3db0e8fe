/** Types and calls for the product endpoints the workspace uses (see PRODUCT.md "Public HTTP API"). */
import type { CompiledFile, ComponentSpec, QualityReport, TargetId, UnsupportedConstruct } from '@anclora/engine';
import { HttpError, networkError, streamErrorToHttpError, toHttpError } from './http';
import { readSse } from './sse';

export type { CompiledFile, ComponentSpec, QualityReport, TargetId, UnsupportedConstruct };

export interface User {
  id: string;
  email: string;
  name: string | null;
  plan: 'free' | 'pro' | 'enterprise';
  createdAt: string;
}

export interface AuthResult {
  user: User;
  accessToken: string;
  expiresIn: number;
}

export interface Target {
  id: TargetId;
  framework: string;
  styling: string;
  label: string;
  detail: string;
}

export interface DesignSystemSummary {
  id: string;
  name: string;
  builtIn: boolean;
  version: number;
  tokenCount: number;
}

export interface ComponentView {
  id: string;
  name: string;
  description: string | null;
  designSystemId: string | null;
  version: number;
  isPublic: boolean;
  createdAt: string;
  updatedAt: string;
  /** GET /api/components/:id only: true when the caller owns it (and may share, render, restore or refine it). */
  canEdit?: boolean;
}

export interface ComponentPage {
  items: ComponentView[];
  page: number;
  limit: number;
  total: number;
}

export interface ComponentDetail {
  component: ComponentView;
  spec: ComponentSpec;
  quality: QualityReport;
}

/** POST /api/import: pasted HTML/CSS as a spec, with what the importer could not carry. */
export interface ImportResult {
  spec: ComponentSpec;
  quality: QualityReport;
  unsupported: UnsupportedConstruct[];
}

/** POST /api/components (from a spec or pasted code): the saved component, version 1. */
export interface SavedComponent extends ImportResult {
  component: ComponentView;
}

/** GET /api/examples/:id: a curated library example, loadable into the workspace. */
export interface Example {
  id: string;
  name: string;
  description: string;
  category: string;
  target: TargetId;
  designSystemId: string;
  prompt: string;
  spec: ComponentSpec;
}

/** GET /api/generations/providers: what this server has configured, and what the caller's plan may choose. */
export interface ProviderList {
  default: string;
  providers: Array<{ id: string; model: string; allowed: boolean }>;
}

export interface CompiledOutput {
  target: TargetId;
  files: CompiledFile[];
  entry: string;
}

/** GET /api/generations/credits: what is left (null limit/remaining: unlimited on a paid plan). */
export interface Credits {
  plan: string;
  limit: number | null;
  used: number;
  remaining: number | null;
  resetAt: string | null;
}

export interface GenerationRequest {
  prompt: string;
  target: string;
  designSystemId?: string;
  viewport?: number;
  componentId?: string;
  /** Only when not the server's default (a model provider needs Pro). */
  provider?: string;
}

export interface GenerationProgress {
  stage: string;
  characters: number;
  partial?: unknown;
}

export interface GenerationDone {
  generationId: string;
  componentId: string | null;
  version: number | null;
  provider: string;
  model: string;
  fromCache: boolean;
  notes: string[];
  durationMs: number;
}

export interface GenerationHandlers {
  onProgress?(progress: GenerationProgress): void;
  onSpec?(spec: ComponentSpec): void;
  onCode?(code: { target: TargetId; files: CompiledFile[] }): void;
  onQuality?(quality: QualityReport): void;
}

/**
 * POST /api/generations as a server-sent event stream. Resolves with the `done` event;
 * rejects with HttpError for a 4xx/5xx answer or an `error` event.
 */
export async function streamGeneration(
  body: GenerationRequest,
  token: string | null,
  handlers: GenerationHandlers,
  signal?: AbortSignal,
): Promise<GenerationDone> {
  const headers: Record<string, string> = { Accept: 'text/event-stream', 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch('/api/generations', { method: 'POST', headers, body: JSON.stringify(body), credentials: 'same-origin', ...(signal ? { signal } : {}) });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw networkError('/api/generations');
  }
  if (!response.ok) {
    const text = await response.text().catch(() => '');
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    throw toHttpError(response.status, parsed, response.headers.get('retry-after'));
  }
  if (!response.body) throw new HttpError(response.status, 'INVALID_RESPONSE', 'The generation answered without a body.');

  let done: GenerationDone | undefined;
  let failure: HttpError | undefined;
  try {
    await readSse(response.body, ({ event, data }) => {
      let payload: unknown;
      try {
        payload = JSON.parse(data);
      } catch {
        return;
      }
      switch (event) {
        case 'progress':
          handlers.onProgress?.(payload as GenerationProgress);
          break;
        case 'spec':
          handlers.onSpec?.((payload as { spec: ComponentSpec }).spec);
          break;
        case 'code':
          handlers.onCode?.(payload as { target: TargetId; files: CompiledFile[] });
          break;
        case 'quality':
          handlers.onQuality?.(payload as QualityReport);
          break;
        case 'done':
          done = payload as GenerationDone;
          break;
        case 'error':
          failure = streamErrorToHttpError(payload);
          break;
      }
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw networkError('/api/generations');
  }
  if (failure) throw failure;
  if (!done) throw new HttpError(0, 'STREAM_INTERRUPTED', 'The generation stream ended before it finished.');
  return done;
}

/** The file name from a Content-Disposition header (RFC 6266: `filename*` wins over `filename`), else the fallback. */
export function fileNameFromDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)?'[^']*'([^;]+)/.exec(header);
  if (extended?.[1]) {
    try {
      return safeFileName(decodeURIComponent(extended[1].trim()), fallback);
    } catch {
      // Malformed percent-encoding: fall through to the plain parameter.
    }
  }
  const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]+))/.exec(header);
  const name = plain?.[1]?.replace(/\\(.)/g, '$1') ?? plain?.[2];
  return name ? safeFileName(name, fallback) : fallback;
}

// A server-chosen name never picks a directory.
const safeFileName = (name: string, fallback: string) => name.split(/[\\/]/).pop()?.trim() || fallback;

export interface DownloadRequest {
  path: string;
  method?: 'GET' | 'POST';
  body?: unknown;
  /** Used when the answer names no file. */
  fallbackName: string;
}

/** Fetches an attachment (a zip export) with the bearer token; rejects with HttpError like the JSON client. */
export async function fetchDownload(request: DownloadRequest, token: string | null): Promise<{ blob: Blob; fileName: string }> {
  const headers: Record<string, string> = {};
  if (request.body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch(request.path, {
      method: request.method ?? 'GET',
      headers,
      credentials: 'same-origin',
      ...(request.body !== undefined ? { body: JSON.stringify(request.body) } : {}),
    });
  } catch {
    throw networkError(request.path);
  }
  if (!response.ok) {
    let parsed: unknown;
    try {
      parsed = await response.json();
    } catch {
      parsed = undefined;
    }
    throw toHttpError(response.status, parsed, response.headers.get('retry-after'));
  }
  const blob = await response.blob();
  if (blob.size === 0) throw new HttpError(response.status, 'INVALID_RESPONSE', 'The download was empty.');
  return { blob, fileName: fileNameFromDisposition(response.headers.get('content-disposition'), request.fallbackName) };
}

/** The signed-in session as a download needs it (useAuth() is one): the current token and one renewal. */
export interface TokenSource {
  getToken(): string | null;
  refresh(): Promise<boolean>;
}

/** fetchDownload with the session's token, renewed once and retried when it has expired (401). */
export async function fetchDownloadSignedIn(request: DownloadRequest, auth: TokenSource): Promise<{ blob: Blob; fileName: string }> {
  try {
    return await fetchDownload(request, auth.getToken());
  } catch (error) {
    const renewable = error instanceof HttpError && error.status === 401 && auth.getToken() !== null;
    if (!renewable || !(await auth.refresh().catch(() => false))) throw error;
    return fetchDownload(request, auth.getToken());
  }
}

/** Hands a blob to the browser as a download with this name. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the URL after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

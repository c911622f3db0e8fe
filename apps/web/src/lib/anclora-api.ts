/** Types and calls for the product endpoints the workspace uses (see PRODUCT.md "Public HTTP API"). */
import type { CompiledFile, ComponentSpec, QualityReport, TargetId } from '@anclora/engine';
import { HttpError, networkError, streamErrorToHttpError, toHttpError } from './http';
import { readSse } from './sse';

export type { CompiledFile, ComponentSpec, QualityReport, TargetId };

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

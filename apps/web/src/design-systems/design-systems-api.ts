/** Shapes and calls for /api/design-systems (see apps/api/src/routes/design-system-routes.ts). */
import type { Token } from '@anclora/engine';
import { HttpError, networkError, toHttpError } from '../lib/http';
import type { ExportFormat, ImportFormat } from './formats';

export interface DesignSystemView {
  id: string;
  name: string;
  builtIn: boolean;
  version: number;
  sourceFormat: string | null;
  tokenCount: number;
  createdAt: string | null;
  updatedAt: string | null;
}

export interface DesignSystemDetail extends DesignSystemView {
  tokens: Record<string, Token>;
}

/** POST and PATCH answers: the roles the API filled from the base preset (Anclora Ocean) because the file lacked them. */
export interface SavedDesignSystem extends DesignSystemView {
  filledRoles: string[];
  /**
   * What the importer left out (animation names, content strings…), the engine's
   * SkippedToken. Optional: shown when the API sends it (it does not yet).
   */
  skipped?: Array<{ name: string; path?: string; reason: string }>;
}

export type CreateBody = { name: string; preset: string } | { name: string; format: ImportFormat; source: string };

/** `useAuth().request`, so these calls get the bearer token and its renewal. */
type Request = <T>(path: string, options?: { method?: 'GET' | 'POST' | 'PATCH' | 'DELETE'; body?: unknown }) => Promise<T>;

const base = '/api/design-systems';
const one = (id: string) => `${base}/${encodeURIComponent(id)}`;

export const listDesignSystems = (request: Request) => request<{ designSystems: DesignSystemView[] }>(base).then((b) => b.designSystems);
export const getDesignSystem = (request: Request, id: string) => request<{ designSystem: DesignSystemDetail }>(one(id)).then((b) => b.designSystem);
export const createDesignSystem = (request: Request, body: CreateBody) =>
  request<{ designSystem: SavedDesignSystem }>(base, { method: 'POST', body }).then((b) => b.designSystem);
export const renameDesignSystem = (request: Request, id: string, name: string) =>
  request<{ designSystem: SavedDesignSystem }>(one(id), { method: 'PATCH', body: { name } }).then((b) => b.designSystem);
export const deleteDesignSystem = (request: Request, id: string) => request<void>(one(id), { method: 'DELETE' });

/** How the export call authenticates: the current token, and a renewal for a 401. */
export interface TokenSource {
  getToken(): string | null;
  refresh(): Promise<boolean>;
}

async function fetchText(path: string, token: string | null, signal?: AbortSignal): Promise<string> {
  let response: Response;
  try {
    response = await fetch(path, { headers: token ? { Authorization: `Bearer ${token}` } : {}, credentials: 'same-origin', ...(signal ? { signal } : {}) });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw networkError(path);
  }
  const text = await response.text();
  if (response.ok) return text;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  throw toHttpError(response.status, body, response.headers.get('retry-after'));
}

/** The export as text (it is a file, not JSON, so it cannot go through `request`). */
export async function exportDesignSystem(auth: TokenSource, id: string, format: ExportFormat, signal?: AbortSignal): Promise<string> {
  const path = `${one(id)}/export?format=${encodeURIComponent(format)}`;
  const token = auth.getToken();
  try {
    return await fetchText(path, token, signal);
  } catch (error) {
    if (!(error instanceof HttpError) || error.status !== 401 || !token || !(await auth.refresh())) throw error;
    return fetchText(path, auth.getToken(), signal);
  }
}

// One implementation, in lib/http; re-exported because the design-system panels import it from here.
export { asHttpError } from '../lib/http';

/**
 * The app's JSON client: the API's error shape `{ error: { code, message, details? } }`
 * becomes an HttpError with what the UI needs to offer a way forward.
 */
export interface ErrorIssue {
  path?: string;
  message: string;
}

export class HttpError extends Error {
  override readonly name = 'HttpError';

  constructor(
    /** 0 when the request never got an answer (offline, DNS, aborted connection). */
    readonly status: number,
    /** The API's stable code, or NETWORK_ERROR / INVALID_RESPONSE / HTTP_<status>. */
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
    /** Seconds to wait before retrying, from Retry-After or details.retryAfterSeconds. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }

  /** Validation and generation issues, with their JSON paths. */
  get issues(): ErrorIssue[] {
    const raw = this.details.issues;
    if (!Array.isArray(raw)) return [];
    return raw.flatMap((issue: unknown) => {
      if (typeof issue !== 'object' || issue === null) return [];
      const { path, message } = issue as { path?: unknown; message?: unknown };
      if (typeof message !== 'string') return [];
      return [{ message, ...(typeof path === 'string' ? { path } : {}) }];
    });
  }

  /** For QUOTA_EXCEEDED on the Free plan: when the allowance resets. */
  get resetAt(): Date | undefined {
    const value = this.details.resetAt;
    if (typeof value !== 'string') return undefined;
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? undefined : date;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function parseRetryAfter(header: string | null | undefined): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/** Maps a non-2xx answer (status, parsed body or undefined, Retry-After header) to an HttpError. */
export function toHttpError(status: number, body: unknown, retryAfterHeader?: string | null): HttpError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : undefined;
  const code = typeof error?.code === 'string' ? error.code : `HTTP_${status}`;
  const message = typeof error?.message === 'string' ? error.message : `The server answered HTTP ${status}.`;
  const details = isRecord(error?.details) ? error.details : {};
  const fromDetails = typeof details.retryAfterSeconds === 'number' ? details.retryAfterSeconds : undefined;
  return new HttpError(status, code, message, details, parseRetryAfter(retryAfterHeader) ?? fromDetails);
}

/** An error that arrived inside a 200 event stream (`event: error`), mapped like an HTTP answer. */
export function streamErrorToHttpError(data: unknown): HttpError {
  const body = isRecord(data) && isRecord(data.error) ? data : { error: data };
  const code = isRecord(body.error) && typeof body.error.code === 'string' ? body.error.code : '';
  return toHttpError(STREAM_ERROR_STATUS[code] ?? 500, body);
}

const STREAM_ERROR_STATUS: Record<string, number> = {
  PROVIDER_UNAVAILABLE: 503,
  PROVIDER_REJECTED: 502,
  GENERATION_FAILED: 422,
  GENERATION_ABORTED: 499,
  QUOTA_EXCEEDED: 402,
  RATE_LIMITED: 429,
};

export const networkError = (path: string) => new HttpError(0, 'NETWORK_ERROR', `No answer from the server for ${path}.`);

/** Any rejection as an HttpError, so the UI has one shape to explain (a non-HTTP failure counts as no answer). */
export const asHttpError = (cause: unknown): HttpError =>
  cause instanceof HttpError ? cause : new HttpError(0, 'NETWORK_ERROR', errorMessage(cause));

/** The text of any rejection, for a status line. */
export const errorMessage = (cause: unknown): string => (cause instanceof Error ? cause.message : String(cause));

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  body?: unknown;
  token?: string | null;
  signal?: AbortSignal;
}

/** Sends a JSON request; resolves with the parsed body (undefined for 204), rejects with HttpError. */
export async function requestJson<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      credentials: 'same-origin',
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (cause) {
    if (options.signal?.aborted) throw cause;
    throw networkError(path);
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    if (response.ok) throw new HttpError(response.status, 'INVALID_RESPONSE', `${path} did not answer with JSON.`);
  }
  if (!response.ok) throw toHttpError(response.status, body, response.headers.get('retry-after'));
  return body as T;
}

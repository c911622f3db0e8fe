/**
 * Typed client for the API's operational endpoints.
 * Same-origin requests: Vite proxies /api in dev, the API serves this app in production.
 */

export type CheckStatus = 'up' | 'down' | 'degraded';
export type ReadinessStatus = 'ok' | 'degraded' | 'down';

export interface HealthResponse {
  status: string;
  version: string;
  /** Process uptime in seconds. */
  uptime: number;
}

export interface ReadinessCheck {
  status: CheckStatus;
  required: boolean;
  latencyMs?: number;
  error?: string;
}

export interface ReadinessResponse {
  status: ReadinessStatus;
  checks: Record<string, ReadinessCheck>;
}

export type ApiErrorKind = 'network' | 'timeout' | 'http' | 'invalid-body';

export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly httpStatus?: number,
  ) {
    super(message);
  }
}

export const REQUEST_TIMEOUT_MS = 5_000;

interface JsonResponse {
  httpStatus: number;
  body: unknown;
}

/**
 * GET a JSON document. Statuses in `acceptStatuses` (besides 2xx) are returned rather than thrown,
 * for endpoints such as /api/ready that answer 503 with a meaningful body.
 */
async function getJson(path: string, signal?: AbortSignal, acceptStatuses: readonly number[] = []): Promise<JsonResponse> {
  const controller = new AbortController();
  const abort = () => controller.abort();
  signal?.addEventListener('abort', abort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, REQUEST_TIMEOUT_MS);

  try {
    let response: Response;
    try {
      response = await fetch(path, {
        headers: { Accept: 'application/json' },
        cache: 'no-store',
        signal: controller.signal,
      });
    } catch (cause) {
      if (timedOut) throw new ApiError('timeout', `No answer from ${path} within ${REQUEST_TIMEOUT_MS / 1000} s`);
      if (signal?.aborted) throw cause;
      throw new ApiError('network', `Network error while requesting ${path}`);
    }

    if (!response.ok && !acceptStatuses.includes(response.status)) {
      throw new ApiError('http', `${path} answered HTTP ${response.status}`, response.status);
    }

    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new ApiError('invalid-body', `${path} did not answer with JSON`, response.status);
    }
    return { httpStatus: response.status, body };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const CHECK_STATUSES: readonly string[] = ['up', 'down', 'degraded'] satisfies CheckStatus[];
const READINESS_STATUSES: readonly string[] = ['ok', 'degraded', 'down'] satisfies ReadinessStatus[];

function isHealthResponse(value: unknown): value is HealthResponse {
  return (
    isRecord(value) &&
    typeof value.status === 'string' &&
    typeof value.version === 'string' &&
    typeof value.uptime === 'number'
  );
}

function isReadinessCheck(value: unknown): value is ReadinessCheck {
  return (
    isRecord(value) &&
    typeof value.status === 'string' &&
    CHECK_STATUSES.includes(value.status) &&
    typeof value.required === 'boolean' &&
    (value.latencyMs === undefined || typeof value.latencyMs === 'number') &&
    (value.error === undefined || typeof value.error === 'string')
  );
}

function isReadinessResponse(value: unknown): value is ReadinessResponse {
  return (
    isRecord(value) &&
    typeof value.status === 'string' &&
    READINESS_STATUSES.includes(value.status) &&
    isRecord(value.checks) &&
    Object.values(value.checks).every(isReadinessCheck)
  );
}

/** GET /api/health — liveness and build information. */
export async function getHealth(signal?: AbortSignal): Promise<HealthResponse> {
  const { httpStatus, body } = await getJson('/api/health', signal);
  if (!isHealthResponse(body)) throw new ApiError('invalid-body', '/api/health answered an unexpected body', httpStatus);
  return body;
}

export interface ReadinessResult extends ReadinessResponse {
  /** 200 when ready, 503 when a required check is down. */
  httpStatus: number;
}

/** GET /api/ready — dependency checks. A 503 with a readiness body is a result, not an error. */
export async function getReady(signal?: AbortSignal): Promise<ReadinessResult> {
  const { httpStatus, body } = await getJson('/api/ready', signal, [503]);
  if (!isReadinessResponse(body)) throw new ApiError('invalid-body', '/api/ready answered an unexpected body', httpStatus);
  return { ...body, httpStatus };
}

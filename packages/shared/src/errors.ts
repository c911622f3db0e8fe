import { AppError } from './app-error.js';

// Named constructors for the codes used across processes. Codes are part of
// the public contract (PRODUCT.md): add new ones, never rename.
export const errors = {
  validation: (message: string, details?: Record<string, unknown>) =>
    new AppError('VALIDATION_ERROR', 400, message, details),
  invalidJson: (message = 'The request body is not valid JSON.') => new AppError('INVALID_JSON', 400, message),
  unauthorized: (message = 'Authentication is required.') => new AppError('UNAUTHORIZED', 401, message),
  invalidCredentials: () => new AppError('INVALID_CREDENTIALS', 401, 'The email or password is incorrect.'),
  forbidden: (message = 'You are not allowed to do this.') => new AppError('FORBIDDEN', 403, message),
  notFound: (what = 'Resource') => new AppError('NOT_FOUND', 404, `${what} not found.`),
  routeNotFound: (method: string, url: string) =>
    new AppError('ROUTE_NOT_FOUND', 404, `No route for ${method} ${url.split('?')[0]}.`),
  conflict: (code: string, message: string) => new AppError(code, 409, message),
  idempotencyKeyReused: () =>
    new AppError('IDEMPOTENCY_KEY_REUSED', 422, 'This Idempotency-Key was already used for a different request; use a new key for a new request.'),
  payloadTooLarge: (limitBytes: number) =>
    new AppError('PAYLOAD_TOO_LARGE', 413, `The request body exceeds the limit of ${limitBytes} bytes.`),
  unsupportedMediaType: (type: string) =>
    new AppError('UNSUPPORTED_MEDIA_TYPE', 415, `Content-Type ${type} is not supported; send application/json.`),
  rateLimited: (retryAfterSeconds: number) =>
    new AppError('RATE_LIMITED', 429, `Too many requests; retry in ${retryAfterSeconds} s.`, { retryAfterSeconds }),
  invalidKey: (key: string, why: string) => new AppError('INVALID_STORAGE_KEY', 400, `Invalid object key "${key}": ${why}.`),
  unavailable: (what: string) => new AppError('SERVICE_UNAVAILABLE', 503, `${what} is unavailable.`),
  internal: () => new AppError('INTERNAL_ERROR', 500, 'An unexpected error occurred.'),
} as const;

import type { FastifyError, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { EngineError } from '@anclora/engine';
import { AppError, errors, isAppError } from '@anclora/shared';

// Fastify's own client errors, mapped to our stable codes.
const FASTIFY_CODES: Record<string, (error: FastifyError, bodyLimit: number) => AppError> = {
  FST_ERR_CTP_BODY_TOO_LARGE: (_e, limit) => errors.payloadTooLarge(limit),
  FST_ERR_CTP_INVALID_JSON_BODY: () => errors.invalidJson(),
  FST_ERR_CTP_EMPTY_JSON_BODY: () =>
    errors.invalidJson('The request body is empty; send a JSON document or omit the Content-Type header.'),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: (e) => new AppError('UNSUPPORTED_MEDIA_TYPE', 415, e.message),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () => new AppError('INVALID_CONTENT_LENGTH', 400, 'Content-Length does not match the body.'),
};

// Engine errors that are not about the caller's input: the model service
// failed (503, retry later), refused the request (502), or answered with a
// spec that stayed invalid after the repairs (422, with the reasons).
const ENGINE_STATUS: Record<string, number> = {
  PROVIDER_UNAVAILABLE: 503,
  PROVIDER_REJECTED: 502,
  GENERATION_FAILED: 422,
  GENERATION_ABORTED: 499,
};

/** Turns anything thrown into the public error shape; 5xx details never leave the process. */
export function toAppError(error: FastifyError | Error, bodyLimit: number): AppError {
  if (isAppError(error)) return error;
  // The engine reports bad specs, token files and pasted code as data; they
  // are the caller's input, so a 400 with every issue and its path.
  if (error instanceof EngineError) {
    const status = ENGINE_STATUS[error.code] ?? 400;
    const retryAfter = (error as { retryAfterSeconds?: number }).retryAfterSeconds;
    return new AppError(error.code, status, error.message, {
      issues: error.issues,
      ...(retryAfter !== undefined ? { retryAfterSeconds: retryAfter } : {}),
    });
  }
  const fastifyError = error as FastifyError;
  if (fastifyError.validation) {
    const context = fastifyError.validationContext ?? 'request';
    const issues = fastifyError.validation.map((v) => ({
      path: `${context}${v.instancePath || ''}`,
      message: v.message ?? 'is invalid',
      ...(v.params && 'missingProperty' in v.params ? { missingProperty: v.params.missingProperty } : {}),
      ...(v.params && 'additionalProperty' in v.params ? { additionalProperty: v.params.additionalProperty } : {}),
    }));
    const first = issues[0];
    const message = first
      ? `Invalid ${context}: ${first.path} ${first.message}${'additionalProperty' in first ? ` (${String(first.additionalProperty)})` : ''}`
      : `Invalid ${context}.`;
    return errors.validation(message, { issues });
  }
  const mapped = fastifyError.code ? FASTIFY_CODES[fastifyError.code] : undefined;
  if (mapped) return mapped(fastifyError, bodyLimit);
  const status = fastifyError.statusCode;
  if (status !== undefined && status >= 400 && status < 500) {
    return new AppError('BAD_REQUEST', status, fastifyError.message);
  }
  return errors.internal();
}

/** One error handler and one not-found handler, both answering in the PRODUCT.md error shape. */
export const errorHandlerPlugin = fp(
  async (app: FastifyInstance, options: { bodyLimit: number }) => {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      const appError = toAppError(error, options.bodyLimit);
      if (appError.statusCode >= 500) {
        request.log.error({ err: error }, 'request failed');
      } else {
        request.log.info({ code: appError.code, statusCode: appError.statusCode }, appError.message);
      }
      if ((appError.code === 'RATE_LIMITED' || appError.code === 'PROVIDER_UNAVAILABLE') && appError.details?.retryAfterSeconds !== undefined) {
        void reply.header('retry-after', String(appError.details.retryAfterSeconds));
      }
      return reply.status(appError.statusCode).send(appError.toJSON());
    });
  },
  { name: 'error-handler' },
);

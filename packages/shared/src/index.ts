export { AppError, isAppError } from './app-error.js';
export { errors } from './errors.js';
export * from './http/common.js';
export * from './http/health.js';
export * from './http/auth.js';
export * from './queues.js';
export * from './http/engine.js';
export { REDACT_PATHS, safeError } from './logging.js';

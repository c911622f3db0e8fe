/**
 * The one error type of the project: a stable SNAKE_CASE code, an HTTP status
 * and a message safe to show to the caller. Anything thrown that is not an
 * AppError is an internal fault: the API answers 500 with a generic message
 * and logs the original.
 */
export class AppError extends Error {
  override readonly name = 'AppError';

  constructor(
    readonly code: string,
    readonly statusCode: number,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }

  toJSON(): { error: { code: string; message: string; details?: Record<string, unknown> } } {
    return { error: { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) } };
  }
}

export const isAppError = (value: unknown): value is AppError => value instanceof AppError;

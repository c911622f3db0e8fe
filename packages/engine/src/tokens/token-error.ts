import { EngineError } from '../engine-error.js';

/**
 * The stable codes token import and export can fail with. The API maps each
 * to a 4xx answer; the UI shows the message and highlights `path`.
 */
export type TokenErrorCode =
  | 'INVALID_TOKEN_FILE'
  | 'TOKEN_FILE_TOO_DEEP'
  | 'TOKEN_FILE_TOO_LARGE'
  | 'UNKNOWN_TOKEN_FORMAT'
  | 'UNKNOWN_TOKEN_TYPE'
  | 'UNKNOWN_TOKEN_ALIAS'
  | 'TOKEN_ALIAS_CYCLE'
  | 'DUPLICATE_TOKEN_PATH'
  | 'INVALID_TOKEN_VALUE';

/**
 * Limits that keep hostile token files from hanging or crashing the process.
 * Real design systems stay far below them (large ones have a few thousand
 * tokens nested five or six groups deep).
 */
export const TOKEN_LIMITS = { maxDepth: 32, maxTokens: 20_000, maxNodes: 500_000 } as const;

/** An EngineError whose single issue carries the token path (when known). */
export function tokenError(code: TokenErrorCode, message: string, path?: string): EngineError {
  return new EngineError(code, message, [path === undefined ? { code, message } : { code, message, path }]);
}

import { tokenError } from './token-error.js';

/**
 * The JSON formats (DTCG, Style Dictionary) accept parsed JSON or its text.
 * Anything that is not a JSON object is INVALID_TOKEN_FILE, never a crash.
 */
export function parseJsonSource(source: unknown, format: string): Record<string, unknown> {
  let value = source;
  if (typeof source === 'string') {
    try {
      value = JSON.parse(source);
    } catch (error) {
      // RangeError too: a pathologically nested text must not escape as a crash.
      const reason = error instanceof Error ? error.message : String(error);
      throw tokenError('INVALID_TOKEN_FILE', `The ${format} file is not valid JSON: ${reason}`);
    }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw tokenError('INVALID_TOKEN_FILE', `A ${format} file must be a JSON object of token groups.`);
  }
  return value as Record<string, unknown>;
}

export const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A path for error messages, shortened when hostile input made it huge. */
export function displayPath(segments: readonly string[]): string {
  const text = segments.join('.');
  return segments.length > 12 ? `${segments.slice(0, 12).join('.')}…` : text || '(root)';
}

/**
 * Errors are data: a stable code, a message and, where it applies, the path
 * of the offending part of the input (a JSON path into the spec, or a token
 * path). The API maps every EngineError to a 4xx with the same code.
 */
export interface EngineIssue {
  code: string;
  message: string;
  /** Where: "root.children[2].style.base.color" or "color.brand.primary". */
  path?: string;
}

export class EngineError extends Error {
  override readonly name = 'EngineError';
  constructor(
    readonly code: string,
    message: string,
    readonly issues: EngineIssue[] = [{ code, message }],
  ) {
    super(message);
  }
}

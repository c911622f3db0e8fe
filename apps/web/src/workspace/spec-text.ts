/** The spec editor's text: parsed before it is sent, and the API's rejection summed up in one line under the editor. */
import type { ComponentSpec } from '../lib/anclora-api';
import type { ErrorIssue } from '../lib/http';

export type SpecStatus = { tone: 'bad' | 'info' | 'good'; message: string } | null;

/** The parsed spec, or the parser's message. Only the JSON is checked here: the server judges the spec itself. */
export function parseSpecText(text: string): { spec: ComponentSpec } | { error: string } {
  try {
    return { spec: JSON.parse(text) as ComponentSpec };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** The rejection's message and its first three issues (path and message), joined by " · ". */
export function rejectionDetail(error: { message: string; issues: ErrorIssue[] }): string {
  return [error.message, ...error.issues.slice(0, 3).map((i) => `${i.path ?? ''} ${i.message}`.trim())].join(' · ');
}

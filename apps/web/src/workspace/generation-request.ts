/** The body of POST /api/generations as the workspace sends it, and which of its failures the provider picker caused. */
import type { GenerationRequest } from '../lib/anclora-api';

export interface GenerationChoices {
  target: string;
  designSystemId: string;
  /** The saved component being refined, if any. */
  refineId?: string | undefined;
  /** null: the server's default provider, which is then left out of the request. */
  provider: string | null;
}

export function generationBody(prompt: string, { target, designSystemId, refineId, provider }: GenerationChoices): GenerationRequest {
  return { prompt, target, designSystemId, ...(refineId ? { componentId: refineId } : {}), ...(provider ? { provider } : {}) };
}

// The chosen provider is not allowed on the plan, not configured, down, or refused the request.
const PROVIDER_PROBLEMS = new Set(['PLAN_REQUIRED', 'PROVIDER_NOT_CONFIGURED', 'PROVIDER_UNAVAILABLE', 'PROVIDER_REJECTED']);

/** True when a failure came from a provider chosen in the picker: the error then offers the default provider instead. */
export const offersDefaultProvider = (chosenProvider: string | null, code: string) => Boolean(chosenProvider) && PROVIDER_PROBLEMS.has(code);

import { generateSpec } from '@anclora/engine';
import { GenerationAbortedError } from './generation-aborted-error.js';
import { refineOffline } from './offline-refine.js';
import { parsePartialJson } from './parse-partial-json.js';
import type { GenerationInput, GenerationOutput, SpecGenerator } from './types.js';

export const OFFLINE_MODEL = 'anclora-offline-1';
const PROGRESS_STEPS = 3;

/**
 * The engine's offline generator behind the provider interface: no key, no
 * network, deterministic, free (usage 0/0). The default on a fresh machine.
 * Progress is reported in a few steps so the streaming UI behaves the same
 * as with a model.
 */
export class OfflineProvider implements SpecGenerator {
  readonly provider = 'offline' as const;
  readonly model = OFFLINE_MODEL;

  async generate(input: GenerationInput): Promise<GenerationOutput> {
    const started = performance.now();
    if (input.signal?.aborted) throw new GenerationAbortedError();
    const generated = generateSpec(input.prompt);
    const result = input.currentSpec
      ? refineOffline(input.currentSpec, input.prompt, input.tokens, generated.language)
      : { spec: generated.spec, notes: generated.notes };
    if (input.onProgress) {
      const json = JSON.stringify(result.spec);
      for (let i = 1; i <= PROGRESS_STEPS; i += 1) {
        const characters = Math.round((json.length * i) / PROGRESS_STEPS);
        input.onProgress({ characters, partial: parsePartialJson(json.slice(0, characters)) });
      }
    }
    return {
      spec: result.spec,
      provider: this.provider,
      model: this.model,
      usage: { inputTokens: 0, outputTokens: 0 },
      attempts: 1,
      notes: result.notes,
      providerMs: Math.round(performance.now() - started),
    };
  }
}

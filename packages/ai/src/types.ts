import { EngineError, type ComponentSpec, type EngineIssue, type TargetId, type TokenSet } from '@anclora/engine';

export type ProviderId = 'anthropic' | 'openai' | 'offline';

export interface Usage {
  inputTokens: number;
  outputTokens: number;
}

/** Streaming progress while a model writes: how much arrived, and the spec as far as it parses so far. */
export interface GenerationProgress {
  characters: number;
  partial?: unknown;
}

export interface GenerationInput {
  prompt: string;
  target: TargetId;
  tokens: TokenSet;
  /** Preview width in CSS pixels the component is designed for (375, 768, 1200). */
  viewport?: number | undefined;
  /** Refinement: the component's current spec; the model answers with a patch to it. */
  currentSpec?: ComponentSpec | undefined;
  /** Aborting it aborts the upstream request (a client that disconnected). */
  signal?: AbortSignal | undefined;
  onProgress?: ((progress: GenerationProgress) => void) | undefined;
}

export interface GenerationOutput {
  spec: ComponentSpec;
  provider: ProviderId;
  model: string;
  usage: Usage;
  /** Model calls made: 1, or up to 3 with two repairs. */
  attempts: number;
  /** What the provider wants the user to know (e.g. the offline generator's placement notes). */
  notes: string[];
  /** Time spent waiting for the provider, in ms (the pipeline's own overhead is the rest). */
  providerMs: number;
}

/** A generation that did not produce a valid spec, even after repairs; the issues say why. */
export class GenerationFailedError extends EngineError {
  constructor(message: string, issues: EngineIssue[], readonly attempts: number) {
    super('GENERATION_FAILED', message, issues);
  }
}

/** The upstream model service failed (overloaded, 5xx, timeout) after the configured retries. */
export class ProviderUnavailableError extends EngineError {
  constructor(message: string, readonly retryAfterSeconds?: number) {
    super('PROVIDER_UNAVAILABLE', message);
  }
}

export interface SpecGenerator {
  readonly provider: ProviderId;
  readonly model: string;
  generate(input: GenerationInput): Promise<GenerationOutput>;
}

/** What createGenerator needs from the configuration (the seed's per-environment AI settings). */
export interface AiSettings {
  provider: ProviderId;
  model: string;
  maxTokens: number;
  timeoutMs: number;
  retries: number;
  anthropic?: { apiKey: string; baseURL?: string | undefined } | undefined;
  openai?: { apiKey: string; baseURL?: string | undefined; model?: string | undefined } | undefined;
}

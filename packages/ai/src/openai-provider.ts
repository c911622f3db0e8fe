import OpenAI from 'openai';
import { specJsonSchema } from '@anclora/engine';
import { guardCall } from './call-guard.js';
import { runGenerationLoop, type ModelAnswer, type ModelRequest } from './generation-loop.js';
import { mapProviderError } from './map-provider-error.js';
import { PATCH_ANSWER_SCHEMA } from './patch-schema.js';
import { progressReporter } from './progress-reporter.js';
import type { AiSettings, GenerationInput, GenerationOutput, SpecGenerator } from './types.js';

const PLAIN_JSON_INSTRUCTION =
  'Reply with one JSON object only, no prose and no code fences. It must match the component spec schema (or {"patch": [...]} for a change).';

/**
 * Any OpenAI-compatible chat-completions endpoint (OpenAI, Ollama, vLLM, LM
 * Studio, OpenRouter) through the official SDK and a base URL. Structured
 * output (json_schema, non-strict: the spec schema uses features strict mode
 * forbids) where the server supports it; a server that rejects it with 400 is
 * remembered and asked for plain JSON, which the loop extracts tolerantly.
 */
export class OpenAIProvider implements SpecGenerator {
  readonly provider = 'openai' as const;
  readonly model: string;
  private readonly client: OpenAI;
  private readonly specSchema = specJsonSchema() as Record<string, unknown>;
  /** Flips to false the first time the server rejects response_format json_schema. */
  private jsonSchemaSupported = true;

  constructor(private readonly settings: AiSettings) {
    if (!settings.openai) throw new Error('OpenAIProvider needs settings.openai.apiKey.');
    this.model = settings.openai.model ?? settings.model;
    this.client = new OpenAI({
      apiKey: settings.openai.apiKey,
      baseURL: settings.openai.baseURL ?? null,
      maxRetries: settings.retries,
      timeout: settings.timeoutMs,
    });
  }

  /** Whether the server accepted structured output so far (exposed for logs and tests). */
  get usesJsonSchema(): boolean {
    return this.jsonSchemaSupported;
  }

  async generate(input: GenerationInput): Promise<GenerationOutput> {
    const result = await runGenerationLoop(input, (request) => this.call(request, input));
    const notes = this.jsonSchemaSupported ? [] : ['The endpoint does not support JSON-schema output; the JSON was extracted from text.'];
    return { ...result, provider: this.provider, model: this.model, notes };
  }

  private async call(request: ModelRequest, input: GenerationInput): Promise<ModelAnswer> {
    if (!this.jsonSchemaSupported) return this.stream(request, input, false);
    try {
      return await this.stream(request, input, true);
    } catch (error) {
      // Only a 400 about structured output means "not supported"; any other 400 (a context
      // too long for one prompt, say) must not switch structured output off for every request.
      if (!rejectsJsonSchema(error)) throw mapProviderError(error, this.provider, this.context(input, false));
      this.jsonSchemaSupported = false;
      return this.stream(request, input, false);
    }
  }

  private context(input: GenerationInput, timedOut: boolean) {
    return { callerAborted: input.signal?.aborted ?? false, timedOut, idleMs: this.settings.timeoutMs };
  }

  /** Streams one completion; a 400 with json_schema is thrown raw so `call` can fall back. */
  private async stream(request: ModelRequest, input: GenerationInput, jsonSchema: boolean): Promise<ModelAnswer> {
    const guard = guardCall(input.signal, this.settings.timeoutMs);
    const usage = { inputTokens: 0, outputTokens: 0 };
    let text = '';
    let finished = false;
    const progress = progressReporter(input.onProgress);
    try {
      const system = jsonSchema ? request.system : `${request.system}\n${PLAIN_JSON_INSTRUCTION}`;
      const stream = await this.client.chat.completions.create(
        {
          model: this.model,
          max_tokens: this.settings.maxTokens,
          messages: [{ role: 'system', content: system }, ...request.turns.map((t) => ({ role: t.role, content: t.content }))],
          stream: true,
          stream_options: { include_usage: true },
          ...(jsonSchema
            ? {
                response_format: {
                  type: 'json_schema' as const,
                  json_schema: {
                    name: request.refinement ? 'spec_patch' : 'component_spec',
                    schema: request.refinement ? (PATCH_ANSWER_SCHEMA as unknown as Record<string, unknown>) : this.specSchema,
                    strict: false,
                  },
                },
              }
            : {}),
        },
        { signal: guard.signal },
      );
      guard.touch();
      for await (const chunk of stream) {
        guard.touch();
        const delta = chunk.choices[0]?.delta?.content;
        if (delta) {
          text += delta;
          progress.update(text);
        }
        if (chunk.choices[0]?.finish_reason) finished = true;
        if (chunk.usage) usage.inputTokens = chunk.usage.prompt_tokens;
        if (chunk.usage) usage.outputTokens = chunk.usage.completion_tokens;
      }
      // The SDK ends the iteration quietly on abort, and a connection cut may end it early: both are failures here.
      if (guard.signal.aborted) throw guard.signal.reason;
      if (!finished) throw new Error('The stream ended before a finish_reason.');
      progress.finish(text);
    } catch (error) {
      if (jsonSchema && rejectsJsonSchema(error)) throw error;
      throw mapProviderError(error, this.provider, this.context(input, guard.timedOut));
    } finally {
      guard.dispose();
    }
    return { text, usage };
  }
}

/** A 400 whose message names structured output: the server does not support response_format json_schema. */
function rejectsJsonSchema(error: unknown): boolean {
  if ((error as { status?: unknown }).status !== 400) return false;
  return /response_format|json_schema|structured/i.test(String((error as { message?: unknown }).message ?? ''));
}

import Anthropic from '@anthropic-ai/sdk';
import { specJsonSchema } from '@anclora/engine';
import { guardCall } from './call-guard.js';
import { runGenerationLoop, type ModelAnswer, type ModelRequest, type Turn } from './generation-loop.js';
import { mapProviderError } from './map-provider-error.js';
import { PATCH_ANSWER_SCHEMA } from './patch-schema.js';
import { progressReporter } from './progress-reporter.js';
import type { AiSettings, GenerationInput, GenerationOutput, SpecGenerator } from './types.js';

export const SPEC_TOOL = 'emit_component_spec';
export const PATCH_TOOL = 'emit_spec_patch';

/**
 * Claude through the official SDK: streaming Messages API with one forced
 * tool whose input schema is the spec's JSON Schema (or the patch schema for
 * a refinement), so the answer is structured and streams as input_json_delta.
 * Retries of 429/5xx/overloaded are the SDK's (maxRetries = settings.retries).
 */
export class AnthropicProvider implements SpecGenerator {
  readonly provider = 'anthropic' as const;
  readonly model: string;
  private readonly client: Anthropic;
  private readonly specSchema = specJsonSchema() as Record<string, unknown>;

  constructor(private readonly settings: AiSettings) {
    if (!settings.anthropic) throw new Error('AnthropicProvider needs settings.anthropic.apiKey.');
    this.model = settings.model;
    this.client = new Anthropic({
      apiKey: settings.anthropic.apiKey,
      baseURL: settings.anthropic.baseURL ?? null,
      maxRetries: settings.retries,
      timeout: settings.timeoutMs,
    });
  }

  async generate(input: GenerationInput): Promise<GenerationOutput> {
    const result = await runGenerationLoop(input, (request) => this.call(request, input));
    return { ...result, provider: this.provider, model: this.model, notes: [] };
  }

  private async call(request: ModelRequest, input: GenerationInput): Promise<ModelAnswer> {
    const tool = request.refinement
      ? { name: PATCH_TOOL, description: 'Emit the RFC 6902 JSON Patch that applies the requested change to the current spec.', input_schema: PATCH_ANSWER_SCHEMA }
      : { name: SPEC_TOOL, description: 'Emit the complete component spec.', input_schema: this.specSchema };
    const guard = guardCall(input.signal, this.settings.timeoutMs);
    const usage = { inputTokens: 0, outputTokens: 0 };
    let json = '';
    let text = '';
    let toolUse: { id: string; name: string } | undefined;
    const progress = progressReporter(input.onProgress);
    let complete = false;
    try {
      const stream = await this.client.messages.create(
        {
          model: this.model,
          max_tokens: this.settings.maxTokens,
          system: request.system,
          messages: request.turns.map(toMessage),
          tools: [tool as Anthropic.Tool],
          tool_choice: { type: 'tool', name: tool.name },
          stream: true,
        },
        { signal: guard.signal },
      );
      guard.touch();
      for await (const event of stream) {
        guard.touch();
        if (event.type === 'message_start') {
          usage.inputTokens = event.message.usage.input_tokens;
          usage.outputTokens = event.message.usage.output_tokens;
        } else if (event.type === 'message_delta') {
          // message_delta carries cumulative output tokens (and input tokens on newer API versions).
          usage.outputTokens = event.usage.output_tokens;
          if (event.usage.input_tokens != null) usage.inputTokens = event.usage.input_tokens;
        } else if (event.type === 'content_block_start' && event.content_block.type === 'tool_use') {
          toolUse = { id: event.content_block.id, name: event.content_block.name };
        } else if (event.type === 'content_block_delta') {
          if (event.delta.type === 'input_json_delta') {
            json += event.delta.partial_json;
            progress.update(json);
          } else if (event.delta.type === 'text_delta') text += event.delta.text;
        } else if (event.type === 'message_stop') complete = true;
      }
      // The SDK ends the iteration quietly on abort, and a connection cut may end it early: both are failures here.
      if (guard.signal.aborted) throw guard.signal.reason;
      if (!complete) throw new Error('The stream ended before message_stop.');
      progress.finish(json);
    } catch (error) {
      throw mapProviderError(error, this.provider, { callerAborted: input.signal?.aborted ?? false, timedOut: guard.timedOut, idleMs: this.settings.timeoutMs });
    } finally {
      guard.dispose();
    }
    if (json) {
      try {
        const value: unknown = JSON.parse(json);
        return { value, text: json, usage, toolCall: toolUse ? { ...toolUse, input: value } : undefined };
      } catch {
        // Truncated tool input (max_tokens): let the loop's tolerant extraction and repair handle it.
      }
    }
    return { text: json || text, usage };
  }
}

/** A turn in the Messages API's shape: a structured answer as its tool_use block, a repair as that call's (error) result. */
function toMessage(turn: Turn): Anthropic.MessageParam {
  if (turn.role === 'assistant' && turn.toolCall) {
    return { role: 'assistant', content: [{ type: 'tool_use', id: turn.toolCall.id, name: turn.toolCall.name, input: turn.toolCall.input }] };
  }
  if (turn.role === 'user' && turn.replyTo) {
    return { role: 'user', content: [{ type: 'tool_result', tool_use_id: turn.replyTo, is_error: true, content: turn.content }] };
  }
  return { role: turn.role, content: turn.content };
}

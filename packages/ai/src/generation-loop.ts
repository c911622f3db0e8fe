import type { ComponentSpec, EngineIssue } from '@anclora/engine';
import { checkAnswer } from './check-answer.js';
import { extractJson } from './extract-json.js';
import { generationMessage, refinementMessage, repairMessage, systemPrompt } from './system-prompt.js';
import { GenerationFailedError, type GenerationInput, type Usage } from './types.js';

/** A structured answer given through a tool call, which the next turn must answer (Anthropic). */
export interface ToolCall {
  id: string;
  name: string;
  input: unknown;
}

/**
 * A provider-neutral conversation turn; each provider maps turns to its wire
 * format. `toolCall` is the assistant's structured answer, and `replyTo` makes a
 * repair turn the result of that call, so the model sees its own call rejected.
 */
export type Turn = { role: 'assistant'; content: string; toolCall?: ToolCall | undefined } | { role: 'user'; content: string; replyTo?: string | undefined };

export interface ModelRequest {
  system: string;
  turns: Turn[];
  /** True when the model must answer with a JSON Patch against the current spec. */
  refinement: boolean;
  attempt: number;
}

/** What one model call returned: structured input (tool use / JSON schema) or text to extract JSON from. */
export interface ModelAnswer {
  value?: unknown;
  text?: string;
  /** The tool call that carried `value`, where the provider answers through one. */
  toolCall?: ToolCall | undefined;
  usage: Usage;
}

export type CallModel = (request: ModelRequest) => Promise<ModelAnswer>;

export interface LoopResult {
  spec: ComponentSpec;
  usage: Usage;
  attempts: number;
  providerMs: number;
}

/** One answer plus at most two repairs: a model that cannot fix its issues twice rarely does on the third try. */
export const MAX_REPAIRS = 2;

/**
 * The loop every model provider shares: ask → extract → (patch) → validate
 * and analyse → feed the issues back, bounded. What still fails is thrown as
 * GenerationFailedError, never returned as a success.
 */
export async function runGenerationLoop(input: GenerationInput, callModel: CallModel): Promise<LoopResult> {
  const refinement = input.currentSpec !== undefined;
  const system = systemPrompt(input);
  const turns: Turn[] = [
    { role: 'user', content: refinement ? refinementMessage(input.prompt, input.currentSpec!) : generationMessage(input.prompt) },
  ];
  const usage: Usage = { inputTokens: 0, outputTokens: 0 };
  let providerMs = 0;
  let issues: EngineIssue[] = [];
  for (let attempt = 1; attempt <= MAX_REPAIRS + 1; attempt += 1) {
    const started = performance.now();
    const answer = await callModel({ system, turns: [...turns], refinement, attempt });
    providerMs += performance.now() - started;
    usage.inputTokens += answer.usage.inputTokens;
    usage.outputTokens += answer.usage.outputTokens;
    const value = answer.value !== undefined ? answer.value : extractJson(answer.text ?? '');
    const check = checkAnswer(value, input.tokens, input.currentSpec);
    if (check.ok) return { spec: check.spec, usage, attempts: attempt, providerMs: Math.round(providerMs) };
    issues = check.issues;
    turns.push(
      { role: 'assistant', content: answer.text ?? JSON.stringify(value), toolCall: answer.toolCall },
      { role: 'user', content: repairMessage(issues, refinement), replyTo: answer.toolCall?.id },
    );
  }
  throw new GenerationFailedError(
    `The model's answer was still invalid after ${MAX_REPAIRS} repair attempts (${issues.length} issue${issues.length === 1 ? '' : 's'}).`,
    issues,
    MAX_REPAIRS + 1,
  );
}

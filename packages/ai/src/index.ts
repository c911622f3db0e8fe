// AI generation providers behind one interface (SpecGenerator). The fake
// servers for tests are a separate entry point: @anclora/ai/testing.
export { createGenerator, createGenerators, generatorCatalog, type GeneratorCatalog } from './create-generator.js';
export { AnthropicProvider, SPEC_TOOL, PATCH_TOOL } from './anthropic-provider.js';
export { OpenAIProvider } from './openai-provider.js';
export { OfflineProvider, OFFLINE_MODEL } from './offline-provider.js';
export { runGenerationLoop, MAX_REPAIRS, type CallModel, type ModelAnswer, type ModelRequest, type Turn, type LoopResult } from './generation-loop.js';
export { checkAnswer, type AnswerCheck } from './check-answer.js';
export { systemPrompt, refinementMessage, repairMessage, tokenTable, type PromptContext } from './system-prompt.js';
export { extractJson } from './extract-json.js';
export { parsePartialJson } from './parse-partial-json.js';
export { GenerationAbortedError } from './generation-aborted-error.js';
export {
  GenerationFailedError,
  ProviderUnavailableError,
  type AiSettings,
  type GenerationInput,
  type GenerationOutput,
  type GenerationProgress,
  type ProviderId,
  type SpecGenerator,
  type Usage,
} from './types.js';

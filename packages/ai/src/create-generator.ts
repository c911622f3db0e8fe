import { AnthropicProvider } from './anthropic-provider.js';
import { OfflineProvider } from './offline-provider.js';
import { OpenAIProvider } from './openai-provider.js';
import type { AiSettings, ProviderId, SpecGenerator } from './types.js';

/** Every provider this process can use, and the one that answers when a request names none. */
export interface GeneratorCatalog {
  readonly default: SpecGenerator;
  /** Provider ids in a stable order (the default first). */
  readonly available: readonly ProviderId[];
  get(id: ProviderId): SpecGenerator | undefined;
}

/** A catalog of the given generators; the first is the default, and the offline generator is always there. */
export function generatorCatalog(first: SpecGenerator, ...others: SpecGenerator[]): GeneratorCatalog {
  const byId = new Map<ProviderId, SpecGenerator>();
  for (const generator of [first, ...others, new OfflineProvider()]) if (!byId.has(generator.provider)) byId.set(generator.provider, generator);
  return { default: first, available: [...byId.keys()], get: (id) => byId.get(id) };
}

/**
 * The providers the settings configure: Anthropic with a key, an
 * OpenAI-compatible endpoint with a key or base URL, and always the offline
 * generator. The default is settings.provider when it is configured; a model
 * provider without its key falls back to the offline generator, so a fresh
 * clone with no configuration still generates (no key, no network).
 */
export function createGenerators(settings: AiSettings): GeneratorCatalog {
  const configured: SpecGenerator[] = [];
  if (settings.anthropic?.apiKey) configured.push(new AnthropicProvider(settings));
  if (settings.openai?.apiKey) configured.push(new OpenAIProvider(settings));
  const preferred = configured.find((g) => g.provider === settings.provider) ?? new OfflineProvider();
  return generatorCatalog(preferred, ...configured);
}

/** The provider named by the settings (see createGenerators). */
export function createGenerator(settings: AiSettings): SpecGenerator {
  return createGenerators(settings).default;
}

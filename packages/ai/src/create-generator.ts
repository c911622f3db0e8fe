import { AnthropicProvider } from './anthropic-provider.js';
import { OfflineProvider } from './offline-provider.js';
import { OpenAIProvider } from './openai-provider.js';
import type { AiSettings, SpecGenerator } from './types.js';

/**
 * The provider named by the settings. A model provider without its key falls
 * back to the offline generator, so a fresh clone with no configuration
 * still generates (the product's promise: works with no key and no network).
 */
export function createGenerator(settings: AiSettings): SpecGenerator {
  switch (settings.provider) {
    case 'anthropic':
      return settings.anthropic?.apiKey ? new AnthropicProvider(settings) : new OfflineProvider();
    case 'openai':
      return settings.openai?.apiKey ? new OpenAIProvider(settings) : new OfflineProvider();
    case 'offline':
      return new OfflineProvider();
  }
}

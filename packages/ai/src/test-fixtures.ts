import { generateSpec, getPreset, type ComponentSpec } from '@anclora/engine';
import type { AiSettings } from './types.js';

/** Shared by the provider tests: a token set, a valid spec and answers that fail validation in known places. */
export const tokens = getPreset('anclora-ocean');
export const validSpec: ComponentSpec = generateSpec('a pricing card with three plans').spec;
/** Fails the schema at root.tag. */
export const schemaInvalidSpec = { ...validSpec, root: { ...validSpec.root, tag: 'blink' } };
/** Parses, but references a token the design system lacks (a quality error). */
export const unknownTokenSpec = JSON.parse(JSON.stringify(validSpec).replace('{color.background}', '{color.brand-x}')) as unknown;

export function settings(overrides: Partial<AiSettings> = {}): AiSettings {
  return { provider: 'anthropic', model: 'claude-test', maxTokens: 8192, timeoutMs: 2000, retries: 0, ...overrides };
}

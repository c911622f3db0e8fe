import type { TokenSet } from '../model.js';
import { ancloraOcean } from './anclora-ocean.js';
import { bootstrap5 } from './bootstrap-5.js';
import { definePreset, type PresetSource } from './define-preset.js';
import { material3 } from './material-3.js';
import { tailwindDefault } from './tailwind.js';

export const PRESET_IDS = ['anclora-ocean', 'material-3', 'tailwind', 'bootstrap-5'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

const SOURCES: Record<PresetId, PresetSource> = {
  'anclora-ocean': ancloraOcean,
  'material-3': material3,
  tailwind: tailwindDefault,
  'bootstrap-5': bootstrap5,
};

export const isPresetId = (id: unknown): id is PresetId => typeof id === 'string' && Object.hasOwn(SOURCES, id);

const built = new Map<PresetId, TokenSet>();

/** A built-in design system, built on first use (a few ms) and frozen. */
export function getPreset(id: PresetId): TokenSet {
  let set = built.get(id);
  if (!set) built.set(id, (set = definePreset(SOURCES[id])));
  return set;
}

/**
 * The built-in design systems, each defining every ROLE_TOKENS path. The
 * properties are lazy getters so that importing the engine (the web app's
 * first paint) does not pay for building sets it may never show. No
 * prototype: presets[id] with an id from a request is never Object's toString.
 */
export const presets: Readonly<Record<PresetId, TokenSet>> = Object.defineProperties(
  Object.create(null) as object,
  Object.fromEntries(PRESET_IDS.map((id) => [id, { get: () => getPreset(id), enumerable: true }])),
) as Record<PresetId, TokenSet>;

import type { ComponentSpec } from '../spec/schema.js';
import { ARCHETYPES, FALLBACK_ARCHETYPE, archetypeById } from './archetypes/index.js';
import { PLACEMENT_THRESHOLD } from './classify.js';
import { buildNotes, type Placement } from './notes.js';
import type { Archetype, Lang } from './types.js';
import { understandPrompt } from './understand-prompt.js';

/**
 * The offline generator: a prompt in English or Spanish becomes a component
 * spec, with no network and no model. Pure and deterministic — the same
 * prompt and options always give a byte-identical spec.
 *
 *   prompt → understand (quoted texts, words, slots, archetype scores)
 *          → place (best match, or the closest archetype and why)
 *          → build (archetype × slots) → notes
 */
export interface GenerateOptions {
  /** Force the dark variant (the prompt can also ask for it: "dark", "oscuro"). */
  dark?: boolean;
}

export interface GenerateResult {
  spec: ComponentSpec;
  /** The archetype id, e.g. "pricing-table". */
  archetype: string;
  /** 0–1: how sure the placement is (1: a specific, unambiguous match). */
  confidence: number;
  language: Lang;
  notes: string[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export function generateSpec(prompt: string, options: GenerateOptions = {}): GenerateResult {
  const u = understandPrompt(prompt, ARCHETYPES);
  const slots = options.dark ? { ...u.slots, dark: true } : u.slots;
  const [top, second] = u.ranking;
  let placement: Placement;
  let archetype: Archetype;
  let confidence: number;
  if (top && top.score >= PLACEMENT_THRESHOLD) {
    placement = { kind: 'matched', score: top };
    archetype = archetypeById(top.id)!;
    const margin = (top.score - (second?.score ?? 0)) / top.score;
    confidence = round2(Math.min(1, top.score / 8) * (0.6 + 0.4 * margin));
  } else if (u.nearMiss && u.nearMiss.score > (top?.score ?? 0)) {
    placement = { kind: 'near', miss: u.nearMiss };
    archetype = archetypeById(u.nearMiss.id)!;
    confidence = 0.25;
  } else if (top && top.score > 0) {
    placement = { kind: 'weak', score: top };
    archetype = archetypeById(top.id)!;
    confidence = 0.3;
  } else {
    placement = { kind: 'none' };
    archetype = FALLBACK_ARCHETYPE;
    confidence = 0.1;
  }
  const spec = archetype.build(slots);
  return { spec, archetype: archetype.id, confidence, language: u.language, notes: buildNotes(u, slots, archetype, placement) };
}

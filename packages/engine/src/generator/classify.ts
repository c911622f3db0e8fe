import type { Archetype, Lang } from './types.js';
import { findPhrase, nearMatch, normalize, words } from './text-match.js';

/**
 * Scores every archetype against a prompt's words with its weighted keyword
 * tables. A term counts once however often it appears; a term inside a
 * longer matched term of the same archetype still counts (a "pricing table"
 * is also "pricing"), which rewards specific phrases.
 */
/** A score at or above this names the archetype (one strong keyword, or two weak ones). */
export const PLACEMENT_THRESHOLD = 3;
/** What a named part adds to its container ("navbar with a dropdown" is a navbar). */
export const PART_BONUS = 3;

export interface ArchetypeScore {
  id: string;
  score: number;
  /** The table terms that matched, as written in the table. */
  matched: string[];
  /** Matched terms per language, to help tell the prompt's language. */
  hits: Record<Lang, number>;
}

interface Term {
  text: string;
  words: string[];
  weight: number;
  lang: Lang;
}

const termCache = new WeakMap<Archetype, Term[]>();
function termsOf(archetype: Archetype): Term[] {
  let terms = termCache.get(archetype);
  if (!terms) {
    terms = (['en', 'es'] as const).flatMap((lang) =>
      Object.entries(archetype.keywords[lang]).map(([text, weight]) => ({ text, words: words(normalize(text)), weight, lang })),
    ).sort((a, b) => b.weight - a.weight);
    termCache.set(archetype, terms);
  }
  return terms;
}

/** Archetypes by score, best first; ties keep catalogue order. Zero scores are included. */
export function rankArchetypes(promptWords: readonly string[], archetypes: readonly Archetype[]): ArchetypeScore[] {
  const scores = archetypes.map((archetype) => {
    // Terms are tried strongest first, so `matched` lists the strongest evidence first.
    const result: ArchetypeScore = { id: archetype.id, score: 0, matched: [], hits: { en: 0, es: 0 } };
    const seen = new Set<string>();
    for (const term of termsOf(archetype)) {
      if (seen.has(term.text) || findPhrase(promptWords, term.words) < 0) continue;
      seen.add(term.text);
      result.score += term.weight;
      result.matched.push(term.text);
      result.hits[term.lang] += 1;
    }
    return result;
  });
  const byId = new Map(scores.map((s) => [s.id, s]));
  const bonus = archetypes.map((archetype) => {
    const own = byId.get(archetype.id)!;
    if (own.score < PLACEMENT_THRESHOLD) return 0;
    return (archetype.includes ?? []).filter((part) => (byId.get(part)?.score ?? 0) > 0).length * PART_BONUS;
  });
  archetypes.forEach((archetype, i) => (byId.get(archetype.id)!.score += bonus[i]!));
  // Array.prototype.sort is stable, so equal scores keep catalogue order.
  return scores.sort((a, b) => b.score - a.score);
}

export interface NearMiss {
  id: string;
  /** The prompt word and the table term it resembles. */
  word: string;
  term: string;
  score: number;
}

/**
 * For prompts nothing matched: the archetype whose single-word terms the
 * prompt's words most resemble (typos, shared stems). Undefined when no word
 * is close to any term.
 */
export function closestArchetype(promptWords: readonly string[], archetypes: readonly Archetype[]): NearMiss | undefined {
  let best: NearMiss | undefined;
  for (const archetype of archetypes) {
    for (const term of termsOf(archetype)) {
      if (term.words.length !== 1) continue;
      const target = term.words[0]!;
      for (const word of promptWords) {
        if (!nearMatch(word, target)) continue;
        const score = term.weight / 2;
        if (!best || score > best.score) best = { id: archetype.id, word, term: term.text, score };
      }
    }
  }
  return best;
}

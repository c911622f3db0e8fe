import { ARCHETYPES } from './archetypes/index.js';
import { PLACEMENT_THRESHOLD, closestArchetype, rankArchetypes, type ArchetypeScore, type NearMiss } from './classify.js';
import {
  DARK_WORDS,
  HIGHLIGHT_MARKERS,
  LANGUAGE_MARKERS,
  MOOD_WORDS,
  NEGATIONS,
  NOT_COUNTED,
  NUMBER_WORDS,
  ORDINALS,
  PILL_WORDS,
  ROUNDED_WORDS,
  SHARP_WORDS,
  SIZE_WORDS,
  STATE_WORDS,
  STATUS_WORDS,
  TONE_WORDS,
  VARIANT_PHRASES,
} from './lexicon.js';
import { findPhrase, normalize, words as splitWords } from './text-match.js';
import type { Archetype, Lang, Shape, Slots } from './types.js';

/**
 * Prompt understanding, in three passes over the text: quoted texts are
 * lifted out first (they are copy, not instructions), the rest is
 * normalised into words, then slots are read from word tables and every
 * archetype is scored. Deterministic, allocation-light, linear in the prompt.
 */
export interface PromptUnderstanding {
  language: Lang;
  slots: Slots;
  /** Every archetype, best first. */
  ranking: ArchetypeScore[];
  /** For prompts nothing clearly matched: the archetype a prompt word most resembles. */
  nearMiss?: NearMiss;
  /** The prompt words each slot was read from, for notes. */
  heard: Partial<Record<'count' | 'highlight' | 'tone' | 'status' | 'mood' | 'size' | 'dark' | 'shape' | 'state' | 'variant', string>>;
}

export const MAX_PROMPT_LENGTH = 2000;
const MAX_TEXTS = 12;

// "…", “…”, «…», ‘…’ and '…'. An apostrophe inside a word ("don't") never opens a
// quote; the character before a straight quote is captured rather than looked
// behind at, since some browsers the engine runs in lack lookbehind.
const QUOTED = /"([^"\n]{1,200})"|“([^”\n]{1,200})”|«([^»\n]{1,200})»|‘([^’\n]{1,200})’|(^|[^\p{L}\p{N}])'([^'\n]{1,200})'(?![\p{L}\p{N}])/gu;

export function extractQuoted(prompt: string): { texts: string[]; rest: string } {
  const texts: string[] = [];
  const rest = prompt.replace(QUOTED, (_match: string, dq?: string, curly?: string, angle?: string, single?: string, before?: string, straight?: string) => {
    const text = (dq ?? curly ?? angle ?? single ?? straight)?.trim().replace(/\s+/g, ' ');
    if (text && texts.length < MAX_TEXTS) texts.push(text);
    return `${before ?? ''} `;
  });
  return { texts, rest };
}

const lookup = <T>(table: ReadonlyArray<[string, T]>) => new Map(table);
const TONES = lookup(TONE_WORDS);
const STATUSES = lookup(STATUS_WORDS);
const MOODS = lookup(MOOD_WORDS);
const SIZES = lookup(SIZE_WORDS);
const STATES = lookup(STATE_WORDS);

/** The first prompt word found in a table, with the word. */
function firstOf<T>(ws: readonly string[], table: ReadonlyMap<string, T>): [T, string] | undefined {
  for (const w of ws) {
    const v = table.get(w);
    if (v !== undefined) return [v, w];
  }
  return undefined;
}

function readCount(ws: readonly string[]): [number, string] | undefined {
  for (let i = 0; i + 1 < ws.length; i += 1) {
    const w = ws[i]!;
    const n = /^\d{1,2}$/.test(w) ? Number(w) : NUMBER_WORDS[w];
    const next = ws[i + 1]!;
    if (n !== undefined && n >= 1 && /^[a-z]+$/.test(next) && !NOT_COUNTED.has(next)) return [n, `${w} ${next}`];
  }
  return undefined;
}

function readShape(ws: readonly string[]): [Shape, string] | undefined {
  for (let i = 0; i < ws.length; i += 1) {
    const w = ws[i]!;
    if (PILL_WORDS.has(w)) return ['pill', w];
    if (SHARP_WORDS.has(w)) return ['sharp', w];
    if (ROUNDED_WORDS.has(w)) {
      const negated = ws.slice(Math.max(0, i - 3), i).some((p) => NEGATIONS.has(p));
      return [negated ? 'sharp' : 'rounded', ws.slice(Math.max(0, i - 3), i + 1).join(' ')];
    }
  }
  return undefined;
}

// Function words weigh more than keyword hits: Spanish prompts borrow English
// component names ("footer con enlaces"), the reverse is rare.
function readLanguage(raw: string, ws: readonly string[], ranking: readonly ArchetypeScore[]): Lang {
  let en = 0;
  let es = /[ñáéíóúü¿¡]/i.test(raw) ? 2 : 0;
  for (const w of ws) {
    if (LANGUAGE_MARKERS.en.has(w)) en += 2;
    if (LANGUAGE_MARKERS.es.has(w)) es += 2;
  }
  for (const r of ranking) {
    en += r.hits.en;
    es += r.hits.es;
  }
  return es > en ? 'es' : 'en';
}

// "a switch for dark mode" asks for a dark-mode setting, not a dark component.
const DARK_MODE_PHRASES = ['dark mode', 'dark theme', 'modo oscuro', 'tema oscuro'];

export function understandPrompt(prompt: string, archetypes: readonly Archetype[] = ARCHETYPES): PromptUnderstanding {
  const raw = prompt.slice(0, MAX_PROMPT_LENGTH);
  const { texts, rest } = extractQuoted(raw);
  const ws = splitWords(normalize(rest.replace(/\d+(?:[.,]\d+)?\s*%/g, ' ')));
  const ranking = rankArchetypes(ws, archetypes);
  const language = readLanguage(raw, ws, ranking);
  const heard: PromptUnderstanding['heard'] = {};
  const slots: Slots = { language, texts, size: 'md', dark: false, shape: 'default' };

  const count = readCount(ws);
  if (count) [slots.count, heard.count] = count;
  const percent = /(\d{1,3}(?:[.,]\d+)?)\s*%/.exec(raw);
  if (percent) slots.percent = Math.min(100, Math.round(Number(percent[1]!.replace(',', '.'))));
  const marker = ws.find((w) => HIGHLIGHT_MARKERS.has(w));
  if (marker) {
    const ordinal = ws.find((w) => ORDINALS[w] !== undefined);
    if (ordinal) {
      slots.highlight = ORDINALS[ordinal]!;
      heard.highlight = `${ordinal} ${marker}`;
    }
  }
  const tone = firstOf(ws, TONES);
  if (tone) [slots.tone, heard.tone] = tone;
  const status = firstOf(ws, STATUSES);
  if (status) [slots.status, heard.status] = status;
  const mood = firstOf(ws, MOODS);
  if (mood) [slots.mood, heard.mood] = mood;
  const size = firstOf(ws, SIZES);
  if (size) [slots.size, heard.size] = size;
  const shape = readShape(ws);
  if (shape) [slots.shape, heard.shape] = shape;
  const state = firstOf(ws, STATES);
  if (state) [slots.state, heard.state] = state;
  const variant = VARIANT_PHRASES.find(([phrase]) => findPhrase(ws, splitWords(phrase)) >= 0);
  if (variant) [heard.variant, slots.variant] = variant;

  const darkWord = ws.find((w) => DARK_WORDS.has(w));
  if (darkWord) {
    const asSetting = ranking[0]?.id === 'toggle-switch' && DARK_MODE_PHRASES.some((p) => findPhrase(ws, splitWords(p)) >= 0);
    if (!asSetting) {
      slots.dark = true;
      heard.dark = darkWord;
    }
  }
  const top = ranking[0];
  const nearMiss = !top || top.score < PLACEMENT_THRESHOLD ? closestArchetype(ws, archetypes) : undefined;
  return nearMiss ? { language, slots, ranking, nearMiss, heard } : { language, slots, ranking, heard };
}

/**
 * Text normalisation and phrase matching for prompt understanding:
 * lower-case, accents removed ("Menú" → "menu"), punctuation to spaces, and
 * whole-word phrase matching that tolerates plurals ("plan" matches "plans"
 * and "planes"). Everything is linear in the prompt and table sizes.
 */
export function normalize(input: string): string {
  return input
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export const words = (normalized: string): string[] => (normalized ? normalized.split(' ') : []);

/** A prompt word matches a table word exactly or as its plural. */
export function wordMatches(word: string, term: string): boolean {
  if (word === term) return true;
  if (term.length < 3) return false;
  return word === `${term}s` || word === `${term}es` || (term.endsWith('z') && word === `${term.slice(0, -1)}ces`);
}

/** Word index where the phrase starts, or -1. */
export function findPhrase(prompt: readonly string[], phrase: readonly string[]): number {
  outer: for (let i = 0; i + phrase.length <= prompt.length; i += 1) {
    for (let j = 0; j < phrase.length; j += 1) {
      if (!wordMatches(prompt[i + j]!, phrase[j]!)) continue outer;
    }
    return i;
  }
  return -1;
}

export const hasPhrase = (prompt: readonly string[], phrase: string): boolean => findPhrase(prompt, words(phrase)) >= 0;

/** Levenshtein distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** A near miss: a typo (one edit, or two in long words) or a shared stem of five letters. */
export function nearMatch(word: string, term: string): boolean {
  if (word.length < 4 || term.length < 4) return false;
  const allowed = Math.min(word.length, term.length) >= 8 ? 2 : 1;
  if (editDistance(word, term, allowed) <= allowed) return true;
  return word.length >= 5 && term.length >= 5 && word.slice(0, 5) === term.slice(0, 5);
}

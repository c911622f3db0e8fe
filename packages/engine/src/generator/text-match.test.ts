import { describe, expect, it } from 'vitest';
import { editDistance, findPhrase, nearMatch, normalize, wordMatches, words } from './text-match.js';

describe('text-match', () => {
  it('normalises case, accents and punctuation', () => {
    expect(normalize('  Menú DESPLEGABLE, ¡pequeño!  ')).toBe('menu desplegable pequeno');
    expect(words(normalize('3-step  wizard'))).toEqual(['3', 'step', 'wizard']);
    expect(words('')).toEqual([]);
  });

  it('matches plurals in English and Spanish', () => {
    expect(wordMatches('plans', 'plan')).toBe(true);
    expect(wordMatches('planes', 'plan')).toBe(true);
    expect(wordMatches('luces', 'luz')).toBe(true);
    expect(wordMatches('plane', 'plan')).toBe(false);
    expect(wordMatches('as', 'a')).toBe(false);
  });

  it('finds whole-word phrases only', () => {
    const ws = words('a tabla de precios con planes');
    expect(findPhrase(ws, ['tabla', 'de', 'precio'])).toBe(1);
    expect(findPhrase(ws, ['de', 'plan'])).toBe(-1);
    expect(findPhrase(words('tablet'), ['tabla'])).toBe(-1);
  });

  it('measures edit distance with an early stop', () => {
    expect(editDistance('accordion', 'acordion')).toBe(1);
    expect(editDistance('navbar', 'navbr')).toBe(1);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });

  it('accepts typos and shared stems as near matches, not short words', () => {
    expect(nearMatch('acordion', 'accordion')).toBe(true);
    expect(nearMatch('paginated', 'pagination')).toBe(true);
    expect(nearMatch('cat', 'card')).toBe(false);
    expect(nearMatch('elephant', 'element')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { matchesSelector, parseSelector, type MatchTarget, type ParsedSelector } from './css-selector.js';

const el = (tag: string, classes: string[] = [], parent?: MatchTarget, id?: string): MatchTarget => ({ tag, id, classes: new Set(classes), parent });
const parsed = (s: string) => {
  const p = parseSelector(s);
  if ('error' in p) throw new Error(p.error);
  return p as ParsedSelector;
};

describe('parseSelector', () => {
  it('reads compounds, combinators, a trailing state and specificity', () => {
    expect(parsed('.card > h3.title:hover')).toEqual({
      compounds: [{ classes: ['card'], combinator: '>' }, { tag: 'h3', classes: ['title'] }],
      state: 'hover',
      specificity: 201 + 100,
    });
    expect(parsed('#main nav a').specificity).toBe(10002);
    expect(parsed('button:focus').state).toBe('focusVisible');
  });

  it.each([
    ['.a::before', /pseudo-elements/],
    ['.a + .b', /sibling/],
    ['input[type=email]', /attribute/],
    ['li:nth-child(2)', /no equivalent/],
    ['.a:hover .b', /last part/],
    ['.a:not(.b)', /no equivalent/],
  ])('rejects %s with a reason', (selector, reason) => {
    expect(parseSelector(selector)).toEqual({ error: expect.stringMatching(reason) });
  });
});

describe('matchesSelector', () => {
  const card = el('div', ['card']);
  const body = el('section', ['body'], card);
  const title = el('h3', ['title'], body);

  it('matches descendants at any depth and children only directly', () => {
    expect(matchesSelector(parsed('.card h3'), title)).toBe(true);
    expect(matchesSelector(parsed('.card > h3'), title)).toBe(false);
    expect(matchesSelector(parsed('.card > .body > .title'), title)).toBe(true);
    expect(matchesSelector(parsed('.other h3'), title)).toBe(false);
  });

  it('backtracks over descendant combinators', () => {
    const inner = el('div', ['a'], el('div', ['b'], el('div', ['a'], el('div', ['b']))));
    const target = el('p', [], inner);
    expect(matchesSelector(parsed('.b > .a p'), target)).toBe(true);
    expect(matchesSelector(parsed('.b > .b p'), target)).toBe(false);
  });
});

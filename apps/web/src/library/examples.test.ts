import { describe, expect, it } from 'vitest';
import { facetCounts, filterExamples, filterToSearch, readFilter, type Example } from './examples';

const example = (id: string, category: string, target: string): Example => ({
  id,
  name: id,
  description: '',
  category,
  target,
  designSystemId: 'anclora-ocean',
  prompt: '',
  spec: {} as Example['spec'],
});

const EXAMPLES = [
  example('a', 'buttons', 'html-css'),
  example('b', 'buttons', 'react-tailwind'),
  example('c', 'cards', 'react-tailwind'),
  example('d', 'forms', 'react-chakra'),
  example('e', 'cards', 'html-css'),
];

describe('library filters', () => {
  it('reads the filter from the URL, ignoring unknown values', () => {
    expect(readFilter(new URLSearchParams('category=cards&target=react-chakra'))).toEqual({ category: 'cards', target: 'react-chakra' });
    expect(readFilter(new URLSearchParams('category=widgets&target=vue-css'))).toEqual({ category: null, target: null });
    expect(readFilter(new URLSearchParams(''))).toEqual({ category: null, target: null });
  });

  it('writes a stable search string, empty for all', () => {
    expect(filterToSearch({ category: null, target: null })).toBe('');
    expect(filterToSearch({ category: 'e-commerce', target: null })).toBe('?category=e-commerce');
    expect(filterToSearch({ category: 'cards', target: 'html-css' })).toBe('?category=cards&target=html-css');
    expect(readFilter(new URLSearchParams(filterToSearch({ category: 'forms', target: 'react-tailwind' })))).toEqual({ category: 'forms', target: 'react-tailwind' });
  });

  it('filters by category and styling', () => {
    expect(filterExamples(EXAMPLES, { category: null, target: null }).map((e) => e.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(filterExamples(EXAMPLES, { category: 'cards', target: null }).map((e) => e.id)).toEqual(['c', 'e']);
    expect(filterExamples(EXAMPLES, { category: null, target: 'react-tailwind' }).map((e) => e.id)).toEqual(['b', 'c']);
    expect(filterExamples(EXAMPLES, { category: 'cards', target: 'react-chakra' })).toEqual([]);
  });

  it('counts each facet within the other facet’s choice', () => {
    const all = facetCounts(EXAMPLES, { category: null, target: null });
    expect(all.target).toEqual({ all: 5, 'html-css': 2, 'react-tailwind': 2, 'react-chakra': 1 });
    expect(all.category).toEqual({ all: 5, buttons: 2, cards: 2, forms: 1, navigation: 0, dashboards: 0, 'e-commerce': 0 });

    const cards = facetCounts(EXAMPLES, { category: 'cards', target: null });
    expect(cards.target).toEqual({ all: 2, 'html-css': 1, 'react-tailwind': 1, 'react-chakra': 0 });
    // The category counts ignore the category choice itself: each is what its button would show.
    expect(cards.category.buttons).toBe(2);

    const tailwind = facetCounts(EXAMPLES, { category: 'cards', target: 'react-tailwind' });
    expect(tailwind.category).toMatchObject({ all: 2, buttons: 1, cards: 1, forms: 0 });
    expect(tailwind.target).toMatchObject({ all: 2, 'react-tailwind': 1, 'html-css': 1 });
  });
});

/** The curated examples (GET /api/examples) and the library's filters: pure logic, no I/O. */
import type { ComponentSpec } from '../lib/anclora-api';

export const CATEGORIES = ['buttons', 'cards', 'forms', 'navigation', 'dashboards', 'e-commerce'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The three stylings the library is curated in, by target id (the API's `target`). */
export const STYLING_TARGETS = ['html-css', 'react-tailwind', 'react-chakra'] as const;
export type StylingTarget = (typeof STYLING_TARGETS)[number];

export interface Example {
  id: string;
  name: string;
  description: string;
  category: string;
  target: string;
  designSystemId: string;
  prompt: string;
  spec: ComponentSpec;
}

export interface ExampleList {
  items: Example[];
  categories: string[];
}

/** A filter on one facet; null means "all". */
export interface LibraryFilter {
  category: Category | null;
  target: StylingTarget | null;
}

const isCategory = (value: string | null): value is Category => (CATEGORIES as readonly string[]).includes(value ?? '');
const isStylingTarget = (value: string | null): value is StylingTarget => (STYLING_TARGETS as readonly string[]).includes(value ?? '');

/** Reads ?category= and ?target= (unknown values mean "all", so an old bookmark still opens the library). */
export function readFilter(params: URLSearchParams): LibraryFilter {
  const category = params.get('category');
  const target = params.get('target');
  return { category: isCategory(category) ? category : null, target: isStylingTarget(target) ? target : null };
}

/** The search string for a filter, in a stable order; empty for "all". */
export function filterToSearch(filter: LibraryFilter): string {
  const params = new URLSearchParams();
  if (filter.category) params.set('category', filter.category);
  if (filter.target) params.set('target', filter.target);
  const search = params.toString();
  return search ? `?${search}` : '';
}

const matches = (example: Example, filter: LibraryFilter) =>
  (!filter.category || example.category === filter.category) && (!filter.target || example.target === filter.target);

export function filterExamples(examples: readonly Example[], filter: LibraryFilter): Example[] {
  return examples.filter((example) => matches(example, filter));
}

export interface FacetCounts {
  /** Examples per category within the chosen styling; `all` is that styling's total. */
  category: Record<Category | 'all', number>;
  /** Examples per styling within the chosen category; `all` is that category's total. */
  target: Record<StylingTarget | 'all', number>;
}

/**
 * Counts for each filter button: a facet's counts honour the other facet's choice, so every
 * number is how many cards that button would show.
 */
export function facetCounts(examples: readonly Example[], filter: LibraryFilter): FacetCounts {
  const category = Object.fromEntries(['all', ...CATEGORIES].map((key) => [key, 0])) as FacetCounts['category'];
  const target = Object.fromEntries(['all', ...STYLING_TARGETS].map((key) => [key, 0])) as FacetCounts['target'];
  for (const example of examples) {
    if (matches(example, { ...filter, category: null })) {
      category.all += 1;
      if (isCategory(example.category)) category[example.category] += 1;
    }
    if (matches(example, { ...filter, target: null })) {
      target.all += 1;
      if (isStylingTarget(example.target)) target[example.target] += 1;
    }
  }
  return { category, target };
}

import { describe, expect, it } from 'vitest';
import { analyzeSpec, compile, generateSpec, getPreset } from '@anclora/engine';
import { EXAMPLE_CATEGORIES, EXAMPLES } from './catalog.js';
import { getExample, listExamples } from './examples.js';

describe('curated examples', () => {
  it('holds Vanilla CSS 12, Tailwind 15 and Chakra UI 10, with unique ids, in every category', () => {
    const count = (target: string) => EXAMPLES.filter((example) => example.target === target).length;
    expect([count('html-css'), count('react-tailwind'), count('react-chakra')]).toEqual([12, 15, 10]);
    expect(new Set(EXAMPLES.map((example) => example.id)).size).toBe(EXAMPLES.length);
    for (const category of EXAMPLE_CATEGORIES) expect(EXAMPLES.some((example) => example.category === category), category).toBe(true);
  });

  it.each(EXAMPLES.map((example) => [example.id, example] as const))('%s: the prompt lands on its archetype, compiles, and is accessible and on-token', (_id, example) => {
    const generated = generateSpec(example.prompt);
    expect(generated.archetype).toBe(example.archetype);
    const tokens = getPreset(example.designSystemId);
    const output = compile(generated.spec, tokens, example.target);
    expect(output.files.find((file) => file.path === output.entry)!.content.length).toBeGreaterThan(100);
    const quality = analyzeSpec(generated.spec, tokens);
    expect(quality.accessibility.issues).toEqual([]);
    expect(quality.tokenCompliance.ratio).toBe(1);
  });

  it('filters by target and category, and builds each spec once', () => {
    expect(listExamples({ target: 'react-chakra' })).toHaveLength(10);
    const forms = listExamples({ category: 'forms', target: 'html-css' });
    expect(forms.map((example) => example.id)).toEqual(['css-contact-form', 'css-newsletter']);
    expect(getExample('css-contact-form')).toBe(forms[0]);
    expect(getExample('css-contact-form').spec).toEqual(generateSpec('Contact form with name, email and message').spec);
    expect(() => getExample('nope')).toThrow(/Example not found/);
  });
});

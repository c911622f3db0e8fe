import { generateSpec, type ComponentSpec } from '@anclora/engine';
import { errors } from '@anclora/shared';
import { EXAMPLES, type ExampleEntry } from './catalog.js';

export interface Example extends Omit<ExampleEntry, 'archetype'> {
  spec: ComponentSpec;
}

// The offline generator is deterministic, so each example's spec is built once and kept.
const built = new Map<string, Example>();

function build(entry: ExampleEntry): Example {
  let example = built.get(entry.id);
  if (!example) {
    const { archetype: _archetype, ...rest } = entry;
    example = { ...rest, spec: generateSpec(entry.prompt).spec };
    built.set(entry.id, example);
  }
  return example;
}

/** The curated examples, optionally narrowed to a target and a category, in catalogue order. */
export function listExamples(filter: { target?: string | undefined; category?: string | undefined } = {}): Example[] {
  return EXAMPLES.filter((entry) => (!filter.target || entry.target === filter.target) && (!filter.category || entry.category === filter.category)).map(build);
}

export function getExample(id: string): Example {
  const entry = EXAMPLES.find((candidate) => candidate.id === id);
  if (!entry) throw errors.notFound('Example');
  return build(entry);
}

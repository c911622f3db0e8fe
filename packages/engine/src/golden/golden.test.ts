import { describe, expect, it } from 'vitest';
import { compileAll } from '../compile/compile.js';
import { verifyOutputs } from '../compile/testing/verify-outputs.js';
import { ARCHETYPES } from '../generator/archetypes/index.js';
import { defaultSlots } from '../generator/types.js';
import { presets } from '../tokens/presets/index.js';
import { TARGET_IDS } from '../targets.js';

/**
 * Golden files: every archetype of the offline generator compiled to every
 * target with the Anclora Ocean preset, committed under golden/__golden__/
 * as the files a developer would get (`<archetype>/<target>/<file>`), so a
 * reviewer reads a compiler change as a diff of real code. Each golden file
 * is also run through its framework's real compiler here.
 * Update after an intended change: `npx vitest run packages/engine/src/golden -u`.
 */
const tokens = presets['anclora-ocean'];
const outputs = ARCHETYPES.map((archetype) => ({ archetype, outputs: compileAll(archetype.build(defaultSlots('en')), tokens) }));

describe('golden files: every archetype × every target', () => {
  it('covers the whole catalogue and all ten targets', () => {
    expect(ARCHETYPES.length).toBeGreaterThanOrEqual(35);
    for (const { outputs: list } of outputs) expect(list.map((o) => o.target)).toEqual([...TARGET_IDS]);
  });

  for (const { archetype, outputs: list } of outputs) {
    it(`${archetype.id} matches its golden files`, async () => {
      for (const output of list) {
        for (const file of output.files) {
          // The token theme files are the same for every archetype; keep one copy of each.
          if (file.path === 'tailwind.css' || file.path === 'theme.ts') continue;
          await expect(file.content).toMatchFileSnapshot(`./__golden__/${archetype.id}/${output.target}/${file.path}`);
        }
      }
    });
  }

  it('theme files match their golden copies', async () => {
    const sample = outputs[0]!.outputs;
    await expect(sample.find((o) => o.target === 'html-tailwind')!.files.find((f) => f.path === 'tailwind.css')!.content).toMatchFileSnapshot('./__golden__/_themes/tailwind.css');
    await expect(sample.find((o) => o.target === 'react-chakra')!.files.find((f) => f.path === 'theme.ts')!.content).toMatchFileSnapshot('./__golden__/_themes/chakra-theme.ts');
  });

  it('every golden file passes its framework’s real compiler', async () => {
    const batch = outputs.flatMap(({ archetype, outputs: list }) => list.map((output) => ({ label: archetype.id, output })));
    expect(await verifyOutputs(batch, tokens)).toEqual([]);
  }, 180_000);
});

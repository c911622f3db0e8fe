import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileAll } from '../compile/compile.js';
import { verifyOutputs } from '../compile/testing/verify-outputs.js';
import { presets } from '../tokens/presets/index.js';
import { specArbitrary } from './spec-arbitrary.js';
import { validateSpec } from './validate-spec.js';

const tokens = presets['anclora-ocean'];

describe('random valid specs (fast-check)', () => {
  it('always validate, and every target compiles with its real compiler', async () => {
    // One sample, checked in one batch: the real compilers are batched per
    // run (one TypeScript program, one Tailwind build), so a counterexample
    // is reported with the spec's index and the failing target.
    const specs = fc.sample(specArbitrary, { numRuns: 24, seed: 20261127 });
    const batch = specs.flatMap((spec, i) => {
      const validation = validateSpec(spec);
      expect(validation.ok, JSON.stringify(validation)).toBe(true);
      return compileAll(spec, tokens).map((output) => ({ label: `spec-${i}`, output }));
    });
    expect(batch).toHaveLength(24 * 10);
    expect(await verifyOutputs(batch, tokens)).toEqual([]);
  }, 120_000);

  it('never emit a <script> element from spec text in any target', () => {
    fc.assert(
      fc.property(specArbitrary, (spec) => {
        for (const output of compileAll(spec, tokens)) {
          for (const file of output.files) {
            const scripts = file.content.match(/<script\b/gi) ?? [];
            // Vue and Svelte components have exactly one script block of their own.
            const own = file.language === 'vue' || file.language === 'svelte' ? 1 : 0;
            if (scripts.length > own) return false;
          }
        }
        return true;
      }),
      { numRuns: 60, seed: 7 },
    );
  });

  it('report schema errors with paths when a valid spec is broken in one place', () => {
    fc.assert(
      fc.property(specArbitrary, fc.constantFrom('tag', 'name', 'style', 'event'), (spec, breakage) => {
        const broken = structuredClone(spec) as unknown as { root: Record<string, unknown>; name: unknown };
        if (breakage === 'tag') broken.root.tag = 'script';
        if (breakage === 'name') broken.name = 'lower case';
        if (breakage === 'style') broken.root.style = { base: { color: 'red; background: url(x)' } };
        if (breakage === 'event') broken.root.events = [{ on: 'click', action: { type: 'eval', code: 'x' } }];
        const result = validateSpec(broken);
        if (result.ok) return false;
        const paths = result.issues.map((i) => i.path ?? '');
        const expected = { tag: 'root.tag', name: 'name', style: 'root.style.base.color', event: 'root.events[0].action' }[breakage];
        return paths.some((p) => p.startsWith(expected));
      }),
      { numRuns: 80, seed: 11 },
    );
  });
});

import { compileScript, compileStyle, parse as parseSfc } from '@vue/compiler-sfc';
import { transform } from 'esbuild';
import postcss from 'postcss';
import { compile as compileSvelte } from 'svelte/compiler';
import { describe, expect, it } from 'vitest';
import { EngineError } from '../engine-error.js';
import { TARGET_IDS } from '../targets.js';
import { getPreset } from '../tokens/presets/index.js';
import { availableTargets, compile, compileAll } from './compile.js';
import { ALL_SPECS, pricingCard } from './testing/specs.js';
import { testTokens } from './testing/tokens.js';

const tokens = testTokens();

describe('compile', () => {
  it('compiles a spec to a target: the files and the entry to open', () => {
    const out = compile(pricingCard, tokens, 'vue-css');
    expect(out).toEqual({ target: 'vue-css', files: [expect.objectContaining({ path: 'PricingCard.vue', language: 'vue' })], entry: 'PricingCard.vue' });
  });

  it('compiles every target, and refuses an unknown one with UNKNOWN_TARGET', () => {
    expect(availableTargets()).toEqual([...TARGET_IDS]);
    for (const target of TARGET_IDS) expect(compile(pricingCard, tokens, target).files.length).toBeGreaterThan(0);
    expect(() => compile(pricingCard, tokens, 'cobol-css' as never)).toThrow(expect.objectContaining({ name: 'EngineError', code: 'UNKNOWN_TARGET' }));
  });

  it('validates first: an invalid spec is an INVALID_SPEC error listing every issue with its path', () => {
    const bad = { ...pricingCard, name: 'lower', root: { ...pricingCard.root, tag: 'script' } } as never;
    let error: unknown;
    try {
      compile(bad, tokens, 'html-css');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).code).toBe('INVALID_SPEC');
    expect((error as EngineError).issues.map((i) => i.path)).toEqual(expect.arrayContaining(['name', 'root.tag']));
  });

  it('refuses a hostile spec shape (10,000 levels deep) with an error, not a crash', () => {
    let deep: Record<string, unknown> = { kind: 'element', tag: 'div' };
    for (let i = 0; i < 10_000; i += 1) deep = { kind: 'element', tag: 'div', children: [deep] };
    expect(() => compile({ ...pricingCard, root: deep } as never, tokens, 'react-css')).toThrow(expect.objectContaining({ code: 'INVALID_SPEC' }));
  });

  it('compileAll shares one analysis: every available target by default, or the ones asked for', () => {
    expect(compileAll(pricingCard, tokens).map((o) => o.target)).toEqual(availableTargets());
    expect(compileAll(pricingCard, tokens, ['svelte-css', 'html-css']).map((o) => o.target)).toEqual(['svelte-css', 'html-css']);
  });

  it('is deterministic: the same input gives byte-identical output, and the input is left as it was', () => {
    for (const [name, spec] of ALL_SPECS) {
      const before = JSON.stringify(spec);
      const first = JSON.stringify(compileAll(spec, tokens));
      expect(JSON.stringify(compileAll(structuredClone(spec), structuredClone(tokens))), name).toBe(first);
      expect(JSON.stringify(spec), name).toBe(before);
    }
  });
});

describe('with the Anclora Ocean preset', () => {
  const ocean = getPreset('anclora-ocean');

  it('declares the preset values and its breakpoints, and every output still compiles', async () => {
    const card = compile(pricingCard, ocean, 'react-css').files[1]!.content;
    expect(card).toContain(`--color-primary: ${ocean.tokens['color.primary']!.css};`);
    expect(card).toContain(`@media (min-width: ${ocean.tokens['breakpoint.md']!.css})`);
    for (const [name, spec] of ALL_SPECS) {
      for (const out of compileAll(spec, ocean)) {
        for (const file of out.files) {
          const label = `${name} ${out.target} ${file.path}`;
          if (file.language === 'css') expect(() => postcss.parse(file.content), label).not.toThrow();
          if (file.language === 'tsx' || file.language === 'ts') {
            await expect(transform(file.content, { loader: file.language, jsx: 'automatic' }), label).resolves.toBeDefined();
          }
          if (file.language === 'svelte') expect(compileSvelte(file.content, { filename: file.path }).warnings, label).toEqual([]);
          if (file.language === 'vue') {
            const { descriptor, errors } = parseSfc(file.content, { filename: file.path });
            expect(errors, label).toEqual([]);
            compileScript(descriptor, { id: 'x', inlineTemplate: true });
            for (const style of descriptor.styles) expect(compileStyle({ source: style.content, filename: file.path, id: 'x', scoped: style.scoped }).errors, label).toEqual([]);
          }
        }
      }
    }
  });
});

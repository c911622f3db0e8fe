import { compile as compileSvelte } from 'svelte/compiler';
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import { afterAll, describe, expect, it } from 'vitest';
import { compile } from './compile.js';
import { canonicalHtml } from './testing/dom.js';
import { scratchDir } from './testing/real-compilers.js';
import { ALL_SPECS } from './testing/specs.js';
import { testTokens } from './testing/tokens.js';

const tokens = testTokens();
const outputs = ALL_SPECS.map(([name, spec]) => ({ name, spec, out: compile(spec, tokens, 'svelte-css') }));
const sourceOf = (name: string) => outputs.find((o) => o.name === name)!.out.files[0]!.content;

describe('svelte-css', () => {
  it('compiles with svelte/compiler for the client and the server with no warnings', () => {
    for (const { name, out } of outputs) {
      for (const generate of ['client', 'server'] as const) {
        const result = compileSvelte(out.files[0]!.content, { filename: out.files[0]!.path, generate, runes: true });
        expect(result.warnings.map((w) => `${w.code}: ${w.message}`), `${name} (${generate})`).toEqual([]);
      }
    }
  });

  it('uses runes: typed $props() with defaults, $state(), event attributes and keyed each blocks', () => {
    const source = sourceOf('pricing-card');
    expect(source.startsWith('<script lang="ts">\n')).toBe(true);
    expect(source).toContain("let { title = 'Pro', price = '$19', highlighted = false, onChoose }: PricingCardProps = $props();");
    expect(source).toContain('let selected = $state(false);');
    expect(source).toContain('onclick={handleCtaClick}');
    expect(source).toContain('{#each featureItems as item (item.id)}');
    expect(source).toContain('{#if selected}Selected{:else}Choose plan{/if}');
    expect(source).toContain(':global(:root) {');
    expect(sourceOf('link-list')).toContain('onclick={() => handleLinkClick(item)}');
    expect(sourceOf('awkward-names')).toContain("class: classValue = 'primary'");
  });

  it('keeps the stylesheet scoped and every rule used', () => {
    const { css } = compileSvelte(sourceOf('pricing-card'), { filename: 'PricingCard.svelte' });
    expect(css!.code).toMatch(/\.pricing-card__cta\.svelte-[a-z0-9]+:hover/);
    expect(css!.code).toContain('@media (min-width: 48rem)');
    expect(css!.code).not.toContain('(unused)');
  });

  describe('server rendering', () => {
    const scratch = scratchDir('svelte');
    afterAll(() => scratch.remove());

    async function load(name: string): Promise<Component> {
      const out = outputs.find((o) => o.name === name)!.out;
      const { js } = compileSvelte(out.files[0]!.content, { filename: out.files[0]!.path, generate: 'server' });
      const path = scratch.write(`${name}.mjs`, js.code);
      return ((await import(/* @vite-ignore */ path)) as { default: Component }).default;
    }

    it('renders the same DOM as the HTML reference in the initial state', async () => {
      for (const [name, spec] of ALL_SPECS) {
        const html = compile(spec, tokens, 'html-css').files[0]!.content;
        const { body } = render(await load(name));
        expect(canonicalHtml(body), name).toBe(canonicalHtml(html));
      }
    });

    it('renders props passed by a parent', async () => {
      const { body } = render(await load('pricing-card') as Component<{ title: string }>, { props: { title: 'Team' } });
      expect(body).toMatch(/<h3 class="pricing-card__title svelte-[a-z0-9]+">Team<\/h3>/);
    });
  });
});

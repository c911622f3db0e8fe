import { describe, expect, it } from 'vitest';
import { analyzeSpec, validateSpec, type ComponentSpec, type SpecNode } from '@anclora/engine';
import { createGenerator, createGenerators } from './create-generator.js';
import { AnthropicProvider } from './anthropic-provider.js';
import { OfflineProvider } from './offline-provider.js';
import { OpenAIProvider } from './openai-provider.js';
import { settings, tokens } from './test-fixtures.js';
import type { GenerationProgress } from './types.js';

const offline = new OfflineProvider();
const gen = (prompt: string, currentSpec?: ComponentSpec) => offline.generate({ prompt, target: 'html-css', tokens, currentSpec });

const expectSound = (spec: ComponentSpec) => {
  expect(validateSpec(spec).ok).toBe(true);
  expect(analyzeSpec(spec, tokens).summary.errors).toBe(0);
};
/** The tree without styles: refinements must keep it. */
const skeleton = (node: SpecNode): unknown =>
  node.kind === 'element' ? [node.tag, node.name, (node.children ?? []).map(skeleton)] : node.kind === 'text' ? node.value : node.kind;
const styleValues = (spec: ComponentSpec) => JSON.stringify(spec).match(/\{[a-z0-9.-]+\}/g) ?? [];

describe('OfflineProvider', () => {
  it('generates an English prompt with progress, usage 0/0 and the offline model', async () => {
    const progress: GenerationProgress[] = [];
    const out = await offline.generate({ prompt: 'a pricing table with 3 plans', target: 'react-css', tokens, onProgress: (p) => progress.push(p) });
    expect(out).toMatchObject({ provider: 'offline', model: 'anclora-offline-1', usage: { inputTokens: 0, outputTokens: 0 }, attempts: 1 });
    expectSound(out.spec);
    expect(progress).toHaveLength(3);
    expect(progress[0]!.characters).toBeLessThan(progress[2]!.characters);
    expect(progress[2]!.partial).toEqual(out.spec);
  });

  it('generates a Spanish prompt with Spanish copy and notes', async () => {
    const out = await gen('tarjeta de precios con 3 planes, el del medio destacado');
    expectSound(out.spec);
    expect(out.notes[0]).toMatch(/^Entendido/);
    expect(JSON.stringify(out.spec)).toMatch(/mes|Planes|Elegir|plan/i);
  });

  it('is deterministic', async () => {
    const [a, b] = await Promise.all([gen('login form with remember me'), gen('login form with remember me')]);
    expect(JSON.stringify(a.spec)).toBe(JSON.stringify(b.spec));
    expect(a.notes).toEqual(b.notes);
  });

  it('refines: larger text moves font sizes one step up and keeps the structure', async () => {
    const base = (await gen('a pricing table with 3 plans')).spec;
    const out = await gen('make the text larger', base);
    expectSound(out.spec);
    expect(skeleton(out.spec.root)).toEqual(skeleton(base.root));
    expect(out.spec.root).not.toEqual(base.root);
    expect(out.notes.join(' ')).toMatch(/Changed: larger text/);
    const before = styleValues(base).filter((v) => v.startsWith('{font.size.3xl'));
    expect(styleValues(out.spec).filter((v) => v.startsWith('{font.size.3xl')).length).toBeGreaterThanOrEqual(before.length);
  });

  it('refines in Spanish: menos espacio and esquinas redondeadas', async () => {
    const base = (await gen('tarjeta de precios con 3 planes')).spec;
    const out = await gen('con menos espacio y esquinas más redondeadas', base);
    expectSound(out.spec);
    expect(skeleton(out.spec.root)).toEqual(skeleton(base.root));
    expect(out.notes.join(' ')).toMatch(/menos relleno/);
    expect(out.notes.join(' ')).toMatch(/redondeadas/);
  });

  it('refines: dark swaps surface/text roles, a tone word swaps the primary role', async () => {
    const base = (await gen('a newsletter signup card')).spec;
    const dark = await gen('make it dark', base);
    expectSound(dark.spec);
    expect(dark.notes.join(' ')).toMatch(/dark surfaces/);
    const red = await gen('make the button red', base);
    expectSound(red.spec);
    expect(red.notes).toEqual([expect.stringMatching(/^Changed: primary colour → danger/)]);
    expect(JSON.stringify(red.spec)).toContain('{color.danger}');
    expect(JSON.stringify(red.spec)).not.toContain('{color.primary}');
  });

  it('says so when nothing in the prompt matches a known refinement', async () => {
    const base = (await gen('a pricing table')).spec;
    const out = await gen('add a testimonial carousel', base);
    expect(out.spec).toEqual(base);
    expect(out.notes[0]).toMatch(/No change recognised/);
  });
});

describe('createGenerator', () => {
  it('chooses the provider from settings, offline without a key', () => {
    expect(createGenerator(settings({ provider: 'offline' }))).toBeInstanceOf(OfflineProvider);
    expect(createGenerator(settings({ provider: 'anthropic' }))).toBeInstanceOf(OfflineProvider);
    expect(createGenerator(settings({ provider: 'anthropic', anthropic: { apiKey: 'k' } }))).toBeInstanceOf(AnthropicProvider);
    const openai = createGenerator(settings({ provider: 'openai', openai: { apiKey: 'k', baseURL: 'http://127.0.0.1:1/v1', model: 'llama3' } }));
    expect(openai).toBeInstanceOf(OpenAIProvider);
    expect(openai.model).toBe('llama3');
  });
});

describe('createGenerators', () => {
  it('lists every configured provider, the default first, and always the offline generator', () => {
    const both = createGenerators(
      settings({ provider: 'openai', anthropic: { apiKey: 'a' }, openai: { apiKey: 'o', baseURL: 'http://127.0.0.1:1/v1', model: 'llama3' } }),
    );
    expect(both.default.provider).toBe('openai');
    expect(both.available).toEqual(['openai', 'anthropic', 'offline']);
    expect(both.get('anthropic')).toBeInstanceOf(AnthropicProvider);
    expect(both.get('openai')!.model).toBe('llama3');

    const none = createGenerators(settings({ provider: 'anthropic' }));
    expect(none.available).toEqual(['offline']);
    expect(none.get('anthropic')).toBeUndefined();
  });
});

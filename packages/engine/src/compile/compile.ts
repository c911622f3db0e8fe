import { EngineError } from '../engine-error.js';
import type { ComponentSpec } from '../spec/schema.js';
import { parseSpec } from '../spec/validate-spec.js';
import { TARGET_IDS, type TargetId } from '../targets.js';
import type { TokenSet } from '../tokens/model.js';
import { emitAngular } from './angular-css.js';
import { buildModel } from './core.js';
import { buildStylesheet } from './css.js';
import type { CompiledFile, CompiledOutput } from './files.js';
import { emitHtml } from './html-css.js';
import type { ComponentModel, ElementModel } from './model.js';
import { emitReact } from './react-css.js';
import { cssStrategy } from './strategy.js';
import type { StylingStrategy } from './strategy.js';
import { emitSvelte } from './svelte-css.js';
import { emitVue } from './vue-css.js';
import { tailwindClasses } from './tailwind/tailwind-classes.js';
import { withUserAgentDefaults } from './base-styles.js';
import { chakraStyleProps } from './chakra/chakra-props.js';
import { chakraThemeConfig } from './chakra/chakra-theme.js';
import { tsLiteral } from './chakra/chakra-jsx.js';
import { exportTokens } from '../tokens/export-tokens.js';
import { emitWebComponent } from './web-component.js';

/**
 * compile(spec, tokens, target): validate → analyze → style → emit.
 * Validation runs first (parseSpec, EngineError INVALID_SPEC with every
 * issue), so a spec that skipped validation upstream cannot reach an
 * emitter; compileAll validates and analyzes once for every target.
 */
export type Emitter = (model: ComponentModel, strategy: StylingStrategy) => CompiledFile[];

interface TargetCompiler {
  readonly emit: Emitter;
  readonly strategy: (model: ComponentModel, tokens: TokenSet) => StylingStrategy;
  /** Files the target ships besides the component: its theme, built from the tokens. */
  readonly themeFiles?: (tokens: TokenSet) => CompiledFile[];
}


/** Memoises a per-(model, tokens) value: compileAll shares it between the targets that use it. */
function perModel<T>(build: (model: ComponentModel, tokens: TokenSet) => T): (model: ComponentModel, tokens: TokenSet) => T {
  const cache = new WeakMap<ComponentModel, WeakMap<TokenSet, T>>();
  return (model, tokens) => {
    const byTokens = cache.get(model) ?? new WeakMap<TokenSet, T>();
    cache.set(model, byTokens);
    if (!byTokens.has(tokens)) byTokens.set(tokens, build(model, tokens));
    return byTokens.get(tokens)!;
  };
}
/** Memoises a per-token-set file (themes): the same for every component of a design system. */
function perTokens(build: (tokens: TokenSet) => CompiledFile[]): (tokens: TokenSet) => CompiledFile[] {
  const cache = new WeakMap<TokenSet, CompiledFile[]>();
  return (tokens) => {
    if (!cache.has(tokens)) cache.set(tokens, build(tokens));
    return cache.get(tokens)!;
  };
}

// One stylesheet per (model, tokens), shared by the CSS targets of a compileAll.
const css = perModel((model: ComponentModel, tokens: TokenSet) => cssStrategy(buildStylesheet(model, tokens)));

// Tailwind: every element carries its utilities; the tokens ship as the
// Tailwind v4 theme the utilities resolve against (`bg-primary` → --color-primary).
// The three Tailwind targets share one class list per element.
const tailwind = perModel((_model: ComponentModel, tokens: TokenSet): StylingStrategy => {
  const classes = new Map<ElementModel, string>();
  return {
    classOf: (element) => {
      // Preflight resets borders to currentColor, as the user agent draws them.
      if (!classes.has(element)) classes.set(element, tailwindClasses(withUserAgentDefaults(element, { borderColor: false }), tokens).join(' '));
      return classes.get(element)!;
    },
  };
});
const tailwindTheme = perTokens((tokens) => [{ path: 'tailwind.css', language: 'css', content: exportTokens(tokens, 'tailwind') }]);

// Chakra UI v3: elements become chakra.* factories with style props that
// name tokens of the generated theme (theme.ts, a createSystem config).
const CHAKRA_IMPORT = "import { chakra } from '@chakra-ui/react';";
const CHAKRA_HTML_ATTRIBUTES: Readonly<Record<string, string>> = { width: 'htmlWidth', height: 'htmlHeight' };
const chakra = (_model: ComponentModel, tokens: TokenSet): StylingStrategy => ({
  classOf: () => '',
  jsx: {
    tagOf: (element) => `chakra.${element.tag}`,
    // Chakra reads width/height as style props (a token of its sizes scale); htmlWidth/htmlHeight stay attributes.
    attributeName: (name) => CHAKRA_HTML_ATTRIBUTES[name] ?? name,
    propsOf: (element) =>
      Object.entries(chakraStyleProps(withUserAgentDefaults(element, { borderColor: true }), tokens))
        .filter(([, value]) => value !== undefined)
        .map(([name, value]) => ({ name, expression: tsLiteral(value) })),
    imports: [CHAKRA_IMPORT],
  },
});
const chakraTheme = perTokens((tokens) => [{ path: 'theme.ts', language: 'ts', content: chakraThemeConfig(tokens) }]);

/** Every target: a markup emitter (per framework) and a styling strategy (per styling). */
const COMPILERS: Record<TargetId, TargetCompiler> = {
  'html-css': { emit: emitHtml, strategy: css },
  'html-tailwind': { emit: emitHtml, strategy: tailwind, themeFiles: tailwindTheme },
  'react-css': { emit: emitReact, strategy: css },
  'react-tailwind': { emit: emitReact, strategy: tailwind, themeFiles: tailwindTheme },
  'react-chakra': { emit: emitReact, strategy: chakra, themeFiles: chakraTheme },
  'vue-css': { emit: emitVue, strategy: css },
  'vue-tailwind': { emit: emitVue, strategy: tailwind, themeFiles: tailwindTheme },
  'svelte-css': { emit: emitSvelte, strategy: css },
  'angular-css': { emit: emitAngular, strategy: css },
  'web-component': { emit: emitWebComponent, strategy: css },
};

function emit(model: ComponentModel, tokens: TokenSet, target: TargetId): CompiledOutput {
  const compiler = COMPILERS[target];
  if (!compiler) throw new EngineError('UNKNOWN_TARGET', `There is no target "${target}".`);
  const files = [...compiler.emit(model, compiler.strategy(model, tokens)), ...(compiler.themeFiles?.(tokens) ?? [])];
  return { target, files, entry: files[0]!.path };
}

export function compile(spec: ComponentSpec, tokens: TokenSet, target: TargetId): CompiledOutput {
  return emit(buildModel(parseSpec(spec)), tokens, target);
}

/** The targets compile() can produce, in TARGET_IDS order (all of them). */
export const availableTargets = (): TargetId[] => [...TARGET_IDS];

/** Every requested target (default: every available one), sharing one validation and analysis. */
export function compileAll(spec: ComponentSpec, tokens: TokenSet, targets: readonly TargetId[] = availableTargets()): CompiledOutput[] {
  const model = buildModel(parseSpec(spec));
  return targets.map((target) => emit(model, tokens, target));
}

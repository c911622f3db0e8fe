import * as chakra from '@chakra-ui/react';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { STYLE_CASES, VARIANT_STYLE, fixtureStyles } from '../tailwind/testing/style-cases.js';
import { testTokens } from '../tailwind/testing/test-tokens.js';
import { chakraJsxAttributes, tsLiteral } from './chakra-jsx.js';
import { chakraStyleProps } from './chakra-props.js';
import { chakraThemeConfig, chakraThemeDefinition } from './chakra-theme.js';
import { CHAKRA_SEMANTIC_NAMES } from './chakra-tokens.js';
import { typeCheck } from './testing/type-check.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const themeSource = chakraThemeConfig(testTokens);

/** Runs the generated theme.ts (transpiled) against the real @chakra-ui/react and returns its `system`. */
function loadGeneratedSystem(source: string): chakra.SystemContext {
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
  const exports: { system?: chakra.SystemContext } = {};
  const require = (id: string) => {
    if (id !== '@chakra-ui/react') throw new Error(`theme.ts imports ${id}`);
    return chakra;
  };
  new Function('require', 'exports', js)(require, exports);
  if (!exports.system) throw new Error('theme.ts exports no system');
  return exports.system;
}

/** Every value a CSS variable is given anywhere in the token stylesheet (base and conditions). */
function assignments(css: unknown, variable: string, out: string[] = []): string[] {
  if (css && typeof css === 'object') {
    for (const [key, value] of Object.entries(css)) {
      if (key === variable && typeof value === 'string') out.push(value);
      else assignments(value, variable, out);
    }
  }
  return out;
}

describe('chakraThemeDefinition', () => {
  it('puts every token in its Chakra category under the style-prop name', () => {
    const { globalCss, theme } = chakraThemeDefinition(testTokens);
    expect(theme.tokens.colors?.primary).toEqual({ value: '#0B6477' });
    expect(theme.tokens.colors?.['primary-hover']).toEqual({ value: '#084F5E' });
    expect(theme.tokens.spacing?.md).toEqual({ value: '1rem' });
    expect(theme.tokens.radii?.lg).toEqual({ value: '12px' });
    expect(theme.tokens.fonts?.base).toEqual({ value: 'Inter, system-ui, sans-serif' });
    expect(theme.tokens.fontSizes?.['2xl']).toEqual({ value: '1.5rem' });
    expect(theme.tokens.fontWeights?.bold).toEqual({ value: '700' });
    expect(theme.tokens.durations?.fast).toEqual({ value: '150ms' });
    expect(theme.semanticTokens?.colors?.border).toEqual({ DEFAULT: { value: '#E2E8F0' } });
    expect(theme.semanticTokens?.shadows?.md).toEqual({ value: testTokens.tokens['shadow.md']?.css });
    expect(theme.breakpoints).toEqual({ sm: '40rem', md: '48rem', lg: '64rem', xl: '80rem' });
    expect(globalCss).toEqual({ ':root': { '--border-width': '1px' } });
  });

  it('nests dotted names and keeps a token that is also a group as DEFAULT', () => {
    const tokens = {
      name: 'nested',
      tokens: Object.fromEntries(
        [
          ['color.brand', '#111111'],
          ['color.brand.light', '#222222'],
        ].map(([p = '', css = '']) => [p, { path: p, type: 'color' as const, css, value: css }]),
      ),
    };
    expect(chakraThemeDefinition(tokens).theme.tokens.colors).toEqual({ brand: { DEFAULT: { value: '#111111' }, light: { value: '#222222' } } });
  });

  it("knows exactly the installed Chakra's semantic token names", () => {
    const semantic = chakra.defaultConfig.theme?.semanticTokens ?? {};
    for (const [category, names] of Object.entries(semantic)) {
      expect([...(CHAKRA_SEMANTIC_NAMES[category as keyof typeof CHAKRA_SEMANTIC_NAMES] ?? [])].sort()).toEqual(Object.keys(names ?? {}).sort());
    }
  });
});

describe('chakraThemeConfig (theme.ts)', () => {
  it('builds a system whose variables hold our token values, over Chakra defaults', () => {
    const css = loadGeneratedSystem(themeSource).getTokenCss();
    expect(assignments(css, '--chakra-colors-primary')).toEqual(['#0B6477']);
    expect(assignments(css, '--chakra-colors-border')).toEqual(['#E2E8F0']);
    expect(assignments(css, '--chakra-shadows-md')).toEqual([testTokens.tokens['shadow.md']?.css]);
    expect(assignments(css, '--chakra-spacing-md')).toEqual(['1rem']);
    expect(assignments(css, '--chakra-font-weights-bold')).toEqual(['700']);
  });

  it('type-checks against @chakra-ui/react, with a Box using the style props', () => {
    const styles = [...fixtureStyles, VARIANT_STYLE, ...STYLE_CASES.map(([p, v]) => ({ base: { [p]: v } }))];
    const propsObjects = styles.map((s, i) => `const props${i} = ${tsLiteral(chakraStyleProps(s, testTokens))};`);
    const boxes = styles.map((s, i) => `      <Box ${chakraJsxAttributes(chakraStyleProps(s, testTokens)).join(' ')}>{"${i}"}</Box>\n      <Box {...props${i}} />`);
    const card = [
      'import { Box, ChakraProvider } from "@chakra-ui/react";',
      'import { system } from "./theme";',
      ...propsObjects,
      'export function Preview() {',
      '  return (',
      '    <ChakraProvider value={system}>',
      ...boxes,
      '    </ChakraProvider>',
      '  );',
      '}',
    ].join('\n');
    expect(typeCheck({ 'theme.ts': themeSource, 'card.tsx': card }, here)).toEqual([]);
    // The check is live: a token without `value` and an unknown prop are caught.
    const broken = typeCheck(
      {
        'theme.ts': themeSource.replace('primary: { value: "#0B6477" }', 'primary: "#0B6477"'),
        'card.tsx': 'import { Box } from "@chakra-ui/react";\nexport const X = () => <Box bg={{ notACondition: 1n }} />;',
      },
      here,
    );
    expect(broken.some((d) => d.startsWith('theme.ts'))).toBe(true);
    expect(broken.some((d) => d.startsWith('card.tsx'))).toBe(true);
  });

  it('reads as a theme file', () => {
    expect(themeSource).toMatch(/^import \{ createSystem, defaultConfig, defineConfig \} from "@chakra-ui\/react";\n/);
    expect(themeSource).toContain('      primary: { value: "#0B6477" },\n');
    expect(themeSource).toContain('      "primary-hover": { value: "#084F5E" },\n');
    expect(themeSource).toContain('export const system = createSystem(defaultConfig, config);');
  });
});

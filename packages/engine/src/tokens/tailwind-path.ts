import type { TokenType } from './model.js';
import { normalizeSegment, pathFromCssVar, splitRemainder } from './token-path.js';
import { own } from './own.js';

/**
 * The inverse of tailwind-namespace.ts: a Tailwind v4 theme variable → our
 * token path and the type its namespace implies. The first ten namespaces
 * mirror tailwindThemeEntry exactly (a test checks the round trip); the rest
 * are Tailwind namespaces our roles do not use, kept under their own names.
 */
const NAMESPACES: ReadonlyArray<[variablePrefix: string, pathPrefix: string, type: TokenType]> = [
  // Longer prefixes first: --font-weight- before --font-, --text-shadow- before --text-.
  ['--font-weight-', 'font.weight.', 'fontWeight'],
  ['--text-shadow-', 'text-shadow.', 'shadow'],
  ['--inset-shadow-', 'inset-shadow.', 'shadow'],
  ['--drop-shadow-', 'drop-shadow.', 'shadow'],
  ['--color-', 'color.', 'color'],
  ['--spacing-', 'space.', 'dimension'],
  ['--radius-', 'radius.', 'dimension'],
  ['--font-', 'font.family.', 'fontFamily'],
  ['--text-', 'font.size.', 'dimension'],
  ['--leading-', 'line-height.', 'number'],
  ['--tracking-', 'letter-spacing.', 'dimension'],
  ['--shadow-', 'shadow.', 'shadow'],
  ['--breakpoint-', 'breakpoint.', 'dimension'],
  ['--container-', 'container.', 'dimension'],
  ['--blur-', 'blur.', 'dimension'],
  ['--perspective-', 'perspective.', 'dimension'],
  ['--ease-', 'ease.', 'cubicBezier'],
];

/**
 * Bare namespace variables. `--spacing` is Tailwind's spacing unit (p-4 is
 * 4 × --spacing), kept as space.unit; roles.ts derives the space roles from it.
 */
const BARE: Readonly<Record<string, [path: string, type: TokenType]>> = {
  '--spacing': ['space.unit', 'dimension'],
  '--radius': ['radius.default', 'dimension'],
  '--shadow': ['shadow.default', 'shadow'],
  '--blur': ['blur.default', 'dimension'],
  '--drop-shadow': ['drop-shadow.default', 'shadow'],
};

/** Per-size companions of --text-*: --text-lg--line-height → font.line-height.lg. */
const TEXT_COMPANIONS: Readonly<Record<string, TokenType>> = {
  'line-height': 'number',
  'letter-spacing': 'dimension',
  'font-weight': 'fontWeight',
};

const UNTYPED = ['--animate-', '--aspect-', '--default-font-', '--default-mono-font-'];

export type TailwindPath = { path: string; type?: TokenType } | { skip: string };

export function pathFromTailwindVariable(name: string): TailwindPath {
  if (name.includes('*')) return { skip: 'a namespace reset, not a value' };
  const bare = own(BARE, name);
  if (bare) return { path: bare[0], type: bare[1] };
  if (UNTYPED.some((prefix) => name.startsWith(prefix))) return { skip: `Tailwind's ${name.replace(/^(--[a-z]+-).*/, '$1*')} values are not design tokens` };
  const [base = name, companion] = name.split(/(?<=.)--/);
  if (companion !== undefined) {
    const type = own(TEXT_COMPANIONS, companion);
    if (!base.startsWith('--text-') || !type) return { skip: `the ${companion} companion of ${base} is not a design token` };
    return { path: `font.${companion}.${splitRemainder(normalizeSegment(base.slice('--text-'.length)))}`, type };
  }
  for (const [prefix, pathPrefix, type] of NAMESPACES) {
    if (name.startsWith(prefix) && name.length > prefix.length) return { path: pathPrefix + splitRemainder(normalizeSegment(name.slice(prefix.length))), type };
  }
  return { path: pathFromCssVar(name) };
}

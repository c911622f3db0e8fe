/**
 * Where a token lives in a Chakra UI v3 theme — the Chakra counterpart of
 * tokens/tailwind-namespace.ts, shared by the theme generator (which writes
 * `tokens.colors.primary`) and the style-prop compiler (which then writes
 * `bg="primary"`), so the two always agree.
 *
 * The name inside a category is the rest of the token path, exactly as the
 * Tailwind suffix is ("primary-hover", "2xl"); deeper paths stay dotted and
 * become nested token groups ("color.brand.primary" → colors "brand.primary").
 * Breakpoints are not tokens in Chakra but `theme.breakpoints`; Chakra still
 * exposes them as `{breakpoints.md}` for values.
 */
export type ChakraCategory =
  | 'colors'
  | 'spacing'
  | 'radii'
  | 'shadows'
  | 'fonts'
  | 'fontSizes'
  | 'fontWeights'
  | 'lineHeights'
  | 'letterSpacings'
  | 'durations'
  | 'easings'
  | 'zIndex'
  | 'opacity'
  | 'sizes'
  | 'borderWidths'
  | 'breakpoints';

export interface ChakraToken {
  category: ChakraCategory;
  /** The token's name within its category, as style props write it: "primary", "brand.primary". */
  name: string;
}

const RULES: ReadonlyArray<{ prefix: string; category: ChakraCategory }> = [
  { prefix: 'color.', category: 'colors' },
  { prefix: 'space.', category: 'spacing' },
  { prefix: 'radius.', category: 'radii' },
  { prefix: 'shadow.', category: 'shadows' },
  { prefix: 'font.family.', category: 'fonts' },
  { prefix: 'font.size.', category: 'fontSizes' },
  { prefix: 'font.weight.', category: 'fontWeights' },
  { prefix: 'line-height.', category: 'lineHeights' },
  { prefix: 'letter-spacing.', category: 'letterSpacings' },
  { prefix: 'duration.', category: 'durations' },
  { prefix: 'easing.', category: 'easings' },
  { prefix: 'z-index.', category: 'zIndex' },
  { prefix: 'opacity.', category: 'opacity' },
  { prefix: 'size.', category: 'sizes' },
  { prefix: 'border-width.', category: 'borderWidths' },
  { prefix: 'breakpoint.', category: 'breakpoints' },
];

/** The Chakra token of a path, or undefined for paths with no Chakra category (they stay CSS variables). */
export function chakraTokenOf(path: string): ChakraToken | undefined {
  for (const { prefix, category } of RULES) {
    if (path.startsWith(prefix) && path.length > prefix.length) return { category, name: path.slice(prefix.length) };
  }
  return undefined;
}

/** The reference Chakra expands inside any style value: "{colors.primary}". */
export const chakraReference = ({ category, name }: ChakraToken): string => `{${category}.${name}}`;

/**
 * Names `defaultConfig` defines as *semantic* tokens (per category, first
 * name segment). Chakra writes semantic variables after plain ones, so a
 * plain token of ours with one of these names would lose to Chakra's value
 * (`colors.border` would stay gray.200); the theme declares those tokens as
 * semantic instead. A test checks this list against the installed Chakra.
 */
export const CHAKRA_SEMANTIC_NAMES: Readonly<Partial<Record<ChakraCategory, ReadonlySet<string>>>> = {
  colors: new Set(['bg', 'fg', 'border', 'gray', 'red', 'orange', 'green', 'blue', 'yellow', 'teal', 'purple', 'pink', 'cyan']),
  shadows: new Set(['xs', 'sm', 'md', 'lg', 'xl', '2xl', 'inner', 'inset']),
  radii: new Set(['l1', 'l2', 'l3']),
};

export const isChakraSemanticName = ({ category, name }: ChakraToken): boolean =>
  CHAKRA_SEMANTIC_NAMES[category]?.has(name.split('.')[0] ?? name) === true;

/**
 * The normalised design-token model every importer produces and every
 * exporter and compiler reads. Paths are lower-case, dot-separated
 * ("color.primary", "space.md"); aliases are resolved at import time, and
 * the alias is remembered so exports can keep it.
 */
export type TokenType =
  | 'color'
  | 'dimension'
  | 'fontFamily'
  | 'fontWeight'
  | 'number'
  | 'duration'
  | 'cubicBezier'
  | 'shadow'
  | 'typography'
  | 'border'
  | 'strokeStyle'
  | 'transition'
  | 'gradient';

export interface ShadowLayer {
  color: string;
  offsetX: string;
  offsetY: string;
  blur: string;
  spread: string;
  inset?: boolean;
}

export interface TypographyValue {
  fontFamily: string;
  fontSize: string;
  fontWeight: string | number;
  lineHeight: string | number;
  letterSpacing?: string;
}

export interface Token {
  path: string;
  type: TokenType;
  /** The resolved value as CSS text, ready for a custom property (composites: their CSS shorthand, or '' for typography). */
  css: string;
  /** Structured value for composites (shadow layers, typography parts, …). */
  value: unknown;
  /** The path this token aliased, when it was an alias. */
  aliasOf?: string;
  description?: string;
}

export interface TokenSet {
  name: string;
  /** Keyed by path; iteration order is the source order. */
  tokens: Record<string, Token>;
}

/** The CSS custom property of a token path: color.primary → --color-primary. */
export const cssVarName = (path: string): string => `--${path.replace(/\./g, '-')}`;
export const cssVar = (path: string): string => `var(${cssVarName(path)})`;

/**
 * The semantic roles the engine's generator and archetypes style with. Every
 * preset defines all of them; an imported set that lacks some is completed
 * from a base preset and the gaps are reported (see tokens/roles).
 */
export const ROLE_TOKENS = {
  'color.primary': 'color',
  'color.primary-hover': 'color',
  'color.on-primary': 'color',
  'color.secondary': 'color',
  'color.on-secondary': 'color',
  'color.accent': 'color',
  'color.background': 'color',
  'color.surface': 'color',
  'color.surface-muted': 'color',
  'color.text': 'color',
  'color.text-muted': 'color',
  'color.border': 'color',
  'color.focus': 'color',
  'color.success': 'color',
  'color.warning': 'color',
  'color.danger': 'color',
  'color.on-danger': 'color',
  'space.xs': 'dimension',
  'space.sm': 'dimension',
  'space.md': 'dimension',
  'space.lg': 'dimension',
  'space.xl': 'dimension',
  'radius.sm': 'dimension',
  'radius.md': 'dimension',
  'radius.lg': 'dimension',
  'radius.full': 'dimension',
  'border.width': 'dimension',
  'font.family.base': 'fontFamily',
  'font.family.heading': 'fontFamily',
  'font.family.mono': 'fontFamily',
  'font.size.xs': 'dimension',
  'font.size.sm': 'dimension',
  'font.size.md': 'dimension',
  'font.size.lg': 'dimension',
  'font.size.xl': 'dimension',
  'font.size.2xl': 'dimension',
  'font.size.3xl': 'dimension',
  'font.weight.regular': 'fontWeight',
  'font.weight.medium': 'fontWeight',
  'font.weight.semibold': 'fontWeight',
  'font.weight.bold': 'fontWeight',
  'line-height.tight': 'number',
  'line-height.normal': 'number',
  'shadow.sm': 'shadow',
  'shadow.md': 'shadow',
  'shadow.lg': 'shadow',
  'breakpoint.sm': 'dimension',
  'breakpoint.md': 'dimension',
  'breakpoint.lg': 'dimension',
  'breakpoint.xl': 'dimension',
  'duration.fast': 'duration',
  'duration.normal': 'duration',
} as const satisfies Record<string, TokenType>;
export type RoleToken = keyof typeof ROLE_TOKENS;

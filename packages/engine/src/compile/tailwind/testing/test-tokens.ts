import type { TokenSet, TokenType } from '../../../tokens/model.js';

/**
 * A complete token set for the styling-compiler tests: the Anclora Ocean
 * values of PRODUCT.md for every role token, plus a few tokens outside the
 * roles (letter spacing, z-index, opacity, easing) to cover every mapping.
 * Built here so these tests do not depend on the presets module.
 */
const TABLE: Array<[string, TokenType, string]> = [
  ['color.primary', 'color', '#0B6477'],
  ['color.primary-hover', 'color', '#084F5E'],
  ['color.on-primary', 'color', '#FFFFFF'],
  ['color.secondary', 'color', '#0AD1C8'],
  ['color.on-secondary', 'color', '#0F172A'],
  ['color.accent', 'color', '#45DFB1'],
  ['color.background', 'color', '#FFFFFF'],
  ['color.surface', 'color', '#FFFFFF'],
  ['color.surface-muted', 'color', '#F8FAFC'],
  ['color.text', 'color', '#0F172A'],
  ['color.text-muted', 'color', '#64748B'],
  ['color.border', 'color', '#E2E8F0'],
  ['color.focus', 'color', '#0AD1C8'],
  ['color.success', 'color', '#80ED99'],
  ['color.warning', 'color', '#F59E0B'],
  ['color.danger', 'color', '#EF4444'],
  ['color.on-danger', 'color', '#FFFFFF'],
  ['space.xs', 'dimension', '0.25rem'],
  ['space.sm', 'dimension', '0.5rem'],
  ['space.md', 'dimension', '1rem'],
  ['space.lg', 'dimension', '1.5rem'],
  ['space.xl', 'dimension', '2rem'],
  ['radius.sm', 'dimension', '4px'],
  ['radius.md', 'dimension', '8px'],
  ['radius.lg', 'dimension', '12px'],
  ['radius.full', 'dimension', '9999px'],
  ['border.width', 'dimension', '1px'],
  ['font.family.base', 'fontFamily', 'Inter, system-ui, sans-serif'],
  ['font.family.heading', 'fontFamily', 'Inter, system-ui, sans-serif'],
  ['font.family.mono', 'fontFamily', 'ui-monospace, monospace'],
  ['font.size.xs', 'dimension', '0.75rem'],
  ['font.size.sm', 'dimension', '0.875rem'],
  ['font.size.md', 'dimension', '1rem'],
  ['font.size.lg', 'dimension', '1.125rem'],
  ['font.size.xl', 'dimension', '1.25rem'],
  ['font.size.2xl', 'dimension', '1.5rem'],
  ['font.size.3xl', 'dimension', '1.875rem'],
  ['font.weight.regular', 'fontWeight', '400'],
  ['font.weight.medium', 'fontWeight', '500'],
  ['font.weight.semibold', 'fontWeight', '600'],
  ['font.weight.bold', 'fontWeight', '700'],
  ['line-height.tight', 'number', '1.25'],
  ['line-height.normal', 'number', '1.5'],
  ['letter-spacing.wide', 'dimension', '0.025em'],
  ['shadow.sm', 'shadow', '0 1px 2px 0 rgb(15 23 42 / 0.06)'],
  ['shadow.md', 'shadow', '0 4px 6px -1px rgb(15 23 42 / 0.1), 0 2px 4px -2px rgb(15 23 42 / 0.1)'],
  ['shadow.lg', 'shadow', '0 10px 15px -3px rgb(15 23 42 / 0.1), 0 4px 6px -4px rgb(15 23 42 / 0.1)'],
  ['breakpoint.sm', 'dimension', '40rem'],
  ['breakpoint.md', 'dimension', '48rem'],
  ['breakpoint.lg', 'dimension', '64rem'],
  ['breakpoint.xl', 'dimension', '80rem'],
  ['duration.fast', 'duration', '150ms'],
  ['duration.normal', 'duration', '250ms'],
  ['easing.standard', 'cubicBezier', 'cubic-bezier(0.4, 0, 0.2, 1)'],
  ['z-index.overlay', 'number', '40'],
  ['opacity.disabled', 'number', '0.5'],
];

export const testTokens: TokenSet = {
  name: 'Anclora Ocean (test)',
  tokens: Object.fromEntries(TABLE.map(([path, type, css]) => [path, { path, type, css, value: css }])),
};

/** The same set without some tokens, to exercise the fallbacks. */
export function tokensWithout(...paths: string[]): TokenSet {
  const tokens = { ...testTokens.tokens };
  for (const p of paths) delete tokens[p];
  return { name: `${testTokens.name} minus ${paths.join(', ')}`, tokens };
}

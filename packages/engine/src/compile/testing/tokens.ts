import type { Token, TokenSet, TokenType } from '../../tokens/model.js';

/** A small token set for the compile tests (independent of the presets). */
const ENTRIES: Array<[string, TokenType, string]> = [
  ['color.primary', 'color', '#0b6477'],
  ['color.primary-hover', 'color', '#09505f'],
  ['color.on-primary', 'color', '#ffffff'],
  ['color.surface', 'color', '#ffffff'],
  ['color.text', 'color', '#0f172a'],
  ['color.text-muted', 'color', '#64748b'],
  ['color.border', 'color', '#e2e8f0'],
  ['color.focus', 'color', '#0ad1c8'],
  ['color.danger', 'color', '#dc2626'],
  ['space.xs', 'dimension', '0.25rem'],
  ['space.sm', 'dimension', '0.5rem'],
  ['space.md', 'dimension', '1rem'],
  ['space.lg', 'dimension', '1.5rem'],
  ['space.xl', 'dimension', '2rem'],
  ['radius.md', 'dimension', '8px'],
  ['radius.lg', 'dimension', '12px'],
  ['border.width', 'dimension', '1px'],
  ['font.family.base', 'fontFamily', '"Inter", system-ui, sans-serif'],
  ['font.size.sm', 'dimension', '0.875rem'],
  ['font.size.md', 'dimension', '1rem'],
  ['font.size.xl', 'dimension', '1.25rem'],
  ['font.size.3xl', 'dimension', '1.875rem'],
  ['font.weight.semibold', 'fontWeight', '600'],
  ['font.weight.bold', 'fontWeight', '700'],
  ['shadow.md', 'shadow', '0 4px 6px -1px rgb(0 0 0 / 0.1)'],
  ['breakpoint.sm', 'dimension', '40rem'],
  ['breakpoint.md', 'dimension', '48rem'],
  ['breakpoint.lg', 'dimension', '64rem'],
  ['duration.fast', 'duration', '150ms'],
];

export function testTokens(overrides: Record<string, string> = {}): TokenSet {
  const tokens: Record<string, Token> = {};
  for (const [path, type, css] of ENTRIES) tokens[path] = { path, type, css: overrides[path] ?? css, value: overrides[path] ?? css };
  for (const [path, css] of Object.entries(overrides)) tokens[path] ??= { path, type: 'dimension', css, value: css };
  return { name: 'compile-test', tokens };
}

import type { Token, TokenSet, TokenType } from '../../tokens/model.js';

/**
 * A small, complete token set for tests of quality/ and import/: the Anclora
 * Ocean values from PRODUCT.md for every role token. Built here so the tests
 * do not depend on the presets module.
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
  ['shadow.sm', 'shadow', '0 1px 2px 0 rgba(15, 23, 42, 0.06)'],
  ['shadow.md', 'shadow', '0 4px 6px -1px rgba(15, 23, 42, 0.1)'],
  ['shadow.lg', 'shadow', '0 10px 15px -3px rgba(15, 23, 42, 0.12)'],
  ['breakpoint.sm', 'dimension', '640px'],
  ['breakpoint.md', 'dimension', '768px'],
  ['breakpoint.lg', 'dimension', '1024px'],
  ['breakpoint.xl', 'dimension', '1280px'],
  ['duration.fast', 'duration', '150ms'],
  ['duration.normal', 'duration', '250ms'],
];

export function testTokens(overrides: Record<string, string> = {}): TokenSet {
  const tokens: Record<string, Token> = {};
  for (const [path, type, css] of TABLE) tokens[path] = { path, type, css: overrides[path] ?? css, value: overrides[path] ?? css };
  return { name: 'Test Ocean', tokens };
}

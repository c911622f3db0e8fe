import { describe, expect, it } from 'vitest';
import type { Token } from '@anclora/engine';
import { colourHints, contrastRoles, formatRatio, groupTokens, tokenValueText } from './token-model';

const token = (path: string, type: Token['type'], css: string, extra: Partial<Token> = {}): Token => ({ path, type, css, value: css, ...extra });

const tokens: Record<string, Token> = Object.fromEntries(
  [
    token('color.primary', 'color', '#0b6477'),
    token('color.text', 'color', '#0f172a'),
    token('color.background', 'color', '#ffffff'),
    token('color.surface', 'color', '#ffffff', { aliasOf: 'color.background' }),
    token('color.accent', 'color', '#45dfb1'),
    token('color.on-primary', 'color', '#ffffff'),
    token('color.on-nothing', 'color', '#ffffff'),
    token('space.md', 'dimension', '1rem'),
    token('font.family.base', 'fontFamily', 'Inter, sans-serif'),
    token('font.size.md', 'dimension', '1rem'),
    token('font.weight.bold', 'fontWeight', '700'),
    token('space.lg', 'dimension', '1.5rem'),
  ].map((t) => [t.path, t]),
);

describe('groupTokens', () => {
  it('groups by first path segment in source order, splitting a segment that mixes types', () => {
    const groups = groupTokens(tokens);
    expect(groups.map((g) => g.key)).toEqual(['color', 'space', 'font:fontFamily', 'font:dimension', 'font:fontWeight']);
    expect(groups[1]!.tokens.map((t) => t.path)).toEqual(['space.md', 'space.lg']);
    expect(groups[0]!.mixed).toBe(false);
    expect(groups[2]!.mixed).toBe(true);
  });

  it('filters by path, value, CSS variable or alias target, case-insensitively', () => {
    expect(groupTokens(tokens, 'PRIMARY').flatMap((g) => g.tokens.map((t) => t.path))).toEqual(['color.primary', 'color.on-primary']);
    expect(groupTokens(tokens, '1.5rem').flatMap((g) => g.tokens.map((t) => t.path))).toEqual(['space.lg']);
    expect(groupTokens(tokens, 'color.background').flatMap((g) => g.tokens.map((t) => t.path))).toEqual(['color.background', 'color.surface']);
    expect(groupTokens(tokens, '--font-weight').flatMap((g) => g.tokens.map((t) => t.path))).toEqual(['font.weight.bold']);
    // The group keeps its heading even when the filter leaves one type of a mixed segment.
    expect(groupTokens(tokens, 'font.size')[0]).toMatchObject({ key: 'font:dimension', mixed: true });
    expect(groupTokens(tokens, 'nothing-like-this')).toEqual([]);
  });
});

describe('tokenValueText', () => {
  it('shows typography, which has no single CSS value, as its parts', () => {
    const heading: Token = { path: 'typography.heading', type: 'typography', css: '', value: { fontFamily: ['Inter', 'sans-serif'], fontSize: '2rem', fontWeight: 700, lineHeight: 1.2 } };
    expect(tokenValueText(heading)).toBe('700 2rem/1.2 Inter, sans-serif');
    expect(tokenValueText(tokens['space.md']!)).toBe('1rem');
  });
});

describe('contrast hints', () => {
  const roles = contrastRoles(tokens);

  it('finds the text and background roles', () => {
    expect(roles.text?.path).toBe('color.text');
    expect(roles.background?.path).toBe('color.background');
    expect(contrastRoles({ 'color.surface': tokens['color.surface']! }).background?.path).toBe('color.surface');
  });

  it('measures a colour as text on the background and under the text colour', () => {
    const hints = colourHints(tokens['color.primary']!, roles);
    expect(hints.onBackground).toMatchObject({ against: 'color.background', passes: true });
    expect(hints.onBackground!.ratio).toBeCloseTo(6.77, 2);
    expect(hints.underText).toMatchObject({ against: 'color.text', passes: false });
  });

  it('fails AA for a light accent on white and passes the text colour on it', () => {
    const hints = colourHints(tokens['color.accent']!, roles);
    expect(hints.onBackground!.passes).toBe(false);
    expect(hints.underText!.passes).toBe(true);
  });

  it('does not measure a role against itself or its alias, nor non-colours', () => {
    expect(colourHints(tokens['color.background']!, roles).onBackground).toBeUndefined();
    expect(colourHints(tokens['color.surface']!, roles).onBackground).toBeUndefined();
    expect(colourHints(tokens['color.text']!, roles)).toEqual({ onBackground: expect.objectContaining({ passes: true }) });
    expect(colourHints(tokens['space.md']!, roles)).toEqual({});
  });

  it('measures an "on" colour against its own surface only', () => {
    const hints = colourHints(tokens['color.on-primary']!, roles, tokens);
    expect(hints).toEqual({ onPair: expect.objectContaining({ against: 'color.primary', passes: true }) });
    expect(hints.onPair!.ratio).toBeCloseTo(6.77, 2);
    // Without its surface in the set, it is measured like any colour.
    expect(colourHints(tokens['color.on-nothing']!, roles, tokens).underText).toMatchObject({ against: 'color.text' });
  });

  it('formats a ratio without rounding up past a threshold', () => {
    expect(formatRatio(4.4999)).toBe('4.49:1');
    expect(formatRatio(21)).toBe('21.00:1');
  });
});

import { describe, expect, it } from 'vitest';
import { COLOR_ROLES, canonicalColor, matchToken, normalizeCss, toPx } from './match-token.js';
import { testTokens } from './testing/test-tokens.js';

const tokens = testTokens();

describe('matchToken', () => {
  it('matches colours exactly or within one just-noticeable difference when strict', () => {
    expect(matchToken('rgb(11, 100, 119)', 'color', tokens)).toEqual({ token: 'color.primary', exact: true });
    expect(matchToken('#101828', 'color', tokens, 'strict', COLOR_ROLES.color)).toEqual({ token: 'color.text', exact: false });
    expect(matchToken('#ff0000', 'color', tokens)).toBeUndefined();
    expect(matchToken('#ff0000', 'color', tokens, 'loose')).toEqual({ token: 'color.danger', exact: false });
  });

  it('prefers the token named for the property among tokens of the same colour', () => {
    expect(matchToken('#fff', 'color', tokens, 'strict', COLOR_ROLES.color)?.token).toBe('color.on-primary');
    expect(matchToken('#fff', 'color', tokens, 'strict', COLOR_ROLES.backgroundColor)?.token).toBe('color.background');
    expect(matchToken('#0ad1c8', 'color', tokens, 'strict', COLOR_ROLES.outlineColor)?.token).toBe('color.focus');
  });

  it('compares dimensions after rem/px normalisation, within the property\'s category', () => {
    expect(matchToken('16px', 'spacing', tokens)).toEqual({ token: 'space.md', exact: true });
    expect(matchToken('0.75rem', 'radius', tokens)).toEqual({ token: 'radius.lg', exact: true });
    expect(matchToken('12px', 'spacing', tokens)).toBeUndefined();
    expect(matchToken('15px', 'spacing', tokens, 'loose')).toEqual({ token: 'space.md', exact: false });
    expect(matchToken('bold', 'fontWeight', tokens)).toEqual({ token: 'font.weight.bold', exact: true });
    expect(matchToken('.25s', 'duration', tokens)).toEqual({ token: 'duration.normal', exact: true });
    expect(matchToken('0 1px 2px 0 rgba(15,23,42,.06)', 'shadow', tokens)).toEqual({ token: 'shadow.sm', exact: true });
  });
});

describe('CSS value helpers', () => {
  it('normalise units, colours and text', () => {
    expect(toPx('1.5rem')).toBe(24);
    expect(toPx('12pt')).toBe(16);
    expect(toPx('auto')).toBeUndefined();
    expect(canonicalColor('rgba(255, 0, 0, 0.5)')).toBe('#ff000080');
    expect(canonicalColor('teal')).toBe('#008080');
    expect(normalizeCss('0 1px 2px RGBA(0, 0, 0, .5), "Inter"')).toBe('0 1px 2px #00000080,inter');
  });
});

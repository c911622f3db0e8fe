import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalColor, cssColorToDtcg, dtcgColorToCss } from './dtcg-color.js';

describe('dtcgColorToCss', () => {
  it.each([
    [{ colorSpace: 'srgb', components: [0.0431, 0.3922, 0.4667], hex: '#0b6477' }, '#0b6477'],
    [{ colorSpace: 'srgb', components: [0, 0, 0], alpha: 0.1 }, 'rgb(0 0 0 / 0.1)'],
    [{ colorSpace: 'oklch', components: [0.623, 0.214, 259.815] }, 'oklch(62.3% 0.214 259.815)'],
    [{ colorSpace: 'oklch', components: [0.5, 0, 'none'] }, 'oklch(50% 0 none)'],
    [{ colorSpace: 'display-p3', components: [1, 0, 0.5], alpha: 0.5 }, 'color(display-p3 1 0 0.5 / 0.5)'],
    [{ colorSpace: 'hsl', components: [210, 40, 98] }, 'hsl(210 40% 98%)'],
    [{ colorSpace: 'hwb', components: [120, 10, 20] }, 'hwb(120 10% 20%)'],
    [{ colorSpace: 'lab', components: [50, 20, -30] }, 'lab(50 20 -30)'],
    [{ colorSpace: 'lch', components: [50, 20, 30] }, 'lch(50 20 30)'],
    [{ colorSpace: 'oklab', components: [0.5, 0.1, -0.1] }, 'oklab(50% 0.1 -0.1)'],
    [{ colorSpace: 'rec2020', components: [0.5, 0.25, 0] }, 'color(rec2020 0.5 0.25 0)'],
    [{ colorSpace: 'xyz-d65', components: [0.2, 0.3, 0.4] }, 'color(xyz-d65 0.2 0.3 0.4)'],
    [{ hex: '#ABCDEF' }, '#abcdef'],
  ])('%j → %s', (value, css) => {
    expect(dtcgColorToCss(value)).toBe(css);
  });

  it.each([
    [{ colorSpace: 'cmyk', components: [0, 0, 0] }],
    [{ colorSpace: 'srgb', components: [0, 0] }],
    [{ colorSpace: 'srgb', components: ['a', 0, 0] }],
    [{ colorSpace: 'srgb', components: [0, 0, 0], alpha: 2 }],
    ['#fff'],
    [null],
  ])('rejects %j', (value) => {
    expect(dtcgColorToCss(value)).toBeUndefined();
  });
});

describe('canonicalColor', () => {
  it('writes every syntax in one canonical form', () => {
    expect(canonicalColor('#0B6477')).toBe('#0b6477');
    expect(canonicalColor('#FFF')).toBe('#ffffff');
    expect(canonicalColor('rgba(0,0,0,.3)')).toBe('rgb(0 0 0 / 0.3)');
    expect(canonicalColor('white')).toBe('#ffffff');
    expect(canonicalColor('oklch(62.3% 0.214 259.815)')).toBe('oklch(62.3% 0.214 259.815)');
    expect(canonicalColor('not-a-colour')).toBeUndefined();
  });
});

describe('cssColorToDtcg', () => {
  it('gives sRGB colours their hex fallback and translucent ones their alpha', () => {
    expect(cssColorToDtcg('#0b6477')).toEqual({ colorSpace: 'srgb', components: [0.0431, 0.3922, 0.4667], hex: '#0b6477' });
    expect(cssColorToDtcg('rgb(13 110 253 / 0.25)')).toMatchObject({ colorSpace: 'srgb', alpha: 0.25 });
    expect(cssColorToDtcg('color(display-p3 1 0 0.5)')).toEqual({ colorSpace: 'display-p3', components: [1, 0, 0.5] });
    expect(cssColorToDtcg('color-mix(in oklch, red, blue)')).toBeUndefined();
  });

  it('round-trips canonical sRGB and oklch colours exactly', () => {
    const byte = fc.integer({ min: 0, max: 255 });
    const hex = fc.tuple(byte, byte, byte).map(([r, g, b]) => `#${[r, g, b].map((n) => n.toString(16).padStart(2, '0')).join('')}`);
    fc.assert(fc.property(hex, (css) => dtcgColorToCss(cssColorToDtcg(css)) === css));
    const oklch = fc
      .tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 359_999 }))
      .map(([l, c, h]) => canonicalColor(`oklch(${l / 10}% ${c / 1000} ${h / 1000})`)!);
    fc.assert(fc.property(oklch, (css) => dtcgColorToCss(cssColorToDtcg(css)) === css));
  });
});

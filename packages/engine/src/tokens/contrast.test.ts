import { describe, expect, it } from 'vitest';
import { contrastRatio, meetsContrastAA, relativeLuminance } from './contrast.js';

describe('relativeLuminance', () => {
  it('follows WCAG 2.x for sRGB colours', () => {
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 6);
    expect(relativeLuminance('#000000')).toBeCloseTo(0, 6);
    expect(relativeLuminance('#808080')).toBeCloseTo(0.2158605, 5);
    expect(relativeLuminance('#0B6477')).toBeCloseTo(0.10517, 4);
  });

  it('reads any CSS colour syntax and rejects what is not a colour', () => {
    expect(relativeLuminance('oklch(100% 0 0)')).toBeCloseTo(1, 3);
    expect(relativeLuminance('hsl(0 0% 0%)')).toBeCloseTo(0, 6);
    expect(relativeLuminance('var(--x)')).toBeUndefined();
  });
});

describe('contrastRatio', () => {
  it('is 21 for black on white and 1 for a colour on itself, in either order', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 6);
    expect(contrastRatio('#fff', '#000')).toBeCloseTo(21, 6);
    expect(contrastRatio('#0b6477', '#0b6477')).toBeCloseTo(1, 6);
  });

  it('matches known pairs', () => {
    expect(contrastRatio('#ffffff', '#0b6477')).toBeCloseTo(6.77, 2);
    expect(contrastRatio('#64748b', '#ffffff')).toBeCloseTo(4.76, 2);
  });

  it('composites a translucent foreground over the background', () => {
    // Black at 50 % over white is grey 0.5: luminance ((0.5 + 0.055) / 1.055)^2.4 = 0.2140.
    expect(contrastRatio('rgb(0 0 0 / 0.5)', '#ffffff')).toBeCloseTo(1.05 / (0.21404 + 0.05), 3);
    // …and over black it is the same grey, now the lighter side.
    expect(contrastRatio('rgb(255 255 255 / 0.5)', '#000000')).toBeCloseTo((0.21404 + 0.05) / 0.05, 2);
    expect(contrastRatio('rgb(0 0 0 / 0)', '#ffffff')).toBeCloseTo(1, 6);
  });

  it('is undefined when either side is not a colour', () => {
    expect(contrastRatio('#000', 'nope')).toBeUndefined();
  });

  it('applies the AA thresholds', () => {
    expect(meetsContrastAA('#767676', '#ffffff')).toBe(true); // 4.54
    expect(meetsContrastAA('#777777', '#ffffff')).toBe(false); // 4.48
    expect(meetsContrastAA('#777777', '#ffffff', 'large-text')).toBe(true);
  });
});

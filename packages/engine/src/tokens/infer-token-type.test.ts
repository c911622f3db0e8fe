import { describe, expect, it } from 'vitest';
import { inferTokenType } from './infer-token-type.js';

describe('inferTokenType', () => {
  it.each([
    ['#0b6477', 'brand.primary', 'color'],
    ['oklch(62.3% 0.214 259.815)', 'x', 'color'],
    ['transparent', 'x', 'color'],
    ['color-mix(in oklch, red 50%, white)', 'x', 'color'],
    ['1.5rem', 'space.lg', 'dimension'],
    ['0', 'space.0', 'dimension'],
    ['0', 'opacity.0', 'number'],
    ['clamp(1rem, 2vw, 3rem)', 'font.size.hero', 'dimension'],
    ['150ms', 'motion.fast', 'duration'],
    ['1.5', 'line-height.normal', 'number'],
    ['700', 'font.weight.bold', 'fontWeight'],
    ['bold', 'font-weight.strong', 'fontWeight'],
    ['cubic-bezier(0.4, 0, 0.2, 1)', 'ease.out', 'cubicBezier'],
    ['ease-in-out', 'easing.default', 'cubicBezier'],
    ['linear-gradient(90deg, red, blue)', 'bg.hero', 'gradient'],
    ['Inter, system-ui, sans-serif', 'typeface.body', 'fontFamily'],
    ['Georgia', 'font.serif', 'fontFamily'],
    ['0 1px 2px rgb(0 0 0 / 0.1)', 'elevation.1', 'shadow'],
    ['0 1px 2px #000', 'card.lift', 'shadow'],
    ['1px solid #e2e8f0', 'border.default', 'border'],
    ['dashed', 'border.style', 'strokeStyle'],
    ['200ms ease-out', 'transition.fade', 'transition'],
  ])('%s at %s is a %s', (value, path, type) => {
    expect(inferTokenType(value, path)).toBe(type);
  });

  it('reads DTCG-shaped objects and arrays', () => {
    expect(inferTokenType({ colorSpace: 'srgb', components: [0, 0, 0] }, 'x')).toBe('color');
    expect(inferTokenType({ value: 4, unit: 'px' }, 'x')).toBe('dimension');
    expect(inferTokenType({ value: 4, unit: 'ms' }, 'x')).toBe('duration');
    expect(inferTokenType({ fontFamily: 'Inter', fontSize: '1rem' }, 'x')).toBe('typography');
    expect(inferTokenType([0.4, 0, 0.2, 1], 'x')).toBe('cubicBezier');
    expect(inferTokenType(['Inter', 'sans-serif'], 'x')).toBe('fontFamily');
    expect(inferTokenType([{ color: '#fff', position: 0 }], 'x')).toBe('gradient');
  });

  it('leaves what is not a design token untyped', () => {
    expect(inferTokenType('spin 1s linear infinite', 'animation.spin')).toBeUndefined();
    expect(inferTokenType('"*"', 'content.required')).toBeUndefined();
    expect(inferTokenType('assets/fonts/icons.woff2', 'asset.font.icons')).toBeUndefined();
    expect(inferTokenType('15 23 42', 'shadow.color')).toBeUndefined();
    expect(inferTokenType(true, 'flag')).toBeUndefined();
  });
});

/**
 * "Over" alpha compositing of sRGB colours (channels 0–1), so the contrast
 * check measures translucent colours, stacked backgrounds and element
 * opacity as they are painted. The WCAG ratio itself comes from
 * tokens/contrast.
 */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  alpha: number;
}

export const WHITE: Rgba = { r: 1, g: 1, b: 1, alpha: 1 };
export const TRANSPARENT: Rgba = { r: 0, g: 0, b: 0, alpha: 0 };

/** `top` drawn over `bottom` (Porter–Duff source-over). */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  const alpha = top.alpha + bottom.alpha * (1 - top.alpha);
  if (alpha === 0) return TRANSPARENT;
  const mix = (t: number, b: number) => (t * top.alpha + b * bottom.alpha * (1 - top.alpha)) / alpha;
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), alpha };
}

/** Full-precision CSS for an opaque colour (no 8-bit rounding, so ratios at a threshold are not nudged). */
export const toCss = (c: Rgba): string => `rgb(${c.r * 255} ${c.g * 255} ${c.b * 255})`;

export function toHex(c: Rgba): string {
  const h = (n: number) => Math.round(Math.max(0, Math.min(1, n)) * 255).toString(16).padStart(2, '0');
  return `#${h(c.r)}${h(c.g)}${h(c.b)}`;
}

import { converter, parse, toGamut } from 'culori';

/**
 * WCAG 2.x contrast of CSS colours. Used by the preset tests and by the
 * quality analysis of the colour pairs a spec actually uses.
 */
const toRgb = converter('rgb');
// Wide-gamut colours (oklch, display-p3) are mapped into sRGB the way CSS
// Color 4 says browsers show them on an sRGB screen.
const intoSrgb = toGamut('rgb', 'oklch');

interface Rgba {
  r: number;
  g: number;
  b: number;
  alpha: number;
}

function toRgba(css: string): Rgba | undefined {
  const parsed = parse(css.trim());
  if (!parsed) return undefined;
  const rgb = toRgb(intoSrgb(parsed));
  const clamp = (v: number | undefined) => Math.min(1, Math.max(0, v ?? 0));
  return { r: clamp(rgb.r), g: clamp(rgb.g), b: clamp(rgb.b), alpha: clamp(rgb.alpha ?? 1) };
}

/** Source-over compositing in gamma-encoded sRGB, as browsers paint it. */
function over(top: Rgba, bottom: Rgba): Rgba {
  const mix = (t: number, b: number) => t * top.alpha + b * (1 - top.alpha);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), alpha: 1 };
}

const WHITE: Rgba = { r: 1, g: 1, b: 1, alpha: 1 };

/** WCAG 2.x relative luminance of an opaque sRGB colour (0 = black, 1 = white). */
function luminanceOf({ r, g, b }: Rgba): number {
  const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/**
 * Relative luminance of any CSS colour culori can read; a translucent colour
 * is taken over white (the page default). Undefined for text that is not a colour.
 */
export function relativeLuminance(css: string): number | undefined {
  const color = toRgba(css);
  return color ? luminanceOf(over(color, WHITE)) : undefined;
}

/**
 * Contrast ratio (1–21) of text in `foreground` on `background`. A translucent
 * foreground is composited over the background, and a translucent background
 * over white, before measuring — the colours a reader actually sees.
 */
export function contrastRatio(foreground: string, background: string): number | undefined {
  const fg = toRgba(foreground);
  const bg = toRgba(background);
  if (!fg || !bg) return undefined;
  const base = over(bg, WHITE);
  const l1 = luminanceOf(over(fg, base));
  const l2 = luminanceOf(base);
  return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
}

/** WCAG 2.2 AA: 4.5:1 for body text, 3:1 for large text and non-text UI parts. */
export function meetsContrastAA(foreground: string, background: string, kind: 'text' | 'large-text' | 'ui' = 'text'): boolean {
  const ratio = contrastRatio(foreground, background);
  return ratio !== undefined && ratio >= (kind === 'text' ? 4.5 : 3);
}

import { formatHex, parse, type Color } from 'culori';
import { formatNumber } from './css-text.js';
import { own } from './own.js';

/**
 * Colours: DTCG 2025.10 colour objects ({ colorSpace, components, alpha, hex })
 * and CSS colour text, converted both ways through culori. Every colour the
 * engine stores is in the canonical CSS form of formatColor, so the same
 * colour always reads the same whatever file it came from, and exporting to
 * DTCG and importing again gives back the very same text.
 */
export interface DtcgColor {
  colorSpace: string;
  components: Array<number | 'none'>;
  alpha?: number;
  hex?: string;
}

type Channels = [string, string, string];
interface Space {
  mode: Color['mode'];
  channels: Channels;
  /** DTCG component = culori channel × scale (hsl/hwb use 0–100 in DTCG, 0–1 in culori). */
  scale: [number, number, number];
}

/** DTCG colorSpace → culori mode. Order matters only for readability. */
const SPACES: Record<string, Space> = {
  srgb: { mode: 'rgb', channels: ['r', 'g', 'b'], scale: [1, 1, 1] },
  'srgb-linear': { mode: 'lrgb', channels: ['r', 'g', 'b'], scale: [1, 1, 1] },
  hsl: { mode: 'hsl', channels: ['h', 's', 'l'], scale: [1, 100, 100] },
  hwb: { mode: 'hwb', channels: ['h', 'w', 'b'], scale: [1, 100, 100] },
  lab: { mode: 'lab', channels: ['l', 'a', 'b'], scale: [1, 1, 1] },
  lch: { mode: 'lch', channels: ['l', 'c', 'h'], scale: [1, 1, 1] },
  oklab: { mode: 'oklab', channels: ['l', 'a', 'b'], scale: [1, 1, 1] },
  oklch: { mode: 'oklch', channels: ['l', 'c', 'h'], scale: [1, 1, 1] },
  'display-p3': { mode: 'p3', channels: ['r', 'g', 'b'], scale: [1, 1, 1] },
  'a98-rgb': { mode: 'a98', channels: ['r', 'g', 'b'], scale: [1, 1, 1] },
  'prophoto-rgb': { mode: 'prophoto', channels: ['r', 'g', 'b'], scale: [1, 1, 1] },
  rec2020: { mode: 'rec2020', channels: ['r', 'g', 'b'], scale: [1, 1, 1] },
  'xyz-d65': { mode: 'xyz65', channels: ['x', 'y', 'z'], scale: [1, 1, 1] },
  'xyz-d50': { mode: 'xyz50', channels: ['x', 'y', 'z'], scale: [1, 1, 1] },
};
const SPACE_OF_MODE = new Map(Object.entries(SPACES).map(([name, space]) => [space.mode, name]));

export const DTCG_COLOR_SPACES = Object.keys(SPACES);

type Channel = number | undefined;
const channel = (color: Color, key: string): Channel => (color as unknown as Record<string, Channel>)[key];
const num = (value: Channel, digits = 4): string => (value === undefined || Number.isNaN(value) ? 'none' : formatNumber(value, digits));
const pct = (value: Channel): string => (value === undefined || Number.isNaN(value) ? 'none' : `${formatNumber(value * 100)}%`);
const withAlpha = (alpha: number | undefined): string => (alpha === undefined || alpha >= 1 ? '' : ` / ${formatNumber(alpha)}`);
const to255 = (value: Channel): number => Math.round(Math.min(1, Math.max(0, value ?? 0)) * 255);

/**
 * The canonical CSS text of a colour: sRGB as #rrggbb (rgb(r g b / a) when
 * translucent, so the alpha stays exact), oklch/oklab with a percentage
 * lightness as Tailwind writes them, hsl/hwb/lab/lch in their own functions
 * and the wide-gamut spaces as color(<space> …).
 */
export function formatColor(color: Color): string {
  const c = (k: string) => channel(color, k);
  const a = withAlpha(color.alpha);
  switch (color.mode) {
    case 'rgb':
      return a ? `rgb(${to255(c('r'))} ${to255(c('g'))} ${to255(c('b'))}${a})` : formatHex(color);
    case 'hsl':
      return `hsl(${num(c('h'))} ${pct(c('s'))} ${pct(c('l'))}${a})`;
    case 'hwb':
      return `hwb(${num(c('h'))} ${pct(c('w'))} ${pct(c('b'))}${a})`;
    case 'lab':
      return `lab(${num(c('l'))} ${num(c('a'))} ${num(c('b'))}${a})`;
    case 'lch':
      return `lch(${num(c('l'))} ${num(c('c'))} ${num(c('h'))}${a})`;
    case 'oklab':
      return `oklab(${pct(c('l'))} ${num(c('a'))} ${num(c('b'))}${a})`;
    case 'oklch':
      return `oklch(${pct(c('l'))} ${num(c('c'))} ${num(c('h'))}${a})`;
    default: {
      const name = SPACE_OF_MODE.get(color.mode);
      const space = name ? SPACES[name] : undefined;
      if (!name || !space) return formatHex(color);
      return `color(${name} ${space.channels.map((k) => num(c(k), 6)).join(' ')}${a})`;
    }
  }
}

/** Parses CSS colour text (any syntax culori knows) into canonical text, or undefined. */
export function canonicalColor(text: string): string | undefined {
  const color = parse(text.trim());
  return color ? formatColor(color) : undefined;
}

const isComponent = (v: unknown): v is number | 'none' => v === 'none' || (typeof v === 'number' && Number.isFinite(v));

/** A DTCG colour object as canonical CSS text; undefined when the object is not a valid colour. */
export function dtcgColorToCss(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const v = value as Partial<Record<keyof DtcgColor, unknown>>;
  if (v.alpha !== undefined && !(typeof v.alpha === 'number' && v.alpha >= 0 && v.alpha <= 1)) return undefined;
  const space = typeof v.colorSpace === 'string' ? own(SPACES, v.colorSpace) : undefined;
  const components = v.components;
  if (!space || !Array.isArray(components) || components.length !== 3 || !components.every(isComponent)) {
    // A colour with only the hex fallback is still usable.
    if (v.colorSpace === undefined && typeof v.hex === 'string') return canonicalColor(v.hex);
    return undefined;
  }
  const color: Record<string, unknown> = { mode: space.mode };
  space.channels.forEach((key, i) => {
    const component = components[i];
    if (typeof component === 'number') color[key] = component / space.scale[i]!;
  });
  if (typeof v.alpha === 'number' && v.alpha < 1) color.alpha = v.alpha;
  return formatColor(color as unknown as Color);
}

const round = (n: number, digits: number) => Number(n.toFixed(digits));

/**
 * Canonical CSS colour text as a DTCG colour object (sRGB colours also carry
 * the hex fallback). Undefined for text culori cannot read (color-mix(), …).
 */
export function cssColorToDtcg(css: string): DtcgColor | undefined {
  const color = parse(css);
  if (!color) return undefined;
  const colorSpace = SPACE_OF_MODE.get(color.mode);
  const space = colorSpace ? SPACES[colorSpace] : undefined;
  if (!colorSpace || !space) return undefined;
  // sRGB only needs 4 decimals to land on the same 8-bit value; the others keep 6.
  const digits = colorSpace === 'srgb' ? 4 : 6;
  const components = space.channels.map((key, i) => {
    const value = channel(color, key);
    return value === undefined || Number.isNaN(value) ? ('none' as const) : round(value * space.scale[i]!, digits);
  });
  const out: DtcgColor = { colorSpace, components };
  if (color.alpha !== undefined && color.alpha < 1) out.alpha = round(color.alpha, 4);
  if (colorSpace === 'srgb') out.hex = formatHex(color);
  return out;
}

import type { ElementNode } from '../spec/schema.js';
import { el, fromItem, type Child } from './nodes.js';

/**
 * A small stroke icon set (24×24, drawn for this catalogue). Icons size
 * themselves with width/height attributes and colour with currentColor, so
 * they need no style rule of their own; decorative icons are hidden from
 * assistive technology, meaningful ones carry a label.
 */
type Shape = { d: string } | { circle: [number, number, number] };

const C = (cx: number, cy: number, r: number): Shape => ({ circle: [cx, cy, r] });
const P = (d: string): Shape => ({ d });

export const ICONS = {
  plus: [P('M12 5v14M5 12h14')],
  minus: [P('M5 12h14')],
  x: [P('M18 6 6 18M6 6l12 12')],
  check: [P('M20 6 9 17l-5-5')],
  chevronDown: [P('m6 9 6 6 6-6')],
  chevronUp: [P('m18 15-6-6-6 6')],
  chevronRight: [P('m9 18 6-6-6-6')],
  chevronLeft: [P('m15 18-6-6 6-6')],
  arrowRight: [P('M5 12h14M13 6l6 6-6 6')],
  arrowUp: [P('M12 19V5M6 11l6-6 6 6')],
  arrowDown: [P('M12 5v14M6 13l6 6 6-6')],
  search: [C(11, 11, 7), P('m20 20-4-4')],
  menu: [P('M4 6h16M4 12h16M4 18h16')],
  bell: [P('M6 9a6 6 0 0 1 12 0c0 6 2 8 2 8H4s2-2 2-8M10 21h4')],
  user: [C(12, 8, 4), P('M4 21a8 8 0 0 1 16 0')],
  users: [C(9, 8, 3.5), P('M2 20a7 7 0 0 1 14 0M16 4.5a3.5 3.5 0 0 1 0 7M18 14a6 6 0 0 1 4 6')],
  home: [P('M3 11 12 4l9 7M5 10v10h14V10')],
  settings: [P('M4 7h10M18 7h2M4 17h4M12 17h8'), C(16, 7, 2), C(10, 17, 2)],
  upload: [P('M12 16V4M7 9l5-5 5 5M4 20h16')],
  download: [P('M12 4v12M7 11l5 5 5-5M4 20h16')],
  file: [P('M14 3H6v18h12V7zM14 3v4h4')],
  info: [C(12, 12, 9), P('M12 11v5M12 8h.01')],
  alert: [P('M12 3 2 20h20zM12 10v4M12 17h.01')],
  checkCircle: [C(12, 12, 9), P('m8 12 3 3 5-6')],
  xCircle: [C(12, 12, 9), P('m15 9-6 6M9 9l6 6')],
  star: [P('m12 3 2.8 5.8 6.2.9-4.5 4.4 1.1 6.2-5.6-3-5.6 3 1.1-6.2L3 9.7l6.2-.9z')],
  heart: [P('M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.5-7 10-7 10z')],
  cart: [P('M3 4h2l2.4 11h10.2L20 8H6.2'), C(9, 19, 1.5), C(17, 19, 1.5)],
  mail: [P('M3 5h18v14H3zM3 7l9 6 9-6')],
  trash: [P('M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3')],
  edit: [P('M4 20h4L19 9l-4-4L4 16zM13 7l4 4')],
  copy: [P('M8 8h12v12H8zM16 8V4H4v12h4')],
  share: [C(18, 5, 2.5), C(6, 12, 2.5), C(18, 19, 2.5), P('m8.2 10.8 7.6-4.4M8.2 13.2l7.6 4.4')],
  logout: [P('M15 4h4v16h-4M10 17l5-5-5-5M15 12H3')],
  chart: [P('M5 20V11M12 20V5M19 20v-6M3 20h18')],
  folder: [P('M3 6h6l2 2h10v11H3z')],
  calendar: [P('M3 5h18v16H3zM3 10h18M8 3v4M16 3v4')],
  shield: [P('M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6z')],
  zap: [P('M13 2 4 14h7l-1 8 9-12h-7z')],
  layers: [P('M12 3 2 8l10 5 10-5zM2 13l10 5 10-5')],
  globe: [C(12, 12, 9), P('M3 12h18M12 3a14 14 0 0 1 0 18M12 3a14 14 0 0 0 0 18')],
  cookie: [C(12, 12, 9), P('M9 9h.01M15 10h.01M10 15h.01M15 15h.01')],
  quote: [P('M7 7h4v4c0 3-2 5-4 6M15 7h4v4c0 3-2 5-4 6')],
  loader: [P('M12 3a9 9 0 1 0 9 9')],
  eye: [P('M2 12s4-7 10-7 10 7 10 7-4 7-10 7S2 12 2 12z'), C(12, 12, 3)],
  eyeOff: [P('M2 12s4-7 10-7 10 7 10 7-4 7-10 7S2 12 2 12zM3 3l18 18'), C(12, 12, 3)],
  image: [P('M3 4h18v16H3zM21 16l-5-5L5 20'), C(9, 10, 2)],
  sparkles: [P('M12 3v4M12 17v4M3 12h4M17 12h4M6 6l2 2M16 16l2 2M6 18l2-2M16 8l2-2')],
  lock: [P('M5 11h14v10H5zM8 11V7a4 4 0 0 1 8 0v4')],
  more: [P('M5 12h.01M12 12h.01M19 12h.01')],
  mapPin: [P('M12 21s-7-6-7-12a7 7 0 0 1 14 0c0 6-7 12-7 12z'), C(12, 9, 2.5)],
  clock: [C(12, 12, 9), P('M12 7v5l3 2')],
  trendingUp: [P('M3 17l6-6 4 4 8-8M15 7h6v6')],
  trendingDown: [P('M3 7l6 6 4-4 8 8M15 17h6v-6')],
  message: [P('M4 5h16v11H9l-5 4z')],
  rss: [P('M5 19h.01M5 12a7 7 0 0 1 7 7M5 5a14 14 0 0 1 14 14')],
  inbox: [P('M3 13h5l1 3h6l1-3h5M5 5h14l2 8v6H3v-6z')],
  filter: [P('M3 5h18l-7 8v6l-4 2v-8z')],
} as const satisfies Record<string, readonly Shape[]>;
export type IconName = keyof typeof ICONS;

const SVG_ATTRS = {
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  'stroke-width': 2,
  'stroke-linecap': 'round',
  'stroke-linejoin': 'round',
  focusable: 'false',
} as const;

function shapeNode(shape: Shape): ElementNode {
  if ('d' in shape) return el('path', undefined, { attrs: { d: shape.d } });
  return el('circle', undefined, { attrs: { cx: shape.circle[0], cy: shape.circle[1], r: shape.circle[2] } });
}

/** An inline icon; pass `label` when the icon alone carries meaning. */
export function icon(name: IconName, size = 20, label?: string, filled = false): ElementNode {
  const children: Child[] = ICONS[name].map(shapeNode);
  return el(
    'svg',
    undefined,
    {
      attrs: { ...SVG_ATTRS, ...(filled ? { fill: 'currentColor' } : {}), width: size, height: size },
      a11y: label ? { role: 'img', label } : { hidden: true },
    },
    children,
  );
}

/** An icon whose path comes from the current list item's field (a path string from `iconPath`). */
export function itemIcon(field: string, size = 20): ElementNode {
  return el('svg', undefined, { attrs: { ...SVG_ATTRS, width: size, height: size }, a11y: { hidden: true } }, [
    el('path', undefined, { attrs: { d: fromItem(field) } }),
  ]);
}

/** The single path of an icon, for list items that carry their icon as data (path-only icons). */
export function iconPath(name: IconName): string {
  return ICONS[name]
    .map((s: Shape) => ('d' in s ? s.d : circlePath(...s.circle)))
    .join('');
}
const circlePath = (cx: number, cy: number, r: number): string => `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;

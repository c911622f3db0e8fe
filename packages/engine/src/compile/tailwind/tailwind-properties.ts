import type { StyleProperty } from '../../spec/style.js';
import { kebabCase, splitParts } from './style-value.js';
import { tailwindTransform } from './tailwind-transform.js';
import { arbitrary, arbitraryProperty, bareValues, hints, utility } from './tailwind-utility.js';
import type { TailwindContext, UtilitySpec } from './tailwind-utility.js';

/**
 * One rule per spec style property: value → Tailwind v4 classes. Literals
 * map to a named utility only when it produces exactly the same declaration
 * (so `ease-in` is written `ease-[ease-in]`: Tailwind's ease-in is another
 * curve); anything else becomes an arbitrary value or property.
 */
export type PropertyRule = (value: string, ctx: TailwindContext) => string[];

const one =
  (prefix: string, spec: UtilitySpec): PropertyRule =>
  (value, ctx) =>
    [utility(prefix, value, spec, ctx)];

/** Static utilities named by keyword ("column" → flex-col); anything else is `[property:value]`. */
const keyword =
  (cssProperty: string, map: Readonly<Record<string, string>>): PropertyRule =>
  (value, ctx) => {
    const cls = map[value.trim()];
    return [cls ?? arbitraryProperty(cssProperty, value, ctx)];
  };

/** Same names as the CSS keyword, under a prefix: "hidden" → overflow-hidden. */
const prefixed = (prefix: string, words: string[], extra: Record<string, string> = {}): Record<string, string> => ({
  ...Object.fromEntries(words.map((w) => [w, `${prefix}${w}`])),
  ...extra,
});

/** The CSS 1–4 value box shorthand (padding, margin, inset, border-width, border-color). */
interface Sides {
  all: string;
  y: string;
  x: string;
  t: string;
  r: string;
  b: string;
  l: string;
}
const box =
  (names: Sides, spec: UtilitySpec): PropertyRule =>
  (value, ctx) => {
    const parts = splitParts(value);
    const u = (prefix: string, v: string) => utility(prefix, v, spec, ctx);
    const [a = '', b = a, c = a, d = b] = parts;
    if (parts.length > 4) return [u(names.all, value)];
    if (a === b && b === c && c === d) return [u(names.all, a)];
    if (a === c && b === d) return [u(names.y, a), u(names.x, b)];
    return [u(names.t, a), u(names.r, b), u(names.b, c), u(names.l, d)];
  };

/** Logical two-value shorthands (padding-inline: start end). */
const pair =
  (both: string, start: string, end: string, spec: UtilitySpec): PropertyRule =>
  (value, ctx) => {
    const [a = '', b = a, ...rest] = splitParts(value);
    if (rest.length > 0 || a === b) return [utility(both, rest.length > 0 ? value : a, spec, ctx)];
    return [utility(start, a, spec, ctx), utility(end, b, spec, ctx)];
  };

const sides = (p: string): Sides => ({ all: p, y: `${p}y`, x: `${p}x`, t: `${p}t`, r: `${p}r`, b: `${p}b`, l: `${p}l` });
const dashedSides = (p: string): Sides => ({ all: p, y: `${p}-y`, x: `${p}-x`, t: `${p}-t`, r: `${p}-r`, b: `${p}-b`, l: `${p}-l` });

const COLOR: UtilitySpec = { ns: 'color', hint: hints.color, keywords: { transparent: 'transparent', currentColor: 'current', currentcolor: 'current', inherit: 'inherit' } };
const SPACE: UtilitySpec = { ns: 'spacing', keywords: { '0': '0', '1px': 'px' } };
const MARGIN: UtilitySpec = { ns: 'spacing', keywords: { '0': '0', '1px': 'px', auto: 'auto' }, negative: true };
const INSET: UtilitySpec = { ns: 'spacing', keywords: { '0': '0', '1px': 'px', auto: 'auto', '100%': 'full' }, negative: true };
const BORDER_WIDTH: UtilitySpec = { hint: hints.lineWidth, keywords: { '0': '0', '1px': '' }, bare: bareValues.px };
const SIZE_KEYWORDS = { '100%': 'full', '0': '0', '1px': 'px', 'fit-content': 'fit', 'min-content': 'min', 'max-content': 'max', '50%': '1/2', '25%': '1/4', '75%': '3/4' };
const size = (extra: Record<string, string>): UtilitySpec => ({ ns: 'spacing', keywords: { ...SIZE_KEYWORDS, ...extra } });

const CURSORS =
  'auto default pointer wait text move help not-allowed none context-menu progress cell crosshair vertical-text alias copy no-drop grab grabbing all-scroll col-resize row-resize n-resize e-resize s-resize w-resize ne-resize nw-resize se-resize sw-resize ew-resize ns-resize nesw-resize nwse-resize zoom-in zoom-out'.split(' ');
const DISPLAYS =
  'block inline-block inline flex inline-flex grid inline-grid contents flow-root list-item table inline-table table-caption table-cell table-column table-column-group table-footer-group table-header-group table-row-group table-row'.split(' ');
const OVERFLOW = ['auto', 'hidden', 'clip', 'visible', 'scroll'];

const radius: PropertyRule = (value, ctx) => {
  const spec: UtilitySpec = { ns: 'radius', keywords: { '0': 'none' } };
  const parts = splitParts(value);
  const u = (prefix: string, v: string) => utility(prefix, v, spec, ctx);
  if (parts.length > 4 || value.includes('/')) return [u('rounded', value)];
  const [a = '', b = a, c = a, d = b] = parts;
  if (a === b && b === c && c === d) return [u('rounded', a)];
  return [u('rounded-tl', a), u('rounded-tr', b), u('rounded-br', c), u('rounded-bl', d)];
};

const gap: PropertyRule = (value, ctx) => {
  const [row = '', column = row, ...rest] = splitParts(value);
  if (rest.length > 0 || row === column) return [utility('gap', rest.length > 0 ? value : row, SPACE, ctx)];
  return [utility('gap-y', row, SPACE, ctx), utility('gap-x', column, SPACE, ctx)];
};

const gridTemplateColumns: PropertyRule = (value, ctx) => {
  const repeat = /^repeat\(\s*([1-9]\d*)\s*,\s*minmax\(\s*0\s*,\s*1fr\s*\)\s*\)$/.exec(value.trim());
  if (repeat?.[1]) return [`grid-cols-${repeat[1]}`];
  return [utility('grid-cols', value, { keywords: { none: 'none', subgrid: 'subgrid' } }, ctx)];
};

const gridColumn: PropertyRule = (value, ctx) => {
  const v = value.trim().replace(/\s+/g, ' ');
  const span = /^span ([1-9]\d*)(?: \/ span \1)?$/.exec(v);
  if (span?.[1]) return [`col-span-${span[1]}`];
  if (v === '1 / -1') return ['col-span-full'];
  return [utility('col', value, { keywords: { auto: 'auto' } }, ctx)];
};

const aspectRatio: PropertyRule = (value, ctx) => {
  const v = value.trim().replace(/\s+/g, ' ');
  if (v === '1' || v === '1 / 1' || v === '1/1') return ['aspect-square'];
  const ratio = /^([1-9]\d*) ?\/ ?([1-9]\d*)$/.exec(v);
  if (ratio) return [`aspect-${ratio[1]}/${ratio[2]}`];
  return [utility('aspect', value, { keywords: { auto: 'auto' } }, ctx)];
};

const transitionProperty: PropertyRule = (value, ctx) => {
  const named: Record<string, string> = { none: 'transition-none', all: 'transition-all', opacity: 'transition-opacity', transform: 'transition-transform', 'box-shadow': 'transition-shadow' };
  const v = value.trim();
  return [named[v] ?? `transition-[${arbitrary(ctx.css(v))}]`];
};

export const PROPERTY_RULES: Readonly<Record<StyleProperty, PropertyRule>> = {
  // design properties (token values)
  color: one('text', COLOR),
  backgroundColor: one('bg', COLOR),
  borderColor: box(dashedSides('border'), COLOR),
  outlineColor: one('outline', COLOR),
  fill: one('fill', { ...COLOR, keywords: { ...COLOR.keywords, none: 'none' } }),
  stroke: one('stroke', { ...COLOR, keywords: { ...COLOR.keywords, none: 'none' } }),
  padding: box(sides('p'), SPACE),
  paddingTop: one('pt', SPACE),
  paddingRight: one('pr', SPACE),
  paddingBottom: one('pb', SPACE),
  paddingLeft: one('pl', SPACE),
  paddingInline: pair('px', 'ps', 'pe', SPACE),
  paddingBlock: pair('py', 'pt', 'pb', SPACE),
  margin: box(sides('m'), MARGIN),
  marginTop: one('mt', MARGIN),
  marginRight: one('mr', MARGIN),
  marginBottom: one('mb', MARGIN),
  marginLeft: one('ml', MARGIN),
  marginInline: pair('mx', 'ms', 'me', MARGIN),
  marginBlock: pair('my', 'mt', 'mb', MARGIN),
  gap,
  rowGap: one('gap-y', SPACE),
  columnGap: one('gap-x', SPACE),
  borderRadius: radius,
  borderWidth: box(dashedSides('border'), BORDER_WIDTH),
  outlineWidth: one('outline', BORDER_WIDTH),
  outlineOffset: one('outline-offset', { bare: bareValues.px, negative: true }),
  boxShadow: one('shadow', { ns: 'shadow', keywords: { none: 'none' } }),
  fontFamily: one('font', { ns: 'font', hint: 'family-name' }),
  fontSize: one('text', { ns: 'text', hint: hints.length }),
  fontWeight: one('font', { ns: 'font-weight', hint: hints.weight }),
  lineHeight: one('leading', { ns: 'leading' }),
  letterSpacing: one('tracking', { ns: 'tracking' }),
  transitionDuration: one('duration', { bare: bareValues.ms }),
  // layout properties (CSS keywords and sizes)
  display: keyword('display', prefixed('', DISPLAYS, { none: 'hidden' })),
  position: keyword('position', prefixed('', ['static', 'fixed', 'absolute', 'relative', 'sticky'])),
  top: one('top', INSET),
  right: one('right', INSET),
  bottom: one('bottom', INSET),
  left: one('left', INSET),
  inset: box({ all: 'inset', y: 'inset-y', x: 'inset-x', t: 'top', r: 'right', b: 'bottom', l: 'left' }, INSET),
  zIndex: one('z', { keywords: { auto: 'auto' }, bare: bareValues.integer, negative: true }),
  flexDirection: keyword('flex-direction', { row: 'flex-row', 'row-reverse': 'flex-row-reverse', column: 'flex-col', 'column-reverse': 'flex-col-reverse' }),
  flexWrap: keyword('flex-wrap', { wrap: 'flex-wrap', nowrap: 'flex-nowrap', 'wrap-reverse': 'flex-wrap-reverse' }),
  flex: one('flex', { keywords: { auto: 'auto', none: 'none', initial: 'initial' }, bare: bareValues.integer }),
  flexGrow: one('grow', { keywords: { '1': '' }, bare: bareValues.integer }),
  flexShrink: one('shrink', { keywords: { '1': '' }, bare: bareValues.integer }),
  flexBasis: one('basis', size({ auto: 'auto' })),
  alignItems: keyword('align-items', { 'flex-start': 'items-start', 'flex-end': 'items-end', center: 'items-center', baseline: 'items-baseline', stretch: 'items-stretch' }),
  alignSelf: keyword('align-self', { auto: 'self-auto', 'flex-start': 'self-start', 'flex-end': 'self-end', center: 'self-center', stretch: 'self-stretch', baseline: 'self-baseline' }),
  justifyContent: keyword('justify-content', {
    'flex-start': 'justify-start',
    'flex-end': 'justify-end',
    center: 'justify-center',
    'space-between': 'justify-between',
    'space-around': 'justify-around',
    'space-evenly': 'justify-evenly',
    stretch: 'justify-stretch',
    normal: 'justify-normal',
  }),
  justifyItems: keyword('justify-items', prefixed('justify-items-', ['start', 'end', 'center', 'stretch', 'normal'])),
  placeItems: keyword('place-items', prefixed('place-items-', ['start', 'end', 'center', 'baseline', 'stretch'])),
  gridTemplateColumns,
  gridColumn,
  width: one('w', size({ auto: 'auto', '100vw': 'screen', '100dvw': 'dvw' })),
  minWidth: one('min-w', size({ auto: 'auto' })),
  maxWidth: one('max-w', size({ none: 'none' })),
  height: one('h', size({ auto: 'auto', '100vh': 'screen', '100dvh': 'dvh' })),
  minHeight: one('min-h', size({ auto: 'auto', '100vh': 'screen', '100dvh': 'dvh' })),
  maxHeight: one('max-h', size({ none: 'none', '100vh': 'screen', '100dvh': 'dvh' })),
  aspectRatio,
  overflow: keyword('overflow', prefixed('overflow-', OVERFLOW)),
  overflowX: keyword('overflow-x', prefixed('overflow-x-', OVERFLOW)),
  overflowY: keyword('overflow-y', prefixed('overflow-y-', OVERFLOW)),
  textAlign: keyword('text-align', prefixed('text-', ['left', 'center', 'right', 'justify', 'start', 'end'])),
  textDecoration: keyword('text-decoration', { none: 'no-underline', underline: 'underline', overline: 'overline', 'line-through': 'line-through' }),
  textTransform: keyword('text-transform', { uppercase: 'uppercase', lowercase: 'lowercase', capitalize: 'capitalize', none: 'normal-case' }),
  whiteSpace: keyword('white-space', prefixed('whitespace-', ['normal', 'nowrap', 'pre', 'pre-line', 'pre-wrap', 'break-spaces'])),
  textOverflow: keyword('text-overflow', { ellipsis: 'text-ellipsis', clip: 'text-clip' }),
  verticalAlign: keyword('vertical-align', prefixed('align-', ['baseline', 'top', 'middle', 'bottom', 'text-top', 'text-bottom', 'sub', 'super'])),
  borderStyle: keyword('border-style', prefixed('border-', ['solid', 'dashed', 'dotted', 'double', 'hidden', 'none'])),
  borderTopWidth: one('border-t', BORDER_WIDTH),
  borderBottomWidth: one('border-b', BORDER_WIDTH),
  borderLeftWidth: one('border-l', BORDER_WIDTH),
  borderRightWidth: one('border-r', BORDER_WIDTH),
  outlineStyle: keyword('outline-style', prefixed('outline-', ['solid', 'dashed', 'dotted', 'double'], { none: 'outline-none' })),
  opacity: one('opacity', { bare: bareValues.percent }),
  cursor: keyword('cursor', prefixed('cursor-', CURSORS)),
  objectFit: keyword('object-fit', prefixed('object-', ['contain', 'cover', 'fill', 'none', 'scale-down'])),
  listStyle: keyword('list-style', { none: 'list-none', disc: 'list-disc', decimal: 'list-decimal' }),
  transitionProperty,
  transitionTimingFunction: one('ease', { keywords: { linear: 'linear' } }),
  transform: tailwindTransform,
  visibility: keyword('visibility', { visible: 'visible', hidden: 'invisible', collapse: 'collapse' }),
  pointerEvents: keyword('pointer-events', prefixed('pointer-events-', ['none', 'auto'])),
  userSelect: keyword('user-select', prefixed('select-', ['none', 'text', 'all', 'auto'])),
  boxSizing: keyword('box-sizing', { 'border-box': 'box-border', 'content-box': 'box-content' }),
};

/** Properties no spec sets but the compile stage adds to state a user-agent default preflight changes (base-styles.ts). */
const USER_AGENT_RULES: Readonly<Record<string, PropertyRule>> = {
  borderCollapse: keyword('border-collapse', { separate: 'border-separate', collapse: 'border-collapse' }),
};

/** The rule for a property; an unlisted one (never in a valid spec) still gets a correct arbitrary property. */
export const propertyRule = (property: string): PropertyRule =>
  (Object.hasOwn(PROPERTY_RULES, property) ? PROPERTY_RULES[property as StyleProperty] : undefined) ??
  USER_AGENT_RULES[property] ??
  ((value, ctx) => [arbitraryProperty(kebabCase(property), value, ctx)]);

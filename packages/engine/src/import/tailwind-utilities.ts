import { toPx } from '../quality/match-token.js';
import {
  FONT_FAMILY_ROLES,
  TAILWIND_CONTAINERS,
  TAILWIND_FONT_FAMILIES,
  TAILWIND_FONT_SIZES,
  TAILWIND_FONT_WEIGHTS,
  TAILWIND_LEADING,
  TAILWIND_RADII,
  TAILWIND_SHADOWS,
  TAILWIND_TRACKING,
} from './tailwind-theme.js';
import { arbitrary, colorValue, sizeValue, spacingValue, themeRef, type ValueContext } from './tailwind-values.js';

/**
 * The reverse mapping of common Tailwind utilities to CSS declarations (one
 * utility, no variant). Returns the declarations, a reason when the utility
 * is recognised but cannot be expressed in a spec, or undefined when the
 * class is not a utility this table knows. Ring utilities produce the
 * internal properties --ring-width / --ring-color, composed per element.
 */
export type Css = Array<[string, string]>;
export type UtilityResult = Css | { reason: string } | undefined;

const EASE = 'cubic-bezier(0.4, 0, 0.2, 1)';
/** Utilities that set one property: { [prefix + key]: [[prop, value]] }. */
const kv = (entries: Record<string, string>, prop: string, prefix = ''): Record<string, Css> =>
  Object.fromEntries(Object.entries(entries).map(([k, v]) => [`${prefix}${k}`, [[prop, v]]]));
/** Keys that are their own CSS value. */
const same = (...keys: string[]): Record<string, string> => Object.fromEntries(keys.map((k) => [k, k]));

const STATIC: Record<string, Css> = {
  ...kv({ block: 'block', 'inline-block': 'inline-block', inline: 'inline', flex: 'flex', 'inline-flex': 'inline-flex', grid: 'grid', 'inline-grid': 'inline-grid', hidden: 'none', contents: 'contents' }, 'display'),
  ...kv({ static: 'static', relative: 'relative', absolute: 'absolute', fixed: 'fixed', sticky: 'sticky' }, 'position'),
  ...kv({ 'flex-row': 'row', 'flex-row-reverse': 'row-reverse', 'flex-col': 'column', 'flex-col-reverse': 'column-reverse' }, 'flex-direction'),
  ...kv({ 'flex-wrap': 'wrap', 'flex-nowrap': 'nowrap', 'flex-wrap-reverse': 'wrap-reverse' }, 'flex-wrap'),
  ...kv({ 'flex-1': '1 1 0%', 'flex-auto': '1 1 auto', 'flex-initial': '0 1 auto', 'flex-none': 'none' }, 'flex'),
  ...kv({ grow: '1', 'grow-0': '0' }, 'flex-grow'),
  ...kv({ shrink: '1', 'shrink-0': '0' }, 'flex-shrink'),
  ...kv({ start: 'flex-start', end: 'flex-end', center: 'center', baseline: 'baseline', stretch: 'stretch' }, 'align-items', 'items-'),
  ...kv({ auto: 'auto', start: 'flex-start', end: 'flex-end', center: 'center', stretch: 'stretch', baseline: 'baseline' }, 'align-self', 'self-'),
  ...kv({ start: 'flex-start', end: 'flex-end', center: 'center', between: 'space-between', around: 'space-around', evenly: 'space-evenly', stretch: 'stretch' }, 'justify-content', 'justify-'),
  ...kv(same('start', 'end', 'center', 'stretch'), 'justify-items', 'justify-items-'),
  ...kv(same('start', 'end', 'center', 'stretch'), 'place-items', 'place-items-'),
  ...kv(same('left', 'center', 'right', 'justify', 'start', 'end'), 'text-align', 'text-'),
  ...kv({ underline: 'underline', 'line-through': 'line-through', 'no-underline': 'none', overline: 'overline' }, 'text-decoration'),
  ...kv({ uppercase: 'uppercase', lowercase: 'lowercase', capitalize: 'capitalize', 'normal-case': 'none' }, 'text-transform'),
  truncate: [['overflow', 'hidden'], ['text-overflow', 'ellipsis'], ['white-space', 'nowrap']],
  ...kv({ 'text-ellipsis': 'ellipsis', 'text-clip': 'clip' }, 'text-overflow'),
  ...kv(same('normal', 'nowrap', 'pre', 'pre-line', 'pre-wrap', 'break-spaces'), 'white-space', 'whitespace-'),
  ...kv(same('hidden', 'auto', 'scroll', 'visible', 'clip'), 'overflow', 'overflow-'),
  ...kv(same('hidden', 'auto', 'scroll', 'visible', 'clip'), 'overflow-x', 'overflow-x-'),
  ...kv(same('hidden', 'auto', 'scroll', 'visible', 'clip'), 'overflow-y', 'overflow-y-'),
  ...kv(same('auto', 'default', 'pointer', 'wait', 'text', 'move', 'not-allowed', 'grab', 'help'), 'cursor', 'cursor-'),
  ...kv({ 'pointer-events-none': 'none', 'pointer-events-auto': 'auto' }, 'pointer-events'),
  ...kv({ 'select-none': 'none', 'select-text': 'text', 'select-all': 'all', 'select-auto': 'auto' }, 'user-select'),
  ...kv(same('contain', 'cover', 'fill', 'none', 'scale-down'), 'object-fit', 'object-'),
  ...kv({ 'list-none': 'none', 'list-disc': 'disc', 'list-decimal': 'decimal' }, 'list-style'),
  ...kv(same('baseline', 'top', 'middle', 'bottom', 'text-top', 'text-bottom'), 'vertical-align', 'align-'),
  ...kv(same('solid', 'dashed', 'dotted', 'double', 'none'), 'border-style', 'border-'),
  ...kv({ 'box-border': 'border-box', 'box-content': 'content-box' }, 'box-sizing'),
  ...kv({ visible: 'visible', invisible: 'hidden' }, 'visibility'),
  ...kv({ 'aspect-square': '1 / 1', 'aspect-video': '16 / 9', 'aspect-auto': 'auto' }, 'aspect-ratio'),
  border: [['border-width', '1px'], ['border-style', 'solid']],
  outline: [['outline-style', 'solid'], ['outline-width', '1px']],
  'outline-none': [['outline-style', 'none']],
  'outline-hidden': [['outline-style', 'solid'], ['outline-width', '2px'], ['outline-color', 'transparent'], ['outline-offset', '2px']],
  transition: [['transition-property', 'color, background-color, border-color, box-shadow, opacity, transform'], ['transition-duration', '150ms'], ['transition-timing-function', EASE]],
  'transition-colors': [['transition-property', 'color, background-color, border-color, outline-color'], ['transition-duration', '150ms'], ['transition-timing-function', EASE]],
  'transition-all': [['transition-property', 'all'], ['transition-duration', '150ms'], ['transition-timing-function', EASE]],
  'transition-opacity': [['transition-property', 'opacity'], ['transition-duration', '150ms'], ['transition-timing-function', EASE]],
  'transition-shadow': [['transition-property', 'box-shadow'], ['transition-duration', '150ms'], ['transition-timing-function', EASE]],
  'transition-transform': [['transition-property', 'transform'], ['transition-duration', '150ms'], ['transition-timing-function', EASE]],
  'transition-none': [['transition-property', 'none']],
  ...kv({ 'ease-linear': 'linear', 'ease-in': 'cubic-bezier(0.4, 0, 1, 1)', 'ease-out': 'cubic-bezier(0, 0, 0.2, 1)', 'ease-in-out': EASE }, 'transition-timing-function'),
};

const REASONS: Array<[RegExp, string]> = [
  [/^(space-[xy]|divide)(-|$)/, 'styles the element\'s children through a selector, which a spec cannot express; set gap or margins on the children instead'],
  [/^sr-only$/, 'visually-hidden text needs clipping a spec cannot express; the text stays visible'],
  [/^container$/, 'the container utility depends on every breakpoint; set max-width instead'],
  [/^(animate|delay|blur|backdrop|brightness|drop-shadow|filter|rotate|skew|origin|bg-gradient|bg-linear|bg-radial|from|via|to|italic|not-italic|antialiased|subpixel|ring-offset|ring-inset|rounded-(t|r|b|l|s|e|tl|tr|bl|br|ss|se|es|ee)|border-[xy]|inset-[xy]|ps|pe|ms|me|order|line-clamp|columns|break|decoration|underline-offset|indent|content)(-|$)/, 'has no equivalent style property in a spec'],
];

const SPACING_PROPS: Record<string, string[]> = {
  p: ['padding'], px: ['padding-inline'], py: ['padding-block'], pt: ['padding-top'], pr: ['padding-right'], pb: ['padding-bottom'], pl: ['padding-left'],
  m: ['margin'], mx: ['margin-inline'], my: ['margin-block'], mt: ['margin-top'], mr: ['margin-right'], mb: ['margin-bottom'], ml: ['margin-left'],
  gap: ['gap'], 'gap-x': ['column-gap'], 'gap-y': ['row-gap'],
};
const SIZE_PROPS: Record<string, [string, 'x' | 'y']> = {
  w: ['width', 'x'], h: ['height', 'y'], 'min-w': ['min-width', 'x'], 'min-h': ['min-height', 'y'], 'max-w': ['max-width', 'x'], 'max-h': ['max-height', 'y'],
  top: ['top', 'y'], right: ['right', 'x'], bottom: ['bottom', 'y'], left: ['left', 'x'], inset: ['inset', 'x'],
};
const px = (v: string) => (/^\d+$/.test(v) ? `${v}px` : arbitrary(v));
const negate = (v: string) => (v === '0' || v === 'auto' ? v : /^\{/.test(v) ? undefined : `-${v}`);

const UTILITY_SHAPE =
  /^-?(p[xytrbl]?|m[xytrbl]?|gap(-[xy])?|w|h|min-[wh]|max-[wh]|size|top|right|bottom|left|inset|text|bg|border|rounded|shadow|font|leading|tracking|opacity|z|grid-cols|col-span|basis|outline|ring|fill|stroke|duration|translate-[xy]|scale)-|\[/;

type Handler = (m: RegExpExecArray, ctx: ValueContext) => Css | undefined;
const PATTERNS: Array<[RegExp, Handler]> = [
  [/^(-?)(p|px|py|pt|pr|pb|pl|m|mx|my|mt|mr|mb|ml|gap|gap-x|gap-y)-(.+)$/, ([, neg, key, v], ctx) => {
    const value = v === 'auto' && key!.startsWith('m') ? 'auto' : spacingValue(v!, ctx);
    const signed = value && neg ? (key!.startsWith('m') ? negate(value) : undefined) : value;
    return signed ? SPACING_PROPS[key!]!.map((p) => [p, signed]) : undefined;
  }],
  [/^(-?)(w|h|min-w|min-h|max-w|max-h|size|top|right|bottom|left|inset)-(.+)$/, ([, neg, key, v], ctx) => {
    if (key === 'size') {
      const value = sizeValue(v!, 'x', ctx);
      return value && !neg ? [['width', value], ['height', value]] : undefined;
    }
    const [prop, axis] = SIZE_PROPS[key!]!;
    const value = (key === 'max-w' ? TAILWIND_CONTAINERS[v!] : undefined) ?? sizeValue(v!, axis, ctx);
    const signed = value && neg ? negate(value) : value;
    return signed ? [[prop, signed]] : undefined;
  }],
  [/^text-(.+)$/, ([, v], ctx) => {
    const [size, leading] = v!.split('/') as [string, string | undefined];
    const fontSize = themeRef('text', size, ctx) ?? TAILWIND_FONT_SIZES[size];
    if (fontSize) return leading ? [['font-size', fontSize], ['line-height', spacingValue(leading, ctx) ?? leading]] : [['font-size', fontSize]];
    const color = colorValue(v!, ctx);
    if (color) return [['color', color]];
    const raw = arbitrary(v!);
    return raw && toPx(raw) !== undefined ? [['font-size', raw]] : undefined;
  }],
  [/^bg-(.+)$/, ([, v], ctx) => {
    const color = colorValue(v!, ctx);
    return color ? [['background-color', color]] : undefined;
  }],
  [/^border(?:-([trbl]))?(?:-(\d+|\[.+\]))?$/, ([, side, w]) => {
    const width = w ? px(w) : '1px';
    if (!width) return undefined;
    const sideName = { t: 'top', r: 'right', b: 'bottom', l: 'left' }[side ?? ''];
    return sideName ? [['border-width', '0'], [`border-${sideName}-width`, width], ['border-style', 'solid']] : [['border-width', width], ['border-style', 'solid']];
  }],
  [/^border-(.+)$/, ([, v], ctx) => {
    const color = colorValue(v!, ctx);
    return color ? [['border-color', color]] : undefined;
  }],
  [/^rounded(?:-(.+))?$/, ([, v = ''], ctx) => {
    const value = (v ? themeRef('radius', v, ctx) : undefined) ?? TAILWIND_RADII[v] ?? arbitrary(v);
    return value ? [['border-radius', value]] : undefined;
  }],
  [/^shadow(?:-(.+))?$/, ([, v = ''], ctx) => {
    const value = (v ? themeRef('shadow', v, ctx) : undefined) ?? TAILWIND_SHADOWS[v] ?? arbitrary(v);
    return value ? [['box-shadow', value]] : undefined;
  }],
  [/^font-(.+)$/, ([, v], ctx) => {
    const weight = themeRef('font-weight', v!, ctx) ?? TAILWIND_FONT_WEIGHTS[v!];
    if (weight) return [['font-weight', weight]];
    const role = FONT_FAMILY_ROLES[v!];
    const roleRef = role && ctx.tokens.tokens[role] ? (ctx.log.map(ctx.cls, role), `{${role}}`) : undefined;
    const family = themeRef('font', v!, ctx) ?? roleRef ?? TAILWIND_FONT_FAMILIES[v!];
    if (family) return [['font-family', family]];
    const raw = arbitrary(v!);
    return raw ? [[/^\d+$/.test(raw) ? 'font-weight' : 'font-family', raw]] : undefined;
  }],
  [/^leading-(.+)$/, ([, v], ctx) => {
    const value = themeRef('leading', v!, ctx) ?? TAILWIND_LEADING[v!] ?? spacingValue(v!, ctx);
    return value ? [['line-height', value]] : undefined;
  }],
  [/^tracking-(.+)$/, ([, v], ctx) => {
    const value = themeRef('tracking', v!, ctx) ?? TAILWIND_TRACKING[v!] ?? arbitrary(v!);
    return value ? [['letter-spacing', value]] : undefined;
  }],
  [/^opacity-(\d+)$/, ([, v]) => [['opacity', String(Number(v) / 100)]]],
  [/^z-(\d+|auto)$/, ([, v]) => [['z-index', v!]]],
  [/^grid-cols-(\d+|none)$/, ([, v]) => [['grid-template-columns', v === 'none' ? 'none' : `repeat(${v}, minmax(0, 1fr))`]]],
  [/^col-span-(\d+|full)$/, ([, v]) => [['grid-column', v === 'full' ? '1 / -1' : `span ${v} / span ${v}`]]],
  [/^basis-(.+)$/, ([, v], ctx) => {
    const value = sizeValue(v!, 'x', ctx);
    return value ? [['flex-basis', value]] : undefined;
  }],
  [/^outline-offset-(\d+)$/, ([, v]) => [['outline-offset', `${v}px`]]],
  [/^outline-(\d+|\[.+\])$/, ([, v]) => (px(v!) ? [['outline-style', 'solid'], ['outline-width', px(v!)!]] : undefined)],
  [/^outline-(.+)$/, ([, v], ctx) => {
    const color = colorValue(v!, ctx);
    return color ? [['outline-color', color]] : undefined;
  }],
  [/^ring(?:-(\d+|\[.+\]))?$/, ([, v]) => {
    const width = v ? px(v) : '1px';
    return width ? [['--ring-width', width]] : undefined;
  }],
  [/^ring-(.+)$/, ([, v], ctx) => {
    const color = colorValue(v!, ctx);
    return color ? [['--ring-color', color]] : undefined;
  }],
  [/^(fill|stroke)-(.+)$/, ([, prop, v], ctx) => {
    const color = colorValue(v!, ctx);
    return color ? [[prop!, color]] : undefined;
  }],
  [/^duration-(\d+)$/, ([, v]) => [['transition-duration', `${v}ms`]]],
  [/^(-?)translate-([xy])-(.+)$/, ([, neg, axis, v], ctx) => {
    const value = sizeValue(v!, axis as 'x' | 'y', ctx);
    const signed = value && neg ? negate(value) : value;
    return signed && !signed.startsWith('{') ? [['transform', `translate${axis!.toUpperCase()}(${signed})`]] : undefined;
  }],
  [/^scale-(\d+)$/, ([, v]) => [['transform', `scale(${Number(v) / 100})`]]],
];

/** One utility, without variants. */
export function readUtility(utility: string, ctx: ValueContext): UtilityResult {
  const fixed = STATIC[utility];
  if (fixed) return fixed;
  for (const [re, handler] of PATTERNS) {
    const m = re.exec(utility);
    if (!m) continue;
    const css = handler(m, ctx);
    if (css) return css;
  }
  const reason = REASONS.find(([re]) => re.test(utility))?.[1];
  if (reason) return { reason };
  // Shaped like a utility the table handles, with a value it cannot read ("text-muted", "p-[calc(…)]").
  if (UTILITY_SHAPE.test(utility)) return { reason: 'not a Tailwind utility the importer can map' };
  return undefined;
}

import { BREAKPOINTS } from '../../spec/style.js';
import type { Declarations, StyleBlock, StyleProperty, StyleState } from '../../spec/style.js';
import { isTokenRef, tokenPathOf } from '../../spec/style.js';
import { cssVarName } from '../../tokens/model.js';
import type { TokenSet } from '../../tokens/model.js';
import { assertStyleValue, replaceRefs, splitParts } from '../tailwind/style-value.js';
import { chakraReference, chakraTokenOf } from './chakra-tokens.js';
import type { ChakraCategory } from './chakra-tokens.js';

/**
 * Chakra UI v3 style props for one element (`<Box {...props}>`,
 * `<chakra.button {...props}>`), against the system chakraThemeConfig builds.
 *
 * Token convention — what Chakra v3 itself resolves:
 *   - a token in the category the prop reads is its bare name:
 *     {color.primary} → bg="primary", {space.md} → p="md", {radius.lg} → rounded="lg";
 *   - a token of another category is a token reference, which Chakra expands
 *     in any value: width "{spacing.md}" (Chakra's `sizes.md` is 28rem),
 *     boxShadow "0 0 0 3px {colors.focus}";
 *   - a token with no Chakra category, or unknown to the set, is its CSS
 *     variable: borderWidth "var(--border-width)" (the theme declares it).
 * States are `_hover`, `_focusVisible`, `_active`, `_disabled` (which also
 * matches aria-disabled); responsive values are `{ base, sm, md, lg, xl }`;
 * the file input's button is `_file` (`&::file-selector-button`).
 */

interface PropRule {
  /** The style prop (Chakra's shorthand where one is idiomatic). */
  prop: string;
  /** The token category Chakra resolves bare names of this prop from. */
  category?: ChakraCategory;
  /** CSS box shorthand split into longhand props: [y, x, top, right, bottom, left]. */
  box?: readonly [string, string, string, string, string, string];
}

const r = (prop: string, category?: ChakraCategory, box?: PropRule['box']): PropRule => (category ? { prop, category, ...(box ? { box } : {}) } : { prop });

const RULES: Readonly<Partial<Record<StyleProperty, PropRule>>> = {
  color: r('color', 'colors'),
  backgroundColor: r('bg', 'colors'),
  borderColor: r('borderColor', 'colors'),
  outlineColor: r('outlineColor', 'colors'),
  fill: r('fill', 'colors'),
  stroke: r('stroke', 'colors'),
  padding: r('p', 'spacing', ['py', 'px', 'pt', 'pr', 'pb', 'pl']),
  paddingTop: r('pt', 'spacing'),
  paddingRight: r('pr', 'spacing'),
  paddingBottom: r('pb', 'spacing'),
  paddingLeft: r('pl', 'spacing'),
  paddingInline: r('px', 'spacing'),
  paddingBlock: r('py', 'spacing'),
  margin: r('m', 'spacing', ['my', 'mx', 'mt', 'mr', 'mb', 'ml']),
  marginTop: r('mt', 'spacing'),
  marginRight: r('mr', 'spacing'),
  marginBottom: r('mb', 'spacing'),
  marginLeft: r('ml', 'spacing'),
  marginInline: r('mx', 'spacing'),
  marginBlock: r('my', 'spacing'),
  gap: r('gap', 'spacing'),
  rowGap: r('rowGap', 'spacing'),
  columnGap: r('columnGap', 'spacing'),
  borderRadius: r('rounded', 'radii'),
  borderWidth: r('borderWidth', 'borderWidths'),
  boxShadow: r('shadow', 'shadows'),
  fontFamily: r('fontFamily', 'fonts'),
  fontSize: r('fontSize', 'fontSizes'),
  fontWeight: r('fontWeight', 'fontWeights'),
  lineHeight: r('lineHeight', 'lineHeights'),
  letterSpacing: r('letterSpacing', 'letterSpacings'),
  transitionDuration: r('transitionDuration', 'durations'),
  transitionTimingFunction: r('transitionTimingFunction', 'easings'),
  top: r('top', 'spacing'),
  right: r('right', 'spacing'),
  bottom: r('bottom', 'spacing'),
  left: r('left', 'spacing'),
  inset: r('inset', 'spacing'),
  zIndex: r('zIndex', 'zIndex'),
  flexBasis: r('flexBasis', 'sizes'),
  width: r('w', 'sizes'),
  minWidth: r('minW', 'sizes'),
  maxWidth: r('maxW', 'sizes'),
  height: r('h', 'sizes'),
  minHeight: r('minH', 'sizes'),
  maxHeight: r('maxH', 'sizes'),
  borderTopWidth: r('borderTopWidth', 'borderWidths'),
  borderBottomWidth: r('borderBottomWidth', 'borderWidths'),
  borderLeftWidth: r('borderLeftWidth', 'borderWidths'),
  borderRightWidth: r('borderRightWidth', 'borderWidths'),
  opacity: r('opacity', 'opacity'),
};

/**
 * CSS keywords Chakra's default theme also defines as token names, where the
 * token is not what CSS means (colors.black is #09090B) or may be
 * overridden by the set (fontWeights.bold): written as the CSS value.
 */
const LITERAL_ESCAPES: Readonly<Partial<Record<ChakraCategory, Readonly<Record<string, string>>>>> = {
  colors: { black: '#000000', white: '#ffffff' },
  fontWeights: { normal: '400', bold: '700' },
};

function chakraValue(value: string, category: ChakraCategory | undefined, tokens: TokenSet): string {
  const v = value.trim();
  const known = (path: string) => (Object.hasOwn(tokens.tokens, path) ? chakraTokenOf(path) : undefined);
  if (isTokenRef(v)) {
    const token = known(tokenPathOf(v));
    if (token && token.category === category) return token.name;
  } else if (category) {
    const escaped = LITERAL_ESCAPES[category]?.[v];
    if (escaped) return escaped;
  }
  return replaceRefs(v, (path) => {
    const token = known(path);
    return token ? chakraReference(token) : `var(${cssVarName(path)})`;
  });
}

/** The props for one declarations block, in spec order, box shorthands split like CSS does. */
function blockProps(decls: Declarations | undefined, where: string, tokens: TokenSet): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [property, value] of Object.entries(decls ?? {})) {
    if (value === undefined) continue;
    assertStyleValue(value, `${where}.${property}`);
    const rule = RULES[property as StyleProperty] ?? { prop: property };
    const val = (v: string) => chakraValue(v, rule.category, tokens);
    const parts = splitParts(value);
    if (rule.box && parts.length >= 2 && parts.length <= 4) {
      const [a = '', b = a, c = a, d = b] = parts;
      const [y, x, t, rr, bb, l] = rule.box;
      if (a === b && b === c && c === d) out.push([rule.prop, val(a)]);
      else if (a === c && b === d) out.push([y, val(a)], [x, val(b)]);
      else out.push([t, val(a)], [rr, val(b)], [bb, val(c)], [l, val(d)]);
    } else if (property === 'gap' && parts.length === 2 && parts[0] !== parts[1]) {
      out.push(['rowGap', val(parts[0] ?? '')], ['columnGap', val(parts[1] ?? '')]);
    } else {
      out.push([rule.prop, val(value)]);
    }
  }
  return out;
}

const STATE_PROPS: Readonly<Record<StyleState, string>> = {
  hover: '_hover',
  focusVisible: '_focusVisible',
  active: '_active',
  disabled: '_disabled',
};

export function chakraStyleProps(style: StyleBlock | undefined, tokens: TokenSet): Record<string, unknown> {
  if (!style) return {};
  // prop → condition ("base", "sm"…) → value, in first-seen order.
  const byProp = new Map<string, Map<string, string>>();
  const set = (condition: string, [prop, value]: [string, string]) => {
    const conditions = byProp.get(prop) ?? new Map<string, string>();
    conditions.set(condition, value);
    byProp.set(prop, conditions);
  };
  for (const entry of blockProps(style.base, 'style.base', tokens)) set('base', entry);
  for (const bp of BREAKPOINTS) {
    for (const entry of blockProps(style.responsive?.[bp], `style.responsive.${bp}`, tokens)) set(bp, entry);
  }
  const props: Record<string, unknown> = {};
  for (const [prop, conditions] of byProp) {
    const only = conditions.size === 1 ? conditions.get('base') : undefined;
    props[prop] = only ?? Object.fromEntries(['base', ...BREAKPOINTS].flatMap((c) => (conditions.has(c) ? [[c, conditions.get(c)]] : [])));
  }
  for (const [state, prop] of Object.entries(STATE_PROPS) as Array<[StyleState, string]>) {
    const decls = style[state];
    if (decls && Object.keys(decls).length > 0) props[prop] = Object.fromEntries(blockProps(decls, `style.${state}`, tokens));
  }
  if (style.file && Object.keys(style.file).length > 0) props._file = Object.fromEntries(blockProps(style.file, 'style.file', tokens));
  return props;
}

import { BREAKPOINTS, STATES, TOKEN_REF, type Breakpoint, type Declarations, type StyleState } from '../spec/style.js';
import { cssVar, cssVarName, type TokenSet } from '../tokens/model.js';
import type { ComponentModel, ElementModel } from './model.js';
import { kebabCase } from './names.js';

/**
 * The style stage: each element's StyleBlock becomes CSS rules on its
 * semantic class. Token references become custom properties
 * (`{color.primary}` → `var(--color-primary)`), declared once in a tokens
 * block so the output is self-contained; a reference to a token the set lacks
 * still becomes `var(--…)` (the quality analysis reports it). Literal values
 * are written verbatim: the schema only admits safe ones.
 *
 * Rule order: per element in document order its base rule, then :hover,
 * :focus-visible, :active, disabled, then its ::file-selector-button; then one `@media (min-width)` block per
 * breakpoint, smallest first (mobile-first, so later blocks win).
 */
export interface CssDeclaration {
  readonly property: string;
  readonly value: string;
}
export interface CssRule {
  readonly selectors: readonly string[];
  readonly declarations: readonly CssDeclaration[];
}
export interface CssMedia {
  readonly breakpoint: Breakpoint;
  readonly minWidth: string;
  readonly rules: readonly CssRule[];
}
export interface Stylesheet {
  /** Custom properties of the tokens the component uses, in the token set's order. */
  readonly tokens: readonly CssDeclaration[];
  readonly rules: readonly CssRule[];
  readonly media: readonly CssMedia[];
  /** Token paths the styles reference, in first-use order. */
  readonly usedTokens: readonly string[];
  /** Referenced paths the token set does not define (they stay as var(--…)). */
  readonly missingTokens: readonly string[];
  /** Tokens whose value could break out of a declaration; they are not declared. */
  readonly unsafeTokens: readonly string[];
}

export const BREAKPOINT_FALLBACKS: Readonly<Record<Breakpoint, string>> = { sm: '640px', md: '768px', lg: '1024px', xl: '1280px' };

const STATE_SUFFIX: Readonly<Record<Exclude<StyleState, 'disabled'>, string>> = {
  hover: ':hover',
  focusVisible: ':focus-visible',
  active: ':active',
};

// A token value is written into a declaration; anything that could end it, open a
// block, leave a <style> element or load a resource is refused (control characters included).
// eslint-disable-next-line no-control-regex
const UNSAFE_TOKEN_VALUE = /[<>;{}\\`\u0000-\u001f\u007f]|\/\*|url\s*\(|expression\s*\(|image-set|@import|javascript:/i;
const hasBalancedQuotes = (v: string) => (v.match(/"/g)?.length ?? 0) % 2 === 0 && (v.match(/'/g)?.length ?? 0) % 2 === 0;
export const isSafeTokenValue = (value: string): boolean => !UNSAFE_TOKEN_VALUE.test(value) && hasBalancedQuotes(value);

const SIMPLE_LENGTH = /^\d+(?:\.\d+)?(?:px|rem|em)$/;

/**
 * Declaration order, outside in: positioning, layout, box, border, colour,
 * type, then the rest. Validation already normalises a block's key order, so
 * a fixed order costs nothing and reads better. Each shorthand comes before
 * its longhands (inset/top, flex/flex-grow, margin/margin-top), so the
 * cascade inside a rule is unchanged.
 */
const ORDER: readonly string[] = [
  'position', 'inset', 'top', 'right', 'bottom', 'left', 'zIndex',
  'display', 'flexDirection', 'flexWrap', 'flex', 'flexGrow', 'flexShrink', 'flexBasis', 'gridTemplateColumns', 'gridColumn',
  'placeItems', 'alignItems', 'alignSelf', 'justifyContent', 'justifyItems', 'gap', 'rowGap', 'columnGap',
  'boxSizing', 'width', 'minWidth', 'maxWidth', 'height', 'minHeight', 'maxHeight', 'aspectRatio',
  'margin', 'marginBlock', 'marginInline', 'marginTop', 'marginRight', 'marginBottom', 'marginLeft',
  'padding', 'paddingBlock', 'paddingInline', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'overflow', 'overflowX', 'overflowY',
  'borderWidth', 'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderStyle', 'borderColor', 'borderRadius',
  'outlineWidth', 'outlineStyle', 'outlineColor', 'outlineOffset', 'boxShadow',
  'backgroundColor', 'color', 'fill', 'stroke', 'opacity',
  'fontFamily', 'fontSize', 'fontWeight', 'lineHeight', 'letterSpacing', 'textAlign', 'textDecoration', 'textTransform',
  'whiteSpace', 'textOverflow', 'verticalAlign', 'listStyle', 'objectFit',
  'cursor', 'pointerEvents', 'userSelect', 'visibility', 'transform', 'transitionProperty', 'transitionDuration', 'transitionTimingFunction',
];
const RANK = new Map(ORDER.map((p, i) => [p, i]));
const rank = (property: string) => RANK.get(property) ?? ORDER.length;

export function buildStylesheet(model: ComponentModel, tokens: TokenSet): Stylesheet {
  const used = new Set<string>();
  const value = (raw: string): string =>
    raw
      .trim()
      .replace(/\s+/g, ' ')
      .replace(TOKEN_REF, (_, path: string) => {
        used.add(path);
        return cssVar(path);
      });
  const declarations = (block: Declarations | undefined): CssDeclaration[] =>
    Object.entries(block ?? {})
      .filter((entry): entry is [string, string] => entry[1] !== undefined)
      .sort(([a], [b]) => rank(a) - rank(b))
      .map(([property, raw]) => ({ property: kebabCase(property), value: value(raw) }));

  const rules: CssRule[] = [];
  const media = new Map<Breakpoint, CssRule[]>(BREAKPOINTS.map((b) => [b, []]));
  // Elements with the same style (a row of page buttons, the items of a menu)
  // share their rules: `.a, .b { … }` once instead of one copy per element.
  // A group's rules stay at its first element's place, in state order, and
  // every selector matches one element only, so the cascade is unchanged.
  const groups = new Map<string, Array<{ selectors: string[]; of: (element: ElementModel) => string[] }>>();
  for (const element of model.elements) {
    const style = element.style;
    if (!style) continue;
    const key = `${element.disabledBy}|${JSON.stringify(style)}`;
    const group = groups.get(key);
    if (group) {
      for (const rule of group) rule.selectors.push(...rule.of(element));
      continue;
    }
    const created: Array<{ selectors: string[]; of: (element: ElementModel) => string[] }> = [];
    const add = (list: CssRule[], decls: CssDeclaration[], of: (element: ElementModel) => string[]) => {
      const selectors = of(element);
      if (decls.length === 0 || selectors.length === 0) return;
      const rule = { selectors, declarations: decls, of };
      list.push(rule);
      created.push(rule);
    };
    for (const state of ['base', ...STATES] as const) {
      add(rules, declarations(style[state]), state === 'base' ? classSelector : state === 'disabled' ? disabledSelectors : (el) => [`${classSelector(el)[0]}${STATE_SUFFIX[state]}`]);
    }
    add(rules, declarations(style.file), (el) => [`${classSelector(el)[0]}::file-selector-button`]);
    for (const breakpoint of BREAKPOINTS) add(media.get(breakpoint)!, declarations(style.responsive?.[breakpoint]), classSelector);
    groups.set(key, created);
  }

  const declared: CssDeclaration[] = [];
  const unsafe: string[] = [];
  for (const [path, token] of Object.entries(tokens.tokens)) {
    if (!used.has(path) || token.css === '') continue;
    if (isSafeTokenValue(token.css)) declared.push({ property: cssVarName(path), value: token.css.trim() });
    else unsafe.push(path);
  }
  return {
    tokens: declared,
    rules,
    media: BREAKPOINTS.filter((b) => media.get(b)!.length > 0).map((breakpoint) => ({
      breakpoint,
      minWidth: breakpointWidth(tokens, breakpoint),
      rules: media.get(breakpoint)!,
    })),
    usedTokens: [...used],
    missingTokens: [...used].filter((path) => !Object.hasOwn(tokens.tokens, path)),
    unsafeTokens: unsafe,
  };
}

/**
 * `:disabled` for elements with a native disabled state, `[aria-disabled="true"]`
 * for others the spec disables; none for an element nothing can disable (its
 * disabled styles could never apply, and Svelte would flag the selector).
 */
const classSelector = (element: ElementModel): string[] => [`.${element.className}`];

function disabledSelectors(element: ElementModel): string[] {
  const selector = `.${element.className}`;
  if (element.disabledBy === 'native') return [`${selector}:disabled`];
  if (element.disabledBy === 'aria') return [`${selector}[aria-disabled="true"]`];
  return [];
}

/** The breakpoint token's value when it is a plain length (custom properties cannot be used in media queries). */
export function breakpointWidth(tokens: TokenSet, breakpoint: Breakpoint): string {
  const css = tokens.tokens[`breakpoint.${breakpoint}`]?.css.trim();
  return css && SIMPLE_LENGTH.test(css) ? css : BREAKPOINT_FALLBACKS[breakpoint];
}

export interface PrintCssOptions {
  /** Where token custom properties are declared: `:root` (global CSS), `:host` (shadow DOM, Angular), `:global(:root)` (Svelte). */
  readonly tokenSelector?: string;
  /** Declarations written first in the token block (e.g. `display: contents` on a :host). */
  readonly hostDeclarations?: readonly CssDeclaration[];
  /** Prefix of every line, for CSS nested in another file. */
  readonly indent?: string;
  /** Leave the token block out (a target that declares tokens elsewhere). */
  readonly omitTokens?: boolean;
}

/** Prints a stylesheet: 2-space indentation, one declaration per line, a blank line between rules. */
export function printCss(sheet: Stylesheet, options: PrintCssOptions = {}): string {
  const { tokenSelector = ':root', hostDeclarations = [], indent = '', omitTokens = false } = options;
  const blocks: string[][] = [];
  const rule = (r: CssRule, pad: string): string[] => [
    ...r.selectors.map((s, i) => `${pad}${s}${i < r.selectors.length - 1 ? ',' : ' {'}`),
    ...r.declarations.map((d) => `${pad}  ${d.property}: ${d.value};`),
    `${pad}}`,
  ];
  const tokenDecls = [...hostDeclarations, ...(omitTokens ? [] : sheet.tokens)];
  if (tokenDecls.length > 0) blocks.push(rule({ selectors: [tokenSelector], declarations: tokenDecls }, ''));
  for (const r of sheet.rules) blocks.push(rule(r, ''));
  for (const m of sheet.media) {
    blocks.push([`@media (min-width: ${m.minWidth}) {`, ...m.rules.flatMap((r, i) => [...(i > 0 ? [''] : []), ...rule(r, '  ')]), '}']);
  }
  return blocks
    .map((lines) => lines.map((line) => (line === '' ? '' : `${indent}${line}`)).join('\n'))
    .join('\n\n');
}

/** A sheet with nothing to print: targets leave out the file or <style> block. */
export const isEmptySheet = (sheet: Stylesheet | undefined): boolean =>
  !sheet || sheet.tokens.length + sheet.rules.length + sheet.media.length === 0;

/** The token block on its own (Vue puts it in an unscoped <style>, since scoping would rewrite :root). */
export const printTokens = (sheet: Stylesheet, options: Omit<PrintCssOptions, 'omitTokens'> = {}): string =>
  printCss({ ...sheet, rules: [], media: [] }, options);

import { BREAKPOINTS, STATES } from '../../spec/style.js';
import type { Breakpoint, Declarations, StyleBlock, StyleState } from '../../spec/style.js';
import type { TokenSet } from '../../tokens/model.js';
import { FALLBACK_BREAKPOINTS, assertStyleValue } from './style-value.js';
import { propertyRule } from './tailwind-properties.js';
import { tailwindTransform } from './tailwind-transform.js';
import { TailwindContext } from './tailwind-utility.js';

/**
 * The Tailwind v4 classes for one element's style block: base classes, then
 * the responsive overrides sm → xl (mobile-first, as the spec and Tailwind
 * both are), then the interaction states, each in the order the spec wrote
 * its declarations. Deterministic and de-duplicated.
 *
 * Token references become theme utilities named by `tailwindThemeEntry` —
 * the same mapping the Tailwind theme exporter writes `@theme` with — so
 * `{color.primary}` is `bg-primary` and `{space.md}` is `p-md`.
 */

/** Variants per state; `disabled` also matches aria-disabled="true" elements (as Chakra's _disabled does). */
const STATE_VARIANTS: Readonly<Record<StyleState, readonly string[]>> = {
  hover: ['hover:'],
  focusVisible: ['focus-visible:'],
  active: ['active:'],
  disabled: ['disabled:', 'aria-disabled:'],
};

/** The `<input type="file">` button (`::file-selector-button`). */
const FILE_VARIANT = 'file:';

/**
 * The variant of a breakpoint: the theme's own (`md:`) when the set defines
 * breakpoint.md, else the same width Tailwind and the Chakra target fall back to.
 */
function breakpointVariant(bp: Breakpoint, ctx: TailwindContext): string {
  const { entry } = ctx.token(`breakpoint.${bp}`);
  return entry ? `${entry.suffix}:` : `min-[${FALLBACK_BREAKPOINTS[bp]}]:`;
}

/**
 * Tailwind's `text-*` also sets the line-height its theme pairs with the size
 * (the default theme's `--text-sm--line-height`), where CSS keeps the
 * inherited one. A size without a line-height in the spec therefore carries
 * the `/[inherit]` modifier: `text-sm/[inherit]`. With a `leading-*` on the
 * element the plain utility is right: it reads `--tw-leading`.
 */
const INHERIT_LEADING = '/[inherit]';

function declarationClasses(decls: Declarations | undefined, where: string, ctx: TailwindContext, splitTransform: boolean, leadingSet: boolean): string[] {
  if (!decls) return [];
  const classes: string[] = [];
  const inheritLeading = !leadingSet && decls.lineHeight === undefined;
  for (const [property, value] of Object.entries(decls)) {
    if (value === undefined) continue;
    assertStyleValue(value, `${where}.${property}`);
    const mapped = property === 'transform' ? tailwindTransform(value, ctx, splitTransform) : propertyRule(property)(value, ctx);
    classes.push(...(property === 'fontSize' && inheritLeading ? mapped.map((cls) => cls + INHERIT_LEADING) : mapped));
  }
  return classes;
}

/** Whether at most one declaration set of the block has a transform (see tailwindTransform). */
function transformSetOnce(style: StyleBlock): boolean {
  const sets = [style.base, ...STATES.map((s) => style[s]), ...BREAKPOINTS.map((bp) => style.responsive?.[bp])];
  return sets.filter((decls) => decls?.transform !== undefined).length <= 1;
}

export function tailwindClasses(style: StyleBlock | undefined, tokens: TokenSet): string[] {
  if (!style) return [];
  const ctx = TailwindContext.of(tokens);
  const split = transformSetOnce(style);
  const leading = style.base?.lineHeight !== undefined;
  const out = new Set<string>(declarationClasses(style.base, 'style.base', ctx, split, leading));
  for (const bp of BREAKPOINTS) {
    const decls = style.responsive?.[bp];
    if (!decls) continue;
    const variant = breakpointVariant(bp, ctx);
    for (const cls of declarationClasses(decls, `style.responsive.${bp}`, ctx, split, leading)) out.add(variant + cls);
  }
  for (const state of STATES) {
    const decls = style[state];
    if (!decls) continue;
    const classes = declarationClasses(decls, `style.${state}`, ctx, split, leading);
    for (const variant of STATE_VARIANTS[state]) for (const cls of classes) out.add(variant + cls);
  }
  // The file selector button is an element of its own: only its block's transform and line-height apply to it.
  if (style.file) for (const cls of declarationClasses(style.file, 'style.file', ctx, true, style.file.lineHeight !== undefined)) out.add(FILE_VARIANT + cls);
  return [...out];
}

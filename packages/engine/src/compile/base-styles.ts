import { BREAKPOINTS, STATES, type Declarations, type StyleBlock } from '../spec/style.js';
import type { ElementModel } from './model.js';

/**
 * The spec's styles are written against the browser's defaults: what a
 * block leaves unset is the user-agent value, which is what the CSS targets
 * render. Tailwind's preflight and Chakra's global CSS replace some of those
 * defaults on every element, so a utility or style-prop target must state
 * the user-agent value where a reset would change the result. Only where it
 * would: a `box-content` on a box that has no size or no padding changes
 * nothing and would only be noise in the generated code.
 */
export interface ResetDifferences {
  /** The reset draws borders in a theme colour (Chakra's `--global-color-border`) instead of currentColor. */
  readonly borderColor: boolean;
}

const SIZE = ['width', 'height', 'minWidth', 'minHeight', 'maxWidth', 'maxHeight', 'flexBasis'] as const;
const BOX_EDGE = /^(padding|border(Top|Right|Bottom|Left)?Width$)/;
const BORDER_WIDTH = /^border(Top|Right|Bottom|Left)?Width$/;
/** Form controls the user agent pads and borders itself, with content-box sizing. */
const UA_PADDED = new Set(['input', 'textarea']);
/** Controls the user agent already sizes border-box (Chromium's and Firefox's html.css). */
const UA_BORDER_BOX_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'image', 'color', 'file', 'range']);

function blocks(style: StyleBlock): Declarations[] {
  return [style.base, ...STATES.map((s) => style[s]), ...BREAKPOINTS.map((bp) => style.responsive?.[bp])].filter(
    (d): d is Declarations => d !== undefined,
  );
}

const sets = (all: readonly Declarations[], test: (property: string, value: string) => boolean): boolean =>
  all.some((decls) => Object.entries(decls).some(([p, v]) => v !== undefined && test(p, v)));
const ZERO = /^0(px)?$/;

function userAgentBorderBox(element: ElementModel): boolean {
  if (element.tag === 'button' || element.tag === 'select') return true;
  if (element.tag !== 'input') return false;
  const type = element.attrs.find((a) => a.name === 'type');
  return type?.value.kind === 'static' && UA_BORDER_BOX_INPUTS.has(type.value.text.toLowerCase());
}

/** The element's style with the user-agent values a framework reset would override made explicit. */
export function withUserAgentDefaults(element: ElementModel, differences: ResetDifferences): StyleBlock | undefined {
  const style = element.style;
  if (!style || element.isSvg) return style;
  const all = blocks(style);
  const added: Record<string, string> = {};
  // Resets size every box border-box; a sized box with padding or a border would shrink.
  const sized = sets(all, (p) => (SIZE as readonly string[]).includes(p));
  const edged = UA_PADDED.has(element.tag) || sets(all, (p) => BOX_EDGE.test(p));
  if (sized && edged && !sets(all, (p) => p === 'boxSizing') && !userAgentBorderBox(element)) added.boxSizing = 'content-box';
  // Both resets collapse table borders; the user agent separates cells by 2px.
  if (element.tag === 'table') added.borderCollapse = 'separate';
  if (differences.borderColor && sets(all, (p, v) => BORDER_WIDTH.test(p) && !ZERO.test(v.trim())) && style.base?.borderColor === undefined) added.borderColor = 'currentColor';
  if (Object.keys(added).length === 0) return style;
  return { ...style, base: { ...style.base, ...added } };
}

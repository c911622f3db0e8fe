import type { ElementNode } from '../spec/schema.js';
import { isTokenRef, tokenPathOf, type Declarations } from '../spec/style.js';
import type { TokenSet } from '../tokens/model.js';
import { parseColor, toPx } from './match-token.js';
import { CONTRAST_STATES, type A11yIssue, type ContrastPair, type ContrastState } from './quality-report.js';
import { ancestorsOf, ownsText, type ElementVisit } from './spec-walk.js';
import { contrastRatio } from '../tokens/contrast.js';
import { TRANSPARENT, WHITE, composite, toCss, toHex, type Rgba } from './composite.js';

/**
 * WCAG 1.4.3 contrast of the colour pairs a spec actually renders: for every
 * element that holds text, its effective text colour (own, inherited, else
 * {color.text}) on its effective background (own and ancestors' backgrounds
 * composited over {color.background}), with element opacity applied as a
 * group, in the resting state and in each state that changes a colour,
 * background or opacity on the element or an ancestor (hover and active
 * apply to ancestors as in CSS; applying focus-visible/disabled blocks of
 * ancestors is an approximation that errs towards measuring more pairs).
 */

const HEADING_SCALE: Record<string, number> = { h1: 2, h2: 1.5, h3: 1.17, h4: 1, h5: 0.83, h6: 0.67 };
const BOLD_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'th', 'strong']);
const WEIGHTS: Record<string, number> = { normal: 400, bold: 700, bolder: 700, lighter: 300 };
const COLOR_PROPS = ['color', 'backgroundColor', 'opacity'] as const;

function declared(node: ElementNode, state: ContrastState, prop: keyof Declarations): string | undefined {
  const v = (state !== 'base' ? node.style?.[state]?.[prop] : undefined) ?? node.style?.base?.[prop];
  return v === 'inherit' ? undefined : v;
}

/** Resolves a style value ("{color.primary}", "#fff", "{font.size.lg}") to CSS text through the token set. */
function cssOf(value: string, tokens: TokenSet): string | undefined {
  const v = value.trim();
  if (isTokenRef(v)) return tokens.tokens[tokenPathOf(v)]?.css;
  return /\{/.test(v) ? undefined : v;
}

function fontSizePx(chain: ElementVisit[], state: ContrastState, tokens: TokenSet): number {
  // Browser default heading sizes are em-relative to the parent's size.
  let scale = 1;
  for (const { node } of chain) {
    const v = declared(node, state, 'fontSize');
    const px = v ? toPx(cssOf(v, tokens) ?? '') : undefined;
    if (px !== undefined) return px * scale;
    scale *= HEADING_SCALE[node.tag] ?? 1;
  }
  return 16 * scale;
}

function isBold(chain: ElementVisit[], state: ContrastState, tokens: TokenSet): boolean {
  for (const { node } of chain) {
    const v = declared(node, state, 'fontWeight');
    const css = v ? cssOf(v, tokens)?.toLowerCase() : undefined;
    if (css !== undefined) return (WEIGHTS[css] ?? Number(css)) >= 700;
    if (BOLD_TAGS.has(node.tag)) return true;
  }
  return false;
}

function opacityOf(node: ElementNode, state: ContrastState): number {
  const v = declared(node, state, 'opacity');
  if (!v) return 1;
  const n = v.trim().endsWith('%') ? Number.parseFloat(v) / 100 : Number(v);
  return Number.isFinite(n) ? Math.max(0, Math.min(1, n)) : 1;
}

type Measured = Omit<ContrastPair, 'path' | 'state' | 'required' | 'passes' | 'note' | 'ratio' | 'largeText'> & { ratio: number };

function measure(chain: ElementVisit[], state: ContrastState, tokens: TokenSet): Measured | string {
  const colorOf = (value: string, what: string): Rgba | string => {
    const css = cssOf(value, tokens);
    const c = css === undefined ? undefined : parseColor(css);
    return c ?? `the ${what} "${value}" is not a colour the token set resolves`;
  };
  const fgSource = chain.map(({ node }) => declared(node, state, 'color')).find((v) => v !== undefined);
  const foreground = fgSource ?? (tokens.tokens['color.text'] ? '{color.text}' : '#000000');
  const fg = colorOf(foreground, 'text colour');
  if (typeof fg === 'string') return fg;

  let background: string | undefined;
  let textPixel = fg;
  let backPixel = TRANSPARENT;
  for (const { node } of chain) {
    const bgValue = declared(node, state, 'backgroundColor');
    if (bgValue !== undefined) {
      const bg = bgValue.trim().toLowerCase() === 'currentcolor' ? fg : colorOf(bgValue, 'background');
      if (typeof bg === 'string') return bg;
      background ??= bgValue;
      textPixel = composite(textPixel, bg);
      backPixel = composite(backPixel, bg);
    }
    const opacity = opacityOf(node, state);
    textPixel = { ...textPixel, alpha: textPixel.alpha * opacity };
    backPixel = { ...backPixel, alpha: backPixel.alpha * opacity };
  }
  const pageValue = tokens.tokens['color.background'] ? '{color.background}' : '#ffffff';
  const page = colorOf(pageValue, 'page background');
  const pageColor = typeof page === 'string' ? WHITE : composite(page, WHITE);
  const text = composite(textPixel, pageColor);
  const back = composite(backPixel, pageColor);
  // Both are opaque here, so tokens/contrast measures exactly these two colours.
  const ratio = contrastRatio(toCss(text), toCss(back));
  if (ratio === undefined) return 'the composited colours could not be measured';
  return {
    foreground,
    background: background ?? pageValue,
    foregroundColor: toHex(text),
    backgroundColor: toHex(back),
    ratio,
  };
}

const changesColour = (chain: ElementVisit[], state: ContrastState): boolean =>
  chain.some(({ node }) => COLOR_PROPS.some((p) => node.style?.[state as Exclude<ContrastState, 'base'>]?.[p] !== undefined));

export function contrastPairs(elements: readonly ElementVisit[], tokens: TokenSet): { pairs: ContrastPair[]; issues: A11yIssue[] } {
  const pairs: ContrastPair[] = [];
  const issues: A11yIssue[] = [];
  for (const visit of elements) {
    // aria-hidden text is still seen, so it is measured too.
    if (!ownsText(visit.node)) continue;
    const chain = [visit, ...ancestorsOf(visit)];
    const alwaysDisabled = chain.some(({ node }) => node.attrs?.disabled === true);
    for (const state of CONTRAST_STATES) {
      if (state !== 'base' && !changesColour(chain, state)) continue;
      const m = measure(chain, state, tokens);
      if (typeof m === 'string') {
        issues.push({ rule: 'contrast-unresolved', severity: 'warning', message: `Contrast not measured (${state}): ${m}.`, path: visit.path, wcag: '1.4.3' });
        continue;
      }
      const size = fontSizePx(chain, state, tokens);
      const largeText = size >= 24 || (size >= 18.66 && isBold(chain, state, tokens));
      const required = largeText ? 3 : 4.5;
      const exempt = state === 'disabled' || alwaysDisabled;
      pairs.push({
        path: visit.path,
        state,
        ...m,
        ratio: Math.round(m.ratio * 100) / 100,
        required,
        largeText,
        passes: exempt || m.ratio >= required,
        ...(exempt ? { note: 'Disabled controls are exempt from the contrast minimum (WCAG 1.4.3); measured for information.' } : {}),
      });
    }
  }
  return { pairs, issues };
}

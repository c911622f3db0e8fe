import type { StyleState } from '../spec/style.js';

/**
 * The selectors an import can resolve against the pasted, static markup:
 * compounds of tag, #id and .classes joined by descendant (" ") or child
 * (">") combinators, with an optional state pseudo-class on the last
 * compound. Matching happens once at import time, so ".card h3" simply
 * styles the h3 elements inside .card. Everything else (siblings, attribute
 * selectors, structural pseudo-classes, pseudo-elements) is rejected with a
 * reason the import reports.
 */
export interface Compound {
  tag?: string;
  id?: string;
  classes: string[];
  /** How this compound relates to the one after it (to its right). */
  combinator?: ' ' | '>';
}

export interface ParsedSelector {
  compounds: Compound[];
  state?: StyleState;
  /** ids × 10000 + (classes + pseudo-classes) × 100 + tags. */
  specificity: number;
}

/** The element shape matching needs (a parse5 element satisfies it through an adapter). */
export interface MatchTarget {
  tag: string;
  id: string | undefined;
  classes: ReadonlySet<string>;
  parent: MatchTarget | undefined;
}

const STATE_PSEUDO: Record<string, StyleState> = { hover: 'hover', 'focus-visible': 'focusVisible', focus: 'focusVisible', active: 'active', disabled: 'disabled' };
const IDENT = /^-?[_a-zA-Z][\w-]*/;
const MAX_COMPOUNDS = 8;

const MAX_SELECTOR_CHARS = 300;

export function parseSelector(selector: string): ParsedSelector | { error: string } {
  const s = selector.trim();
  if (s.length > MAX_SELECTOR_CHARS) return { error: `selectors longer than ${MAX_SELECTOR_CHARS} characters are not resolved` };
  if (/::|:(before|after)\b/.test(s)) return { error: 'pseudo-elements (::before, ::after…) cannot be expressed in a spec' };
  if (/[+~[]/.test(s)) return { error: 'sibling and attribute selectors cannot be resolved into a spec' };
  const compounds: Compound[] = [];
  let state: StyleState | undefined;
  let current: Compound = { classes: [] };
  const counts = { ids: 0, classes: 0, tags: 0 };
  let i = 0;
  let empty = true;
  const close = (combinator: ' ' | '>') => {
    if (empty) return false;
    current.combinator = combinator;
    compounds.push(current);
    current = { classes: [] };
    empty = true;
    return true;
  };
  while (i < s.length) {
    const rest = s.slice(i);
    const ws = /^\s*>\s*|^\s+/.exec(rest);
    if (ws) {
      if (state) return { error: 'a state pseudo-class is only supported on the last part of a selector' };
      if (!close(ws[0].includes('>') ? '>' : ' ')) return { error: 'a combinator needs an element on both sides' };
      i += ws[0].length;
      continue;
    }
    const ch = rest[0]!;
    if (ch === '*' && empty) {
      i += 1;
      empty = false;
      continue;
    }
    const ident = IDENT.exec(ch === '.' || ch === '#' || ch === ':' ? rest.slice(1) : rest)?.[0];
    if (!ident) return { error: `"${selector}" is not a selector the import understands` };
    if (state) return { error: 'a state pseudo-class must come last' };
    if (ch === '.') {
      current.classes.push(ident);
      counts.classes += 1;
    } else if (ch === '#') {
      current.id = ident;
      counts.ids += 1;
    } else if (ch === ':') {
      const mapped = STATE_PSEUDO[ident.toLowerCase()];
      if (!mapped || rest[1 + ident.length] === '(') return { error: `:${ident} has no equivalent in a spec (states: hover, focus-visible, active, disabled)` };
      state = mapped;
      counts.classes += 1;
    } else if (empty) {
      current.tag = ident.toLowerCase();
      counts.tags += 1;
    } else return { error: `"${selector}" is not a selector the import understands` };
    empty = ch === ':' ? empty : false;
    i += (ch === '.' || ch === '#' || ch === ':' ? 1 : 0) + ident.length;
  }
  if (empty && !state) return { error: 'a selector cannot end with a combinator' };
  compounds.push(current);
  if (compounds.length > MAX_COMPOUNDS) return { error: `selectors with more than ${MAX_COMPOUNDS} parts are not resolved` };
  const specificity = counts.ids * 10000 + counts.classes * 100 + counts.tags;
  return state ? { compounds, state, specificity } : { compounds, specificity };
}

const matchesCompound = (c: Compound, el: MatchTarget): boolean =>
  (c.tag === undefined || c.tag === el.tag) && (c.id === undefined || c.id === el.id) && c.classes.every((k) => el.classes.has(k));

/**
 * Whether an element matches, right to left with backtracking over
 * descendant combinators; the step budget bounds adversarial selectors.
 */
export function matchesSelector(selector: ParsedSelector, el: MatchTarget): boolean {
  let budget = 2000;
  const { compounds } = selector;
  const match = (index: number, target: MatchTarget): boolean => {
    if (--budget < 0) return false;
    const compound = compounds[index]!;
    if (!matchesCompound(compound, target)) return false;
    if (index === 0) return true;
    const combinator = compounds[index - 1]!.combinator;
    if (combinator === '>') return target.parent !== undefined && match(index - 1, target.parent);
    for (let p = target.parent; p; p = p.parent) if (match(index - 1, p)) return true;
    return false;
  };
  return match(compounds.length - 1, el);
}

import { A11y, AttributeName, Attributes, TAGS, type ElementNode, type Tag } from '../spec/schema.js';
import type { ImportLog } from './import-log.js';

/**
 * What happens to each pasted element and attribute. Elements of the spec's
 * whitelist are kept; a few presentational ones are renamed to their
 * semantic twin; executable or embedded content is dropped with its
 * children; any other element is unwrapped (its children kept). Attributes
 * outside the spec's whitelist, event handlers and unsafe URLs are reported.
 */
export type TagDecision =
  | { action: 'keep'; tag: Tag }
  | { action: 'unwrap'; reason: string }
  | { action: 'drop'; reason: string };

const KNOWN_TAGS = new Set<string>(TAGS);
const RENAMED: Record<string, Tag> = { b: 'strong', i: 'em', menu: 'ul' };
const DROPPED: Record<string, string> = {
  script: 'scripts are never imported: a spec describes behaviour with events and actions',
  noscript: 'script fallbacks are not part of a spec',
  iframe: 'embedded documents cannot be part of a spec',
  frame: 'embedded documents cannot be part of a spec',
  frameset: 'embedded documents cannot be part of a spec',
  object: 'embedded objects cannot be part of a spec',
  embed: 'embedded objects cannot be part of a spec',
  applet: 'embedded objects cannot be part of a spec',
  template: 'inert templates are not part of a spec; use conditionals and lists',
  link: 'external resources are not loaded; paste the CSS in a <style> element',
  meta: 'document metadata is not part of a component',
  base: 'document metadata is not part of a component',
  title: 'document metadata is not part of a component',
  head: 'document metadata is not part of a component',
  video: 'media elements are not in the spec\'s element set',
  audio: 'media elements are not in the spec\'s element set',
  canvas: 'canvas drawing needs script',
  math: 'MathML is not in the spec\'s element set',
  slot: 'web component slots are not part of a spec',
};

export function decideTag(name: string, inSvg: boolean): TagDecision {
  const tag = name.toLowerCase();
  if (inSvg && !KNOWN_TAGS.has(name) && tag !== 'script') return { action: 'drop', reason: 'this SVG element is not in the spec\'s element set' };
  if (DROPPED[tag]) return { action: 'drop', reason: DROPPED[tag] };
  if (KNOWN_TAGS.has(tag)) return { action: 'keep', tag: tag as Tag };
  if (RENAMED[tag]) return { action: 'keep', tag: RENAMED[tag] };
  return { action: 'unwrap', reason: 'not in the spec\'s element set; its content was kept' };
}

export interface ConvertedAttributes {
  attrs: NonNullable<ElementNode['attrs']>;
  a11y: A11y;
  classes: string[];
  id: string | undefined;
  style: string | undefined;
}

const BOOLEAN = new Set(['required', 'disabled', 'checked', 'readonly', 'open', 'selected', 'multiple']);
const NUMERIC = new Set(['tabindex', 'colspan', 'rowspan', 'rows', 'cols', 'maxlength', 'minlength']);
const BOOL_ARIA: Record<string, 'expanded' | 'pressed' | 'selected' | 'checked' | 'hidden' | 'modal'> = {
  'aria-expanded': 'expanded', 'aria-pressed': 'pressed', 'aria-selected': 'selected', 'aria-checked': 'checked', 'aria-hidden': 'hidden', 'aria-modal': 'modal',
};
const TEXT_ARIA: Record<string, 'label' | 'labelledBy' | 'describedBy' | 'controls'> = {
  'aria-label': 'label', 'aria-labelledby': 'labelledBy', 'aria-describedby': 'describedBy', 'aria-controls': 'controls',
};
const ENUM_ARIA: Record<string, 'current' | 'live' | 'hasPopup' | 'role'> = { 'aria-current': 'current', 'aria-live': 'live', 'aria-haspopup': 'hasPopup', role: 'role' };
const NUMBER_ARIA: Record<string, 'valueNow' | 'valueMin' | 'valueMax'> = { 'aria-valuenow': 'valueNow', 'aria-valuemin': 'valueMin', 'aria-valuemax': 'valueMax' };

/** Converts one element's attributes; whatever the spec cannot hold is reported with the element's path. */
export function convertAttributes(list: ReadonlyArray<{ name: string; value: string }>, path: string, log: ImportLog): ConvertedAttributes {
  const out: ConvertedAttributes = { attrs: {}, a11y: {}, classes: [], id: undefined, style: undefined };
  const a11y: Record<string, unknown> = {};
  for (const { name: rawName, value } of list) {
    const name = rawName.toLowerCase() === 'viewbox' ? 'viewBox' : rawName;
    const lower = name.toLowerCase();
    const reject = (reason: string) => log.report(`${lower}="${value.length > 60 ? `${value.slice(0, 57)}…` : value}"`, reason, path);
    if (lower === 'class') out.classes = value.split(/\s+/).filter(Boolean).slice(0, 200);
    else if (lower === 'style') out.style = value;
    else if (lower.startsWith('on')) reject('inline event handlers are never imported: bind events to spec actions instead');
    else if (lower in BOOL_ARIA) {
      if (value === 'true' || value === 'false') a11y[BOOL_ARIA[lower]!] = value === 'true';
      else reject('only "true" or "false" is supported');
    } else if (lower in TEXT_ARIA) a11y[TEXT_ARIA[lower]!] = value;
    else if (lower in ENUM_ARIA) {
      if (value !== 'false') a11y[ENUM_ARIA[lower]!] = value;
    } else if (lower in NUMBER_ARIA) {
      if (Number.isFinite(Number(value)) && value.trim() !== '') a11y[NUMBER_ARIA[lower]!] = Number(value);
      else reject('not a number');
    } else if (AttributeName.safeParse(name).success) {
      if (value.length > 2000) {
        reject('longer than the 2000 characters a spec attribute holds');
        continue;
      }
      const converted = BOOLEAN.has(name) ? true : NUMERIC.has(name) && /^-?\d+$/.test(value) ? Number(value) : value;
      if (!Attributes.safeParse({ [name]: converted }).success) {
        reject(/^\s*(javascript|vbscript):/i.test(value) ? 'javascript: URLs are never imported' : 'only http(s), mailto, tel, relative and # URLs are allowed');
        continue;
      }
      if (name === 'id') out.id = value;
      (out.attrs as Record<string, unknown>)[name] = converted;
    } else reject(lower.startsWith('aria-') ? 'this ARIA attribute is not in the spec\'s accessibility set' : 'not an attribute the spec can hold');
  }
  // Validate each ARIA value on its own, so one bad value does not lose the others.
  for (const [key, value] of Object.entries(a11y)) {
    if (A11y.safeParse({ [key]: value }).success) (out.a11y as Record<string, unknown>)[key] = value;
    else log.report(`${key === 'role' ? 'role' : `aria ${key}`}="${String(value)}"`, 'not a value the spec\'s accessibility set allows', path);
  }
  return out;
}

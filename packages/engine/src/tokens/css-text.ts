/**
 * Small CSS text helpers shared by the importers, the value codec and the
 * exporters. Token values end up inside <style> elements of preview
 * documents, so anything that could escape a declaration is refused here.
 */

/** A number as short CSS text: at most `digits` decimals, no trailing zeros, no "-0". */
export function formatNumber(n: number, digits = 4): string {
  const rounded = Number(n.toFixed(digits));
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/**
 * Splits at `separator` outside parentheses and quotes: "a, b(c, d)" → ["a",
 * "b(c, d)"]. With " " every run of whitespace separates. Empty parts are dropped.
 */
export function splitTopLevel(text: string, separator: ',' | ' '): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let current = '';
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quote) {
      current += ch;
      if (ch === '\\' && i + 1 < text.length) current += text[++i];
      else if (ch === quote) quote = '';
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(') depth += 1;
    else if (ch === ')') depth -= 1;
    const splits = depth === 0 && (separator === ' ' ? /\s/.test(ch) : ch === separator);
    if (splits) {
      if (current.trim() !== '') parts.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim() !== '') parts.push(current.trim());
  return parts;
}

/**
 * True when `css` can sit in `--x: <css>;` without ending the declaration,
 * the rule or the <style> element, and loads nothing: balanced parentheses
 * and quotes, no ; { } < ! outside strings, no url()/expression()/@import,
 * no newline or "<" inside strings.
 */
export function isSafeCssValue(css: string): boolean {
  if (/url\s*\(|expression\s*\(|@import|\/\*|\*\//i.test(css)) return false;
  let depth = 0;
  let quote = '';
  for (let i = 0; i < css.length; i += 1) {
    const ch = css[i]!;
    if (quote) {
      if (ch === '\\') i += 1;
      else if (ch === quote) quote = '';
      else if (ch === '\n' || ch === '\r' || ch === '<') return false;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(') depth += 1;
    else if (ch === ')') {
      depth -= 1;
      if (depth < 0) return false;
    } else if (';{}<>!\\'.includes(ch)) return false;
  }
  return depth === 0 && quote === '';
}

/** Collapses whitespace runs (multi-line custom property values) to single spaces. */
export const collapseWhitespace = (text: string): string => text.replace(/\s+/g, ' ').trim();

const GENERIC_FAMILIES = new Set([
  'serif',
  'sans-serif',
  'monospace',
  'cursive',
  'fantasy',
  'system-ui',
  'ui-serif',
  'ui-sans-serif',
  'ui-monospace',
  'ui-rounded',
  'math',
  'emoji',
  'fangsong',
]);

/** Removes one level of CSS string quotes and their escapes. */
export function unquote(text: string): string {
  const t = text.trim();
  if (t.length >= 2 && (t[0] === '"' || t[0] === "'") && t[t.length - 1] === t[0]) {
    return t.slice(1, -1).replace(/\\(.)/g, '$1');
  }
  return t;
}

/** Family names that are not plain identifiers are quoted; generic families never are. */
export function quoteFontFamily(name: string): string {
  if (GENERIC_FAMILIES.has(name.toLowerCase())) return name.toLowerCase();
  if (/^-?[A-Za-z_][A-Za-z0-9_-]*$/.test(name)) return name;
  const escaped = name.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[<>\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `);
  return `"${escaped}"`;
}

export const formatFontFamily = (families: readonly string[]): string => families.map(quoteFontFamily).join(', ');

/** "Inter, 'Segoe UI', sans-serif" → ["Inter", "Segoe UI", "sans-serif"]. */
export const parseFontFamilyList = (text: string): string[] => splitTopLevel(text, ',').map(unquote).filter((f) => f !== '');

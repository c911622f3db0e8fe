import postcss, { type ChildNode, type Container } from 'postcss';
import { collapseWhitespace } from './css-text.js';
import { TOKEN_LIMITS, tokenError } from './token-error.js';

/**
 * Reads the custom properties of a CSS file with postcss. A file may define
 * a variable several times; the token set describes the default theme, so:
 * declarations in unconditional `:root`/`html`/`:host` rules or `@theme`
 * blocks ("default" context) win, the last one as in the cascade; a variable
 * defined only elsewhere (`.dark`, `@media (prefers-color-scheme: dark)`)
 * takes its first definition. `@layer` is transparent.
 */
export interface CssVariable {
  name: string;
  value: string;
  line?: number;
}

const ROOT_SELECTORS = new Set([':root', 'html', ':host', '*', ':where(:root)', ':root:root']);
const isRootRule = (selector: string) =>
  selector
    .split(',')
    .map((s) => s.trim())
    .every((s) => ROOT_SELECTORS.has(s));

export function readCssVariables(source: string): CssVariable[] {
  if (typeof source !== 'string') throw tokenError('INVALID_TOKEN_FILE', 'A CSS token file must be given as text.');
  let root;
  try {
    root = postcss.parse(source);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw tokenError('INVALID_TOKEN_FILE', `The CSS does not parse: ${reason}`);
  }
  const preferred = new Map<string, CssVariable>();
  const fallback = new Map<string, CssVariable>();
  const order: string[] = [];
  let visited = 0;
  // Iterative, with a depth bound: nesting is legal CSS but never this deep in a token file.
  // "neutral" until a rule or at-rule decides: only @layer keeps it so.
  type Context = 'neutral' | 'default' | 'other';
  const stack: Array<{ node: ChildNode; depth: number; context: Context }> = [];
  const pushChildren = (container: Container, depth: number, context: Context) => {
    const nodes = container.nodes ?? [];
    for (let i = nodes.length - 1; i >= 0; i -= 1) stack.push({ node: nodes[i]!, depth, context });
  };
  pushChildren(root, 0, 'neutral');
  while (stack.length > 0) {
    const { node, depth, context } = stack.pop()!;
    if (++visited > TOKEN_LIMITS.maxNodes) throw tokenError('TOKEN_FILE_TOO_LARGE', `The CSS has more than ${TOKEN_LIMITS.maxNodes} nodes.`);
    if (depth > TOKEN_LIMITS.maxDepth) throw tokenError('TOKEN_FILE_TOO_DEEP', `Rules are nested more than ${TOKEN_LIMITS.maxDepth} levels deep.`);
    if (node.type === 'rule') pushChildren(node, depth + 1, context !== 'other' && isRootRule(node.selector) ? 'default' : 'other');
    else if (node.type === 'atrule') {
      const name = node.name.toLowerCase();
      const next: Context = name === 'layer' ? context : name === 'theme' && context !== 'other' ? 'default' : 'other';
      pushChildren(node, depth + 1, next);
    } else if (node.type === 'decl' && node.prop.startsWith('--')) {
      const variable: CssVariable = { name: node.prop, value: collapseWhitespace(node.value) };
      if (node.source?.start) variable.line = node.source.start.line;
      if (!preferred.has(node.prop) && !fallback.has(node.prop)) {
        if (order.length >= TOKEN_LIMITS.maxTokens) throw tokenError('TOKEN_FILE_TOO_LARGE', `The CSS defines more than ${TOKEN_LIMITS.maxTokens} custom properties.`);
        order.push(node.prop);
      }
      if (context === 'default') preferred.set(node.prop, variable);
      else if (!fallback.has(node.prop)) fallback.set(node.prop, variable);
    }
  }
  return order.map((name) => preferred.get(name) ?? fallback.get(name)!);
}

/** A part of a value: literal text, or a var() reference to another variable. */
export type ValuePart = string | { variable: string };

/**
 * Splits a value at its var() references. A reference to a variable the file
 * does not define falls back to its var() fallback when it has one (itself
 * split the same way); otherwise it stays a reference, and the caller reports it.
 */
export function splitVarReferences(value: string, defined: (name: string) => boolean, depth = 0): ValuePart[] {
  const parts: ValuePart[] = [];
  let rest = value;
  for (;;) {
    const at = rest.search(/var\(\s*--/i);
    if (at < 0 || depth > 8) break;
    if (at > 0) parts.push(rest.slice(0, at));
    let level = 0;
    let end = at;
    for (; end < rest.length; end += 1) {
      if (rest[end] === '(') level += 1;
      else if (rest[end] === ')' && --level === 0) break;
    }
    const inner = rest.slice(at + 4, end).trim();
    const comma = inner.indexOf(',');
    const name = (comma < 0 ? inner : inner.slice(0, comma)).trim();
    const fallbackText = comma < 0 ? undefined : inner.slice(comma + 1).trim();
    if (!defined(name) && fallbackText !== undefined) parts.push(...splitVarReferences(fallbackText, defined, depth + 1));
    else parts.push({ variable: name });
    rest = rest.slice(end + 1);
  }
  if (rest !== '') parts.push(rest);
  return parts;
}

import type { Literal, Tag } from '../spec/schema.js';
import type { EachModel, ElementModel, IfModel, NodeModel, Ref } from './model.js';

/**
 * The template walker shared by the markup targets (HTML, JSX, Vue, Svelte,
 * Angular). It owns layout — indentation, attribute wrapping, when children
 * sit on one line — and asks a dialect for everything syntax-specific: text
 * escaping, bindings, attributes, conditionals and lists.
 *
 * Layout rule: whitespace between tags is only added where it cannot change
 * rendering. An element's children go one per line ("block") when they are
 * all block-level elements, or when the element is a flex/grid container
 * (whitespace between flex/grid items is not rendered). Otherwise ("inline"),
 * text, bindings and phrasing elements are written on one line with no added
 * whitespace, so every target renders the same text runs.
 */

/** Item values of enclosing lists by item variable (used by the static HTML target, which evaluates). */
export type Scope = ReadonlyMap<string, Readonly<Record<string, Literal>>>;

export interface TemplateDialect {
  /** Static text, escaped for the dialect; `edges` says whether it opens/closes its element or block. */
  text(value: string, edges: { readonly first: boolean; readonly last: boolean }): string;
  /** A binding rendered as text: `{{ title }}`, `{title}`. */
  bind(ref: Ref, scope: Scope): string;
  /** The element's attributes, printed: `class="…"`, `:aria-pressed="selected"`, `onClick={…}`. */
  attributes(element: ElementModel, scope: Scope): readonly string[];
  tagOf?(element: ElementModel): string;
  /** JSX writes a childless element as `<div />`; HTML-like templates write `<div></div>`. */
  readonly selfCloseEmpty: boolean;
  /** How a void element's tag ends: `>` (HTML) or ` />`. */
  readonly voidClose: '>' | ' />';
  if(node: IfModel, printer: TemplatePrinter, scope: Scope, inline: boolean): string[];
  each(node: EachModel, printer: TemplatePrinter, scope: Scope, inline: boolean): string[];
}

export interface TemplatePrinter {
  /** Nodes as lines (block), or as a single line (inline). */
  nodes(nodes: readonly NodeModel[], scope: Scope, inline: boolean): string[];
  /** One element; `leading` attributes come first (Vue's v-if/v-for, JSX's key). */
  element(element: ElementModel, scope: Scope, inline: boolean, leading?: readonly string[]): string[];
}

/** An if whose else is a single if reads as `if / else if / … / else`: the chain of branches, then the final else. */
export function ifChain(node: IfModel): { branches: Array<{ condition: IfModel['condition']; nodes: readonly NodeModel[] }>; otherwise: readonly NodeModel[] } {
  const branches: Array<{ condition: IfModel['condition']; nodes: readonly NodeModel[] }> = [];
  let current: IfModel = node;
  for (;;) {
    branches.push({ condition: current.condition, nodes: current.then });
    const next = current.else.length === 1 && current.else[0]!.kind === 'if' ? current.else[0] : undefined;
    if (!next) return { branches, otherwise: current.else };
    current = next;
  }
}

export const indent = (lines: readonly string[], by = '  '): string[] => lines.map((line) => (line === '' ? '' : `${by}${line}`));

const BLOCK_TAGS: ReadonlySet<Tag> = new Set([
  'div', 'section', 'article', 'header', 'footer', 'nav', 'main', 'aside', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p',
  'ul', 'ol', 'li', 'form', 'fieldset', 'legend', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'caption', 'figure',
  'figcaption', 'dialog', 'details', 'summary', 'blockquote', 'pre', 'hr', 'option', 'path', 'circle', 'rect', 'line',
  'polyline', 'g',
]);
const FLEX_OR_GRID = /^(inline-)?(flex|grid)$/;
const ATTRIBUTE_WRAP = 90;

/** Nodes an element's layout depends on: its children, looking through conditionals and lists. */
function flatChildren(nodes: readonly NodeModel[]): NodeModel[] {
  return nodes.flatMap((n) => (n.kind === 'if' ? flatChildren([...n.then, ...n.else]) : n.kind === 'each' ? flatChildren(n.children) : [n]));
}

function isFlexOrGrid(element: ElementModel): boolean {
  const base = element.style?.base?.display;
  const overrides = Object.values(element.style?.responsive ?? {}).flatMap((d) => (d?.display ? [d.display] : []));
  return base !== undefined && [base, ...overrides].every((d) => FLEX_OR_GRID.test(d.trim()));
}

/** Block (one child per line) or inline (children on one line, no whitespace added). */
export function layoutOf(element: ElementModel): 'block' | 'inline' {
  if (element.tag === 'pre' || element.tag === 'textarea' || /pre/.test(element.style?.base?.whiteSpace ?? '')) return 'inline';
  const kids = flatChildren(element.children);
  if (kids.some((k) => k.kind === 'text' || k.kind === 'bind')) return 'inline';
  if (element.tag === 'svg' || element.tag === 'g' || isFlexOrGrid(element)) return 'block';
  return kids.every((k) => k.kind === 'element' && BLOCK_TAGS.has(k.tag)) ? 'block' : 'inline';
}

export function createPrinter(dialect: TemplateDialect): TemplatePrinter {
  const printer: TemplatePrinter = {
    nodes(nodes, scope, inline) {
      if (inline) {
        return [
          nodes
            .map((node, i) => {
              switch (node.kind) {
                case 'text':
                  return dialect.text(node.value, { first: i === 0, last: i === nodes.length - 1 });
                case 'bind':
                  return dialect.bind(node.ref, scope);
                case 'element':
                  return printer.element(node, scope, true).join(' ');
                case 'if':
                  return dialect.if(node, printer, scope, true).join('');
                case 'each':
                  return dialect.each(node, printer, scope, true).join('');
              }
            })
            .join(''),
        ];
      }
      return nodes.flatMap((node, i) => {
        switch (node.kind) {
          case 'text':
            return [dialect.text(node.value, { first: i === 0, last: i === nodes.length - 1 })];
          case 'bind':
            return [dialect.bind(node.ref, scope)];
          case 'element':
            return printer.element(node, scope, false);
          case 'if':
            return dialect.if(node, printer, scope, false);
          case 'each':
            return dialect.each(node, printer, scope, false);
        }
      });
    },

    element(element, scope, inline, leading = []) {
      const tag = dialect.tagOf?.(element) ?? element.tag;
      const attrs = [...leading, ...dialect.attributes(element, scope)];
      const open = `<${tag}${attrs.map((a) => ` ${a}`).join('')}`;
      // Line breaks between attributes never create text, so wrapping is safe in every dialect.
      const wrap = !inline && attrs.length > 1 && open.length > ATTRIBUTE_WRAP;
      const head = (end: string): string[] => (wrap ? [`<${tag}`, ...indent(attrs), end.trimStart()] : [`${open}${end}`]);
      if (element.isVoid) return head(dialect.voidClose);
      if (element.children.length === 0) return head(dialect.selfCloseEmpty ? ' />' : `></${tag}>`);
      if (inline || layoutOf(element) === 'inline') {
        const content = printer.nodes(element.children, scope, true)[0] ?? '';
        return head(`>${content}</${tag}>`);
      }
      return [...head('>'), ...indent(printer.nodes(element.children, scope, false)), `</${tag}>`];
    },
  };
  return printer;
}

import postcss from 'postcss';
import type { DefaultTreeAdapterTypes as P5 } from 'parse5';
import { VOID_TAGS, type ElementNode, type SpecNode, type Tag } from '../spec/schema.js';
import { SPEC_LIMITS } from '../spec/validate-spec.js';
import type { TokenSet } from '../tokens/model.js';
import { convertDeclaration, type ConvertContext } from './css-declarations.js';
import { matchesSelector, type MatchTarget } from './css-selector.js';
import type { Stylesheet } from './css-stylesheet.js';
import { convertAttributes, decideTag } from './html-elements.js';
import type { ImportLog } from './import-log.js';
import { StyleDraft } from './style-draft.js';
import { readClasses, type ClassContext } from './tailwind-classes.js';

/**
 * Builds spec nodes from parse5 nodes: elements through the tag and
 * attribute policy (html-elements), styles through the cascade of Tailwind
 * utilities → matching stylesheet rules (by specificity, then order) →
 * the style attribute, text with HTML whitespace collapsing. Work is bounded:
 * the spec's depth and node limits (SPEC_LIMITS) and a bound on the pasted
 * HTML's own nesting; whatever is cut is reported once as truncation.
 */
export interface BuildContext {
  tokens: TokenSet;
  log: ImportLog;
  sheet: Stylesheet;
  classes: ClassContext;
  nodes: number;
  truncated: Set<string>;
  /** Non-utility class names and ids per built element, for naming. */
  nameHints: Map<ElementNode, string[]>;
}

/** Nesting of the pasted HTML we follow through unwrapped elements (the spec itself stops at SPEC_LIMITS.maxDepth). */
const MAX_HTML_DEPTH = 256;
const MAX_TEXT = 5000;
/** The schema's bound on one element's children. */
const MAX_CHILDREN = 500;
const INLINE = new Set(['a', 'span', 'strong', 'em', 'small', 'code', 'cite', 'time', 'label', 'button', 'img', 'input', 'select', 'textarea', 'br', 'svg', 'progress']);
const isElement = (n: P5.ChildNode): n is P5.Element => 'tagName' in n;
const SVG_NS = 'http://www.w3.org/2000/svg';

function truncate(ctx: BuildContext, reason: string): void {
  if (ctx.truncated.has(reason)) return;
  ctx.truncated.add(reason);
  ctx.log.report('document', reason);
}

/** An element's children; an HTML <template> keeps them in its content fragment (an SVG one does not). */
export const childrenOf = (el: P5.Element): P5.ChildNode[] => ('content' in el && el.content ? (el as P5.Template).content.childNodes : el.childNodes);

const attrsOf = (el: P5.Element) => el.attrs.map((a) => ({ name: a.prefix ? `${a.prefix}:${a.name}` : a.name, value: a.value }));

export function targetOf(el: P5.Element, parent: MatchTarget | undefined): MatchTarget {
  const attr = (name: string) => el.attrs.find((a) => a.name === name && !a.prefix)?.value;
  return { tag: el.tagName.toLowerCase(), id: attr('id'), classes: new Set((attr('class') ?? '').split(/\s+/).filter(Boolean)), parent };
}

function styleOf(el: P5.Element, target: MatchTarget, converted: ReturnType<typeof convertAttributes>, isRoot: boolean, path: string, ctx: BuildContext) {
  const draft = new StyleDraft();
  const convert: ConvertContext = { tokens: ctx.tokens, log: ctx.log, vars: ctx.sheet.vars, where: path };
  if (isRoot) draft.set('base', ctx.sheet.inherited);
  const tailwind = readClasses(converted.classes, ctx.classes, path);
  for (const { bucket, css } of tailwind.rules) draft.set(bucket, css.flatMap(([p, v]) => convertDeclaration(p, v, convert)));
  const matching = ctx.sheet.rules
    .filter((rule) => matchesSelector(rule.selector, target))
    .sort((a, b) => a.selector.specificity - b.selector.specificity || a.order - b.order);
  for (const rule of matching) draft.set(rule.bucket, rule.declarations);
  if (converted.style !== undefined && converted.style.trim()) {
    try {
      for (const node of postcss.parse(converted.style).nodes) {
        if (node.type === 'decl') draft.set('base', convertDeclaration(node.prop, node.value, convert));
        else if (node.type !== 'comment') ctx.log.report(`style="${converted.style.slice(0, 60)}"`, 'only declarations are allowed in a style attribute', path);
      }
    } catch {
      ctx.log.report(`style="${converted.style.slice(0, 60)}"`, 'the style attribute could not be parsed', path);
    }
  }
  return { style: draft.toStyle(), names: tailwind.names };
}

/** Converts one element that the tag policy keeps. */
export function buildElement(el: P5.Element, tag: Tag, parent: MatchTarget | undefined, path: string, depth: number, htmlDepth: number, ctx: BuildContext): ElementNode {
  ctx.nodes += 1;
  const converted = convertAttributes(attrsOf(el), path, ctx.log);
  const target = targetOf(el, parent);
  const { style, names } = styleOf(el, target, converted, depth === 1, path, ctx);
  const node: ElementNode = { kind: 'element', tag };
  if (Object.keys(converted.attrs).length > 0) node.attrs = converted.attrs;
  if (Object.keys(converted.a11y).length > 0) node.a11y = converted.a11y;
  if (style) node.style = style;
  ctx.nameHints.set(node, converted.id ? [...names, converted.id] : names);
  if (!VOID_TAGS.has(tag)) {
    const source = childrenOf(el);
    const significant = source.some((c) => isElement(c) || ('value' in c && c.nodeName === '#text' && c.value.trim()));
    if (depth >= SPEC_LIMITS.maxDepth && significant) {
      truncate(ctx, `nested deeper than the spec's ${SPEC_LIMITS.maxDepth} levels; deeper content was cut`);
    } else {
      const pre = tag === 'pre' || tag === 'textarea';
      const children = buildChildren(source, target, `${path}.children`, depth + 1, htmlDepth + 1, ctx, el.namespaceURI === SVG_NS, pre);
      if (children.length > 0) node.children = children;
    }
  }
  return node;
}

/** Converts a list of parse5 children into spec children (unwrapped elements splice their content in). */
export function buildChildren(
  source: readonly P5.ChildNode[],
  parent: MatchTarget | undefined,
  base: string,
  depth: number,
  htmlDepth: number,
  ctx: BuildContext,
  inSvg: boolean,
  pre: boolean,
): SpecNode[] {
  const out: SpecNode[] = [];
  if (htmlDepth > MAX_HTML_DEPTH) {
    truncate(ctx, `the HTML is nested more than ${MAX_HTML_DEPTH} levels deep; deeper content was cut`);
    return out;
  }
  let pendingSpace = false;
  const last = () => out[out.length - 1];
  const pushText = (value: string) => {
    const prev = last();
    if (prev?.kind === 'text' && prev.value.length + value.length <= MAX_TEXT) prev.value += value;
    else {
      for (let i = 0; i < value.length && out.length < MAX_CHILDREN; i += MAX_TEXT) {
        ctx.nodes += 1;
        out.push({ kind: 'text', value: value.slice(i, i + MAX_TEXT) });
      }
    }
  };
  // HTML whitespace, simplified: runs collapse to one space, kept only between inline neighbours.
  const beforeNode = (inline: boolean) => {
    const prev = last();
    if (pendingSpace && inline && isInline(prev) && !(prev?.kind === 'text' && prev.value.endsWith(' '))) pushText(' ');
    if (!inline && prev?.kind === 'text') prev.value = prev.value.trimEnd();
    pendingSpace = false;
  };
  const visit = (nodes: readonly P5.ChildNode[], target: MatchTarget | undefined, level: number) => {
    for (const child of nodes) {
      if (ctx.nodes >= SPEC_LIMITS.maxNodes) {
        truncate(ctx, `more than ${SPEC_LIMITS.maxNodes} nodes; the rest of the document was cut`);
        return;
      }
      if (out.length >= MAX_CHILDREN) {
        truncate(ctx, `an element has more than ${MAX_CHILDREN} children; the rest were cut`);
        return;
      }
      if (child.nodeName === '#text' && 'value' in child) {
        if (pre) {
          pushText(child.value);
          continue;
        }
        const text = child.value.replace(/\s+/g, ' ');
        const core = text.trim();
        if (!core) {
          pendingSpace ||= text.length > 0;
          continue;
        }
        pendingSpace ||= text.startsWith(' ');
        beforeNode(true);
        pushText(core);
        pendingSpace = text.endsWith(' ');
        continue;
      }
      if (!isElement(child) || child.tagName === 'style') continue;
      const decision = decideTag(child.tagName, inSvg || child.namespaceURI === SVG_NS);
      if (decision.action === 'keep') {
        beforeNode(INLINE.has(decision.tag));
        out.push(buildElement(child, decision.tag, target, `${base}[${out.length}]`, depth, level, ctx));
        continue;
      }
      ctx.log.report(`<${child.tagName}>`, decision.reason, `${base}[${out.length}]`);
      if (decision.action === 'unwrap') {
        if (level + 1 > MAX_HTML_DEPTH) truncate(ctx, `the HTML is nested more than ${MAX_HTML_DEPTH} levels deep; deeper content was cut`);
        else visit(child.childNodes, targetOf(child, target), level + 1);
      }
    }
  };
  visit(source, parent, htmlDepth);
  const tail = last();
  if (!pre && tail?.kind === 'text') {
    tail.value = tail.value.trimEnd();
    if (!tail.value) out.pop();
  }
  return out;
}

const isInline = (n: SpecNode | undefined) => n !== undefined && (n.kind !== 'element' || INLINE.has(n.tag));

import type { ElementNode, SpecNode } from '../spec/schema.js';

/**
 * Read-only views of a spec tree shared by the quality rules. Walks are
 * iterative or depth-bounded so a hostile, unvalidated tree cannot exhaust
 * the stack; nothing here mutates the spec.
 */
export interface ElementVisit {
  node: ElementNode;
  /** JSON path, the same form validateSpec reports: "root.children[1].then[0]". */
  path: string;
  parent: ElementVisit | undefined;
}

/** Recursion bound for the helpers below; validated specs are at most 48 deep. */
const MAX_DEPTH = 64;

/** Every element in document order (if/else branches and list templates included once). */
export function collectElements(root: ElementNode): ElementVisit[] {
  const out: ElementVisit[] = [];
  const stack: Array<{ node: SpecNode; path: string; parent: ElementVisit | undefined }> = [{ node: root, path: 'root', parent: undefined }];
  const pushAll = (children: readonly SpecNode[] | undefined, base: string, parent: ElementVisit | undefined) => {
    if (!children) return;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, path: `${base}[${i}]`, parent });
  };
  while (stack.length > 0) {
    const { node, path, parent } = stack.pop()!;
    if (node.kind === 'element') {
      const visit: ElementVisit = { node, path, parent };
      out.push(visit);
      pushAll(node.children, `${path}.children`, visit);
    } else if (node.kind === 'if') {
      pushAll(node.else, `${path}.else`, parent);
      pushAll(node.then, `${path}.then`, parent);
    } else if (node.kind === 'each') {
      pushAll(node.children, `${path}.children`, parent);
    }
  }
  return out;
}

/** The ancestors of a visit, nearest first. */
export function ancestorsOf(visit: ElementVisit): ElementVisit[] {
  const out: ElementVisit[] = [];
  for (let p = visit.parent; p; p = p.parent) out.push(p);
  return out;
}

type AttrValue = NonNullable<ElementNode['attrs']>[keyof NonNullable<ElementNode['attrs']>];
export const attrOf = (node: ElementNode, name: keyof NonNullable<ElementNode['attrs']>): AttrValue | undefined => node.attrs?.[name];

/** A literal or bound value that will render as a non-empty string (bound values are assumed non-empty). */
export function isFilled(value: unknown): boolean {
  if (value === undefined || value === null || value === false) return false;
  if (typeof value === 'string') return value.trim().length > 0;
  return true;
}

export const hasAriaLabel = (node: ElementNode): boolean => isFilled(node.a11y?.label) || isFilled(node.a11y?.labelledBy);

/**
 * Whether the nodes render some text in every branch: text, bound values,
 * labelled descendants or the alt of an image (accessible name from content).
 * A conditional counts only when both branches render text.
 */
export function rendersText(nodes: readonly SpecNode[] | undefined, depth = 0): boolean {
  if (!nodes || depth > MAX_DEPTH) return false;
  return nodes.some((n) => nodeRendersText(n, depth + 1));
}

function nodeRendersText(node: SpecNode, depth: number): boolean {
  switch (node.kind) {
    case 'text':
      return node.value.trim().length > 0;
    case 'bind':
      return true;
    case 'if':
      return rendersText(node.then, depth) && rendersText(node.else, depth);
    case 'each':
      return node.items.length > 0 && rendersText(node.children, depth);
    case 'element':
      if (node.a11y?.hidden === true) return false;
      // Mobile-first: the base style is what the smallest screen gets, so text
      // hidden there (and only shown from a breakpoint up) names nothing on a phone.
      if (node.style?.base?.display === 'none' || node.style?.base?.visibility === 'hidden') return false;
      if (hasAriaLabel(node)) return true;
      if (node.tag === 'img') return isFilled(node.attrs?.alt);
      return rendersText(node.children, depth);
  }
}

/** Whether the element itself holds text (directly, or through if/each), the test for a contrast pair. */
export function ownsText(node: ElementNode): boolean {
  const stack: SpecNode[] = [...(node.children ?? [])];
  let budget = 10_000;
  while (stack.length > 0 && budget-- > 0) {
    const n = stack.pop()!;
    if (n.kind === 'text' && n.value.trim().length > 0) return true;
    if (n.kind === 'bind') return true;
    if (n.kind === 'if') stack.push(...n.then, ...(n.else ?? []));
    if (n.kind === 'each') stack.push(...n.children);
  }
  return false;
}

const NATIVE_INTERACTIVE = new Set(['button', 'a', 'input', 'select', 'textarea', 'summary']);
const INTERACTIVE_ROLES = new Set(['button', 'link', 'tab', 'menuitem', 'switch']);
export const FORM_FIELDS = new Set(['input', 'select', 'textarea']);

export const hasClick = (node: ElementNode): boolean => node.events?.some((e) => e.on === 'click') ?? false;
export const isNativelyInteractive = (node: ElementNode): boolean =>
  NATIVE_INTERACTIVE.has(node.tag) && !(node.tag === 'input' && node.attrs?.type === 'hidden');
export const hasInteractiveRole = (node: ElementNode): boolean => node.a11y?.role !== undefined && INTERACTIVE_ROLES.has(node.a11y.role);

/** Elements a user operates: native controls, interactive roles, and anything with a click handler. */
export const isInteractive = (node: ElementNode): boolean => isNativelyInteractive(node) || hasInteractiveRole(node) || hasClick(node);

/** Elements that take keyboard focus (and so need a visible focus style). */
export function isFocusable(node: ElementNode): boolean {
  const tabindex = node.attrs?.tabindex;
  if (tabindex !== undefined && Number(tabindex) < 0) return false;
  if (node.tag === 'a') return node.attrs?.href !== undefined;
  return isNativelyInteractive(node) || tabindex !== undefined;
}

/** Literal values compare as strings; a bound value matches the same binding. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === undefined || b === undefined) return false;
  if (typeof a === 'object' && typeof b === 'object' && a && b && 'bind' in a && 'bind' in b) {
    const x = (a as { bind: { source: string; name: string } }).bind;
    const y = (b as { bind: { source: string; name: string } }).bind;
    return x.source === y.source && x.name === y.name;
  }
  return typeof a !== 'object' && typeof b !== 'object' && String(a) === String(b);
}

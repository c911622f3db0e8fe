import type { ComponentSpec, ElementNode, SpecNode } from '../../spec/schema.js';
import { STATES, BREAKPOINTS, type StyleBlock } from '../../spec/style.js';

/**
 * Walks a spec for tests: every element in every branch (both sides of
 * `if`, the template of `each`), with its ancestors, and every style value.
 */
export interface Visit {
  node: ElementNode;
  path: string;
  ancestors: ElementNode[];
}

export function elementsOf(spec: ComponentSpec): Visit[] {
  const out: Visit[] = [];
  const walk = (node: SpecNode, path: string, ancestors: ElementNode[]) => {
    switch (node.kind) {
      case 'element':
        out.push({ node, path, ancestors });
        node.children?.forEach((c, i) => walk(c, `${path}.children[${i}]`, [...ancestors, node]));
        break;
      case 'if':
        node.then.forEach((c, i) => walk(c, `${path}.then[${i}]`, ancestors));
        node.else?.forEach((c, i) => walk(c, `${path}.else[${i}]`, ancestors));
        break;
      case 'each':
        node.children.forEach((c, i) => walk(c, `${path}.children[${i}]`, ancestors));
        break;
      default:
        break;
    }
  };
  walk(spec.root, 'root', []);
  return out;
}

/** Every literal text a user would read: text nodes, string props, list item fields, string attributes. */
export function textsOf(spec: ComponentSpec): string[] {
  const texts: string[] = spec.props.flatMap((p) => (p.type === 'string' ? [p.default] : []));
  const walk = (node: SpecNode) => {
    if (node.kind === 'text') texts.push(node.value);
    if (node.kind === 'each') for (const item of node.items) for (const v of Object.values(item)) if (typeof v === 'string') texts.push(v);
    if (node.kind === 'element') {
      for (const v of Object.values(node.attrs ?? {})) if (typeof v === 'string') texts.push(v);
      if (typeof node.a11y?.label === 'string') texts.push(node.a11y.label);
    }
    const children = node.kind === 'if' ? [...node.then, ...(node.else ?? [])] : node.kind === 'text' || node.kind === 'bind' ? [] : (node.children ?? []);
    children.forEach(walk);
  };
  walk(spec.root);
  return texts;
}

export interface StyleValue {
  path: string;
  state: string;
  property: string;
  value: string;
}

export function styleValues(spec: ComponentSpec): StyleValue[] {
  const out: StyleValue[] = [];
  const push = (path: string, state: string, decls: Record<string, string | undefined> | undefined) => {
    for (const [property, value] of Object.entries(decls ?? {})) if (value !== undefined) out.push({ path, state, property, value });
  };
  for (const { node, path } of elementsOf(spec)) {
    const style: StyleBlock = node.style ?? {};
    push(path, 'base', style.base);
    for (const s of STATES) push(path, s, style[s]);
    for (const bp of BREAKPOINTS) push(path, bp, style.responsive?.[bp]);
    push(path, 'file', style.file);
  }
  return out;
}

/** Every each-node's items anywhere in the tree, in document order. */
export function listsOf(spec: ComponentSpec): Array<Array<Record<string, unknown>>> {
  const lists: Array<Array<Record<string, unknown>>> = [];
  const walk = (node: SpecNode) => {
    if (node.kind === 'each') lists.push(node.items);
    const children = node.kind === 'if' ? [...node.then, ...(node.else ?? [])] : node.kind === 'text' || node.kind === 'bind' ? [] : (node.children ?? []);
    children.forEach(walk);
  };
  walk(spec.root);
  return lists;
}

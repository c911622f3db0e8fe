import { parseFragment } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type ChildNode = DefaultTreeAdapterMap['childNode'];

/**
 * A canonical form of rendered HTML for comparing targets: parsed by a real
 * HTML parser (parse5), comments and framework markers dropped, adjacent
 * text merged, whitespace-only text between tags dropped (the layout rule
 * in template.ts only adds it where it does not render), attributes sorted
 * and Svelte's scoping classes removed.
 */
export function canonicalHtml(html: string): string {
  const out: string[] = [];
  const walk = (nodes: readonly ChildNode[], depth: number) => {
    const merged: Array<ChildNode | string> = [];
    for (const node of nodes) {
      if (node.nodeName === '#comment') continue;
      if (node.nodeName === '#text') {
        const text = (node as DefaultTreeAdapterMap['textNode']).value;
        const last = merged[merged.length - 1];
        if (typeof last === 'string') merged[merged.length - 1] = last + text;
        else merged.push(text);
      } else merged.push(node);
    }
    for (const node of merged) {
      if (typeof node === 'string') {
        if (node.trim() !== '') out.push(`${'  '.repeat(depth)}"${node}"`);
        continue;
      }
      if (!('tagName' in node)) continue;
      if (node.tagName === 'style') continue;
      const attrs = node.attrs
        .map(({ name, value }) => [name, name === 'class' ? value.split(/\s+/).filter((c) => c && !/^svelte-[a-z0-9]+$/.test(c)).join(' ') : value] as const)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, value]) => ` ${name}="${value}"`)
        .join('');
      out.push(`${'  '.repeat(depth)}<${node.tagName}${attrs}>`);
      const content = node.tagName === 'template' ? (node as DefaultTreeAdapterMap['template']).content.childNodes : node.childNodes;
      walk(content, depth + 1);
    }
  };
  walk(parseFragment(html).childNodes, 0);
  return out.join('\n');
}

/** All text content of rendered HTML, as a parser decodes it (entities resolved, no tags). */
export function textContent(html: string): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeName === '#text') parts.push((node as DefaultTreeAdapterMap['textNode']).value);
    if ('childNodes' in node && (node as { tagName?: string }).tagName !== 'style') for (const child of node.childNodes) walk(child);
  };
  walk(parseFragment(html));
  return parts.join('');
}

/** Every element as parsed, in document order: its tag and attribute names (a `<script>` or an `onclick` that reached output shows up here). */
export function elementsOf(html: string): Array<{ tag: string; attrs: string[] }> {
  const elements: Array<{ tag: string; attrs: string[] }> = [];
  const walk = (node: Node) => {
    if ('tagName' in node) elements.push({ tag: node.tagName, attrs: node.attrs.map((a) => a.name) });
    if ('childNodes' in node) for (const child of node.childNodes) walk(child);
  };
  walk(parseFragment(html));
  return elements;
}

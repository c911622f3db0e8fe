/** The growing outline shown while a spec streams in: element names (or tags) as far as the partial spec goes. */
export interface OutlineItem {
  depth: number;
  label: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Walks a partial (possibly truncated) spec; tolerant of any shape, bounded in size. */
export function specOutline(partial: unknown, max = 60): OutlineItem[] {
  const items: OutlineItem[] = [];
  const visit = (node: unknown, depth: number) => {
    if (items.length >= max || !isRecord(node)) return;
    const kind = node.kind;
    if (kind === 'element' || (kind === undefined && typeof node.tag === 'string')) {
      const tag = typeof node.tag === 'string' ? node.tag : '?';
      const name = typeof node.name === 'string' && node.name ? node.name : undefined;
      items.push({ depth, label: name ? `${name} <${tag}>` : `<${tag}>` });
    } else if (kind === 'if' || kind === 'each') {
      items.push({ depth, label: kind === 'if' ? `if ${String(node.name ?? '')}`.trim() : `each ${String(node.name ?? '')}`.trim() });
    } else {
      return;
    }
    if (Array.isArray(node.children)) for (const child of node.children) visit(child, depth + 1);
  };
  if (isRecord(partial)) visit(partial.root, 0);
  return items;
}

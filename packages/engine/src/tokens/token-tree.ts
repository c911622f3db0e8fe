/**
 * Nests dot paths into an object tree for the JSON and JS exports. A path
 * that is both a token and a group (color.primary next to
 * color.primary.500) keeps the token under "$root", the DTCG 2025.10 name
 * for a group's own value, which the DTCG importer reads back to the group's path.
 */
interface Node<L> {
  leaf?: L;
  children: Map<string, Node<L>>;
}

export type Tree<L> = { [key: string]: Tree<L> | L };

export const ROOT_KEY = '$root';

export function nestPaths<L>(entries: Iterable<[path: string, leaf: L]>): Tree<L> {
  const root: Node<L> = { children: new Map() };
  for (const [path, leaf] of entries) {
    let node = root;
    for (const segment of path.split('.')) {
      let child = node.children.get(segment);
      if (!child) node.children.set(segment, (child = { children: new Map() }));
      node = child;
    }
    node.leaf = leaf;
  }
  const toTree = (node: Node<L>): Tree<L> => {
    const out: Tree<L> = {};
    if (node.leaf !== undefined && node.children.size > 0) out[ROOT_KEY] = node.leaf;
    for (const [key, child] of node.children) {
      // defineProperty, not assignment: a "__proto__" group must stay a key, not become a prototype.
      Object.defineProperty(out, key, { value: child.children.size === 0 ? child.leaf! : toTree(child), enumerable: true, writable: true, configurable: true });
    }
    return out;
  };
  return toTree(root);
}

/** A one-line comment text: no newlines, no comment terminators. */
export const commentText = (text: string): string => text.replace(/[\r\n]+/g, ' ').replace(/\*\//g, '* /').trim();

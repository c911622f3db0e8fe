import { parse, parseFragment, type DefaultTreeAdapterTypes as P5 } from 'parse5';
import { EngineError } from '../engine-error.js';
import { SPEC_VERSION, type ComponentSpec, type ElementNode, type SpecNode } from '../spec/schema.js';
import { validateSpec } from '../spec/validate-spec.js';
import type { TokenSet } from '../tokens/model.js';
import { parseStylesheets } from './css-stylesheet.js';
import { decideTag } from './html-elements.js';
import { buildChildren, buildElement, childrenOf, type BuildContext } from './html-to-spec.js';
import { ImportLog, type MappedValue, type UnsupportedConstruct } from './import-log.js';
import { StyleDraft } from './style-draft.js';

/**
 * Pasted HTML (with <style> CSS, style attributes or Tailwind classes) → a
 * valid component spec, so pasted code can be compiled to every target.
 *
 *   bound input → parse5 → <style> sheets (postcss) → elements, attributes
 *   and the cascade per element → names → validateSpec
 *
 * Literal values become token references where a token matches. Nothing the
 * spec cannot express is carried over or dropped silently: scripts, event
 * handler attributes, javascript: URLs, embeds, unknown elements and CSS the
 * spec cannot hold are listed in `unsupported`.
 */
export interface ImportHtmlOptions {
  /** Component name (made PascalCase); otherwise taken from the root's class or id. */
  name?: string;
}

export interface ImportHtmlResult {
  spec: ComponentSpec;
  unsupported: UnsupportedConstruct[];
  /** Literal values and utility classes that now reference tokens. */
  mapped: MappedValue[];
}

export type { MappedValue, UnsupportedConstruct } from './import-log.js';

/** Pasted sources longer than this are cut (and the cut reported) before parsing. */
export const IMPORT_LIMITS = { maxSourceChars: 1_000_000 } as const;

const isElement = (n: P5.ChildNode): n is P5.Element => 'tagName' in n;
// No nested quantifiers: this runs on the whole, untrusted paste.
const DOCUMENT = /<!doctype\s|<html[\s>]|<body[\s>]/i;
const NAMED_TAGS = new Set(['nav', 'header', 'footer', 'form', 'section', 'article', 'aside', 'main', 'dialog', 'table', 'figure', 'button']);

/** The top-level nodes to import and the text of every <style> element. */
function parseSource(html: string, log: ImportLog): { top: P5.ChildNode[]; styles: string[] } {
  let top: P5.ChildNode[];
  let all: P5.ChildNode[];
  if (DOCUMENT.test(html)) {
    const doc = parse(html);
    const root = doc.childNodes.find((n): n is P5.Element => isElement(n) && n.tagName === 'html');
    const head = root?.childNodes.find((n): n is P5.Element => isElement(n) && n.tagName === 'head');
    const body = root?.childNodes.find((n): n is P5.Element => isElement(n) && n.tagName === 'body');
    for (const n of head?.childNodes ?? []) {
      if (!isElement(n) || n.tagName === 'style') continue;
      const decision = decideTag(n.tagName, false);
      log.report(`<${n.tagName}>`, decision.action === 'keep' ? 'content of <head> is not part of a component' : decision.reason);
    }
    top = body?.childNodes ?? [];
    all = root ? [root] : [];
  } else {
    top = parseFragment(html).childNodes;
    all = top;
  }
  const styles: string[] = [];
  let comments = 0;
  const stack = [...all].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeName === '#comment') comments += 1;
    if (!isElement(node)) continue;
    if (node.tagName === 'style') styles.push(node.childNodes.map((c) => ('value' in c ? c.value : '')).join(''));
    else stack.push(...[...childrenOf(node)].reverse());
  }
  if (comments > 0) log.report('<!-- comment -->', `${comments} HTML comment(s) are not kept in a spec`);
  return { top, styles };
}

const words = (s: string) => s.split(/[^a-zA-Z0-9]+|(?<=[a-z0-9])(?=[A-Z])/).filter(Boolean);

export function pascalName(s: string): string | undefined {
  const name = words(s)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('')
    .replace(/^[0-9]+/, '')
    .slice(0, 64);
  return /^[A-Z][a-zA-Z0-9]*$/.test(name) ? name : undefined;
}

function kebabName(s: string): string | undefined {
  const name = words(s).join('-').toLowerCase().replace(/^[^a-z]+/, '').slice(0, 36).replace(/-+$/, '');
  return /^[a-z][a-z0-9-]*$/.test(name) ? name : undefined;
}

/** Element names (the CSS class in every target) from the author's classes or id, unique in the spec. */
function assignNames(root: ElementNode, hints: Map<ElementNode, string[]>, rootHint: string | undefined): void {
  const used = new Set<string>();
  const stack: SpecNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.kind !== 'element') continue;
    const candidates = node === root && rootHint ? [rootHint, ...(hints.get(node) ?? [])] : (hints.get(node) ?? []);
    const base = candidates.map(kebabName).find(Boolean) ?? (node.style ? node.tag : undefined);
    if (base) {
      let name = base;
      for (let i = 2; used.has(name); i++) name = `${base}-${i}`;
      used.add(name);
      node.name = name;
    }
    stack.push(...[...(node.children ?? [])].reverse());
  }
}

export function importHtml(source: string, tokens: TokenSet, options: ImportHtmlOptions = {}): ImportHtmlResult {
  const log = new ImportLog();
  let html = source;
  if (html.length > IMPORT_LIMITS.maxSourceChars) {
    html = html.slice(0, IMPORT_LIMITS.maxSourceChars);
    log.report('document', `longer than ${IMPORT_LIMITS.maxSourceChars} characters; the rest was not read`);
  }
  const { top, styles } = parseSource(html, log);
  const sheet = parseStylesheets(styles, tokens, log);
  const ctx: BuildContext = {
    tokens,
    log,
    sheet,
    classes: { tokens, log, styledClasses: sheet.classes, cache: new Map() },
    nodes: 0,
    truncated: new Set(),
    nameHints: new Map(),
  };

  // One element at the top becomes the root; anything else is wrapped in a <div>.
  const significant = top.filter((n) =>
    isElement(n) ? n.tagName !== 'style' && decideTag(n.tagName, false).action !== 'drop' : n.nodeName === '#text' && 'value' in n && n.value.trim() !== '',
  );
  const single = significant.length === 1 && isElement(significant[0]!) ? significant[0] : undefined;
  const decision = single ? decideTag(single.tagName, false) : undefined;
  let root: ElementNode;
  const synthetic = !(single && decision?.action === 'keep');
  if (single && decision?.action === 'keep') {
    for (const n of top) {
      if (n !== single && isElement(n) && n.tagName !== 'style') log.report(`<${n.tagName}>`, (decideTag(n.tagName, false) as { reason: string }).reason);
    }
    root = buildElement(single, decision.tag, undefined, 'root', 1, 0, ctx);
  } else {
    ctx.nodes += 1;
    root = { kind: 'element', tag: 'div' };
    const style = new StyleDraft();
    style.set('base', sheet.inherited);
    const block = style.toStyle();
    if (block) root.style = block;
    const children = buildChildren(top, undefined, 'root.children', 2, 0, ctx, false, false);
    if (children.length > 0) root.children = children;
  }

  const hints = ctx.nameHints.get(root) ?? [];
  const name =
    (options.name ? pascalName(options.name) : undefined) ??
    hints.map(pascalName).find(Boolean) ??
    (NAMED_TAGS.has(root.tag) && ctx.nameHints.has(root) ? pascalName(root.tag) : undefined) ??
    'ImportedComponent';
  assignNames(root, ctx.nameHints, options.name ?? (synthetic ? name : undefined));

  const checked = validateSpec({ specVersion: SPEC_VERSION, name, description: 'Imported from pasted HTML', props: [], state: [], root });
  if (!checked.ok) {
    // The builder only emits what the schema allows; reaching this is a bug, reported with every issue.
    throw new EngineError('IMPORT_INVALID_SPEC', `The imported spec is invalid: ${checked.issues[0]?.message ?? 'unknown issue'}`, checked.issues);
  }
  return { spec: checked.spec, unsupported: log.finish(), mapped: log.mapped };
}

import type { ComponentSpec, ElementNode } from '../spec/schema.js';
import type { A11yIssue, Severity } from './quality-report.js';
import { ancestorsOf, hasAriaLabel, isFilled, rendersText, sameValue, type ElementVisit } from './spec-walk.js';

/**
 * What every accessibility rule reads: the elements in document order and
 * the id and label indexes built once. Rules are small pure functions of it.
 */
export interface A11yContext {
  spec: ComponentSpec;
  elements: readonly ElementVisit[];
  /** Literal ids → elements carrying them. */
  ids: Map<string, ElementVisit[]>;
  labels: readonly ElementVisit[];
}

export interface A11yRule {
  /** Stable id, reported in every issue. */
  id: string;
  /** The WCAG 2.2 success criterion it checks, when there is one. */
  wcag?: string;
  check(ctx: A11yContext, report: (visit: ElementVisit, severity: Severity, message: string) => void): void;
}

export function buildContext(spec: ComponentSpec, elements: readonly ElementVisit[]): A11yContext {
  const ids = new Map<string, ElementVisit[]>();
  for (const visit of elements) {
    const id = visit.node.attrs?.id;
    if (typeof id === 'string' && id) ids.set(id, [...(ids.get(id) ?? []), visit]);
  }
  return { spec, elements, ids, labels: elements.filter((v) => v.node.tag === 'label') };
}

export function runRules(rules: readonly A11yRule[], ctx: A11yContext): A11yIssue[] {
  const issues: A11yIssue[] = [];
  for (const rule of rules) {
    rule.check(ctx, (visit, severity, message) =>
      issues.push({ rule: rule.id, severity, message, path: visit.path, ...(rule.wcag ? { wcag: rule.wcag } : {}) }),
    );
  }
  return issues;
}

export const describe = (node: ElementNode): string => `<${node.tag}${node.name ? ` "${node.name}"` : ''}>`;

/** An associated <label>: one whose `for` matches the element's id, or one wrapping it. */
export function hasAssociatedLabel(ctx: A11yContext, visit: ElementVisit): boolean {
  if (ancestorsOf(visit).some((a) => a.node.tag === 'label')) return true;
  const id = visit.node.attrs?.id;
  return id !== undefined && ctx.labels.some((l) => sameValue(l.node.attrs?.for, id));
}

const BUTTON_INPUTS = new Set(['submit', 'reset', 'button', 'image']);
export const isButtonInput = (node: ElementNode): boolean => node.tag === 'input' && BUTTON_INPUTS.has(String(node.attrs?.type ?? ''));

/**
 * Whether an element has an accessible name (a practical subset of the
 * accname algorithm): aria-label / aria-labelledby, name from content (text,
 * bound text, labelled descendants, alt of a child image), an associated
 * label for form fields, value/alt of button inputs, and the title attribute.
 */
export function hasAccessibleName(ctx: A11yContext, visit: ElementVisit): boolean {
  const { node } = visit;
  if (hasAriaLabel(node) || isFilled(node.attrs?.title)) return true;
  if (node.tag === 'input') {
    const type = String(node.attrs?.type ?? 'text');
    if (type === 'submit' || type === 'reset') return true; // the browser's default label
    if (type === 'button') return isFilled(node.attrs?.value);
    if (type === 'image') return isFilled(node.attrs?.alt);
    return hasAssociatedLabel(ctx, visit);
  }
  if (node.tag === 'select' || node.tag === 'textarea') return hasAssociatedLabel(ctx, visit);
  return rendersText(node.children);
}

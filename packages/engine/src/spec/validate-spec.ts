import { z } from 'zod';
import { EngineError, type EngineIssue } from '../engine-error.js';
import { ComponentSpecSchema, VOID_TAGS, type ComponentSpec, type SpecNode } from './schema.js';

/** Limits checked before schema validation, without recursion, so hostile input cannot exhaust the stack. */
export const SPEC_LIMITS = { maxDepth: 48, maxNodes: 2000 } as const;

function checkShapeLimits(input: unknown): EngineIssue | undefined {
  // Iterative walk over arbitrary JSON: counts nodes-like objects and depth.
  const stack: Array<{ value: unknown; depth: number }> = [{ value: input, depth: 0 }];
  let objects = 0;
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth > SPEC_LIMITS.maxDepth * 3) {
      return { code: 'SPEC_TOO_DEEP', message: `The spec is nested more than ${SPEC_LIMITS.maxDepth} elements deep.` };
    }
    objects += 1;
    if (objects > SPEC_LIMITS.maxNodes * 12) {
      return { code: 'SPEC_TOO_LARGE', message: `The spec has more than ${SPEC_LIMITS.maxNodes} nodes.` };
    }
    for (const child of Array.isArray(value) ? value : Object.values(value)) stack.push({ value: child, depth: depth + 1 });
  }
  return undefined;
}

const pathOf = (path: ReadonlyArray<PropertyKey>) =>
  path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');

/** Checks that only a parsed spec can break: references, nesting rules, counts. */
function semanticIssues(spec: ComponentSpec): EngineIssue[] {
  const issues: EngineIssue[] = [];
  const props = new Map(spec.props.map((p) => [p.name, p]));
  const state = new Map(spec.state.map((s) => [s.name, s]));
  const names = new Set<string>();
  for (const [i, p] of spec.props.entries()) {
    if (p.type === 'enum' && !p.options.includes(p.default)) {
      issues.push({ code: 'INVALID_DEFAULT', message: `Default "${p.default}" is not one of the options.`, path: `props[${i}].default` });
    }
    if (state.has(p.name)) issues.push({ code: 'DUPLICATE_NAME', message: `"${p.name}" is both a prop and a state.`, path: `props[${i}].name` });
  }
  let count = 0;
  const refOk = (source: string, name: string, inEach: Array<Set<string>>): boolean =>
    source === 'prop' ? props.has(name) : source === 'state' ? state.has(name) : inEach.some((fields) => fields.has(name));

  const stack: Array<{ node: SpecNode; path: string; depth: number; items: Array<Set<string>> }> = [
    { node: spec.root, path: 'root', depth: 1, items: [] },
  ];
  while (stack.length > 0) {
    const { node, path, depth, items } = stack.pop()!;
    count += 1;
    if (depth > SPEC_LIMITS.maxDepth) {
      issues.push({ code: 'SPEC_TOO_DEEP', message: `Nested more than ${SPEC_LIMITS.maxDepth} levels.`, path });
      continue;
    }
    // Pushed last-first so nodes are visited in document order (the second of two duplicates is the one reported).
    const push = (children: SpecNode[] | undefined, base: string, scope = items) => {
      for (let i = (children?.length ?? 0) - 1; i >= 0; i -= 1) stack.push({ node: children![i]!, path: `${base}[${i}]`, depth: depth + 1, items: scope });
    };
    const checkBinding = (source: string, name: string, at: string) => {
      if (!refOk(source, name, items)) {
        issues.push({
          code: 'UNKNOWN_BINDING',
          message: source === 'item' ? `"${name}" is not a field of the enclosing list's items.` : `No ${source} named "${name}".`,
          path: at,
        });
      }
    };
    switch (node.kind) {
      case 'text':
        break;
      case 'bind':
        checkBinding(node.source, node.name, path);
        break;
      case 'if':
        checkBinding(node.condition.source, node.condition.name, `${path}.condition`);
        push(node.then, `${path}.then`);
        push(node.else, `${path}.else`);
        break;
      case 'each': {
        const fields = new Set(node.items.flatMap((item) => Object.keys(item)));
        if (!node.items.every((item) => item[node.key] !== undefined)) {
          issues.push({ code: 'MISSING_KEY', message: `Every item needs the key field "${node.key}".`, path: `${path}.items` });
        }
        const keys = node.items.map((item) => String(item[node.key]));
        if (new Set(keys).size !== keys.length) issues.push({ code: 'DUPLICATE_KEY', message: 'List keys must be unique.', path: `${path}.items` });
        push(node.children, `${path}.children`, [...items, fields]);
        break;
      }
      case 'element': {
        if (node.name) {
          if (names.has(node.name)) issues.push({ code: 'DUPLICATE_NAME', message: `Element name "${node.name}" is used twice.`, path: `${path}.name` });
          names.add(node.name);
        }
        if (VOID_TAGS.has(node.tag) && node.children?.length) {
          issues.push({ code: 'VOID_ELEMENT_CHILDREN', message: `<${node.tag}> cannot have children.`, path: `${path}.children` });
        }
        for (const [key, value] of Object.entries(node.attrs ?? {})) {
          if (typeof value === 'object' && value !== null) checkBinding(value.bind.source, value.bind.name, `${path}.attrs.${key}`);
        }
        for (const [key, value] of Object.entries(node.a11y ?? {})) {
          if (typeof value === 'object' && value !== null && 'bind' in value) checkBinding(value.bind.source, value.bind.name, `${path}.a11y.${key}`);
        }
        if (node.disabledWhen) checkBinding(node.disabledWhen.source, node.disabledWhen.name, `${path}.disabledWhen`);
        node.events?.forEach((event, i) => {
          const at = `${path}.events[${i}].action`;
          const { action } = event;
          if (action.type === 'toggle' || action.type === 'set') {
            const target = state.get(action.state);
            if (!target) issues.push({ code: 'UNKNOWN_STATE', message: `No state named "${action.state}".`, path: at });
            else if (action.type === 'toggle' && target.type !== 'boolean') {
              issues.push({ code: 'TOGGLE_NON_BOOLEAN', message: `"${action.state}" is not a boolean state.`, path: at });
            }
          }
          if (action.type === 'set' && typeof action.value === 'object' && 'bind' in action.value) {
            checkBinding(action.value.bind.source, action.value.bind.name, `${at}.value`);
          }
          if (action.type === 'emit' && action.payload) checkBinding(action.payload.bind.source, action.payload.bind.name, `${at}.payload`);
        });
        push(node.children, `${path}.children`);
        break;
      }
    }
  }
  if (count > SPEC_LIMITS.maxNodes) issues.push({ code: 'SPEC_TOO_LARGE', message: `More than ${SPEC_LIMITS.maxNodes} nodes.` });
  return issues;
}

export type SpecValidation = { ok: true; spec: ComponentSpec } | { ok: false; issues: EngineIssue[] };

/** Validates untrusted input (a model's answer, a request body) into a spec, collecting every issue with its path. */
export function validateSpec(input: unknown): SpecValidation {
  const limit = checkShapeLimits(input);
  if (limit) return { ok: false, issues: [limit] };
  const parsed = ComponentSpecSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => ({ code: 'SCHEMA', message: issue.message, path: pathOf(issue.path) })),
    };
  }
  const spec = parsed.data as ComponentSpec;
  const issues = semanticIssues(spec);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, spec };
}

/** validateSpec, throwing an EngineError (code INVALID_SPEC) that lists every issue. */
export function parseSpec(input: unknown): ComponentSpec {
  const result = validateSpec(input);
  if (result.ok) return result.spec;
  const first = result.issues[0]!;
  throw new EngineError('INVALID_SPEC', `Invalid spec: ${first.path ? `${first.path}: ` : ''}${first.message}`, result.issues);
}

/** The spec's JSON Schema (draft 2020-12), for structured output from a model. */
export function specJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ComponentSpecSchema, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
}

import { analyzeSpec, validateSpec, type ComponentSpec, type EngineIssue, type TokenSet } from '@anclora/engine';
import { applyPatch, type Operation } from 'rfc6902';

export type AnswerCheck = { ok: true; spec: ComponentSpec } | { ok: false; issues: EngineIssue[] };

/**
 * Turns a model's answer into a spec or the list of reasons it is not one:
 * schema validation, then the static quality errors (accessibility errors,
 * failing contrast, unknown tokens). Warnings do not reject an answer.
 */
export function checkAnswer(answer: unknown, tokens: TokenSet, currentSpec?: ComponentSpec): AnswerCheck {
  let candidate = answer;
  if (currentSpec) {
    const patched = applyAnswerPatch(answer, currentSpec);
    if (!patched.ok) return patched;
    candidate = patched.value;
  }
  if (candidate === undefined) return { ok: false, issues: [{ code: 'NO_JSON', message: 'The answer contained no JSON object.' }] };
  const validation = validateSpec(candidate);
  if (!validation.ok) return validation;
  const report = analyzeSpec(validation.spec, tokens);
  if (report.summary.errors === 0) return { ok: true, spec: validation.spec };
  const issues: EngineIssue[] = [
    ...report.accessibility.issues
      .filter((issue) => issue.severity === 'error')
      .map((issue) => ({ code: `A11Y_${issue.rule.toUpperCase().replace(/-/g, '_')}`, message: issue.message, path: issue.path })),
    ...report.tokenCompliance.unknownTokens.map((u) => ({
      code: 'UNKNOWN_TOKEN',
      message: `{${u.token}} is not a token of this design system (${u.property}).`,
      path: u.path,
    })),
  ];
  // Contrast failures are normally reported as accessibility issues too; list the pairs only if they were not.
  if (issues.length === 0) {
    for (const pair of report.contrast.pairs.filter((p) => !p.passes)) {
      issues.push({
        code: 'CONTRAST',
        message: `${pair.foreground} on ${pair.background} is ${pair.ratio}:1 in the ${pair.state} state; ${pair.required}:1 is required.`,
        path: pair.path,
      });
    }
  }
  return { ok: false, issues };
}

/** A patch answer is `{patch: [...]}` (tool and JSON-schema form) or a bare array; applied to a clone. */
function applyAnswerPatch(answer: unknown, currentSpec: ComponentSpec): { ok: true; value: unknown } | { ok: false; issues: EngineIssue[] } {
  const ops = Array.isArray(answer) ? answer : isRecord(answer) && Array.isArray(answer.patch) ? answer.patch : undefined;
  if (!ops) return { ok: false, issues: [{ code: 'NO_PATCH', message: 'Expected {"patch": [JSON Patch operations]}.', path: 'patch' }] };
  const bad = ops.findIndex((op) => !isRecord(op) || typeof op.op !== 'string' || typeof op.path !== 'string');
  if (bad !== -1) return { ok: false, issues: [{ code: 'INVALID_PATCH', message: 'Each operation needs "op" and "path".', path: `patch[${bad}]` }] };
  const clone = structuredClone(currentSpec);
  const results = applyPatch(clone, ops as Operation[]);
  const issues = results.flatMap((error, i) =>
    error ? [{ code: 'PATCH_FAILED', message: `${error.name}: ${String(error.message || (ops[i] as { path: string }).path)}`, path: `patch[${i}]` }] : [],
  );
  return issues.length ? { ok: false, issues } : { ok: true, value: clone };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

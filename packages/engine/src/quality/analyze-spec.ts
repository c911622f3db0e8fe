import type { ComponentSpec } from '../spec/schema.js';
import type { TokenSet } from '../tokens/model.js';
import { buildContext, runRules } from './a11y-context.js';
import { A11Y_RULES } from './a11y-rules.js';
import { contrastPairs } from './contrast-pairs.js';
import { qualityScore, summarize, type QualityReport } from './quality-report.js';
import { collectElements } from './spec-walk.js';
import { tokenCompliance } from './token-compliance.js';

/**
 * Static quality analysis of a spec against a token set: token compliance,
 * the accessibility lint, and WCAG contrast of the colour pairs the spec
 * renders. Pure and deterministic; the spec is read, never changed.
 *
 *   elements (document order) → compliance | a11y rules | contrast → summary → score
 */
export function analyzeSpec(spec: ComponentSpec, tokens: TokenSet): QualityReport {
  const elements = collectElements(spec.root);
  const compliance = tokenCompliance(elements, tokens);
  const contrast = contrastPairs(elements, tokens);
  const issues = [...runRules(A11Y_RULES, buildContext(spec, elements)), ...contrast.issues];
  const parts = { tokenCompliance: compliance, accessibility: { issues }, contrast: { pairs: contrast.pairs } };
  const summary = summarize(parts);
  return { score: qualityScore(compliance.ratio, summary), ...parts, summary };
}

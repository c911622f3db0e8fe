import { z } from 'zod';

/**
 * The one quality report shape, shared by the API (response schema), the
 * worker, the CLI (`check`, exit code from `summary.passed`) and the UI.
 * Fields are only ever added, optional, so older clients keep working.
 * Every number here is measured from the spec and the token set, never guessed.
 */

/** The states a contrast pair is measured in ("base" is the resting state). */
export const CONTRAST_STATES = ['base', 'hover', 'focusVisible', 'active', 'disabled'] as const;
export type ContrastState = (typeof CONTRAST_STATES)[number];

export const Severity = z.enum(['error', 'warning']);
export type Severity = z.infer<typeof Severity>;

export const LiteralValue = z.object({
  /** JSON path of the declaration: "root.children[1].style.hover.color". */
  path: z.string(),
  property: z.string(),
  /** The literal part of the value, e.g. "#ff0000" or "13px". */
  value: z.string(),
  /** The token that matches the literal exactly or closely, as a reference: "{color.danger}". */
  suggestion: z.string().optional(),
});
export type LiteralValue = z.infer<typeof LiteralValue>;

export const UnknownToken = z.object({ path: z.string(), property: z.string(), token: z.string() });
export type UnknownToken = z.infer<typeof UnknownToken>;

export const TokenCompliance = z.object({
  /** tokenValues / (tokenValues + literalValues + unknown refs); 1 when nothing is counted. */
  ratio: z.number().min(0).max(1),
  /** Value parts of design properties that reference a token that exists. */
  tokenValues: z.number().int().min(0),
  /** Value parts of design properties that are raw CSS (neutral keywords like 0, auto, none excluded). */
  literalValues: z.number().int().min(0),
  literals: z.array(LiteralValue),
  /** References to tokens the token set does not define (any property). */
  unknownTokens: z.array(UnknownToken),
});
export type TokenCompliance = z.infer<typeof TokenCompliance>;

export const A11yIssue = z.object({
  /** Stable rule id, e.g. "interactive-name" (see A11Y_RULE_IDS). */
  rule: z.string(),
  severity: Severity,
  message: z.string(),
  /** JSON path of the element: "root.children[3]". */
  path: z.string(),
  /** The WCAG 2.2 success criterion the rule checks, when there is one. */
  wcag: z.string().optional(),
});
export type A11yIssue = z.infer<typeof A11yIssue>;

export const ContrastPair = z.object({
  /** JSON path of the element whose text is measured. */
  path: z.string(),
  state: z.enum(CONTRAST_STATES),
  /** Where the colours come from: a token reference ("{color.text}") or the literal. */
  foreground: z.string(),
  background: z.string(),
  /** The resolved, composited colours as #rrggbb. */
  foregroundColor: z.string(),
  backgroundColor: z.string(),
  /** WCAG 2.x contrast ratio, rounded to 2 decimals. */
  ratio: z.number().min(1).max(21),
  /** 4.5, or 3 for large text (≥ 24px, or ≥ 18.66px and bold). */
  required: z.number(),
  largeText: z.boolean(),
  passes: z.boolean(),
  /** Why a pair passes without meeting the ratio (disabled controls are exempt, WCAG 1.4.3). */
  note: z.string().optional(),
});
export type ContrastPair = z.infer<typeof ContrastPair>;

export const QualitySummary = z.object({
  /** Accessibility errors + failing contrast pairs + unknown token references. */
  errors: z.number().int().min(0),
  warnings: z.number().int().min(0),
  /** No errors: what `anclora-render check` turns into exit code 0. */
  passed: z.boolean(),
});
export type QualitySummary = z.infer<typeof QualitySummary>;

export const QualityReportSchema = z.object({
  /** 0–100, see qualityScore. */
  score: z.number().int().min(0).max(100),
  tokenCompliance: TokenCompliance,
  accessibility: z.object({ issues: z.array(A11yIssue) }),
  contrast: z.object({ pairs: z.array(ContrastPair) }),
  summary: QualitySummary,
});
export type QualityReport = z.infer<typeof QualityReportSchema>;

/** Penalties of the score formula; exported so the UI can explain a score. */
export const SCORE_PENALTIES = { nonTokenShare: 30, error: 10, warning: 3 } as const;

export function summarize(parts: Omit<QualityReport, 'score' | 'summary'>): QualitySummary {
  const a11yErrors = parts.accessibility.issues.filter((i) => i.severity === 'error').length;
  const errors = a11yErrors + parts.contrast.pairs.filter((p) => !p.passes).length + parts.tokenCompliance.unknownTokens.length;
  const warnings = parts.accessibility.issues.length - a11yErrors;
  return { errors, warnings, passed: errors === 0 };
}

/**
 * score = clamp(0, 100, round(100 − 30 × (1 − ratio) − 10 × errors − 3 × warnings))
 *
 * A spec that only uses tokens and has no findings scores 100; a spec with no
 * token at all loses 30; every error (accessibility error, failing contrast
 * pair, unknown token) costs 10 and every warning 3.
 */
export function qualityScore(ratio: number, summary: Pick<QualitySummary, 'errors' | 'warnings'>): number {
  const raw =
    100 -
    SCORE_PENALTIES.nonTokenShare * (1 - ratio) -
    SCORE_PENALTIES.error * summary.errors -
    SCORE_PENALTIES.warning * summary.warnings;
  return Math.max(0, Math.min(100, Math.round(raw)));
}

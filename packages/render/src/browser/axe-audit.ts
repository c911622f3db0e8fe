import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type AxeCore from 'axe-core';
import type { Page } from 'playwright-core';

/**
 * Runs axe-core inside a rendered page, at WCAG 2.2 AA, and scores it.
 *
 * axe is evaluated over the DevTools protocol (page.evaluate), not added as a
 * <script>: evaluation is not subject to the page's Content-Security-Policy,
 * so strict preview documents (default-src 'none') are audited as they ship,
 * and CSP stays enforced for everything the page itself loads — a context
 * with bypassCSP would hide the violations we report.
 */

/** The rule tags audited: WCAG 2.0/2.1 A and AA, and the 2.2 AA additions. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

export type AxeImpact = 'critical' | 'serious' | 'moderate' | 'minor';

/** Cost of one affected element, by the violated rule's impact. */
export const AXE_IMPACT_WEIGHTS: Readonly<Record<AxeImpact, number>> = { critical: 10, serious: 5, moderate: 2, minor: 1 };

export interface AxeViolation {
  /** The axe rule id: "label", "color-contrast", "button-name", … */
  id: string;
  impact: AxeImpact;
  help: string;
  helpUrl: string;
  /** CSS selectors of the offending elements. */
  targets: string[];
}

export interface AxeSummary {
  /** 0–100, see axeScore. */
  score: number;
  violations: AxeViolation[];
  /** Rules that applied and passed. */
  passes: number;
  /** Rules axe could not decide (needs review); not scored. */
  incomplete: number;
}

/**
 * score = 100 when there is no violation, otherwise
 *   min(99, round(100 × passes / (passes + Σ weight(impact) × affected elements)))
 * with weights critical 10, serious 5, moderate 2, minor 1. Deterministic
 * for a given page; 100 means exactly "no violation".
 */
export function axeScore(passes: number, violations: readonly Pick<AxeViolation, 'impact' | 'targets'>[]): number {
  if (violations.length === 0) return 100;
  const penalty = violations.reduce((sum, v) => sum + AXE_IMPACT_WEIGHTS[v.impact] * Math.max(1, v.targets.length), 0);
  return Math.min(99, Math.round((100 * passes) / (passes + penalty)));
}

let axeSource: string | undefined;
function loadAxeSource(): string {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

interface RawResult {
  violations: Array<{ id: string; impact: string | null; help: string; helpUrl: string; targets: string[] }>;
  passes: number;
  incomplete: number;
}

export async function auditPage(page: Page): Promise<AxeSummary> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(loadAxeSource());
  const raw = await page.evaluate(async (tags: string[]): Promise<RawResult> => {
    const axe = (window as unknown as { axe: typeof AxeCore }).axe;
    // resultTypes trims node details of passes/incomplete to one each: only their count is used.
    // preload: false — previews are sandboxed (an opaque origin), so every stylesheet is
    // cross-origin to them and axe would re-fetch each one to read its rules: a request the
    // preview's CSP (connect-src 'none') rightly blocks. Only css-orientation-lock needs it.
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'], preload: false });
    return {
      violations: result.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        helpUrl: v.helpUrl,
        targets: v.nodes.map((n) => n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : String(t))).join(' ')),
      })),
      passes: result.passes.length,
      incomplete: result.incomplete.length,
    };
  }, [...AXE_TAGS]);
  const violations = raw.violations.map((v) => ({ ...v, impact: asImpact(v.impact) }));
  return { score: axeScore(raw.passes, violations), violations, passes: raw.passes, incomplete: raw.incomplete };
}

// axe gives every violation an impact; an unknown one is scored as moderate.
function asImpact(impact: string | null): AxeImpact {
  return impact === 'critical' || impact === 'serious' || impact === 'moderate' || impact === 'minor' ? impact : 'moderate';
}

import type { TokenSet } from '../tokens/model.js';
import type { ImportLog } from './import-log.js';
import type { Bucket } from './style-draft.js';
import { readUtility, type Css } from './tailwind-utilities.js';

/**
 * An element's class list read as Tailwind: each utility with at most one
 * variant (hover:, focus-visible:, focus:, active:, disabled:, sm:…xl:)
 * becomes CSS in a spec bucket; classes the pasted CSS styles, and classes
 * that are not utilities, are kept as names. Ring utilities are composed into
 * a box-shadow per bucket. Each class is interpreted and reported once.
 */
export interface ClassContext {
  tokens: TokenSet;
  log: ImportLog;
  /** Classes the pasted <style> CSS defines: never read as utilities. */
  styledClasses: ReadonlySet<string>;
  /** Per import: class → outcome, so repeated classes cost and report once. */
  cache: Map<string, ClassOutcome>;
}

export type ClassOutcome = { bucket: Bucket; css: Css } | { name: string } | { skipped: true };

export interface ClassStyles {
  rules: Array<{ bucket: Bucket; css: Css }>;
  /** Classes that are not utilities, in order: candidates for the element's name. */
  names: string[];
}

const VARIANTS: Record<string, Bucket> = {
  hover: 'hover', 'focus-visible': 'focusVisible', focus: 'focusVisible', active: 'active', disabled: 'disabled', sm: 'sm', md: 'md', lg: 'lg', xl: 'xl',
};

/** Splits "md:hover:bg-[color:red]" on colons outside brackets. */
function splitVariants(cls: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of cls) {
    if (ch === '[') depth += 1;
    if (ch === ']') depth = Math.max(0, depth - 1);
    if (ch === ':' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

function readClass(cls: string, ctx: ClassContext, path: string): ClassOutcome {
  if (ctx.styledClasses.has(cls)) return { name: cls };
  const parts = splitVariants(cls);
  const utility = parts.pop()!.replace(/^!|!$/g, '');
  const skip = (reason: string): ClassOutcome => {
    ctx.log.report(cls, reason, path);
    return { skipped: true };
  };
  if (parts.length > 1) return skip('stacked variants cannot be expressed: a spec has states or breakpoints, not both');
  const variant = parts[0];
  const bucket: Bucket | undefined = variant === undefined ? 'base' : VARIANTS[variant];
  if (!bucket) return skip(`the "${variant}:" variant has no equivalent in a spec (states: hover, focus-visible, active, disabled; breakpoints: sm–xl)`);
  const result = readUtility(utility, { tokens: ctx.tokens, log: ctx.log, cls });
  if (result === undefined) return variant === undefined ? { name: cls } : skip('not a Tailwind utility the importer can map');
  if ('reason' in result) return skip(result.reason);
  return { bucket, css: result };
}

/** Composes --ring-width/--ring-color into box-shadow, per bucket (a state inherits the resting ring's width and colour). */
function composeRings(rules: ClassStyles['rules']): ClassStyles['rules'] {
  const rings = new Map<Bucket, { width?: string; color?: string }>();
  const out: ClassStyles['rules'] = [];
  for (const { bucket, css } of rules) {
    const plain = css.filter(([p, v]) => {
      if (p !== '--ring-width' && p !== '--ring-color') return true;
      const ring = rings.get(bucket) ?? {};
      if (p === '--ring-width') ring.width = v;
      else ring.color = v;
      rings.set(bucket, ring);
      return false;
    });
    if (plain.length) out.push({ bucket, css: plain });
  }
  const base = rings.get('base');
  for (const [bucket, ring] of rings) {
    const width = ring.width ?? base?.width;
    if (!width) continue;
    out.push({ bucket, css: [['box-shadow', `0 0 0 ${width} ${ring.color ?? base?.color ?? 'currentColor'}`]] });
  }
  return out;
}

export function readClasses(classes: readonly string[], ctx: ClassContext, path: string): ClassStyles {
  const rules: ClassStyles['rules'] = [];
  const names: string[] = [];
  for (const cls of classes) {
    let outcome = ctx.cache.get(cls);
    if (!outcome) {
      outcome = readClass(cls, ctx, path);
      ctx.cache.set(cls, outcome);
    }
    if ('name' in outcome) names.push(outcome.name);
    else if ('css' in outcome) rules.push({ bucket: outcome.bucket, css: outcome.css });
  }
  return { rules: composeRings(rules), names };
}

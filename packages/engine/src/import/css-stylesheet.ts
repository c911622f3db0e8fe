import postcss, { type ChildNode, type Rule } from 'postcss';
import { toPx } from '../quality/match-token.js';
import { BREAKPOINTS, type Breakpoint, type StyleProperty } from '../spec/style.js';
import type { TokenSet } from '../tokens/model.js';
import { convertDeclaration, type ConvertContext } from './css-declarations.js';
import { parseSelector, type ParsedSelector } from './css-selector.js';
import type { ImportLog } from './import-log.js';
import type { Bucket, SpecDeclaration } from './style-draft.js';

/**
 * The pasted <style> sheets as rules the importer can apply to elements:
 * each selector parsed (css-selector), each declaration converted once
 * (css-declarations), state pseudo-classes and @media (min-width) mapped to
 * spec buckets. :root/html/body contribute custom properties and inherited
 * text styles (put on the component's root). The rest is reported.
 */
export interface StyleRule {
  selector: ParsedSelector;
  bucket: Bucket;
  declarations: SpecDeclaration[];
  /** Source order, the cascade's tie-breaker. */
  order: number;
}

export interface Stylesheet {
  rules: StyleRule[];
  /** Inheritable declarations from :root, html or body, applied to the root. */
  inherited: SpecDeclaration[];
  /** Class names the CSS styles: these are never read as Tailwind utilities. */
  classes: Set<string>;
  vars: Map<string, string>;
}

const PAGE_SELECTOR = /^(:root|html|body)$/i;
const INHERITABLE = new Set<StyleProperty>(['color', 'fontFamily', 'fontSize', 'fontWeight', 'lineHeight', 'letterSpacing']);
const MAX_RULES = 2000;
/** Tailwind v4's default breakpoints, used when the token set has no breakpoint tokens. */
const DEFAULT_BREAKPOINTS: Record<Breakpoint, number> = { sm: 640, md: 768, lg: 1024, xl: 1280 };

function mediaBreakpoint(params: string, tokens: TokenSet, log: ImportLog): Breakpoint | undefined {
  const m = /^(?:(?:only\s+)?screen\s+and\s+)?\(\s*min-width\s*:\s*([^)]+?)\s*\)$/i.exec(params.trim());
  const px = m ? toPx(m[1]!) : undefined;
  if (!m || px === undefined) {
    log.report(`@media ${params}`, 'only @media (min-width: …) maps to responsive overrides');
    return undefined;
  }
  const widths = BREAKPOINTS.map((bp) => [bp, toPx(tokens.tokens[`breakpoint.${bp}`]?.css ?? '') ?? DEFAULT_BREAKPOINTS[bp]] as const);
  const [bp, width] = widths.reduce((best, w) => (Math.abs(w[1] - px) < Math.abs(best[1] - px) ? w : best));
  if (tokens.tokens[`breakpoint.${bp}`]) log.map(`(min-width: ${m[1]})`, `breakpoint.${bp}`);
  if (Math.abs(width - px) >= 0.5) log.report(`@media ${params}`, `no breakpoint is ${m[1]}; mapped to the nearest, ${bp} (${width}px)`);
  return bp;
}

export function parseStylesheets(sources: readonly string[], tokens: TokenSet, log: ImportLog): Stylesheet {
  const sheet: Stylesheet = { rules: [], inherited: [], classes: new Set(), vars: new Map() };
  const roots = sources.flatMap((css) => {
    try {
      return [postcss.parse(css)];
    } catch (error) {
      log.report('<style>', `the CSS could not be parsed (${(error as Error).message.replace(/^<css input>:?/, '')}); none of it was imported`);
      return [];
    }
  });
  // Custom properties first: a var() may be used before its declaration.
  for (const root of roots) root.walkDecls(/^--/, (d) => void sheet.vars.set(d.prop, d.value.trim()));

  let order = 0;
  const addRule = (rule: Rule, media: Breakpoint | undefined) => {
    if (sheet.rules.length >= MAX_RULES) {
      log.report('<style>', `more than ${MAX_RULES} rules; the rest were not imported`);
      return;
    }
    const ctx: ConvertContext = { tokens, log, vars: sheet.vars, where: rule.selector };
    let converted: SpecDeclaration[] | undefined;
    const declarations = () => {
      if (converted) return converted;
      converted = [];
      for (const node of rule.nodes) {
        if (node.type === 'decl') converted.push(...convertDeclaration(node.prop, `${node.value}${node.important ? ' !important' : ''}`, ctx));
        else if (node.type !== 'comment') log.report(`${rule.selector} { ${node.type === 'rule' ? node.selector : `@${(node as { name?: string }).name}`} }`, 'nested CSS rules are not supported', rule.selector);
      }
      return converted;
    };
    for (const text of rule.selectors) {
      if (PAGE_SELECTOR.test(text.trim())) {
        if (media) log.report(`@media { ${text} }`, 'responsive page-level styles cannot be expressed in a spec');
        const page = declarations();
        sheet.inherited.push(...page.filter(([p]) => INHERITABLE.has(p)));
        const rest = page.filter(([p]) => !INHERITABLE.has(p)).map(([p]) => p);
        if (rest.length > 0) log.report(`${text} { ${rest.join(', ')} }`, 'page-level styles are not part of a component; inheritable text styles were applied to its root', text);
        continue;
      }
      const selector = parseSelector(text);
      if ('error' in selector) {
        log.report(text, selector.error, rule.selector);
        continue;
      }
      if (selector.state && media) {
        log.report(text, 'a state inside @media cannot be expressed: responsive overrides have no states', `@media ${media}`);
        continue;
      }
      for (const c of selector.compounds) for (const k of c.classes) sheet.classes.add(k);
      sheet.rules.push({ selector, bucket: selector.state ?? media ?? 'base', declarations: declarations(), order: order++ });
    }
  };

  const visit = (nodes: ChildNode[], media: Breakpoint | undefined) => {
    for (const node of nodes) {
      if (node.type === 'rule') addRule(node, media);
      else if (node.type === 'atrule') {
        if (node.name.toLowerCase() === 'media' && media === undefined) {
          const bp = mediaBreakpoint(node.params, tokens, log);
          if (bp) visit(node.nodes ?? [], bp);
        } else log.report(`@${node.name} ${node.params}`.trim(), node.name === 'media' ? 'nested @media is not supported' : `@${node.name} cannot be expressed in a spec`);
      } else if (node.type === 'decl') log.report(`${node.prop}: ${node.value}`, 'a declaration outside any rule applies to nothing');
    }
  };
  for (const root of roots) visit(root.nodes, undefined);
  return sheet;
}

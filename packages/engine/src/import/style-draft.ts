import { BREAKPOINTS, STATES, type Breakpoint, type Declarations, type StyleBlock, type StyleProperty, type StyleState } from '../spec/style.js';

/**
 * Where a declaration lands in a spec style: the resting state, an
 * interaction state, or a mobile-first breakpoint override.
 */
export type Bucket = 'base' | StyleState | Breakpoint;
export type SpecDeclaration = [StyleProperty, string];

export const isBreakpoint = (b: string): b is Breakpoint => (BREAKPOINTS as readonly string[]).includes(b);

/** Declarations collected for one element in cascade order; later writes win, as in CSS. */
export class StyleDraft {
  private readonly buckets = new Map<Bucket, Map<StyleProperty, string>>();

  set(bucket: Bucket, declarations: readonly SpecDeclaration[]): void {
    if (declarations.length === 0) return;
    let target = this.buckets.get(bucket);
    if (!target) this.buckets.set(bucket, (target = new Map()));
    for (const [property, value] of declarations) target.set(property, value);
  }

  toStyle(): StyleBlock | undefined {
    const block = (bucket: Bucket): Declarations | undefined => {
      const map = this.buckets.get(bucket);
      return map && map.size > 0 ? (Object.fromEntries(map) as Declarations) : undefined;
    };
    const style: StyleBlock = {};
    const base = block('base');
    if (base) style.base = base;
    for (const state of STATES) {
      const d = block(state);
      if (d) style[state] = d;
    }
    const responsive: NonNullable<StyleBlock['responsive']> = {};
    for (const bp of BREAKPOINTS) {
      const d = block(bp);
      if (d) responsive[bp] = d;
    }
    if (Object.keys(responsive).length > 0) style.responsive = responsive;
    return Object.keys(style).length > 0 ? style : undefined;
  }
}

import { bareValues, utility } from './tailwind-utility.js';
import type { TailwindContext, UtilitySpec } from './tailwind-utility.js';

/**
 * `transform` → Tailwind's translate/rotate/scale utilities where that is
 * exactly the same transform, else one `transform-[…]`.
 *
 * Tailwind v4 writes these as the individual CSS properties `translate`,
 * `rotate` and `scale`, which the browser applies in that fixed order
 * (translate · rotate · scale). A transform list in the same order, each
 * axis set once, is therefore equivalent; any other order, a skew, a matrix
 * or a 3D function is not, and stays a single arbitrary transform.
 */

const FUNCTION = /([a-zA-Z]+)\(([^()]*)\)/g;
const STAGE: Readonly<Record<string, number>> = { translate: 0, translateX: 0, translateY: 0, rotate: 1, scale: 2, scaleX: 2, scaleY: 2 };

const TRANSLATE: UtilitySpec = { ns: 'spacing', keywords: { '0': '0', '1px': 'px', '100%': 'full' }, negative: true };
const ROTATE: UtilitySpec = { keywords: { '0': '0' }, bare: bareValues.deg, negative: true };
const SCALE: UtilitySpec = { bare: bareValues.percent };

interface Step {
  name: string;
  args: string[];
}

function parse(value: string): Step[] | undefined {
  const steps: Step[] = [];
  let rest = value;
  for (const m of value.matchAll(FUNCTION)) {
    const [whole, name = '', args = ''] = m;
    steps.push({ name, args: args.split(',').map((a) => a.trim()) });
    rest = rest.replace(whole, ' ');
  }
  return rest.trim() === '' && steps.length > 0 ? steps : undefined;
}

/** The classes for one transform function, as [axis, class] pairs; undefined when it has no utility. */
function classesOf({ name, args }: Step, ctx: TailwindContext): Array<[string, string]> | undefined {
  const [a = '', b, ...more] = args;
  if (more.length > 0 || args.some((arg) => arg === '')) return undefined;
  const tx = (v: string): [string, string] => ['tx', utility('translate-x', v, TRANSLATE, ctx)];
  const ty = (v: string): [string, string] => ['ty', utility('translate-y', v, TRANSLATE, ctx)];
  const sx = (v: string): [string, string] => ['sx', utility('scale-x', v, SCALE, ctx)];
  const sy = (v: string): [string, string] => ['sy', utility('scale-y', v, SCALE, ctx)];
  switch (name) {
    case 'translate':
      return b === undefined ? [tx(a)] : [tx(a), ty(b)];
    case 'translateX':
      return b === undefined ? [tx(a)] : undefined;
    case 'translateY':
      return b === undefined ? [ty(a)] : undefined;
    case 'rotate':
      return b === undefined ? [['r', utility('rotate', a, ROTATE, ctx)]] : undefined;
    case 'scale':
      return b === undefined || b === a ? [['sx', ''], ['sy', utility('scale', a, SCALE, ctx)]] : [sx(a), sy(b)];
    case 'scaleX':
      return b === undefined ? [sx(a)] : undefined;
    case 'scaleY':
      return b === undefined ? [sy(a)] : undefined;
    default:
      return undefined;
  }
}

function decompose(steps: Step[], ctx: TailwindContext): string[] | undefined {
  const classes: string[] = [];
  const axes = new Set<string>();
  let stage = 0;
  for (const step of steps) {
    const s = STAGE[step.name];
    const pairs = s === undefined || s < stage ? undefined : classesOf(step, ctx);
    if (!pairs) return undefined;
    stage = s ?? stage;
    for (const [axis, cls] of pairs) {
      // An axis set twice composes (translateX(1px) translateX(2px)); only the arbitrary form keeps that.
      if (axes.has(axis)) return undefined;
      axes.add(axis);
      if (cls) classes.push(cls);
    }
  }
  return classes;
}

/**
 * `split: false` keeps the one `transform` property. tailwindClasses asks
 * for that when a block sets transform in more than one state or breakpoint:
 * in CSS each replaces the whole transform, while separate translate/scale
 * utilities would add up (base scale-105 + active:translate-y-px keeps the scale).
 */
export function tailwindTransform(value: string, ctx: TailwindContext, split = true): string[] {
  const v = value.trim();
  if (v === 'none') return ['transform-none'];
  const steps = split ? parse(v) : undefined;
  const classes = steps && decompose(steps, ctx);
  return classes ?? [utility('transform', v, {}, ctx)];
}

/**
 * Where a token lives in a Tailwind v4 theme. Shared by the Tailwind theme
 * exporter (which writes `@theme { --color-primary: … }`) and the Tailwind
 * compilers (which then write `bg-primary`), so the two always agree.
 *
 * Returns the theme variable and the utility suffix, or undefined for tokens
 * Tailwind has no namespace for (compilers then use `prop-(--css-var)`).
 */
export interface TailwindThemeEntry {
  /** The @theme variable, e.g. "--color-primary". */
  variable: string;
  /** What follows the utility prefix, e.g. "primary" in bg-primary. */
  suffix: string;
  namespace: 'color' | 'spacing' | 'radius' | 'font' | 'text' | 'font-weight' | 'leading' | 'tracking' | 'shadow' | 'breakpoint';
}

const RULES: Array<{ prefix: string; namespace: TailwindThemeEntry['namespace'] }> = [
  { prefix: 'color.', namespace: 'color' },
  { prefix: 'space.', namespace: 'spacing' },
  { prefix: 'radius.', namespace: 'radius' },
  { prefix: 'font.family.', namespace: 'font' },
  { prefix: 'font.size.', namespace: 'text' },
  { prefix: 'font.weight.', namespace: 'font-weight' },
  { prefix: 'line-height.', namespace: 'leading' },
  { prefix: 'letter-spacing.', namespace: 'tracking' },
  { prefix: 'shadow.', namespace: 'shadow' },
  { prefix: 'breakpoint.', namespace: 'breakpoint' },
];

export function tailwindThemeEntry(path: string): TailwindThemeEntry | undefined {
  for (const { prefix, namespace } of RULES) {
    if (path.startsWith(prefix)) {
      const suffix = path.slice(prefix.length).replace(/\./g, '-');
      return { variable: `--${namespace}-${suffix}`, suffix, namespace };
    }
  }
  return undefined;
}

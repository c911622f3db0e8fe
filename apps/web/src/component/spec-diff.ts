/** A unified, line-based diff of two component specs, shown as rows a screen reader can follow. */

/** The part of jsdiff's change object we read (diffLines output). */
export interface LineChange {
  value: string;
  added?: boolean;
  removed?: boolean;
}

export type DiffRow =
  | { kind: 'added' | 'removed' | 'context'; text: string; oldLine: number | null; newLine: number | null }
  | { kind: 'skipped'; count: number };

export interface SpecDiff {
  rows: DiffRow[];
  added: number;
  removed: number;
}

/** Specs are compared as pretty JSON, so a change shows up on the line of the property that changed. */
export const prettySpec = (spec: unknown): string => `${JSON.stringify(spec, null, 2)}\n`;

const linesOf = (value: string): string[] => {
  const lines = value.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
};

/**
 * Turns jsdiff's line changes into numbered rows, keeping `context` unchanged
 * lines around each change and folding longer unchanged runs into one
 * "skipped" row (a spec is hundreds of lines; the change is a few).
 */
export function toDiffRows(changes: readonly LineChange[], context = 3): SpecDiff {
  const all: Array<Exclude<DiffRow, { kind: 'skipped' }>> = [];
  let oldLine = 1;
  let newLine = 1;
  let added = 0;
  let removed = 0;
  for (const change of changes) {
    for (const text of linesOf(change.value)) {
      if (change.added) {
        all.push({ kind: 'added', text, oldLine: null, newLine: newLine++ });
        added += 1;
      } else if (change.removed) {
        all.push({ kind: 'removed', text, oldLine: oldLine++, newLine: null });
        removed += 1;
      } else {
        all.push({ kind: 'context', text, oldLine: oldLine++, newLine: newLine++ });
      }
    }
  }
  // A context line stays when a change is within `context` lines of it.
  const keep = all.map(() => false);
  all.forEach((row, i) => {
    if (row.kind === 'context') return;
    for (let j = Math.max(0, i - context); j <= Math.min(all.length - 1, i + context); j += 1) keep[j] = true;
  });
  const rows: DiffRow[] = [];
  let skipped = 0;
  all.forEach((row, i) => {
    if (keep[i]) {
      if (skipped > 0) rows.push({ kind: 'skipped', count: skipped });
      skipped = 0;
      rows.push(row);
    } else skipped += 1;
  });
  if (skipped > 0) rows.push({ kind: 'skipped', count: skipped });
  return { rows, added, removed };
}

/** Diffs two specs; jsdiff is loaded on first use, so pages that never show a diff never download it. */
export async function diffSpecs(from: unknown, to: unknown, context = 3): Promise<SpecDiff> {
  const { diffLines } = await import('diff');
  return toDiffRows(diffLines(prettySpec(from), prettySpec(to)), context);
}

import { describe, expect, it } from 'vitest';
import { diffSpecs, prettySpec, toDiffRows } from './spec-diff';

describe('toDiffRows', () => {
  it('numbers old and new lines, counts additions and removals, and folds long unchanged runs', () => {
    const same = Array.from({ length: 10 }, (_, i) => `line ${i}`).join('\n') + '\n';
    const { rows, added, removed } = toDiffRows(
      [
        { value: same },
        { value: 'old text\n', removed: true },
        { value: 'new text\nmore\n', added: true },
        { value: 'tail 1\ntail 2\n' },
      ],
      2,
    );
    expect(added).toBe(2);
    expect(removed).toBe(1);
    expect(rows).toEqual([
      { kind: 'skipped', count: 8 },
      { kind: 'context', text: 'line 8', oldLine: 9, newLine: 9 },
      { kind: 'context', text: 'line 9', oldLine: 10, newLine: 10 },
      { kind: 'removed', text: 'old text', oldLine: 11, newLine: null },
      { kind: 'added', text: 'new text', oldLine: null, newLine: 11 },
      { kind: 'added', text: 'more', oldLine: null, newLine: 12 },
      { kind: 'context', text: 'tail 1', oldLine: 12, newLine: 13 },
      { kind: 'context', text: 'tail 2', oldLine: 13, newLine: 14 },
    ]);
  });

  it('keeps nothing but one skipped row when the texts are equal', () => {
    expect(toDiffRows([{ value: 'a\nb\n' }])).toEqual({ rows: [{ kind: 'skipped', count: 2 }], added: 0, removed: 0 });
  });
});

describe('diffSpecs', () => {
  it('diffs pretty JSON with jsdiff, so the changed property is the changed line', async () => {
    const from = { name: 'Card', root: { kind: 'element', tag: 'h2', text: 'Hello' } };
    const to = { name: 'Card', root: { kind: 'element', tag: 'h2', text: 'Bonjour' } };
    const diff = await diffSpecs(from, to);
    expect(diff.added).toBe(1);
    expect(diff.removed).toBe(1);
    expect(diff.rows.filter((r) => r.kind === 'removed')).toEqual([{ kind: 'removed', text: '    "text": "Hello"', oldLine: 6, newLine: null }]);
    expect(diff.rows.filter((r) => r.kind === 'added')).toEqual([{ kind: 'added', text: '    "text": "Bonjour"', oldLine: null, newLine: 6 }]);
    expect(prettySpec(from).split('\n')[5]).toBe('    "text": "Hello"');
  });
});

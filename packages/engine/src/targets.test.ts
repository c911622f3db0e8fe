import { describe, expect, it } from 'vitest';
import { TARGETS, TARGET_IDS, isTargetId } from './targets.js';

describe('targets', () => {
  it('lists every target id exactly once, in the declared order', () => {
    expect(TARGETS.map((t) => t.id)).toEqual([...TARGET_IDS]);
  });

  it('names each target after its framework and styling', () => {
    for (const t of TARGETS) {
      if (t.id === 'web-component') continue;
      expect(t.id).toBe(`${t.framework}-${t.styling}`);
    }
  });

  it('recognises only known ids', () => {
    expect(isTargetId('vue-css')).toBe(true);
    expect(isTargetId('vue3')).toBe(false);
  });
});

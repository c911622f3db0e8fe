import { describe, expect, it } from 'vitest';
import type { DesignSystemSummary } from '../lib/anclora-api';
import { defaultDesignSystemName, DEFAULT_DESIGN_SYSTEM, missingDesignSystem, offlineDesignSystems } from './design-system-choice';

const summary = (id: string, name: string): DesignSystemSummary => ({ id, name, builtIn: false, version: 1, tokenCount: 12 });
const list = [summary('anclora-ocean', 'Ocean (API)'), summary('mine', 'Mine')];

describe('design system choice', () => {
  it('the offline list holds the default only, a fresh copy each time', () => {
    expect(offlineDesignSystems()).toEqual([{ id: DEFAULT_DESIGN_SYSTEM, name: 'Anclora Ocean', builtIn: true, version: 1, tokenCount: 0 }]);
    expect(offlineDesignSystems()).not.toBe(offlineDesignSystems());
  });

  it('names the default as the list does, or by its built-in name', () => {
    expect(defaultDesignSystemName(list)).toBe('Ocean (API)');
    expect(defaultDesignSystemName([])).toBe('Anclora Ocean');
  });

  it('reports a linked id the API list does not hold, while it is still the choice', () => {
    expect(missingDesignSystem('gone', 'gone', list, true)).toBe('gone');
    expect(missingDesignSystem('mine', 'mine', list, true)).toBeNull();
    // Chosen in the picker since: left alone.
    expect(missingDesignSystem('gone', 'mine', list, true)).toBeNull();
    expect(missingDesignSystem(null, 'anclora-ocean', list, true)).toBeNull();
  });

  it('the offline fallback proves nothing missing: the server judges the id when it is used', () => {
    expect(missingDesignSystem('gone', 'gone', offlineDesignSystems(), false)).toBeNull();
  });
});

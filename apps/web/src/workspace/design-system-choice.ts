/** The design system picker's default, its offline list, and the check of a ?designSystem= link against the API's list. */
import type { DesignSystemSummary } from '../lib/anclora-api';

export const DEFAULT_DESIGN_SYSTEM = 'anclora-ocean';
const DEFAULT_NAME = 'Anclora Ocean';

/** What the picker offers when the API's list cannot be had: the built-in default only. */
export const offlineDesignSystems = (): DesignSystemSummary[] => [{ id: DEFAULT_DESIGN_SYSTEM, name: DEFAULT_NAME, builtIn: true, version: 1, tokenCount: 0 }];

/** The default's name as the list calls it, for the "not found, using <name>" notice. */
export const defaultDesignSystemName = (list: DesignSystemSummary[]) => list.find((d) => d.id === DEFAULT_DESIGN_SYSTEM)?.name ?? DEFAULT_NAME;

/**
 * The ?designSystem= id to report as not found, or null. Only while it is still the choice and only against the
 * API's list: the offline fallback proves nothing missing, and the server judges the id when it is used.
 */
export function missingDesignSystem(param: string | null, chosen: string, list: DesignSystemSummary[], fromApi: boolean): string | null {
  if (!param || !fromApi || chosen !== param) return null;
  return list.some((d) => d.id === param) ? null : param;
}

import type { ComponentSpec, QualityReport, UnsupportedConstruct } from '../lib/anclora-api';

export type Saved = { componentId: string; version: number };

/** A result that did not come from a generation stream: an import, an example, a saved component. */
export interface Presented {
  spec: ComponentSpec;
  quality: QualityReport | null;
  saved: Saved | null;
  target: string;
  designSystemId: string;
  unsupported?: UnsupportedConstruct[];
  notice: string | null;
}

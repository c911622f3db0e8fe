import type { TargetId } from '../targets.js';

/** The languages of generated files (what an editor or a zip needs to know). */
export type FileLanguage = 'html' | 'css' | 'tsx' | 'ts' | 'vue' | 'svelte' | 'js';

export interface CompiledFile {
  /** Relative path, e.g. `PricingCard.tsx`; the API zips these as they are. */
  readonly path: string;
  readonly language: FileLanguage;
  readonly content: string;
}

export interface CompiledOutput {
  readonly target: TargetId;
  readonly files: readonly CompiledFile[];
  /** The path of the file to open first (the component). */
  readonly entry: string;
}

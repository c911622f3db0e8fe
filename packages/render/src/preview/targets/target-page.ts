import type { CompiledFile, CompiledOutput } from '@anclora/engine';
import type { VendorGroup } from '../vendor-bundles.js';

/** What a target contributes to its preview document. */
export interface TargetPage {
  /** Markup inside `#root`: the component itself, or the host its framework mounts into. */
  body: string;
  /** Stylesheets served as assets, in cascade order. */
  styles: string[];
  /** Mount code plus component, one classic script run after `vendor`. */
  script?: string;
  vendor?: VendorGroup;
  /** The markup is the component: ready as soon as the page is parsed. */
  isStatic?: boolean;
  allowsEval?: boolean;
}

export type TargetRenderer = (output: CompiledOutput) => Promise<TargetPage>;

export function entryFile(output: CompiledOutput): CompiledFile {
  const file = output.files.find((f) => f.path === output.entry);
  if (!file) throw new Error(`${output.target}: entry ${output.entry} is not among the compiled files`);
  return file;
}

export function fileByName(output: CompiledOutput, path: string): CompiledFile | undefined {
  return output.files.find((f) => f.path === path);
}

export function filesByPath(output: CompiledOutput): Record<string, string> {
  return Object.fromEntries(output.files.map((f) => [f.path, f.content]));
}

/** A name the emitter wrote into the source; the pattern's first group is the name. */
export function declared(source: string, pattern: RegExp, what: string, target: string): string {
  const name = pattern.exec(source)?.[1];
  if (!name) throw new Error(`${target}: cannot find the ${what} in the compiled output`);
  return name;
}

/** Import path for a sibling compiled file, without its TypeScript extension. */
export const importPath = (path: string): string => `./${path.replace(/\.(tsx?|js)$/, '')}`;

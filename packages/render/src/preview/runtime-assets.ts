import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { RENDER_PACKAGE_DIR } from '../package-dir.js';
import { build } from 'esbuild';
import { makeAsset } from './asset-store.js';
import type { PreviewAsset } from './types.js';

const require = createRequire(import.meta.url);

let runtime: Promise<PreviewAsset> | undefined;
let axe: Promise<PreviewAsset> | undefined;

/** The in-page runtime (runtime/preview-runtime.ts), compiled once per process. */
export function runtimeScript(): Promise<PreviewAsset> {
  runtime ??= build({
    entryPoints: [join(RENDER_PACKAGE_DIR, 'src/preview/runtime/preview-runtime.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    logLevel: 'silent',
  }).then((result) => makeAsset(Buffer.from(result.outputFiles[0]!.contents), 'js'));
  runtime.catch(() => (runtime = undefined));
  return runtime;
}

/** axe-core from node_modules, served by us like every other script. */
export function axeScript(): Promise<PreviewAsset> {
  axe ??= readFile(require.resolve('axe-core/axe.min.js')).then((body) => makeAsset(body, 'js'));
  axe.catch(() => (axe = undefined));
  return axe;
}

/**
 * The page itself, the same for every target: a neutral background, no body
 * margin, and the inherited text defaults pinned so that Tailwind's
 * preflight or Chakra's global CSS (both in cascade layers, which these
 * unlayered rules outrank) cannot make one target's text lay out differently.
 */
export const PAGE_CSS = `html {
  background: #f4f4f5;
  color: #0f172a;
  line-height: normal;
  font-family: system-ui, sans-serif;
  -webkit-text-size-adjust: 100%;
  tab-size: 4;
}
body {
  margin: 0;
  background: #f4f4f5;
  line-height: inherit;
}
#root {
  box-sizing: border-box;
  padding: 24px;
}
`;

let page: PreviewAsset | undefined;
export const pageStylesheet = (): PreviewAsset => (page ??= makeAsset(PAGE_CSS, 'css'));

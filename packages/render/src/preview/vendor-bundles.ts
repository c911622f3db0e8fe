import { createRequire } from 'node:module';
import { RENDER_PACKAGE_DIR } from '../package-dir.js';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { makeAsset } from './asset-store.js';
import type { PreviewAsset } from './types.js';

/**
 * Framework runtimes, bundled from this package's node_modules once per
 * process (never from a CDN: previews must work offline). Each group is one
 * classic script that registers its modules' namespaces on
 * `globalThis.__ancloraVendor`; component bundles read them from there
 * (see component-bundle.ts), so React, Vue… run once per page whichever
 * component imports them. A group carries everything that must share one
 * module instance: Chakra ships its own React because Emotion and React
 * must agree on hooks state.
 */
export const VENDOR_GLOBAL = '__ancloraVendor';

export const VENDOR_GROUPS = {
  react: ['react', 'react/jsx-runtime', 'react-dom', 'react-dom/client'],
  chakra: ['react', 'react/jsx-runtime', 'react-dom', 'react-dom/client', '@emotion/react', '@chakra-ui/react'],
  vue: ['vue'],
  svelte: ['svelte', 'svelte/internal/client', 'svelte/internal/disclose-version'],
  // The compiler comes first: it registers the JIT facade @angular/core looks up.
  angular: ['@angular/compiler', '@angular/core', '@angular/common', '@angular/platform-browser'],
} as const satisfies Record<string, readonly string[]>;

export type VendorGroup = keyof typeof VENDOR_GROUPS;

const require = createRequire(import.meta.url);

/**
 * Modules a group registers that are not public entry points, by the key
 * they are registered under. Svelte keeps its compile-mode flags in one
 * internal module that `svelte/internal/client` reads.
 */
const VENDOR_INTERNALS: Partial<Record<VendorGroup, Record<string, string>>> = {
  svelte: { 'svelte/internal/flags': join(dirname(require.resolve('svelte/package.json')), 'src/internal/flags/index.js') },
};

/**
 * Side-effect imports compiled code may carry, as code against the vendor
 * global: Svelte marks legacy-mode, async or tracing components with
 * `import 'svelte/internal/flags/…'`, which must flip the flag in the page's
 * one copy of Svelte.
 */
export const VENDOR_SHIMS: Record<string, string> = Object.fromEntries(
  ['legacy', 'async', 'tracing'].map((flag) => [
    `svelte/internal/flags/${flag}`,
    `globalThis.${VENDOR_GLOBAL}['svelte/internal/flags'].enable_${flag}_mode_flag();`,
  ]),
);


export const BUNDLE_DEFINES: Record<string, string> = {
  'process.env.NODE_ENV': '"production"',
  __VUE_OPTIONS_API__: 'true',
  __VUE_PROD_DEVTOOLS__: 'false',
  __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
};

export const PACKAGE_DIR = RENDER_PACKAGE_DIR;

const building = new Map<VendorGroup, Promise<PreviewAsset>>();

/** The group's script, built on first use and shared by every builder in the process. */
export function vendorBundle(group: VendorGroup): Promise<PreviewAsset> {
  let pending = building.get(group);
  if (!pending) {
    pending = buildVendor(group);
    // A failed build must not poison the process: the next request retries.
    pending.catch(() => building.delete(group));
    building.set(group, pending);
  }
  return pending;
}

async function buildVendor(group: VendorGroup): Promise<PreviewAsset> {
  const modules: Array<[key: string, path: string]> = [
    ...VENDOR_GROUPS[group].map((s): [string, string] => [s, s]),
    ...Object.entries(VENDOR_INTERNALS[group] ?? {}),
  ];
  const imports = modules.map(([, path], i) => `import * as m${i} from ${JSON.stringify(path)};`).join('\n');
  const entries = modules.map(([key], i) => `${JSON.stringify(key)}: m${i}`).join(', ');
  const result = await build({
    stdin: {
      contents: `${imports}\nglobalThis.${VENDOR_GLOBAL} = Object.assign(globalThis.${VENDOR_GLOBAL} || {}, { ${entries} });\n`,
      resolveDir: PACKAGE_DIR,
      loader: 'js',
    },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    define: BUNDLE_DEFINES,
    logLevel: 'silent',
  });
  return makeAsset(Buffer.from(result.outputFiles[0]!.contents), 'js');
}

import { build, type Plugin } from 'esbuild';
import { BUNDLE_DEFINES, PACKAGE_DIR, VENDOR_GLOBAL, VENDOR_SHIMS } from './vendor-bundles.js';

export interface ComponentBundle {
  js: string;
  /** CSS the sources imported (React's `import './X.css'`), if any. */
  css: string;
}

export interface BundleInput {
  /** Virtual files by path, e.g. `entry.tsx`, `LoginForm.tsx`, `LoginForm.css`. */
  files: Record<string, string>;
  entry: string;
  /** Bare specifiers the page's vendor script provides. */
  vendor: readonly string[];
  /** Angular's decorators are the legacy (experimental) kind. */
  legacyDecorators?: boolean;
}

/**
 * Bundles a compiled component and its mount code into one classic script.
 * Sources come from memory; bare imports of framework packages become reads
 * of the vendor global (a CommonJS shim, so named imports need no export
 * list), anything else is an error rather than a silent network request.
 */
export async function bundleComponent(input: BundleInput): Promise<ComponentBundle> {
  const result = await build({
    entryPoints: [`virtual:${input.entry}`],
    bundle: true,
    write: false,
    outdir: '/out',
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    minify: true,
    legalComments: 'none',
    define: BUNDLE_DEFINES,
    logLevel: 'silent',
    absWorkingDir: PACKAGE_DIR,
    plugins: [sourcesPlugin(input.files), vendorPlugin(input.vendor)],
    ...(input.legacyDecorators
      ? { tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } } }
      : {}),
  });
  let js = '';
  let css = '';
  for (const file of result.outputFiles) {
    if (file.path.endsWith('.js')) js = file.text;
    else if (file.path.endsWith('.css')) css = file.text;
  }
  return { js, css };
}

const LOADERS = { tsx: 'tsx', ts: 'ts', js: 'js', jsx: 'jsx', css: 'css' } as const;

function sourcesPlugin(files: Record<string, string>): Plugin {
  return {
    name: 'anclora-sources',
    setup(b) {
      b.onResolve({ filter: /^virtual:/ }, (args) => ({ path: args.path.slice('virtual:'.length), namespace: 'anclora-src' }));
      b.onResolve({ filter: /^\.\.?\//, namespace: 'anclora-src' }, (args) => {
        const base = args.importer.includes('/') ? args.importer.slice(0, args.importer.lastIndexOf('/') + 1) : '';
        const wanted = normalize(base + args.path);
        const found = [wanted, ...['.tsx', '.ts', '.js', '.css'].map((e) => wanted + e)].find((p) => p in files);
        if (!found) return { errors: [{ text: `${args.path} is not part of the compiled output` }] };
        return { path: found, namespace: 'anclora-src' };
      });
      b.onLoad({ filter: /.*/, namespace: 'anclora-src' }, (args) => {
        const extension = args.path.slice(args.path.lastIndexOf('.') + 1) as keyof typeof LOADERS;
        return { contents: files[args.path]!, loader: LOADERS[extension] ?? 'js' };
      });
    },
  };
}

function vendorPlugin(vendor: readonly string[]): Plugin {
  return {
    name: 'anclora-vendor',
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, (args) => {
        if (args.namespace === 'anclora-vendor') return undefined;
        const shim = VENDOR_SHIMS[args.path];
        if (shim !== undefined && vendor.some((v) => args.path.startsWith(`${v}/`))) return { path: args.path, namespace: 'anclora-shim' };
        if (!vendor.includes(args.path)) return { errors: [{ text: `${args.path} is not available in previews of this target` }] };
        return { path: args.path, namespace: 'anclora-vendor' };
      });
      b.onLoad({ filter: /.*/, namespace: 'anclora-shim' }, (args) => ({ contents: VENDOR_SHIMS[args.path]!, loader: 'js' }));
      b.onLoad({ filter: /.*/, namespace: 'anclora-vendor' }, (args) => {
        const key = JSON.stringify(args.path);
        return {
          contents: `var m = (globalThis.${VENDOR_GLOBAL} || {})[${key}];\nif (!m) throw new Error(${JSON.stringify(`${args.path} runtime is not loaded`)});\nmodule.exports = m;\n`,
          loader: 'js',
        };
      });
    },
  };
}

function normalize(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}

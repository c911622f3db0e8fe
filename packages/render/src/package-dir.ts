import { createRequire } from 'node:module';
import { dirname } from 'node:path';

/**
 * This package's folder, found through Node's resolution rather than this
 * file's URL: the API and worker are esbuild bundles in apps/*\/dist, where
 * import.meta.url names the bundle, not this source file. The preview builder
 * reads its in-page runtime from here and resolves framework packages from here.
 */
export const RENDER_PACKAGE_DIR = dirname(createRequire(import.meta.url).resolve('@anclora/render/package.json'));

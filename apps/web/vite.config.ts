import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { bundleBudget } from './build/bundle-budget';

const API_ORIGIN = 'http://localhost:3000';
const COMPRESSIBLE = /\.(?:js|css|html|svg|json|txt)$/;

/**
 * Writes a .br and a .gz copy of every text file in the build, at the highest
 * levels, once at build time: the server sends them as they are (its static
 * plugin's `preCompressed`) instead of compressing on every request, and the
 * landing page's JavaScript travels at about a third of its size.
 */
function precompress(): Plugin {
  const brotli = promisify(brotliCompress);
  const gz = promisify(gzip);
  let outDir = 'dist';
  return {
    name: 'anclora-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    // After the bundle is written and timed: brotli's top level takes a couple of seconds on the editor chunk.
    async closeBundle() {
      const files = (await readdir(outDir, { recursive: true })).filter((file) => COMPRESSIBLE.test(file));
      await Promise.all(
        files.map(async (file) => {
          const full = path.join(outDir, file);
          const source = await readFile(full);
          // Below one TCP packet, compression saves nothing worth a second file.
          if (source.length < 1024) return;
          const [br, gzipped] = await Promise.all([
            brotli(source, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: source.length } }),
            gz(source, { level: constants.Z_BEST_COMPRESSION }),
          ]);
          await Promise.all([writeFile(`${full}.br`, br), writeFile(`${full}.gz`, gzipped)]);
        }),
      );
    },
  };
}

const config = {
  plugins: [
    react(),
    // The limits: the landing page under 300 kB of JavaScript gzipped, the workspace (editor included) under 500 kB.
    bundleBudget([
      { name: 'landing (/)', lazy: [], budgetKb: 300 },
      { name: 'workspace (/workspace)', lazy: ['src/workspace/WorkspacePage.tsx', 'src/workspace/CodeEditor.tsx'], budgetKb: 500 },
    ]),
    precompress(),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/api': { target: API_ORIGIN, changeOrigin: true },
      '/metrics': { target: API_ORIGIN, changeOrigin: true },
    },
  },
} satisfies UserConfig;

export default defineConfig(({ command }) => {
  // A build is the production build whatever NODE_ENV the caller has: vitest sets NODE_ENV=test and the
  // e2e harness builds from inside it, which made React's development build (twice the JavaScript, much
  // slower). `NODE_ENV=development vite build` still asks for a development build on purpose.
  if (command === 'build' && process.env.NODE_ENV !== 'development') process.env.NODE_ENV = 'production';
  return config;
});

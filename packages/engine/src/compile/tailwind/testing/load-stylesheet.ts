import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { LoadStylesheet } from '../tailwind-check.js';

/**
 * Test-only: resolves Tailwind's `@import "tailwindcss"` (and the files it
 * imports) by reading them from node_modules, for tailwind-check.
 */
const require = createRequire(import.meta.url);
const root = path.dirname(require.resolve('tailwindcss/package.json'));

export const loadTailwindStylesheet: LoadStylesheet = async (id, base) => {
  const file =
    id === 'tailwindcss'
      ? path.join(root, 'index.css')
      : id.startsWith('tailwindcss/')
        ? path.join(root, id.slice('tailwindcss/'.length).replace(/(?<!\.css)$/, '.css'))
        : path.resolve(base === '/' ? root : base, id);
  return { path: file, base: path.dirname(file), content: await readFile(file, 'utf8') };
};

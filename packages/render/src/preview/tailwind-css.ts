import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { compile } from 'tailwindcss';

const require = createRequire(import.meta.url);
const TAILWIND_ROOT = path.dirname(require.resolve('tailwindcss/package.json'));

/** Tailwind's own stylesheets (`@import "tailwindcss"` and what it imports), read from node_modules. */
async function loadStylesheet(id: string, base: string): Promise<{ path: string; base: string; content: string }> {
  const file =
    id === 'tailwindcss'
      ? path.join(TAILWIND_ROOT, 'index.css')
      : id.startsWith('tailwindcss/')
        ? path.join(TAILWIND_ROOT, id.slice('tailwindcss/'.length).replace(/(?<!\.css)$/, '.css'))
        : path.resolve(base === '/' ? TAILWIND_ROOT : base, id);
  if (!file.startsWith(TAILWIND_ROOT + path.sep)) throw new Error(`@import ${id} is outside tailwindcss`);
  return { path: file, base: path.dirname(file), content: await readFile(file, 'utf8') };
}

/**
 * Tailwind v4 CSS for a target's `tailwind.css` (the tokens as `@theme`)
 * and the candidates found in its sources. Every whitespace- or
 * quote-separated word is offered as a candidate, the way Tailwind's own
 * scanner does: words that are not utilities generate nothing, and a
 * utility nobody uses as a class styles nothing. A fresh compiler per call,
 * because `build` is cumulative and a shared one would make the CSS depend
 * on which documents were built before.
 */
export async function tailwindCss(themeCss: string, sources: string[]): Promise<string> {
  const candidates = new Set<string>();
  for (const source of sources) for (const word of source.split(/[\s"'`]+/)) if (word) candidates.add(word);
  const compiler = await compile(themeCss, { base: '/', loadStylesheet });
  return compiler.build([...candidates]);
}

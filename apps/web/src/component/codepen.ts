/**
 * "Open in CodePen": CodePen's prefill API takes a form POST to /pen/define
 * whose `data` field is JSON with the pen's panels (html, css, js), their
 * preprocessors, `head` markup and external scripts. This turns one target's
 * compiled files into that JSON. Pens have no bundler, so bare imports become
 * esm.sh URLs (CodePen runs a JS panel with imports as a module) and the
 * React targets get a small mount at the end.
 */
import type { CompiledFile, TargetId } from '../lib/anclora-api';

export const CODEPEN_DEFINE_URL = 'https://codepen.io/pen/define';

/** The prefill fields we send (CodePen documents more; these are the ones a component needs). */
export interface CodePenData {
  title: string;
  description?: string;
  html: string;
  css: string;
  js: string;
  /** The compiled React and Web Component files are TypeScript (TSX); CodePen's TypeScript preprocessor compiles JSX too. */
  js_pre_processor: 'none' | 'typescript';
  /** Semicolon-separated script URLs CodePen adds before the JS panel. */
  js_external?: string;
  /** Markup for the pen's <head>. */
  head?: string;
  /** Which panels start open: html, css, js as 0/1. */
  editors: string;
}

// One React for the component, the DOM renderer and Chakra: esm.sh builds Chakra against the same version.
const REACT = 'https://esm.sh/react@19';
const REACT_DOM_CLIENT = 'https://esm.sh/react-dom@19/client';
const CHAKRA = 'https://esm.sh/@chakra-ui/react@3?deps=react@19,react-dom@19';
/** Tailwind v4's in-browser build compiles <style type="text/tailwindcss"> blocks (the theme from the design tokens). */
export const TAILWIND_BROWSER = 'https://cdn.jsdelivr.net/npm/@tailwindcss/browser@4';

/** Targets CodePen can run without a build step of its own. */
export const CODEPEN_TARGETS: readonly TargetId[] = ['html-css', 'html-tailwind', 'react-css', 'react-tailwind', 'react-chakra', 'web-component'];
export const supportsCodePen = (target: string) => (CODEPEN_TARGETS as readonly string[]).includes(target);

interface Compiled {
  name: string;
  description?: string | null;
  target: TargetId;
  files: readonly CompiledFile[];
  entry: string;
}

const STYLE_BLOCK = /<style>([\s\S]*?)<\/style>\s*/g;

/** Removes one level of the indentation the compiler gives a <style> block's rules. */
function dedent(text: string): string {
  const lines = text.replace(/^\n+|\s+$/g, '').split('\n');
  const indents = lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return `${lines.map((l) => l.slice(cut)).join('\n')}\n`;
}

/** The Tailwind theme file as the browser build wants it: the theme without the package import it already includes. */
const tailwindHead = (css: string) => `<style type="text/tailwindcss">\n${css.replace(/^@import\s+["']tailwindcss["'];\s*\n?/m, '')}</style>`;

/** Bare module specifiers a pen cannot resolve, mapped to esm.sh. */
function toEsmImports(code: string): string {
  return code
    .replace(/from\s+(['"])react\1/g, `from '${REACT}'`)
    .replace(/from\s+(['"])@chakra-ui\/react\1/g, `from '${CHAKRA}'`);
}

/** A component file without its local imports (its CSS goes to the CSS panel, its theme is inlined). */
const withoutLocalImports = (code: string) => code.replace(/^import\s+(?:[^'";]+\s+from\s+)?['"]\.\.?\/[^'"]+['"];?\s*\n/gm, '');

function reactPen(input: Compiled, entry: CompiledFile): CodePenData {
  const component = input.entry.replace(/^.*\//, '').replace(/\.[jt]sx?$/, '');
  const css = input.files.filter((f) => f.language === 'css' && f.path !== 'tailwind.css');
  const tailwind = input.files.find((f) => f.path === 'tailwind.css');
  const theme = input.target === 'react-chakra' ? input.files.find((f) => f.path === 'theme.ts') : undefined;
  const mount = theme
    ? [`createRoot(document.getElementById('root')!).render(`, `  <ChakraProvider value={system}>`, `    <${component} />`, `  </ChakraProvider>,`, `);`]
    : [`createRoot(document.getElementById('root')!).render(<${component} />);`];
  const js = [
    // The TypeScript preprocessor compiles JSX to React.createElement, so React must be in scope.
    `import React from '${REACT}';`,
    `import { createRoot } from '${REACT_DOM_CLIENT}';`,
    ...(theme ? [`import { ChakraProvider } from '${CHAKRA}';`] : []),
    ...(theme ? [toEsmImports(theme.content).trim(), ''] : []),
    toEsmImports(withoutLocalImports(entry.content)).trim(),
    '',
    '// Mounts the component in the pen.',
    ...mount,
    '',
  ].join('\n');
  return {
    ...meta(input),
    html: '<div id="root"></div>\n',
    css: css.map((f) => f.content).join('\n'),
    js,
    js_pre_processor: 'typescript',
    ...(tailwind ? { js_external: TAILWIND_BROWSER, head: tailwindHead(tailwind.content) } : {}),
    editors: '001',
  };
}

const meta = (input: Compiled) => ({ title: input.name, ...(input.description ? { description: input.description } : {}) });

/** The prefill JSON for a target's compiled files, or null when CodePen cannot run that target as a pen. */
export function codePenData(input: Compiled): CodePenData | null {
  const entry = input.files.find((f) => f.path === input.entry) ?? input.files[0];
  if (!entry || !supportsCodePen(input.target)) return null;
  switch (input.target) {
    case 'html-css': {
      const css = [...entry.content.matchAll(STYLE_BLOCK)].map((m) => dedent(m[1] ?? '')).join('\n');
      return { ...meta(input), html: entry.content.replace(STYLE_BLOCK, ''), css, js: '', js_pre_processor: 'none', editors: '110' };
    }
    case 'html-tailwind': {
      const tailwind = input.files.find((f) => f.path === 'tailwind.css');
      return {
        ...meta(input),
        html: entry.content,
        css: '',
        js: '',
        js_pre_processor: 'none',
        js_external: TAILWIND_BROWSER,
        ...(tailwind ? { head: tailwindHead(tailwind.content) } : {}),
        editors: '100',
      };
    }
    case 'web-component': {
      const tag = /customElements\.define\(\s*['"]([a-z][a-z0-9-]*-[a-z0-9-]*)['"]/.exec(entry.content)?.[1];
      if (!tag) return null;
      return { ...meta(input), html: `<${tag}></${tag}>\n`, css: '', js: entry.content, js_pre_processor: 'typescript', editors: '101' };
    }
    default:
      return reactPen(input, entry);
  }
}

import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** What the budget needs from a Rollup output chunk. */
export interface ChunkInfo {
  fileName: string;
  code: string;
  isEntry: boolean;
  /** The module a dynamic-import chunk stands for (e.g. /…/src/workspace/WorkspacePage.tsx). */
  facadeModuleId: string | null;
  /** Chunks this one imports statically: the browser fetches them before it runs. */
  imports: readonly string[];
}

export interface RouteBudget {
  /** How the route reads in the report: "landing (/)". */
  name: string;
  /** Lazy modules the route loads as soon as it shows (source paths relative to the app root). */
  lazy: readonly string[];
  /** Most gzipped kB of JavaScript the route may load before it is usable. */
  budgetKb: number;
}

export interface RouteSize {
  name: string;
  files: string[];
  gzipKb: number;
  budgetKb: number;
  withinBudget: boolean;
}

const kb = (bytes: number) => Math.round((bytes / 1000) * 10) / 10;

/**
 * The JavaScript each route loads before it is usable: the entry chunk, the
 * lazy chunks the route shows at once, and everything those import
 * statically. Sizes are gzip level 9 per file, as a CDN would serve them.
 */
export function routeSizes(chunks: readonly ChunkInfo[], routes: readonly RouteBudget[]): RouteSize[] {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const gzipped = new Map<string, number>();
  const sizeOf = (chunk: ChunkInfo) => {
    let size = gzipped.get(chunk.fileName);
    if (size === undefined) gzipped.set(chunk.fileName, (size = gzipSync(chunk.code, { level: 9 }).length));
    return size;
  };
  const entry = chunks.find((chunk) => chunk.isEntry);
  if (!entry) throw new Error('bundle budget: the build has no entry chunk');

  return routes.map((route) => {
    const roots = [entry];
    for (const module of route.lazy) {
      const chunk = chunks.find((candidate) => candidate.facadeModuleId?.replaceAll('\\', '/').endsWith(`/${module}`));
      if (!chunk) throw new Error(`bundle budget: no chunk for ${module} (is it still imported lazily?)`);
      roots.push(chunk);
    }
    const seen = new Set<string>();
    const visit = (chunk: ChunkInfo) => {
      if (seen.has(chunk.fileName)) return;
      seen.add(chunk.fileName);
      for (const imported of chunk.imports) {
        const next = byFile.get(imported);
        if (next) visit(next);
      }
    };
    roots.forEach(visit);
    const files = [...seen];
    const gzipKb = kb(files.reduce((sum, file) => sum + sizeOf(byFile.get(file)!), 0));
    return { name: route.name, files, gzipKb, budgetKb: route.budgetKb, withinBudget: gzipKb <= route.budgetKb };
  });
}

/** Reports each route's initial JavaScript after a build and fails the build when one is over its budget. */
export function bundleBudget(routes: readonly RouteBudget[]): Plugin {
  return {
    name: 'anclora-bundle-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
      const sizes = routeSizes(chunks, routes);
      const lines = sizes.map((size) => `  ${size.name.padEnd(28)} ${String(size.gzipKb).padStart(6)} kB gzip (budget ${size.budgetKb} kB, ${size.files.length} files)${size.withinBudget ? '' : '  OVER BUDGET'}`);
      this.info(`initial JavaScript per route:\n${lines.join('\n')}`);
      const over = sizes.filter((size) => !size.withinBudget);
      if (over.length > 0) this.error(`initial JavaScript over budget: ${over.map((size) => `${size.name} ${size.gzipKb} kB > ${size.budgetKb} kB`).join('; ')}`);
    },
  };
}

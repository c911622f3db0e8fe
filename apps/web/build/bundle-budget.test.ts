import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { routeSizes, type ChunkInfo } from './bundle-budget';

const chunk = (fileName: string, size: number, extra: Partial<ChunkInfo> = {}): ChunkInfo => ({
  fileName,
  // Random base64: gzip keeps about three quarters of it, so sizes stay predictable.
  code: randomBytes(size).toString('base64').slice(0, size),
  isEntry: false,
  facadeModuleId: null,
  imports: [],
  ...extra,
});

describe('route budgets', () => {
  const chunks = [
    chunk('index.js', 4000, { isEntry: true, imports: ['react.js'] }),
    chunk('react.js', 6000),
    chunk('Workspace.js', 2000, { facadeModuleId: '/app/src/workspace/WorkspacePage.tsx', imports: ['react.js', 'shared.js'] }),
    chunk('Editor.js', 9000, { facadeModuleId: '/app/src/workspace/CodeEditor.tsx', imports: ['shared.js'] }),
    chunk('shared.js', 1000),
    chunk('Pricing.js', 3000, { facadeModuleId: '/app/src/pages/PricingPage.tsx' }),
  ];

  it('counts the entry and its static imports for the landing page, and adds the lazy chunks a route shows at once', () => {
    const [landing, workspace] = routeSizes(chunks, [
      { name: 'landing', lazy: [], budgetKb: 300 },
      { name: 'workspace', lazy: ['src/workspace/WorkspacePage.tsx', 'src/workspace/CodeEditor.tsx'], budgetKb: 15 },
    ]);
    expect(landing!.files.sort()).toEqual(['index.js', 'react.js']);
    expect(workspace!.files.sort()).toEqual(['Editor.js', 'Workspace.js', 'index.js', 'react.js', 'shared.js']);
    // Each file once, even when two chunks import it.
    expect(landing!.gzipKb).toBeGreaterThan(7);
    expect(landing!.gzipKb).toBeLessThan(8.5);
    expect(workspace!.gzipKb).toBeGreaterThan(15.5);
    expect(workspace!.gzipKb).toBeLessThan(18);
    expect(landing!.withinBudget).toBe(true);
    expect(workspace!.withinBudget).toBe(false);
  });

  it('fails loudly when a route names a module that is no longer a lazy chunk', () => {
    expect(() => routeSizes(chunks, [{ name: 'x', lazy: ['src/pages/Gone.tsx'], budgetKb: 1 }])).toThrow(/no chunk for src\/pages\/Gone.tsx/);
  });
});

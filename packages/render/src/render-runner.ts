import { componentsRepository, designSystemsRepository, rendersRepository, type Db, type RenderRow } from '@anclora/db';
import { TARGETS, isTargetId, presets, type ComponentSpec, type TargetId, type TokenSet } from '@anclora/engine';
import type { ObjectStorage } from '@anclora/infra';
import { BrowserUnavailableError, renderPage, type BrowserPool } from './browser/index.js';
import { diffPng } from './diff/index.js';
import type { PreviewBuilder } from './preview/index.js';
import type { PreviewStore } from './preview-store.js';


/** One viewport of a finished render, as stored in `renders.results`. */
export interface ViewportResult {
  viewport: number;
  screenshotKey: string;
  consoleErrors: string[];
  axe: { score: number; violations: Array<{ id: string; impact: string | null; help: string; helpUrl?: string; targets: string[] }>; passes: number };
  perf: { renderMs: number; domNodes: number; cssBytes: number; jsBytes: number; layoutShift: number };
  /** Present when the component has an approved baseline for this target and viewport. */
  diff?: { baselineRenderId: string; diffKey: string; changedPixels: number; ratio: number; threshold: number; passed: boolean };
  /** Cross-framework renders (target "all"): every other target compared with the html-css reference above. */
  targets?: Array<{ target: TargetId; screenshotKey: string; consoleErrors: string[]; diffKey: string; changedPixels: number; ratio: number; passed: boolean }>;
}

/** The target every other target must look like. */
export const REFERENCE_TARGET: TargetId = 'html-css';
/** A render row's target that asks for the cross-framework comparison. */
export const ALL_TARGETS = 'all';

export interface RenderRunnerDeps {
  db: Db;
  storage: ObjectStorage;
  builder: PreviewBuilder;
  store: PreviewStore;
  pool: BrowserPool;
  /** Where this process's Chromium reaches the preview origin (a loopback listener). */
  previewUrl: () => string | Promise<string>;
  /** pixelmatch's per-pixel colour threshold. */
  diffThreshold: number;
  /** Told about every render that ends (metrics). */
  onFinished?: (render: { target: string; status: 'succeeded' | 'failed'; durationMs: number; errorCode?: string }) => void;
  /** Resolves a component's design system; default: its owner's design system row, else its preset. */
  tokensOf?: (component: { designSystemId: string | null; designSystemPreset: string | null; ownerId: string }) => Promise<TokenSet>;
}

class RenderFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Runs a queued render: builds the component's preview for its target,
 * publishes it to the preview origin, has a pooled Chromium page screenshot,
 * audit and measure it per viewport, stores the PNGs and compares each with
 * the approved baseline. The row ends succeeded or failed with a code; a
 * render never stays "running" because of an error here.
 */
export function createRenderRunner(deps: RenderRunnerDeps) {
  const renders = rendersRepository(deps.db);
  // The component's own design system (its owner's row), else its preset, else the default preset.
  const tokensOf =
    deps.tokensOf ??
    (async (component: { designSystemId: string | null; designSystemPreset: string | null; ownerId: string }) => {
      const row = component.designSystemId ? await designSystemsRepository(deps.db).findOwned(component.designSystemId, component.ownerId) : undefined;
      if (row) return row.tokens as TokenSet;
      return (presets as Record<string, TokenSet>)[component.designSystemPreset ?? 'anclora-ocean'] ?? presets['anclora-ocean'];
    });

  async function run(renderId: string): Promise<RenderRow | undefined> {
    const row = await renders.findById(renderId);
    if (!row || row.status === 'succeeded') return row;
    const started = performance.now();
    await renders.update(renderId, { status: 'running', attempts: row.attempts + 1 });
    try {
      const found = await componentsRepository(deps.db).findVersion(row.componentId, row.version);
      if (!found) throw new RenderFailure('NOT_FOUND', 'The component or its version no longer exists.');
      const tokens = await tokensOf(found.component);
      const spec = found.version.spec as ComponentSpec;
      if (row.target === ALL_TARGETS) {
        const results = await compareTargets({ renderId, spec, tokens, viewports: row.viewports, threshold: found.component.visualThreshold });
        const durationMs = Math.round(performance.now() - started);
        await renders.update(renderId, { status: 'succeeded', results, error: null, durationMs });
        deps.onFinished?.({ target: row.target, status: 'succeeded', durationMs });
        return renders.findById(renderId);
      }
      if (!isTargetId(row.target)) throw new RenderFailure('VALIDATION_ERROR', `Unknown target "${row.target}".`);
      const results = await renderSpec({ renderId, componentId: row.componentId, spec, tokens, target: row.target, viewports: row.viewports, threshold: found.component.visualThreshold });
      const durationMs = Math.round(performance.now() - started);
      await renders.update(renderId, { status: 'succeeded', results, error: null, durationMs });
      deps.onFinished?.({ target: row.target, status: 'succeeded', durationMs });
    } catch (error) {
      const code = error instanceof BrowserUnavailableError ? 'BROWSER_UNAVAILABLE' : error instanceof RenderFailure ? error.code : 'RENDER_FAILED';
      const durationMs = Math.round(performance.now() - started);
      await renders.update(renderId, { status: 'failed', error: { code, message: (error as Error).message }, durationMs });
      deps.onFinished?.({ target: row.target, status: 'failed', durationMs, errorCode: code });
    }
    return renders.findById(renderId);
  }

  /** Builds one target's preview, publishes it to the preview origin and renders it at each viewport. */
  async function renderTarget(spec: ComponentSpec, tokens: TokenSet, target: TargetId, viewports: number[], audit = true) {
    const document = await deps.builder.build({ spec, tokens, target });
    await deps.store.publish(document);
    return renderPage(deps.pool, { url: `${await deps.previewUrl()}/p/${document.hash}`, viewports, audit });
  }

  /** Stores a PNG under the render's folder and returns its key. */
  async function storePng(renderId: string, name: string, png: Buffer): Promise<string> {
    const key = `renders/${renderId}/${name}.png`;
    await deps.storage.put(key, png, { contentType: 'image/png' });
    return key;
  }

  async function renderSpec(job: { renderId: string; componentId: string; spec: ComponentSpec; tokens: TokenSet; target: TargetId; viewports: number[]; threshold: number }): Promise<ViewportResult[]> {
    const pages = await renderTarget(job.spec, job.tokens, job.target, job.viewports);
    const baselines = new Map((await renders.baselinesOf(job.componentId, job.target)).map((b) => [b.viewport, b]));
    const results: ViewportResult[] = [];
    for (const page of pages) {
      const screenshotKey = await storePng(job.renderId, String(page.viewport), page.png);
      const result: ViewportResult = { viewport: page.viewport, screenshotKey, consoleErrors: page.consoleErrors, axe: page.axe, perf: page.perf };
      const baseline = baselines.get(page.viewport);
      const baselinePng = baseline ? await deps.storage.get(baseline.screenshotKey) : undefined;
      if (baseline && baselinePng) {
        const diff = diffPng(baselinePng.body, page.png, { threshold: deps.diffThreshold });
        const diffKey = await storePng(job.renderId, `${page.viewport}-diff`, diff.diffPng);
        result.diff = { baselineRenderId: baseline.renderId, diffKey, changedPixels: diff.changedPixels, ratio: diff.ratio, threshold: job.threshold, passed: diff.ratio <= job.threshold };
      }
      results.push(result);
    }
    return results;
  }

  /**
   * Cross-framework equivalence: the html-css reference is rendered and
   * audited as usual, then every other target is screenshotted and compared
   * with it per viewport. One spec compiles to every target, so they should
   * be pixel-identical; the ratio says how far each is.
   */
  async function compareTargets(job: { renderId: string; spec: ComponentSpec; tokens: TokenSet; viewports: number[]; threshold: number }): Promise<ViewportResult[]> {
    const pages = await renderTarget(job.spec, job.tokens, REFERENCE_TARGET, job.viewports);
    const results: ViewportResult[] = [];
    for (const page of pages) {
      const screenshotKey = await storePng(job.renderId, String(page.viewport), page.png);
      results.push({ viewport: page.viewport, screenshotKey, consoleErrors: page.consoleErrors, axe: page.axe, perf: page.perf, targets: [] });
    }
    for (const { id } of TARGETS) {
      const target = id as TargetId;
      if (target === REFERENCE_TARGET) continue;
      const shots = await renderTarget(job.spec, job.tokens, target, job.viewports, false);
      for (const [i, shot] of shots.entries()) {
        const result = results[i]!;
        const diff = diffPng(pages[i]!.png, shot.png, { threshold: deps.diffThreshold });
        const screenshotKey = await storePng(job.renderId, `${shot.viewport}-${target}`, shot.png);
        const diffKey = await storePng(job.renderId, `${shot.viewport}-${target}-diff`, diff.diffPng);
        result.targets!.push({ target, screenshotKey, consoleErrors: shot.consoleErrors, diffKey, changedPixels: diff.changedPixels, ratio: diff.ratio, passed: diff.ratio <= job.threshold });
      }
    }
    return results;
  }

  return { run, renderSpec, compareTargets };
}
export type RenderRunner = ReturnType<typeof createRenderRunner>;

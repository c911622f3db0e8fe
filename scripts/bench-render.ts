/**
 * `npm run bench:render`: the rendering side, measured in this process.
 *  1. Preview-document build time per target: cold (a spec never built, the
 *     framework runtimes already warm) and cached (the same input again).
 *  2. Screenshot + axe audit per viewport with a warm pool (Debian's Chromium
 *     through playwright-core), one viewport per pool job, as render jobs run.
 *  3. Pixel diff of two 1200×800 screenshots.
 * Env: BENCH_RUNS (default 30), CHROMIUM_PATH.
 */
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { ARCHETYPES, TARGETS, generateSpec, presets, type TargetId } from '@anclora/engine';
import { createBrowserPool, createPreviewBuilder, diffPng, renderPage, type PreviewDocument } from '@anclora/render';
import { startPreviewServer } from '@anclora/render/testing';

const runs = Number(process.env.BENCH_RUNS ?? 30);
const tokens = presets['anclora-ocean'];
const specs = ARCHETYPES.map((a) => generateSpec(a.title.en).spec);

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return `median ${at(0.5).toFixed(2)} ms  p95 ${at(0.95).toFixed(2)} ms  (n=${samples.length})`;
}

console.log(`# bench:render — Node ${process.version}, ${runs} runs\n`);

// 1. Preview builds.
const builder = createPreviewBuilder();
const documents = new Map<string, PreviewDocument>();
console.log('## preview-document build, per target (cold = a new spec, runtimes warm; cached = same input again)\n');
for (const { id } of TARGETS) {
  const target = id as TargetId;
  // Warm the target's runtime bundle once (its first-ever build, reported separately).
  const first = performance.now();
  await builder.build({ spec: specs[0]!, tokens, target });
  const runtimeMs = performance.now() - first;
  const cold: number[] = [];
  const cached: number[] = [];
  for (let i = 1; i <= Math.min(runs, specs.length - 1); i++) {
    let started = performance.now();
    const document = await builder.build({ spec: specs[i]!, tokens, target });
    cold.push(performance.now() - started);
    started = performance.now();
    await builder.build({ spec: specs[i]!, tokens, target });
    cached.push(performance.now() - started);
    documents.set(`${target}:${i}`, document);
  }
  console.log(`${target.padEnd(16)} first build (runtime) ${runtimeMs.toFixed(0).padStart(5)} ms · cold ${stats(cold)} · cached ${stats(cached)}`);
}

// 2. Screenshot + audit with a warm pool, each document served with its real CSP.
const server = await startPreviewServer(builder);
const pool = createBrowserPool({ size: 2 });
try {
  const htmlUrls = [...documents.entries()].filter(([key]) => key.startsWith('html-css:')).map(([, d]) => server.add(d));
  // Warm-up: launch, pages, JIT.
  await renderPage(pool, { url: htmlUrls[0]!, viewports: [375, 768] });
  console.log('\n## screenshot + axe audit per viewport, warm pool of 2 pages (html-css archetypes)\n');
  const pngs = new Map<number, Buffer[]>();
  for (const viewport of [375, 768, 1200]) {
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      const [result] = await renderPage(pool, { url: htmlUrls[i % htmlUrls.length]!, viewports: [viewport] });
      samples.push(performance.now() - started);
      if (result!.consoleErrors.length) throw new Error(`console errors: ${result!.consoleErrors.join('; ')}`);
      pngs.set(viewport, [...(pngs.get(viewport) ?? []), result!.png]);
    }
    console.log(`${String(viewport).padStart(4)} px: ${stats(samples)}`);
  }

  // 3. Pixel diff at 1200 px (the screenshots are full-page; the two compared are cropped by diffPng's union canvas).
  const [a, b] = await renderPage(pool, { url: htmlUrls[0]!, viewports: [1200, 1200], height: 800, audit: false });
  const diffs: number[] = [];
  const decodes: number[] = [];
  const compares: number[] = [];
  const encodes: number[] = [];
  for (let i = 0; i < runs; i++) {
    let started = performance.now();
    diffPng(a!.png, b!.png, { threshold: 0.1 });
    diffs.push(performance.now() - started);
    // The same work in its three steps, to say where the time goes.
    started = performance.now();
    const left = PNG.sync.read(a!.png);
    const right = PNG.sync.read(b!.png);
    decodes.push(performance.now() - started);
    const out = new PNG({ width: left.width, height: left.height });
    started = performance.now();
    pixelmatch(left.data, right.data, out.data, left.width, left.height, { threshold: 0.1, includeAA: false });
    compares.push(performance.now() - started);
    started = performance.now();
    PNG.sync.write(out, { filterType: 0 });
    encodes.push(performance.now() - started);
  }
  const { width, height } = diffPng(a!.png, b!.png, { threshold: 0.1 });
  console.log(`\n## pixel diff (pixelmatch, threshold 0.1, anti-aliasing ignored), ${width}×${height}\n`);
  console.log(`whole diffPng (decode both, compare, encode the diff image): ${stats(diffs)}`);
  console.log(`  decode both PNGs:                   ${stats(decodes)}`);
  console.log(`  compare (pixelmatch):               ${stats(compares)}   (aim: < 30 ms)`);
  console.log(`  encode the diff PNG:                ${stats(encodes)}`);
  console.log(`\npool: ${JSON.stringify(pool.stats())}`);
} finally {
  await pool.close();
  await server.close();
}

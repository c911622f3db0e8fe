/**
 * `npm run bench:lighthouse`: Lighthouse on the landing page `/` as `npm start`
 * serves it — the built web app (apps/web/dist) from the production server
 * bundle (apps/api/dist/server.js) on embedded defaults, in its own process —
 * audited in Debian's Chromium with Lighthouse's mobile default (simulated
 * Slow 4G, 4× CPU slowdown) and its desktop preset. Each run starts from a
 * cold cache (Lighthouse resets storage before loading the page).
 *
 * Prints the median per category and per metric over the runs as a markdown
 * table, plus every audit that lost points in any run (what to fix).
 *
 * Options: --runs N (default 3), --min SCORE (exit 1 when the median
 * performance, accessibility or best-practices score of either preset is
 * below it, e.g. --min 95), --min-mobile-performance SCORE (a separate floor for
 * the mobile preset's performance score, the one that depends most on the machine's
 * CPU: Lighthouse multiplies the observed main-thread time by four), --out DIR (also
 * save each run's HTML report and JSON result there, to see why an audit failed).
 * Env: CHROMIUM_PATH (default /usr/bin/chromium). Never downloads a browser.
 */
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, type Config, type Result } from 'lighthouse';
import { checkBuild, startBuiltApp, webDist } from './lib/built-app.js';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** The categories `--min` holds to (SEO is reported, not gated). */
const GATED = ['performance', 'accessibility', 'best-practices'] as const;

const { values: options } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, min: { type: 'string' }, 'min-mobile-performance': { type: 'string' }, out: { type: 'string' } },
});
const runs = Number(options.runs);
const min = options.min === undefined ? undefined : Number(options.min);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, got ${options.runs}`);
if (min !== undefined && !(min >= 0 && min <= 100)) throw new Error(`--min must be a score from 0 to 100, got ${options.min}`);
const minMobilePerformance = options['min-mobile-performance'] === undefined ? min : Number(options['min-mobile-performance']);
if (minMobilePerformance !== undefined && !(minMobilePerformance >= 0 && minMobilePerformance <= 100)) {
  throw new Error(`--min-mobile-performance must be a score from 0 to 100, got ${options['min-mobile-performance']}`);
}

// Build check: measure what `npm run build` produced, and say so when it is missing or older than the sources.
checkBuild('to measure the current code');
if (!existsSync(chromiumPath)) {
  console.error(`Chromium not found at ${chromiumPath}: install Debian's chromium or set CHROMIUM_PATH.`);
  process.exit(2);
}
// The e2e harness once built under vitest's NODE_ENV=test, which gave React's development build.
if (readdirSync(path.join(webDist, 'assets')).some((file) => file.includes('jsx-dev-runtime'))) {
  console.error('apps/web/dist is a development build (React dev runtime): run `npm run build` first.');
  process.exit(2);
}

const median = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

interface Sample {
  scores: Record<(typeof CATEGORIES)[number], number>;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  transferBytes: number;
  jsBytes: number;
  /** Audits in the categories that scored below 1 (binary audits) or below 0.9 (metric audits), id → title and value. */
  lost: Map<string, string>;
}

function sampleOf(lhr: Result): Sample {
  const audit = (id: string) => lhr.audits[id];
  const numeric = (id: string) => audit(id)?.numericValue ?? Number.NaN;
  const summary = (audit('resource-summary')?.details as { items?: Array<{ resourceType: string; transferSize: number }> } | undefined)?.items ?? [];
  const lost = new Map<string, string>();
  for (const category of Object.values(lhr.categories)) {
    for (const ref of category.auditRefs) {
      const result = audit(ref.id);
      if (!result || ref.weight === 0 || result.score === null || result.score >= (ref.group === 'metrics' ? 0.9 : 1)) continue;
      lost.set(ref.id, `${category.id}: ${result.title}${result.displayValue ? ` (${result.displayValue})` : ''}`);
    }
  }
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  return {
    scores: Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)])) as Sample['scores'],
    fcpMs: numeric('first-contentful-paint'),
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    transferBytes: numeric('total-byte-weight'),
    jsBytes: summary.find((item) => item.resourceType === 'script')?.transferSize ?? Number.NaN,
    lost,
  };
}

const PRESETS: Array<{ name: string; config: Config | undefined }> = [
  { name: 'mobile', config: undefined },
  { name: 'desktop', config: desktopConfig },
];

const app = await startBuiltApp('anclora-bench-lighthouse-');
const url = `${app.url}/`;
let chrome: chromeLauncher.LaunchedChrome | undefined;
let failed = false;
try {
  // The server's own first-request warm-up (JIT, file stats) is not the page's cost.
  await fetch(url);

  chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: CHROMIUM_FLAGS, logLevel: 'silent' });
  const browser = ((await (await fetch(`http://127.0.0.1:${chrome.port}/json/version`)).json()) as { Browser: string }).Browser;
  // Lighthouse's simulated throttling scales the CPU time it observes: a busy machine inflates TBT.
  const load = os.loadavg()[0]!.toFixed(1);
  console.log(`# bench:lighthouse — ${url}, ${runs} run(s) per preset, ${browser}, Node ${process.version}, ${os.cpus().length} cores, load ${load}\n`);

  const rows: string[] = [];
  let lighthouseVersion = '';
  for (const preset of PRESETS) {
    const samples: Sample[] = [];
    // A run without a performance score (Lighthouse's sporadic NO_LCP, NO_FCP) is taken again, a few times at most.
    for (let i = 0, retries = 0; i < runs; i++) {
      const result = await lighthouse(url, { port: chrome.port, output: 'html', logLevel: 'error', onlyCategories: [...CATEGORIES] }, preset.config);
      if (!result) throw new Error('Lighthouse returned no result');
      if (options.out) {
        await mkdir(options.out, { recursive: true });
        await writeFile(path.join(options.out, `${preset.name}-${i + 1}.html`), String(result.report));
        await writeFile(path.join(options.out, `${preset.name}-${i + 1}.json`), JSON.stringify(result.lhr, null, 1));
      }
      lighthouseVersion = result.lhr.lighthouseVersion;
      if (result.lhr.categories.performance?.score == null && retries < runs) {
        const reason = Object.values(result.lhr.audits).find((audit) => audit.errorMessage)?.errorMessage ?? 'unknown';
        console.log(`${preset.name} run ${i + 1}: no performance score (${reason}); taking it again`);
        retries += 1;
        i -= 1;
        continue;
      }
      const sample = sampleOf(result.lhr);
      samples.push(sample);
      console.log(`${preset.name} run ${i + 1}: ${CATEGORIES.map((c) => `${c} ${sample.scores[c]}`).join(' · ')} · LCP ${sample.lcpMs.toFixed(0)} ms`);
    }
    const med = (pick: (s: Sample) => number) => median(samples.map(pick));
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, med((s) => s.scores[c])])) as Sample['scores'];
    const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
    rows.push(
      `| ${preset.name} | ${CATEGORIES.map((c) => scores[c]).join(' | ')} | ${med((s) => s.fcpMs).toFixed(0)} ms | ${med((s) => s.lcpMs).toFixed(0)} ms | ` +
        `${med((s) => s.tbtMs).toFixed(0)} ms | ${med((s) => s.cls).toFixed(3)} | ${kib(med((s) => s.transferBytes))} | ${kib(med((s) => s.jsBytes))} |`,
    );
    const lost = new Map<string, { text: string; runs: number }>();
    for (const sample of samples) for (const [id, text] of sample.lost) lost.set(id, { text, runs: (lost.get(id)?.runs ?? 0) + 1 });
    for (const [id, { text, runs: count }] of lost) console.log(`  lost points: ${id} — ${text} (${count}/${runs} runs)`);
    for (const category of GATED) {
      const [floor, flag] = preset.name === 'mobile' && category === 'performance' ? [minMobilePerformance, '--min-mobile-performance'] : [min, '--min'];
      if (floor !== undefined && scores[category] < floor) {
        failed = true;
        console.error(`  ${preset.name} ${category} median ${scores[category]} is below ${flag} ${floor}`);
      }
    }
    console.log('');
  }

  console.log(`## Lighthouse ${lighthouseVersion}, landing page \`/\`, median of ${runs} run(s)\n`);
  console.log('| preset | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS | transferred | of which JS |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const row of rows) console.log(row);
} finally {
  await chrome?.kill();
  await app.stop();
}
if (failed) process.exit(1);

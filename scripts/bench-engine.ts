/**
 * `npm run bench:engine`: for the whole archetype catalogue, the time to
 * generate a spec offline and to compile one spec to all ten targets
 * (median and p99 over every archetype × repetition), plus memory.
 * Env: BENCH_REPEAT (default 50 repetitions per archetype).
 */
import os from 'node:os';
import { ARCHETYPES, TARGET_IDS, compileAll, defaultSlots, generateSpec, presets } from '@anclora/engine';

const repeat = Number(process.env.BENCH_REPEAT ?? 50);
const tokens = presets['anclora-ocean'];

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1]! };
}
const ms = (n: number) => `${n.toFixed(3)} ms`;

// Prompts that land on each archetype: its own English title.
const prompts = ARCHETYPES.map((a) => a.title.en);
const specs = ARCHETYPES.map((a) => a.build(defaultSlots('en')));

// Warm-up: JIT, lazy presets, regex compilation.
for (let i = 0; i < 5; i++) for (const [j, spec] of specs.entries()) {
  compileAll(spec, tokens);
  generateSpec(prompts[j]!);
}
global.gc?.();
const heapBefore = process.memoryUsage().heapUsed;

const generateTimes: number[] = [];
const compileTimes: number[] = [];
for (let r = 0; r < repeat; r++) {
  for (const [j, spec] of specs.entries()) {
    let t = performance.now();
    generateSpec(prompts[j]!);
    generateTimes.push(performance.now() - t);
    t = performance.now();
    compileAll(spec, tokens);
    compileTimes.push(performance.now() - t);
  }
}
const memory = process.memoryUsage();
const g = stats(generateTimes);
const c = stats(compileTimes);
console.log(`# bench:engine — ${ARCHETYPES.length} archetypes × ${repeat} repetitions, ${TARGET_IDS.length} targets, Node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} ×${os.cpus().length}\n`);
console.log(`offline generation (prompt → spec):        median ${ms(g.median)}  p99 ${ms(g.p99)}  max ${ms(g.max)}   (aim: < 2 ms)`);
console.log(`compile one spec to all ${TARGET_IDS.length} targets:        median ${ms(c.median)}  p99 ${ms(c.p99)}  max ${ms(c.max)}   (aim: < 5 ms)`);
console.log(`memory: heap used ${(memory.heapUsed / 2 ** 20).toFixed(1)} MiB (grew ${((memory.heapUsed - heapBefore) / 2 ** 20).toFixed(1)} MiB during the run, before GC), rss ${(memory.rss / 2 ** 20).toFixed(1)} MiB`);

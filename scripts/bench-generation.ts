/**
 * `npm run bench:generation`: the generation pipeline's own overhead —
 * request to finished answer, minus the provider's time — through the real
 * HTTP server; a cache hit's latency; the time from request to the first
 * server-sent event; and, with a model provider, how long a token takes from
 * the provider's socket to the client as an SSE `progress` event.
 *
 * Scenarios (each a fresh server process):
 *   offline    — the offline generator, embedded defaults (PGlite, in-process cache)
 *   anthropic  — the real Anthropic SDK against the fake Messages API on loopback
 *   production — offline generator on PostgreSQL + Redis (needs TEST_DATABASE_URL, TEST_REDIS_URL)
 * Env: BENCH_REQUESTS (default 200), BENCH_SCENARIOS (comma list, default all available).
 */
import { randomBytes } from 'node:crypto';
import { startFakeAnthropic, type FakeServer } from '@anclora/ai/testing';
import { createTempDatabase } from '@anclora/db';
import { ARCHETYPES, generateSpec } from '@anclora/engine';
import { startApiBundle, type ApiBundle } from './lib/server-bundles.js';

const requests = Number(process.env.BENCH_REQUESTS ?? 200);
// A per-run salt: the production scenario's Redis cache outlives a run, and every miss must be a miss.
const salt = randomBytes(3).toString('hex');
const prompts = ARCHETYPES.map((a) => `${a.title.en} ${salt}`);

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return `p50 ${at(0.5).toFixed(2)} ms  p99 ${at(0.99).toFixed(2)} ms  (n=${samples.length})`;
}

/** Reads an SSE response, calling onEvent with each event's name and parsed data as it arrives. */
async function readEvents(res: Response, onEvent: (event: string, data: Record<string, unknown>) => void): Promise<void> {
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: (.+)$/m.exec(block)?.[1] ?? 'message';
      onEvent(event, JSON.parse(/^data: (.+)$/m.exec(block)?.[1] ?? 'null') as Record<string, unknown>);
    }
  }
}

interface Scenario {
  name: string;
  env: Record<string, string>;
  /** The fake model server whose first-token times the relay measurement reads. */
  fake?: FakeServer;
  cleanup?: () => Promise<void>;
}

async function runScenario(scenario: Scenario): Promise<void> {
  let server: ApiBundle | undefined;
  try {
    server = await startApiBundle({ ANONYMOUS_TRIAL_GENERATIONS: '1000000', GENERATION_RATE_LIMIT_PER_MINUTE: '1000000', ...scenario.env }, { tmpPrefix: 'anclora-bench-gen-' });
    const { url } = server;
    const post = (prompt: string, target: string, accept = 'application/json') =>
      fetch(`${url}/api/generations`, { method: 'POST', headers: { 'content-type': 'application/json', accept }, body: JSON.stringify({ prompt, target }) });

    // Warm-up (JIT, connections, presets).
    for (const prompt of prompts.slice(0, 10)) await (await post(`warm ${prompt}`, 'react-css')).json();

    const overhead: number[] = [];
    const total: number[] = [];
    const stages = new Map<string, number[]>();
    const recordStages = (header: string | null) => {
      for (const part of (header ?? '').split(',')) {
        const match = /^\s*([\w-]+);dur=([\d.]+)/.exec(part);
        if (match) stages.set(match[1]!, [...(stages.get(match[1]!) ?? []), Number(match[2])]);
      }
    };
    for (let i = 0; i < requests; i++) {
      // A distinct prompt each time, so every request misses the cache.
      const prompt = `${prompts[i % prompts.length]} #${i}`;
      const started = performance.now();
      const res = await post(prompt, 'react-tailwind');
      const body = (await res.json()) as { providerMs: number; fromCache: boolean };
      const elapsed = performance.now() - started;
      recordStages(res.headers.get('server-timing'));
      if (body.fromCache !== false) throw new Error(`expected a cache miss: ${JSON.stringify(body).slice(0, 300)}`);
      total.push(elapsed);
      overhead.push(elapsed - body.providerMs);
    }

    const cached: number[] = [];
    for (let i = 0; i < requests; i++) {
      const started = performance.now();
      const body = (await (await post(`${prompts[i % prompts.length]} #${i}`, 'react-tailwind')).json()) as { fromCache: boolean };
      cached.push(performance.now() - started);
      if (!body.fromCache) throw new Error('expected a cache hit');
    }

    const firstEvent: number[] = [];
    const relay: number[] = [];
    for (let i = 0; i < Math.min(requests, 100); i++) {
      const started = performance.now();
      const before = scenario.fake?.requests.length ?? 0;
      const res = await post(`${prompts[i % prompts.length]} sse #${i}`, 'vue-css', 'text/event-stream');
      let first = true;
      let tokenSeen = false;
      await readEvents(res, (event, data) => {
        const now = performance.now();
        if (first) firstEvent.push(now - started);
        first = false;
        // The first progress event carrying model output: relay = now − when the fake wrote that token.
        if (scenario.fake && !tokenSeen && event === 'progress' && Number(data.characters) > 0) {
          tokenSeen = true;
          const sent = scenario.fake.requests[before]?.firstTokenAt;
          if (sent !== undefined) relay.push(now - sent);
        }
      });
    }

    console.log(`\n## ${scenario.name} — ${requests} requests each, Node ${process.version}\n`);
    console.log(`request → answer (cache miss), total:         ${stats(total)}`);
    console.log(`pipeline overhead (total − provider time):    ${stats(overhead)}   (aim: < 15 ms p50)`);
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    console.log(`  stages (Server-Timing, median ms):          ${[...stages].map(([name, xs]) => `${name} ${median(xs).toFixed(2)}`).join(' · ')}`);
    console.log(`cache hit, request → answer:                  ${stats(cached)}   (aim: < 5 ms p99)`);
    console.log(`SSE request → first event:                    ${stats(firstEvent)}`);
    if (relay.length) console.log(`provider's first token → client SSE event:    ${stats(relay)}   (aim: < 5 ms)`);
  } finally {
    await server?.stop();
    await scenario.cleanup?.();
  }
}

const wanted = new Set((process.env.BENCH_SCENARIOS ?? 'offline,anthropic,production').split(','));
const realServices = process.env.TEST_DATABASE_URL && process.env.TEST_REDIS_URL;
console.log('# bench:generation — HTTP on loopback, one request at a time');

if (wanted.has('offline')) await runScenario({ name: 'offline provider, embedded (PGlite, in-process cache)', env: {} });

if (wanted.has('anthropic')) {
  // A realistic answer: one archetype's full spec, streamed in 64-character deltas as the API does.
  // The first token comes 25 ms after the headers, alone, as a model's does (time to first token);
  // the rest follows at once, so a run takes seconds, not the minutes a paced model would.
  const fake = await startFakeAnthropic([{ kind: 'tool', input: generateSpec('pricing table with 3 plans').spec, chunkSize: 64, firstTokenDelayMs: 25 }]);
  await runScenario({
    name: 'Anthropic SDK → fake Messages API, embedded',
    env: { AI_PROVIDER: 'anthropic', ANTHROPIC_API_KEY: 'sk-bench', ANTHROPIC_BASE_URL: fake.url },
    fake,
    cleanup: () => fake.close(),
  });
}

if (wanted.has('production')) {
  if (!realServices) console.log('\n(production scenario skipped: set TEST_DATABASE_URL and TEST_REDIS_URL)');
  else {
    const temp = await createTempDatabase(process.env.TEST_DATABASE_URL!, 'bench');
    await runScenario({
      name: 'offline provider, PostgreSQL + Redis',
      env: { DATABASE_URL: temp.url, REDIS_URL: process.env.TEST_REDIS_URL!, QUEUE_PREFIX: `anclora-bench-${randomBytes(4).toString('hex')}` },
      cleanup: () => temp.drop(),
    });
  }
}

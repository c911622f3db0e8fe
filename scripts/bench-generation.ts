/**
 * `npm run bench:generation`: the generation pipeline's own overhead —
 * request to finished answer, minus the provider's time — through the real
 * HTTP server, for the offline provider; a cache hit's latency; and the time
 * from request to the first server-sent event.
 * Env: BENCH_REQUESTS (default 200).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ARCHETYPES } from '@anclora/engine';

const root = path.resolve(import.meta.dirname, '..');
const requests = Number(process.env.BENCH_REQUESTS ?? 200);

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return `p50 ${at(0.5).toFixed(2)} ms  p99 ${at(0.99).toFixed(2)} ms  (n=${samples.length})`;
}

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'anclora-bench-gen-'));
const port = await freePort();
const url = `http://127.0.0.1:${port}`;
const child = spawn('node', [path.join(root, 'apps/api/dist/server.js')], {
  cwd: root,
  env: {
    ...process.env,
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATA_DIR: dataDir,
    ANONYMOUS_TRIAL_GENERATIONS: '1000000',
    GENERATION_RATE_LIMIT_PER_MINUTE: '1000000',
    RATE_LIMIT_MAX: '1000000',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});
try {
  for (;;) {
    const res = await fetch(`${url}/api/health`).catch(() => undefined);
    if (res?.ok) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  const prompts = ARCHETYPES.map((a) => a.title.en);
  const post = (prompt: string, target: string, accept = 'application/json') =>
    fetch(`${url}/api/generations`, { method: 'POST', headers: { 'content-type': 'application/json', accept }, body: JSON.stringify({ prompt, target }) });

  // Warm-up (JIT, PGlite, presets).
  for (const prompt of prompts.slice(0, 10)) await (await post(`warm ${prompt}`, 'react-css')).json();

  const overhead: number[] = [];
  const total: number[] = [];
  for (let i = 0; i < requests; i++) {
    // A distinct prompt each time, so every request misses the cache.
    const prompt = `${prompts[i % prompts.length]} #${i}`;
    const started = performance.now();
    const body = (await (await post(prompt, 'react-tailwind')).json()) as { providerMs: number; fromCache: boolean };
    const elapsed = performance.now() - started;
    if (body.fromCache) throw new Error('expected a cache miss');
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
  for (let i = 0; i < Math.min(requests, 100); i++) {
    const started = performance.now();
    const res = await post(`${prompts[i % prompts.length]} sse #${i}`, 'vue-css', 'text/event-stream');
    const reader = res.body!.getReader();
    await reader.read();
    firstEvent.push(performance.now() - started);
    while (!(await reader.read()).done) {
      /* drain */
    }
  }

  console.log(`# bench:generation — offline provider, HTTP on loopback, ${requests} requests each, Node ${process.version}\n`);
  console.log(`request → answer (cache miss), total:         ${stats(total)}`);
  console.log(`pipeline overhead (total − provider time):    ${stats(overhead)}   (aim: < 15 ms p50)`);
  console.log(`cache hit, request → answer:                  ${stats(cached)}   (aim: < 5 ms p99)`);
  console.log(`SSE request → first event:                    ${stats(firstEvent)}`);
} finally {
  child.kill('SIGTERM');
  await new Promise((r) => child.on('exit', r));
  await rm(dataDir, { recursive: true, force: true });
}

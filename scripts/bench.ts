/**
 * `npm run bench`: throughput and latency of the full API stack next to a
 * bare Fastify server in the same run, plus cold start to ready.
 *
 * Each server runs in its own child process; autocannon drives it from this
 * process over loopback. Figures depend on the machine: compare within a run.
 * Env: BENCH_SECONDS (default 10), BENCH_CONNECTIONS (default 50); with
 * BENCH_DATABASE_URL and BENCH_REDIS_URL the full stack is measured again on
 * real PostgreSQL and Redis (a throwaway database is created and dropped).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { createTempDatabase } from '@anclora/db';
import { freePort } from './lib/free-port.js';
import { answers, startService, stopService, waitUntil } from './lib/processes.js';
import { root, startApiBundle } from './lib/server-bundles.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);

/** scripts/bench-bare-server.ts, the baseline: Fastify with one route and none of the app. */
async function startBareServer(): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const bare = startService('bare server', path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'scripts/bench-bare-server.ts')], {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port) },
  });
  await waitUntil(bare, '/api/health', answers(`${url}/api/health`), { pollMs: 10 });
  return { url, stop: () => stopService(bare) };
}

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
}

async function load(url: string, headers: Record<string, string> = {}): Promise<Figures> {
  // Warm-up so JIT and connection pools are settled before measuring.
  await autocannon({ url, connections, duration: 2, headers });
  const result = await autocannon({ url, connections, duration: seconds, headers });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx };
}

/** Process spawn to the first 200 from /api/ready (health first answers a few ms earlier). */
async function coldStart(dataDir: string): Promise<number> {
  const started = performance.now();
  const server = await startApiBundle({}, { dataDir, pollMs: 10 });
  const ms = performance.now() - started;
  await server.stop();
  return ms;
}

async function loadAuthenticatedRead(url: string): Promise<Figures> {
  const registered = await fetch(`${url}/api/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'bench@example.com', password: 'bench-password-1' }),
  });
  const { accessToken } = (await registered.json()) as { accessToken: string };
  return load(`${url}/api/auth/me`, { authorization: `Bearer ${accessToken}` });
}

const fmt = (f: Figures) => `${Math.round(f.rps).toLocaleString('en')} req/s | p50 ${f.p50} ms | p99 ${f.p99} ms${f.non2xx ? ` | ${f.non2xx} non-2xx` : ''}`;

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'anclora-bench-'));
try {
  console.log(`# bench: ${connections} connections, ${seconds} s per run, Node ${process.version}, ${os.cpus().length} CPUs\n`);

  const bare = await startBareServer();
  const bareHealth = await load(`${bare.url}/api/health`);
  await bare.stop();
  console.log(`bare Fastify   GET /api/health   ${fmt(bareHealth)}`);

  // The full stack as production runs it (helmet, CORS, rate limit, metrics,
  // request ids, JSON logs at the production level), on embedded defaults. The
  // rate limit stays on with a ceiling the benchmark cannot reach.
  const full = await startApiBundle({}, { dataDir: path.join(dataDir, 'full') });
  const fullHealth = await load(`${full.url}/api/health`);
  console.log(`full stack     GET /api/health   ${fmt(fullHealth)}`);

  const me = await loadAuthenticatedRead(full.url);
  console.log(`full stack     GET /api/auth/me  ${fmt(me)}  (JWT verify + user/session join on PGlite)`);
  await full.stop();

  if (process.env.BENCH_DATABASE_URL && process.env.BENCH_REDIS_URL) {
    const temp = await createTempDatabase(process.env.BENCH_DATABASE_URL, 'bench');
    try {
      const real = await startApiBundle({ DATABASE_URL: temp.url, REDIS_URL: process.env.BENCH_REDIS_URL }, { dataDir: path.join(dataDir, 'real') });
      const health = await load(`${real.url}/api/health`);
      console.log(`PostgreSQL+Redis GET /api/health   ${fmt(health)}`);
      const read = await loadAuthenticatedRead(real.url);
      console.log(`PostgreSQL+Redis GET /api/auth/me  ${fmt(read)}  (rate limit counted in Redis on every request)`);
      await real.stop();
    } finally {
      await temp.drop();
    }
  }

  const ratio = fullHealth.rps / bareHealth.rps;
  console.log(`\nfull stack keeps ${(ratio * 100).toFixed(1)} % of bare Fastify throughput on /api/health (aim: >= 60 %)`);

  const fresh = await coldStart(path.join(dataDir, 'cold'));
  const warm = await coldStart(path.join(dataDir, 'cold'));
  console.log(`cold start to /api/ready 200: ${Math.round(fresh)} ms with an empty DATA_DIR (creates and migrates PGlite), ${Math.round(warm)} ms with an existing one`);
} finally {
  await rm(dataDir, { recursive: true, force: true });
}

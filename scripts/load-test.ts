/**
 * `npm run test:load`: the QA plan's ramp — 10, then 50, then 100 virtual users — over
 * health, reads, generation (offline provider) and renders, with p50/p95/p99, req/s and
 * errors per stage and scenario as a markdown table.
 *
 *   tsx scripts/load-test.ts                 full scale: 10 → 50 → 100 users, 10 s per scenario
 *   tsx scripts/load-test.ts --scale small   CI: 10 users, 3 s per scenario
 *   tsx scripts/load-test.ts --url URL       against a running server instead of starting one
 *
 * Without --url it builds and starts `apps/api/dist/server.js` on embedded defaults in a temp
 * DATA_DIR, with the rate limits and generation quotas raised so the run measures the service
 * rather than its 429s; LOAD_DATABASE_URL + LOAD_REDIS_URL run it on PostgreSQL (a throwaway
 * database, kept with LOAD_KEEP_DATABASE=1) and Redis instead. Against --url, 429s are expected and counted, not failures.
 *
 * A virtual user is an autocannon connection: it sends its next request as soon as the last one
 * is answered (closed loop, no think time), which is harsher than 100 people. Renders are the
 * exception: a render is a job of seconds on a pool of two Chromium pages, so one user in ten
 * renders, each waiting for its render to finish before asking for the next.
 *
 * Exit code 1 when, in any scenario, errors exceed 1 % of requests or a non-2xx other than
 * 429 appears.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { createTempDatabase, type TempDatabase } from '@anclora/db';
import { buildBundles, startApiBundle, type ApiBundle } from './lib/server-bundles.js';

const { values: args } = parseArgs({ options: { url: { type: 'string' }, scale: { type: 'string', default: 'full' } } });
if (args.scale !== 'small' && args.scale !== 'full') throw new Error('--scale must be small or full');
const plan = args.scale === 'small' ? { stages: [10], seconds: 3 } : { stages: [10, 50, 100], seconds: 10 };
const MAX_ERROR_RATIO = 0.01;

interface Row {
  stage: number;
  scenario: string;
  users: number;
  requests: number;
  seconds: number;
  latencies: number[];
  errors: number;
  statuses: Map<number, number>;
  note?: string;
}

const percentile = (sorted: number[], p: number) => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!);

// ── the server under test ───────────────────────────────────────────────────────────────────
async function startServer(extraEnv: Record<string, string>): Promise<ApiBundle> {
  buildBundles();
  return startApiBundle(
    {
      // The limits stay on, with ceilings a load test cannot reach: we measure the work, not 429s.
      LOGIN_RATE_LIMIT_MAX: '1000000',
      GENERATION_RATE_LIMIT_PER_MINUTE: '1000000',
      FREE_MONTHLY_GENERATIONS: '1000000000',
      ANONYMOUS_TRIAL_GENERATIONS: '1000000000',
      ...extraEnv,
    },
    { tmpPrefix: 'anclora-load-' },
  );
}

// ── fixtures: users, a public component, a component per rendering user ──────────────────────
async function api<T>(base: string, method: string, url: string, body?: unknown, token?: string): Promise<{ status: number; json: T }> {
  const res = await fetch(base + url, {
    method,
    headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, json: (await res.json().catch(() => ({}))) as T };
}

async function signUp(base: string, n: number): Promise<string> {
  const email = `load.${n}.${Date.now()}.${Math.random().toString(36).slice(2, 8)}@example.com`;
  const res = await api<{ accessToken: string }>(base, 'POST', '/api/auth/register', { email, password: 'load-test-password-1' });
  if (res.status !== 201) throw new Error(`sign-up answered ${res.status}`);
  return res.json.accessToken;
}

async function generate(base: string, token: string, prompt: string): Promise<string> {
  const res = await api<{ componentId: string }>(base, 'POST', '/api/generations', { prompt, target: 'html-css' }, token);
  if (res.status !== 200) throw new Error(`generation answered ${res.status}`);
  return res.json.componentId;
}

const PROMPTS = ['Pricing table with 3 plans, the middle one highlighted', 'login form with remember me', 'tarjeta de perfil con avatar y botón seguir', 'navigation bar with 5 links', 'product card with price and add to cart', 'alert banner, dark', 'FAQ accordion with 4 questions', 'dashboard stat cards with 4 metrics'];

// ── scenarios ───────────────────────────────────────────────────────────────────────────────
async function cannon(stage: number, scenario: string, options: autocannon.Options): Promise<Row> {
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ ...options, connections: stage, duration: plan.seconds, timeout: 30 }, (error, done) => (error ? reject(error) : resolve(done)));
    // Our own percentiles from every response (autocannon's summary has no p95).
    instance.on('response', (_client, status, _bytes, ms) => {
      latencies.push(ms);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    });
  });
  return { stage, scenario, users: stage, requests: latencies.length, seconds: plan.seconds, latencies, errors: result.errors + result.timeouts, statuses };
}

/** Closed-loop render users: request a render, poll it until it ends, repeat until time is up. */
async function renderUsers(stage: number, base: string, users: Array<{ token: string; componentId: string }>): Promise<Row[]> {
  const post: Row = { stage, scenario: 'render: POST /api/components/:id/renders', users: users.length, requests: 0, seconds: 0, latencies: [], errors: 0, statuses: new Map() };
  const done: Row = { stage, scenario: 'render: queued → succeeded (end to end)', users: users.length, requests: 0, seconds: 0, latencies: [], errors: 0, statuses: new Map() };
  const started = performance.now();
  const until = started + plan.seconds * 1000;
  await Promise.all(
    users.map(async ({ token, componentId }) => {
      while (performance.now() < until) {
        const t0 = performance.now();
        const res = await fetch(`${base}/api/components/${componentId}/renders`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: '{}' }).catch(() => undefined);
        post.latencies.push(performance.now() - t0);
        post.requests += 1;
        if (!res) { post.errors += 1; continue; }
        post.statuses.set(res.status, (post.statuses.get(res.status) ?? 0) + 1);
        if (res.status !== 202) { await res.body?.cancel(); continue; }
        const { id } = (await res.json()) as { id: string };
        for (;;) {
          await new Promise((r) => setTimeout(r, 100));
          const poll = await api<{ status: string }>(base, 'GET', `/api/renders/${id}`, undefined, token).catch(() => undefined);
          if (poll && poll.json.status !== 'succeeded' && poll.json.status !== 'failed' && performance.now() - t0 < 120_000) continue;
          done.requests += 1;
          done.latencies.push(performance.now() - t0);
          const ok = poll?.json.status === 'succeeded';
          if (!ok) done.errors += 1;
          done.statuses.set(ok ? 200 : 500, (done.statuses.get(ok ? 200 : 500) ?? 0) + 1);
          break;
        }
      }
    }),
  );
  post.seconds = done.seconds = (performance.now() - started) / 1000;
  return [post, done];
}

// ── report ──────────────────────────────────────────────────────────────────────────────────
const ms = (v: number) => (Number.isNaN(v) ? '–' : v < 10 ? v.toFixed(1) : String(Math.round(v)));

function verdict(row: Row): string | undefined {
  const unexpected = [...row.statuses].filter(([s]) => (s < 200 || s > 299) && s !== 429);
  if (unexpected.length > 0) return `unexpected statuses ${unexpected.map(([s, n]) => `${s}×${n}`).join(', ')}`;
  if (row.requests > 0 && row.errors / (row.requests + row.errors) > MAX_ERROR_RATIO) return `errors ${row.errors}/${row.requests + row.errors} over 1 %`;
  if (row.requests === 0 && !row.note) return 'no requests completed';
  return undefined;
}

function table(rows: Row[]): string {
  const lines = ['| users | scenario | requests | req/s | p50 | p95 | p99 | errors | 429 | other non-2xx |', '|---|---|---|---|---|---|---|---|---|---|'];
  for (const r of rows) {
    if (r.note) { lines.push(`| ${r.stage} | ${r.scenario} | ${r.note} | | | | | | | |`); continue; }
    const sorted = [...r.latencies].sort((a, b) => a - b);
    const other = [...r.statuses].filter(([s]) => (s < 200 || s > 299) && s !== 429).reduce((n, [, c]) => n + c, 0);
    lines.push(`| ${r.stage} | ${r.scenario}${r.users !== r.stage ? ` (${r.users} users)` : ''} | ${r.requests.toLocaleString('en')} | ${(r.requests / r.seconds).toFixed(r.requests / r.seconds < 10 ? 1 : 0)} | ${ms(percentile(sorted, 50))} ms | ${ms(percentile(sorted, 95))} ms | ${ms(percentile(sorted, 99))} ms | ${r.errors} | ${r.statuses.get(429) ?? 0} | ${other} |`);
  }
  return lines.join('\n');
}

// ── main ────────────────────────────────────────────────────────────────────────────────────
let server: ApiBundle | undefined;
let temp: TempDatabase | undefined;
let failed = false;
try {
  let base = args.url?.replace(/\/$/, '');
  let where = base ? `the server at ${base}` : 'apps/api/dist/server.js on embedded defaults (PGlite, in-memory cache and queue, local objects)';
  if (!base) {
    const extra: Record<string, string> = {};
    if (process.env.LOAD_DATABASE_URL && process.env.LOAD_REDIS_URL) {
      temp = await createTempDatabase(process.env.LOAD_DATABASE_URL, 'load');
      Object.assign(extra, { DATABASE_URL: temp.url, REDIS_URL: process.env.LOAD_REDIS_URL, RUN_WORKER_IN_PROCESS: 'true', QUEUE_PREFIX: `anclora-load-${process.pid}` });
      where = 'apps/api/dist/server.js on PostgreSQL (throwaway database) and Redis, render worker in process';
    }
    server = await startServer(extra);
    base = server.url;
  }

  const maxUsers = Math.max(...plan.stages);
  const renderUserCount = Math.max(1, Math.ceil(maxUsers / 10));
  const tokens = await Promise.all(Array.from({ length: Math.max(10, renderUserCount) }, (_, i) => signUp(base, i)));
  const publicId = await generate(base, tokens[0]!, 'Pricing table with 3 plans, the middle one highlighted');
  await api(base, 'PATCH', `/api/components/${publicId}`, { isPublic: true }, tokens[0]);
  const renderers = await Promise.all(tokens.slice(0, renderUserCount).map(async (token, i) => ({ token, componentId: await generate(base, token, PROMPTS[i % PROMPTS.length]!) })));
  // One render first: it starts the browser pool (not part of any measurement) and tells whether Chromium is there.
  const probe = await api<{ id: string }>(base, 'POST', `/api/components/${renderers[0]!.componentId}/renders`, {}, renderers[0]!.token);
  const rendersAvailable = probe.status === 202;
  if (rendersAvailable) {
    for (let i = 0; i < 600; i += 1) {
      const s = await api<{ status: string }>(base, 'GET', `/api/renders/${probe.json.id}`, undefined, renderers[0]!.token);
      if (s.json.status === 'succeeded' || s.json.status === 'failed') break;
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  console.log(`# Load test (${args.scale}): ${plan.stages.join(' → ')} users, ${plan.seconds} s per scenario`);
  console.log(`# ${where}; Node ${process.version}, ${os.cpus().length} CPUs, load generator in the same machine\n`);
  const rows: Row[] = [];
  const loadAtStart = os.loadavg()[0]!.toFixed(1);
  let counter = 0;
  for (const stage of plan.stages) {
    rows.push(await cannon(stage, 'health: GET /api/health', { url: `${base}/api/health` }));
    rows.push(
      await cannon(stage, 'reads: GET /api/targets, /api/examples, public component', {
        url: base,
        requests: [{ method: 'GET', path: '/api/targets' }, { method: 'GET', path: '/api/examples' }, { method: 'GET', path: `/api/components/${publicId}` }],
      }),
    );
    rows.push(
      await cannon(stage, 'generation: POST /api/generations (offline, signed in, saved)', {
        url: base,
        requests: [
          {
            method: 'POST',
            path: '/api/generations',
            headers: { 'content-type': 'application/json' },
            // A different prompt each time (no cache hits) from a rotating set of signed-in users.
            setupRequest: (request) => {
              counter += 1;
              const prompt = `${PROMPTS[counter % PROMPTS.length]} "${counter}"`;
              return { ...request, headers: { ...request.headers, authorization: `Bearer ${tokens[counter % tokens.length]}` }, body: JSON.stringify({ prompt, target: 'react-tailwind' }) };
            },
          },
        ],
      }),
    );
    if (rendersAvailable) rows.push(...(await renderUsers(stage, base, renderers.slice(0, Math.max(1, Math.ceil(stage / 10))))));
    else rows.push({ stage, scenario: 'render', users: 0, requests: 0, seconds: 0, latencies: [], errors: 0, statuses: new Map(), note: `skipped: ${probe.status} ${(probe.json as { code?: string }).code ?? ''} (no Chromium)` });
    console.error(`stage ${stage} done`);
  }

  console.log(table(rows));
  // Other work on the machine skews every figure: say how busy it was.
  console.log(`\nLoad average (1 min) at start ${loadAtStart}, at end ${os.loadavg()[0]!.toFixed(1)}.`);
  const problems = rows.flatMap((r) => (verdict(r) ? [`${r.stage} users, ${r.scenario}: ${verdict(r)}`] : []));
  if (problems.length > 0) {
    failed = true;
    console.log(`\nFAILED:\n${problems.map((p) => `- ${p}`).join('\n')}`);
  } else {
    console.log(`\nPASSED: every scenario under 1 % errors, no non-2xx other than 429.`);
  }
} finally {
  await server?.stop();
  // LOAD_KEEP_DATABASE=1 keeps the populated database, e.g. for a backup/restore drill.
  if (temp && process.env.LOAD_KEEP_DATABASE === '1') console.error(`kept database: ${temp.url}`);
  else await temp?.drop();
}
process.exit(failed ? 1 : 0);

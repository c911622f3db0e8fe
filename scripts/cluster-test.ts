/**
 * `npm run test:cluster`: the multi-instance proof. Three API processes and two workers run the
 * production profile against the machine's PostgreSQL and Redis and an S3-compatible store, behind
 * nginx on loopback, as a small deployment would. Then:
 *
 *   1. sessions and rate limits are shown to hold across instances (no sticky sessions);
 *   2. virtual users drive load through nginx — reads, async generations, renders — while one API
 *      process and one worker are killed with SIGKILL mid-load (a crash, not a graceful stop);
 *   3. once the work has drained, it checks that no request failed beyond what a retrying client
 *      absorbs, and that every queued job completed exactly once: each generation saved one
 *      component, each render succeeded, and the queues hold nothing waiting, active or failed.
 *
 *   tsx scripts/cluster-test.ts [--seconds 24]
 *
 * Needs nginx (Debian package), Chromium, PostgreSQL and Redis (CLUSTER_DATABASE_URL, default
 * postgres://postgres@127.0.0.1:5432/postgres, where a throwaway database is created; CLUSTER_REDIS_URL,
 * default redis://127.0.0.1:6379, used under a queue prefix of its own). Exit code 1 on any failed check.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createTempDatabase, type TempDatabase } from '@anclora/db';
import { createBullmqBackend, type QueueBackend } from '@anclora/infra';
import { startS3Server, type S3TestServer } from '@anclora/infra/testing';
import { QUEUES } from '@anclora/shared';
import { freePort } from './lib/free-port.js';
import { answers, running, startService, stopService, waitUntil, type Service } from './lib/processes.js';
import { buildBundles, bundlePath, startBundle } from './lib/server-bundles.js';

const { values: args } = parseArgs({ options: { seconds: { type: 'string', default: '24' } } });
const LOAD_SECONDS = Number(args.seconds);
if (!Number.isFinite(LOAD_SECONDS) || LOAD_SECONDS < 12) throw new Error('--seconds must be a number >= 12');
const KILL_API_AT_S = LOAD_SECONDS / 4;
const KILL_WORKER_FROM_S = LOAD_SECONDS / 3;
const GENERATION_USERS = 12;
const RENDER_USERS = 4;
/** Attempts per request of the retrying client (what a browser app or an SDK with retries does). */
const ATTEMPTS = 4;
const RETRIED_STATUSES = new Set([502, 503, 504]);
const DRAIN_TIMEOUT_MS = 120_000;

const problems: string[] = [];
const check = (ok: boolean, what: string): void => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) problems.push(what);
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ── the retrying client ─────────────────────────────────────────────────────────────────────
interface Tally {
  requests: number;
  /** Requests that needed more than one attempt and then succeeded. */
  absorbed: number;
  /** Requests that never got an answer other than 502/503/504 or a network error. */
  failed: number;
  unexpected: Map<number, number>;
  latencies: number[];
  upstreams: Map<string, number>;
}
const tally = (): Tally => ({ requests: 0, absorbed: 0, failed: 0, unexpected: new Map(), latencies: [], upstreams: new Map() });
const tallies = { reads: tally(), generations: tally(), renders: tally(), polls: tally() };

interface Reply<T> {
  status: number;
  json: T;
  headers: Headers;
}

/** A client as a user's browser or an SDK would be: retries connection failures and gateway errors with a short backoff. */
async function call<T = unknown>(
  base: string,
  method: string,
  url: string,
  options: { ip: string; token?: string; body?: unknown; cookie?: string; idempotencyKey?: string; expect?: number[]; into?: Tally } = { ip: '127.0.0.1' },
): Promise<Reply<T> | undefined> {
  const into = options.into;
  const started = performance.now();
  for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
    let res: Response | undefined;
    try {
      res = await fetch(base + url, {
        method,
        headers: {
          'x-forwarded-for': options.ip,
          ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          ...(options.cookie ? { cookie: options.cookie } : {}),
          // The same key on every attempt: a retried POST whose first attempt was committed gets that one back.
          ...(options.idempotencyKey ? { 'idempotency-key': options.idempotencyKey } : {}),
        },
        ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
        signal: AbortSignal.timeout(30_000),
      });
    } catch {
      res = undefined;
    }
    if (!res || RETRIED_STATUSES.has(res.status)) {
      await res?.body?.cancel();
      if (attempt < ATTEMPTS) await sleep(100 * 2 ** attempt);
      continue;
    }
    const json = (await res.json().catch(() => ({}))) as T;
    if (into) {
      into.requests += 1;
      if (attempt > 1) into.absorbed += 1;
      into.latencies.push(performance.now() - started);
      const upstream = res.headers.get('x-upstream');
      if (upstream) into.upstreams.set(upstream, (into.upstreams.get(upstream) ?? 0) + 1);
      if (options.expect && !options.expect.includes(res.status)) into.unexpected.set(res.status, (into.unexpected.get(res.status) ?? 0) + 1);
    }
    return { status: res.status, json, headers: res.headers };
  }
  if (into) {
    into.requests += 1;
    into.failed += 1;
  }
  return undefined;
}

const cookieOf = (headers: Headers, name: string): string | undefined =>
  headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith(`${name}=`));

// ── the cluster ─────────────────────────────────────────────────────────────────────────────
const tmp = await mkdtemp(path.join(os.tmpdir(), 'anclora-cluster-'));
const services: Service[] = [];
let temp: TempDatabase | undefined;
let s3: S3TestServer | undefined;
let queue: QueueBackend | undefined;
const prefix = `cluster${randomBytes(4).toString('hex')}`;
const redisUrl = process.env.CLUSTER_REDIS_URL ?? 'redis://127.0.0.1:6379';
// Client addresses of this run (nginx passes them on in X-Forwarded-For): rate-limit counters in
// the shared Redis start from zero, whatever ran before.
const net = `10.${randomInt(256)}.${randomInt(256)}`;
const ipOf = (n: number) => `${net}.${n + 1}`;
let cleaning: Promise<void> | undefined;
// Ctrl-C or a CI timeout: leave no processes, database or keys behind.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    problems.push(`interrupted by ${signal}`);
    void cleanUp().finally(() => process.exit(130));
  });
}

function nginxConfig(port: number, upstreams: number[]): string {
  return `daemon off;
worker_processes 1;
pid ${tmp}/nginx.pid;
error_log ${tmp}/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${tmp}/nginx-body;
  proxy_temp_path ${tmp}/nginx-proxy;
  fastcgi_temp_path ${tmp}/nginx-fastcgi;
  uwsgi_temp_path ${tmp}/nginx-uwsgi;
  scgi_temp_path ${tmp}/nginx-scgi;
  upstream api {
${upstreams.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=10s;`).join('\n')}
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://api;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      # A dead instance: idempotent requests go to the next one (nginx never resends a POST it has sent).
      proxy_next_upstream error timeout http_502 http_503;
      proxy_connect_timeout 2s;
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`;
}

try {
  // Every tool first, before anything is started that would need stopping.
  const nginxBinary = process.env.NGINX ?? 'nginx';
  if (spawnSync(nginxBinary, ['-v']).status !== 0) throw new Error(`nginx is not installed (apt-get install nginx), or NGINX=${nginxBinary} is wrong`);
  // Services: PostgreSQL database, S3, migrations.
  buildBundles();
  temp = await createTempDatabase(process.env.CLUSTER_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres', 'cluster');
  s3 = await startS3Server();
  const apiPorts = [await freePort(), await freePort(), await freePort()];
  const previewPorts = [await freePort(), await freePort(), await freePort()];
  const workerPorts = [await freePort(), await freePort()];
  const nginxPort = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    JWT_SECRET: randomBytes(32).toString('hex'),
    DATABASE_URL: temp.url,
    DATABASE_SSL: 'off',
    // 5 processes × 10 stay under PostgreSQL's default 100 connections.
    DATABASE_POOL_MAX: '10',
    MIGRATE_ON_START: 'false',
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: prefix,
    // A crashed worker's job is taken up again after 10–20 s instead of BullMQ's 30–60 s. Not
    // shorter: a lock renewed late on a loaded machine would hand a live job to another process.
    QUEUE_STALLED_INTERVAL_MS: '10000',
    S3_BUCKET: s3.bucket,
    S3_ENDPOINT: s3.endpoint,
    S3_ACCESS_KEY_ID: s3.accessKeyId,
    S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
    TRUST_PROXY: '127.0.0.1',
    PREVIEW_ORIGIN: `http://127.0.0.1:${previewPorts[0]}`,
    AI_PROVIDER: 'offline',
    // The load measures the cluster, not the Free plan's allowance; request rate limits stay as in production.
    FREE_MONTHLY_GENERATIONS: '1000000',
    GENERATION_RATE_LIMIT_PER_MINUTE: '1000000',
  };
  delete env.SENTRY_DSN;
  delete env.OTEL_EXPORTER_OTLP_ENDPOINT;
  const migrate = spawnSync('node', [bundlePath('migrate')], { env: { ...env, DATA_DIR: path.join(tmp, 'migrate') }, encoding: 'utf8' });
  if (migrate.status !== 0) throw new Error(`migrations failed:\n${migrate.stderr}`);

  const apis = apiPorts.map((port, i) =>
    startBundle('api', `api-${i + 1}`, { ...env, PORT: String(port), PREVIEW_PORT: String(previewPorts[i]), DATA_DIR: path.join(tmp, `api-${i + 1}`) }, path.join(tmp, `api-${i + 1}.log`)),
  );
  const workers = workerPorts.map((port, i) =>
    startBundle('worker', `worker-${i + 1}`, { ...env, WORKER_METRICS_PORT: String(port), DATA_DIR: path.join(tmp, `worker-${i + 1}`) }, path.join(tmp, `worker-${i + 1}.log`)),
  );
  await writeFile(path.join(tmp, 'nginx.conf'), nginxConfig(nginxPort, apiPorts));
  await Promise.all(['nginx-body', 'nginx-proxy', 'nginx-fastcgi', 'nginx-uwsgi', 'nginx-scgi'].map((d) => mkdir(path.join(tmp, d))));
  const nginx = startService('nginx', nginxBinary, ['-p', tmp, '-c', path.join(tmp, 'nginx.conf'), '-e', path.join(tmp, 'nginx-error.log')], { cwd: tmp, env: process.env, logFile: path.join(tmp, 'nginx.log') });
  services.push(...apis, ...workers, nginx);
  const direct = apiPorts.map((p) => `http://127.0.0.1:${p}`);
  const base = `http://127.0.0.1:${nginxPort}`;
  await Promise.all([
    ...apis.map((api, i) => waitUntil(api, 'ready', answers(`${direct[i]}/api/ready`))),
    ...workers.map((worker, i) => waitUntil(worker, 'metrics', answers(`http://127.0.0.1:${workerPorts[i]}/metrics`))),
    waitUntil(nginx, 'proxying', answers(`${base}/api/health`)),
  ]);
  console.log(`# Cluster: 3 API processes, 2 workers, nginx on :${nginxPort}; PostgreSQL, Redis (prefix ${prefix}), s3rver; NODE_ENV=production\n`);

  // ── 1. sessions across instances ──────────────────────────────────────────────────────────
  console.log('## Sessions and rate limits across instances');
  const ip = ipOf(200);
  const email = `cluster.${prefix}@example.com`;
  const registered = await call<{ accessToken: string }>(base, 'POST', '/api/auth/register', { ip, body: { email, password: 'cluster-test-password-1' } });
  const token = registered?.json.accessToken;
  const refresh = registered && cookieOf(registered.headers, 'anclora_rt');
  check(registered?.status === 201 && !!token && !!refresh, 'sign-up through nginx gives an access token and a refresh cookie');
  const me = await Promise.all(direct.map((d) => call(d, 'GET', '/api/auth/me', { ip, token })));
  check(me.every((r) => r?.status === 200), `the access token works on each instance directly (${me.map((r) => r?.status).join(', ')})`);
  const rotated = await call<{ accessToken: string }>(direct[1]!, 'POST', '/api/auth/refresh', { ip, cookie: refresh });
  check(rotated?.status === 200, `instance 2 rotates a refresh cookie that nginx's instance issued (${rotated?.status})`);
  const reused = await call<{ error?: { code: string } }>(direct[2]!, 'POST', '/api/auth/refresh', { ip, cookie: refresh });
  check(reused?.status === 401 && reused.json.error?.code === 'REFRESH_TOKEN_REUSED', `instance 3 sees the old cookie as reused (${reused?.status} ${reused?.json.error?.code})`);
  const afterTheft = await call(direct[0]!, 'GET', '/api/auth/me', { ip, token: rotated?.json.accessToken });
  check(afterTheft?.status === 401, `instance 1 refuses the session that reuse revoked (${afterTheft?.status})`);
  const login = await call<{ accessToken: string }>(direct[0]!, 'POST', '/api/auth/login', { ip, body: { email, password: 'cluster-test-password-1' } });
  const logout = await call(direct[2]!, 'POST', '/api/auth/logout', { ip, token: login?.json.accessToken });
  const afterLogout = await call(direct[1]!, 'GET', '/api/auth/me', { ip, token: login?.json.accessToken });
  check(login?.status === 200 && logout?.status === 204 && afterLogout?.status === 401, `signed in on 1, out on 3, refused on 2 (${login?.status}, ${logout?.status}, ${afterLogout?.status})`);

  // ── 1b. the login rate limit is one count for the cluster, not one per instance ───────────
  const limiterIp = ipOf(201);
  const attempts: Array<{ status: number; upstream: string }> = [];
  for (let i = 0; i < 13; i += 1) {
    const r = await call(base, 'POST', '/api/auth/login', { ip: limiterIp, body: { email, password: 'wrong-password-123' } });
    attempts.push({ status: r?.status ?? 0, upstream: r?.headers.get('x-upstream') ?? '' });
  }
  const firstLimited = attempts.findIndex((a) => a.status === 429);
  const upstreamsSeen = new Set(attempts.map((a) => a.upstream));
  check(upstreamsSeen.size === 3, `13 login attempts were spread over ${upstreamsSeen.size} instances by nginx`);
  check(firstLimited === 10 && attempts.slice(10).every((a) => a.status === 429) && attempts.slice(0, 10).every((a) => a.status === 401), `the 11th attempt and every later one get 429 (statuses: ${attempts.map((a) => a.status).join(' ')})`);

  // ── 2. load, with a crash of one API and one worker ───────────────────────────────────────
  const users = await Promise.all(
    Array.from({ length: GENERATION_USERS + RENDER_USERS }, async (_, n) => {
      const r = await call<{ accessToken: string }>(base, 'POST', '/api/auth/register', { ip: ipOf(n), body: { email: `cluster.${prefix}.${n}@example.com`, password: 'cluster-test-password-1' } });
      if (r?.status !== 201) throw new Error(`sign-up of user ${n} answered ${r?.status}`);
      return { n, ip: ipOf(n), token: r.json.accessToken, userId: '' };
    }),
  );
  const owner = users[0]!;
  const made = await call<{ componentId: string }>(base, 'POST', '/api/generations', { ip: owner.ip, token: owner.token, body: { prompt: `pricing table with 3 plans (${prefix})`, target: 'html-css' } });
  const publicId = made!.json.componentId;
  await call(base, 'PATCH', `/api/components/${publicId}`, { ip: owner.ip, token: owner.token, body: { isPublic: true } });
  const renderers = await Promise.all(
    users.slice(GENERATION_USERS).map(async (u) => {
      const r = await call<{ componentId: string }>(base, 'POST', '/api/generations', { ip: u.ip, token: u.token, body: { prompt: `product card with price, user ${u.n} (${prefix})`, target: 'html-css' } });
      return { ...u, componentId: r!.json.componentId };
    }),
  );

  console.log(`\n## Load: ${GENERATION_USERS} users reading and generating, ${RENDER_USERS} rendering, ${LOAD_SECONDS} s through nginx`);
  const accepted = { generations: [] as string[], renders: [] as string[] };
  const outcomes = { generations: new Map<string, number>(), renders: new Map<string, number>() };
  const note = (map: Map<string, number>, status: string) => map.set(status, (map.get(status) ?? 0) + 1);
  const started = performance.now();
  const until = started + LOAD_SECONDS * 1000;
  const elapsed = () => (performance.now() - started) / 1000;

  /** Polls an accepted job until it ends (the drain deadline is global). */
  async function settle(url: string, user: { ip: string; token: string }): Promise<string> {
    for (;;) {
      const r = await call<{ status: string }>(base, 'GET', url, { ip: user.ip, token: user.token, expect: [200], into: tallies.polls });
      const status = r?.json.status;
      if (status === 'succeeded' || status === 'failed') return status;
      if (performance.now() > until + DRAIN_TIMEOUT_MS) return `unfinished (${status ?? 'no answer'})`;
      await sleep(250);
    }
  }

  const generationUser = async (u: (typeof users)[number]) => {
    let i = 0;
    while (performance.now() < until) {
      i += 1;
      await call(base, 'GET', i % 2 ? '/api/examples' : `/api/components/${publicId}`, { ip: u.ip, expect: [200], into: tallies.reads });
      await call(base, 'GET', '/api/auth/me', { ip: u.ip, token: u.token, expect: [200], into: tallies.reads });
      const r = await call<{ id: string }>(base, 'POST', '/api/generations', {
        ip: u.ip,
        token: u.token,
        // Prompts of this run only: Redis keeps cached answers for an hour, and a cached answer is a different path.
        body: { prompt: `dashboard stat cards, user ${u.n} round ${i} (${prefix})`, target: 'react-tailwind', async: true },
        idempotencyKey: randomUUID(),
        expect: [202],
        into: tallies.generations,
      });
      if (r?.status !== 202) continue;
      accepted.generations.push(r.json.id);
      note(outcomes.generations, await settle(`/api/generations/${r.json.id}`, u));
    }
  };
  const renderUser = async (u: (typeof renderers)[number]) => {
    while (performance.now() < until) {
      const r = await call<{ id: string }>(base, 'POST', `/api/components/${u.componentId}/renders`, {
        ip: u.ip,
        token: u.token,
        body: {},
        idempotencyKey: randomUUID(),
        expect: [202],
        into: tallies.renders,
      });
      if (r?.status !== 202) continue;
      accepted.renders.push(r.json.id);
      note(outcomes.renders, await settle(`/api/renders/${r.json.id}`, u));
    }
  };

  const db = new pg.Client({ connectionString: temp.url });
  await db.connect();
  const chaos = (async () => {
    await sleep(KILL_API_AT_S * 1000);
    apis[1]!.child.kill('SIGKILL');
    console.log(`t=${elapsed().toFixed(1)} s  SIGKILL api-2`);
    // The worker dies while both workers hold renders: with 2 pages each, 3 running means it has one.
    await sleep(Math.max(0, (KILL_WORKER_FROM_S - elapsed()) * 1000));
    let busy = 0;
    while (elapsed() < LOAD_SECONDS - 4) {
      busy = Number((await db.query<{ n: string }>(`select count(*) as n from renders where status = 'running'`)).rows[0]!.n);
      if (busy >= 3) break;
      await sleep(50);
    }
    workers[0]!.child.kill('SIGKILL');
    console.log(`t=${elapsed().toFixed(1)} s  SIGKILL worker-1 (${busy} renders running)`);
    return busy;
  })();
  await Promise.all([...users.slice(0, GENERATION_USERS).map(generationUser), ...renderers.map(renderUser)]);
  const busyAtKill = await chaos;
  const loadSeconds = elapsed();

  // ── 3. what the clients saw ───────────────────────────────────────────────────────────────
  console.log(`\n| traffic | requests | req/s | p50 | p95 | p99 | absorbed by retries | failed | unexpected status |`);
  console.log(`|---|---|---|---|---|---|---|---|---|`);
  for (const [name, t] of Object.entries(tallies)) {
    const sorted = [...t.latencies].sort((a, b) => a - b);
    const p = (q: number) => (sorted.length ? `${Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!)} ms` : '–');
    const unexpected = [...t.unexpected].map(([s, n]) => `${s}×${n}`).join(', ') || '0';
    console.log(`| ${name} | ${t.requests} | ${(t.requests / loadSeconds).toFixed(1)} | ${p(0.5)} | ${p(0.95)} | ${p(0.99)} | ${t.absorbed} | ${t.failed} | ${unexpected} |`);
  }
  const all = Object.values(tallies);
  const spread = new Map<string, number>();
  for (const t of all) for (const [u, n] of t.upstreams) for (const one of u.split(', ')) spread.set(one, (spread.get(one) ?? 0) + n);
  console.log(`\nAnswers per upstream: ${[...spread].map(([u, n]) => `${u} ${n}`).join(', ')}`);
  console.log(`Generations accepted ${accepted.generations.length}: ${[...outcomes.generations].map(([s, n]) => `${s} ${n}`).join(', ')}`);
  console.log(`Renders accepted ${accepted.renders.length}: ${[...outcomes.renders].map(([s, n]) => `${s} ${n}`).join(', ')}\n`);
  check(all.every((t) => t.failed === 0), `no request failed after ${ATTEMPTS} attempts (${all.reduce((n, t) => n + t.absorbed, 0)} absorbed by retries)`);
  check(all.every((t) => t.unexpected.size === 0), 'no unexpected status (no 5xx, no 429)');
  check(accepted.generations.length > 0 && outcomes.generations.get('succeeded') === accepted.generations.length, 'every accepted generation succeeded');
  check(accepted.renders.length > 0 && outcomes.renders.get('succeeded') === accepted.renders.length, 'every accepted render succeeded');
  check(!running(apis[1]!) && !running(workers[0]!) && [apis[0]!, apis[2]!, workers[1]!, nginx].every(running), 'api-2 and worker-1 were killed; the others kept running');

  // ── 4. exactly once, from the database and the queues ─────────────────────────────────────
  // A row written just before its process died, with no job queued, is closed by the periodic
  // reconcile job (every 5 min, for rows over 10 min old). Run it now, on the surviving worker,
  // for every row: after the drain, nothing the queues hold is still pending.
  queue = createBullmqBackend({ connection: redisUrl, prefix, onError: () => {} });
  const { id: reconcileId } = await queue.add(QUEUES.maintenance, 'jobs.reconcile', { olderThanSeconds: 0 }, { attempts: 1, timeoutMs: 60_000 });
  let reconciled: { generations: number; renders: number } | undefined;
  for (let i = 0; i < 300 && !reconciled; i += 1) {
    const job = await queue.getJob<unknown, { generations: number; renders: number }>(QUEUES.maintenance, reconcileId);
    if (job?.status === 'completed') reconciled = job.result;
    else if (job?.status === 'failed') throw new Error(`jobs.reconcile failed: ${job.failedReason}`);
    else await sleep(100);
  }
  check(reconciled !== undefined, `the surviving worker ran jobs.reconcile: ${JSON.stringify(reconciled)} rows closed as lost`);

  const rowsOf = async (table: 'generations' | 'renders') =>
    (await db.query<{ id: string; status: string; attempts?: number; code: string | null }>(`select id, status, ${table === 'renders' ? 'attempts, ' : ''}error->>'code' as code from ${table}`)).rows;
  const generationRows = await rowsOf('generations');
  const acceptedGenerations = new Set(accepted.generations);
  const lostGenerations = generationRows.filter((r) => r.status === 'failed' && r.code === 'JOB_LOST');
  check(generationRows.every((r) => r.status === 'succeeded' || (r.code === 'JOB_LOST' && !acceptedGenerations.has(r.id))), `every generation in the database succeeded, but for ${lostGenerations.length} whose process died before queueing it and before answering (closed as JOB_LOST)`);
  check(accepted.generations.every((id) => generationRows.some((r) => r.id === id && r.status === 'succeeded')), `every accepted generation has its row, succeeded (${generationRows.length} rows, ${accepted.generations.length} accepted)`);
  // With an Idempotency-Key on every queued generation, a retried POST adds no row of its own.
  const preload = 1 + RENDER_USERS;
  check(new Set(accepted.generations).size === accepted.generations.length && generationRows.length === accepted.generations.length + preload, `one row per generation request, retries included: ${generationRows.length} rows = ${accepted.generations.length} accepted + ${preload} made before the load`);
  const saved = (await db.query<{ rows: string; distinct_components: string }>(`select count(*) as rows, count(distinct component_id) as distinct_components from generations where component_id is not null`)).rows[0]!;
  const components = Number((await db.query<{ n: string }>(`select count(*) as n from components`)).rows[0]!.n);
  const versions = Number((await db.query<{ n: string }>(`select count(*) as n from component_versions`)).rows[0]!.n);
  const succeeded = generationRows.filter((r) => r.status === 'succeeded').length;
  check(Number(saved.rows) === succeeded && Number(saved.distinct_components) === succeeded && components === succeeded && versions === succeeded, `each succeeded generation saved exactly one component: ${succeeded} generations, ${components} components, ${versions} versions`);
  const renderRows = await rowsOf('renders');
  const acceptedRenders = new Set(accepted.renders);
  const takenOver = renderRows.filter((r) => (r.attempts ?? 0) > 1).length;
  // Render requests carry an Idempotency-Key too: a POST retried after its instance died replays the first row.
  check(acceptedRenders.size === accepted.renders.length && renderRows.length === accepted.renders.length, `one row per render request, retries included: ${renderRows.length} rows = ${accepted.renders.length} accepted`);
  check(renderRows.every((r) => r.status === 'succeeded' || (r.code === 'JOB_LOST' && !acceptedRenders.has(r.id))), `every render in the database succeeded, or was never queued nor answered (${renderRows.length} rows)`);
  check(accepted.renders.every((id) => renderRows.some((r) => r.id === id && r.status === 'succeeded')), 'every accepted render has its row, succeeded');
  if (busyAtKill >= 3) check(takenOver >= 1, `renders the killed worker held were taken over by the other one and finished once (${takenOver} with a second attempt)`);
  else console.log(`note: worker-1 was killed with ${busyAtKill} renders running; ${takenOver} renders needed a second attempt`);
  for (const name of [QUEUES.generations, QUEUES.renders]) {
    const counts = await queue.counts(name);
    check(counts.waiting === 0 && counts.active === 0 && counts.delayed === 0 && counts.failed === 0, `queue ${name}: nothing waiting, active, delayed or failed (${counts.completed} completed)`);
  }
  await db.end();
} catch (error) {
  problems.push(`the run stopped: ${(error as Error).message}`);
  console.error(error);
} finally {
  await cleanUp();
}

/** Stops everything the run started and removes what it created; safe to call twice. */
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    await Promise.all(services.map((s) => stopService(s)));
    if (problems.length > 0) {
      for (const s of services) {
        const log = s.logFile ? await readFile(s.logFile, 'utf8').catch(() => '') : '';
        if (log.trim()) console.log(`\n--- ${s.name} log (last 30 lines)\n${log.trim().split('\n').slice(-30).join('\n')}`);
      }
    }
    await queue?.close().catch(() => {});
    await cleanRedis().catch((error: unknown) => console.error('could not remove the run’s Redis keys:', error));
    await s3?.close();
    await temp?.drop().catch((error: unknown) => console.error(`could not drop ${temp?.url}:`, error));
    await rm(tmp, { recursive: true, force: true });
  })();
  return cleaning;
}

/** The run's queue keys (its own prefix) go with it; rate-limit keys expire on their own. */
async function cleanRedis(): Promise<void> {
  const { Redis } = await import('ioredis');
  const redis = new Redis(redisUrl);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

if (problems.length > 0) {
  console.log(`\nFAILED:\n${problems.map((p) => `- ${p}`).join('\n')}`);
  process.exit(1);
}
console.log('\nPASSED: sessions and rate limits held across instances; no request failed beyond client retries; every job completed exactly once.');
process.exit(0);

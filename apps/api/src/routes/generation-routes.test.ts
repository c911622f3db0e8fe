import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generationsRepository } from '@anclora/db';
import { createTestApp, realServices, type TestApp } from '../testing/test-app.js';
import { signUp } from '../testing/accounts.js';
import { consumeGenerations } from '../plugins/services.js';
import { VISITOR_COOKIE } from './generation-routes.js';

/** Splits a text/event-stream body into its events. */
function sseEvents(body: string): Array<{ event: string; data: unknown }> {
  return body
    .split('\n\n')
    .filter((block) => block.trim())
    .map((block) => {
      const event = /^event: (.+)$/m.exec(block)?.[1] ?? 'message';
      const data = /^data: (.+)$/m.exec(block)?.[1];
      return { event, data: data ? JSON.parse(data) : undefined };
    });
}

describe('POST /api/generations with the offline provider (no configuration)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { FREE_MONTHLY_GENERATIONS: '2', ANONYMOUS_TRIAL_GENERATIONS: '2', GENERATION_RATE_LIMIT_PER_MINUTE: '30' } });
  });
  afterAll(async () => t.close());

  it('answers an anonymous visitor with spec, code and quality, and remembers them by a signed cookie', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/generations', payload: { prompt: 'pricing table with 3 plans', target: 'react-tailwind' } });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.provider).toBe('offline');
    expect(body.spec.specVersion).toBe(1);
    expect(body.code.target).toBe('react-tailwind');
    expect(body.code.files.some((f: { content: string }) => f.content.includes('export function'))).toBe(true);
    expect(body.quality.score).toBeGreaterThan(0);
    expect(body.fromCache).toBe(false);
    expect(body.componentId).toBeNull();
    expect(body.timings).toBeUndefined();
    // Where the time went, per stage, in the Server-Timing header.
    const stages = String(res.headers['server-timing']).split(', ').map((part) => part.split(';dur=')[0]);
    expect(stages).toEqual(['prepare', 'log', 'provider', 'compile', 'quality', 'save', 'cache']);
    const cookie = res.cookies.find((c) => c.name === VISITOR_COOKIE);
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.value).toMatch(/^[0-9a-f-]{36}\.[\w-]+$/);
  });

  it('streams progress, spec, code, quality and done as server-sent events, in that order', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/generations',
      headers: { accept: 'text/event-stream' },
      payload: { prompt: 'formulario de contacto con validación', target: 'vue-css' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/event-stream');
    const events = sseEvents(res.body);
    const names = events.map((e) => e.event);
    expect(names[0]).toBe('progress');
    expect(names.slice(-4)).toEqual(['spec', 'code', 'quality', 'done']);
    const done = events.at(-1)!.data as { provider: string; fromCache: boolean };
    expect(done).toMatchObject({ provider: 'offline', fromCache: false });
    // A streamed answer remembers the visitor too (the trial is counted per visitor, not per request).
    expect(res.cookies.find((c) => c.name === VISITOR_COOKIE)?.httpOnly).toBe(true);
  });

  it('answers an identical request from the cache, without charging it, and enforces the trial quota', async () => {
    const first = await t.app.inject({ method: 'POST', url: '/api/generations', remoteAddress: '198.51.100.4', payload: { prompt: 'toggle switch', target: 'html-css' } });
    const cookie = first.cookies.find((c) => c.name === VISITOR_COOKIE)!.value;
    const again = (prompt: string) =>
      t.app.inject({ method: 'POST', url: '/api/generations', remoteAddress: '198.51.100.4', cookies: { [VISITOR_COOKIE]: cookie }, payload: { prompt, target: 'html-css' } });
    const cached = await again('toggle switch');
    expect(cached.json().fromCache).toBe(true);
    expect((await again('cookie banner')).statusCode).toBe(200);
    // Two charged generations used the trial of 2; the cached one was free.
    const over = await again('footer with links');
    expect(over.statusCode).toBe(402);
    expect(over.json().error.code).toBe('QUOTA_EXCEEDED');
    // A forged or cleared cookie does not reset the trial: the IP is counted too.
    const fresh = await t.app.inject({ method: 'POST', url: '/api/generations', remoteAddress: '198.51.100.4', payload: { prompt: 'empty state', target: 'html-css' } });
    expect(fresh.statusCode).toBe(402);
  });

  it('saves signed-in generations, refines them into new versions, and keeps others out', async () => {
    const owner = await signUp(t.app, 'gen-owner');
    const stranger = await signUp(t.app, 'gen-stranger');
    const created = await t.app.inject({ method: 'POST', url: '/api/generations', headers: { authorization: owner.authorization }, payload: { prompt: 'primary button "Buy now"', target: 'react-css' } });
    expect(created.statusCode).toBe(200);
    const { componentId, version } = created.json();
    expect(componentId).toMatch(/^[0-9a-f-]{36}$/);
    expect(version).toBe(1);

    const refined = await t.app.inject({ method: 'POST', url: '/api/generations', headers: { authorization: owner.authorization }, payload: { prompt: 'make it larger', target: 'react-css', componentId } });
    expect(refined.statusCode).toBe(200);
    expect(refined.json()).toMatchObject({ componentId, version: 2 });

    const list = await t.app.inject({ method: 'GET', url: '/api/components', headers: { authorization: owner.authorization } });
    expect(list.json().items.map((c: { id: string }) => c.id)).toContain(componentId);

    const theirs = await t.app.inject({ method: 'POST', url: '/api/generations', headers: { authorization: stranger.authorization }, payload: { prompt: 'x', target: 'react-css', componentId } });
    expect(theirs.statusCode).toBe(404);
  });

  it('limits Free users per calendar month, says when it resets, and resets with the month', async () => {
    const user = await signUp(t.app, 'gen-free');
    const generate = (prompt: string) => t.app.inject({ method: 'POST', url: '/api/generations', headers: { authorization: user.authorization }, payload: { prompt, target: 'svelte-css' } });
    const a = await generate('stats widget');
    expect((await generate('timeline')).statusCode).toBe(200);
    const over = await generate('testimonial');
    expect(over.statusCode).toBe(402);
    const resetAt = new Date(over.json().error.details.resetAt);
    const now = new Date();
    expect(resetAt.toISOString()).toBe(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).toISOString());

    // Last month's generations no longer count.
    const repo = generationsRepository(t.infra.database.primary);
    const lastMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 15));
    const rows = await t.infra.database.primary.query.generations.findMany({ where: (g, { eq }) => eq(g.ownerId, user.userId) });
    for (const row of rows) await repo.backdate(row.id, lastMonth);
    expect((await generate('testimonial')).statusCode).toBe(200);
    expect(a.statusCode).toBe(200);
  });

  it('logs one line per generation without the prompt text', async () => {
    const secretPrompt = 'accordion about our confidential roadmap';
    await t.app.inject({ method: 'POST', url: '/api/generations', remoteAddress: '198.51.100.77', payload: { prompt: secretPrompt, target: 'html-css' } });
    const lines = t.logs.filter((l) => l.includes('generation succeeded'));
    expect(lines.length).toBeGreaterThan(0);
    expect(t.logs.join('')).not.toContain('confidential roadmap');
  });

  it('tells a visitor and a Free user how many generations they have left', async () => {
    const first = await t.app.inject({ method: 'GET', url: '/api/generations/credits', remoteAddress: '203.0.113.77' });
    expect(first.json()).toEqual({ plan: 'trial', limit: 2, used: 0, remaining: 2, resetAt: null });
    const cookie = first.cookies.find((c) => c.name === VISITOR_COOKIE)!.value;
    await t.app.inject({ method: 'POST', url: '/api/generations', remoteAddress: '203.0.113.77', cookies: { [VISITOR_COOKIE]: cookie }, payload: { prompt: 'credits check', target: 'html-css' } });
    const after = await t.app.inject({ method: 'GET', url: '/api/generations/credits', remoteAddress: '203.0.113.77', cookies: { [VISITOR_COOKIE]: cookie } });
    expect(after.json()).toMatchObject({ used: 1, remaining: 1 });
    const user = await signUp(t.app, 'credits');
    const free = await t.app.inject({ method: 'GET', url: '/api/generations/credits', headers: { authorization: user.authorization } });
    expect(free.json()).toMatchObject({ plan: 'free', limit: 2, used: 0, remaining: 2 });
    expect(Date.parse(free.json().resetAt)).toBeGreaterThan(Date.now());
  });

  it('rejects unknown targets and an empty prompt with 400', async () => {
    expect((await t.app.inject({ method: 'POST', url: '/api/generations', payload: { prompt: 'card', target: 'cobol-css' } })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'POST', url: '/api/generations', payload: { prompt: '', target: 'html-css' } })).statusCode).toBe(400);
  });

  it('exports the seed AI metrics with their buckets and labels', async () => {
    const text = (await t.app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(text).toMatch(/ai_generation_total\{model="anclora-offline-1",framework="react-tailwind",status="success"\} \d+/);
    for (const le of ['1', '5', '10', '15', '30', '60', '120']) expect(text).toContain(`ai_generation_duration_seconds_bucket{le="${le}",`);
    expect(text).toMatch(/components_generated_per_minute [1-9]\d*/);
    expect(text).toMatch(/generation_cache_lookups_total\{result="hit"\} [1-9]/);
  });
});

describe('fair-use rate limit on generations', () => {
  it('answers 429 RATE_LIMITED with Retry-After past the per-minute limit', async () => {
    const t = await createTestApp({ env: { GENERATION_RATE_LIMIT_PER_MINUTE: '2' } });
    try {
      const user = await signUp(t.app, 'gen-rate');
      const hit = () => t.app.inject({ method: 'POST', url: '/api/generations', headers: { authorization: user.authorization }, payload: { prompt: 'badge', target: 'html-css' } });
      expect((await hit()).statusCode).toBe(200);
      expect((await hit()).statusCode).toBe(200);
      const limited = await hit();
      expect(limited.statusCode).toBe(429);
      expect(limited.json().error.code).toBe('RATE_LIMITED');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      await t.close();
    }
  });
});

describe.skipIf(!realServices.available)('generation rate limit shared by two API instances [redis] [postgres]', () => {
  it('counts one user’s generations across instances on one Redis [redis]', async () => {
    const namespace = `anclora-test-gen:${Date.now()}:`;
    const env = { GENERATION_RATE_LIMIT_PER_MINUTE: '2' };
    const first = await createTestApp({ backend: 'real', env, rateLimitNamespace: namespace });
    const second = await createTestApp({ backend: 'real', env, rateLimitNamespace: namespace, infra: first.infra });
    try {
      const user = await signUp(first.app, 'gen-shared');
      const hit = (t: TestApp) => t.app.inject({ method: 'POST', url: '/api/generations', headers: { authorization: user.authorization }, payload: { prompt: 'alert', target: 'html-css' } });
      expect((await hit(first)).statusCode).toBe(200);
      expect((await hit(second)).statusCode).toBe(200);
      expect((await hit(first)).statusCode).toBe(429);
      expect((await hit(second)).statusCode).toBe(429);
    } finally {
      await second.close();
      await first.close();
    }
  });
});

describe('async generations through the queue', () => {
  it('accepts with 202 and an id, runs it on the queue, and shows the result to its requester only', async () => {
    const t = await createTestApp();
    try {
      const owner = await signUp(t.app, 'async-owner');
      const other = await signUp(t.app, 'async-other');
      const accepted = await t.app.inject({
        method: 'POST',
        url: '/api/generations',
        headers: { authorization: owner.authorization },
        payload: { prompt: 'data table with sorting', target: 'vue-tailwind', async: true },
      });
      expect(accepted.statusCode).toBe(202);
      const { id, status } = accepted.json();
      expect(status).toBe('queued');
      let state: { status: string; result?: { spec: unknown; code: { target: string } }; componentId: string | null } = { status: 'queued', componentId: null };
      for (let i = 0; i < 100 && state.status !== 'succeeded' && state.status !== 'failed'; i++) {
        await new Promise((r) => setTimeout(r, 50));
        state = (await t.app.inject({ method: 'GET', url: `/api/generations/${id}`, headers: { authorization: owner.authorization } })).json();
      }
      expect(state.status).toBe('succeeded');
      expect(state.result?.code.target).toBe('vue-tailwind');
      expect(state.componentId).toMatch(/^[0-9a-f-]{36}$/);
      const hidden = await t.app.inject({ method: 'GET', url: `/api/generations/${id}`, headers: { authorization: other.authorization } });
      expect(hidden.statusCode).toBe(404);
      expect((await t.app.inject({ method: 'GET', url: `/api/generations/${id}` })).statusCode).toBe(404);
    } finally {
      await t.close();
    }
  });

  it('decides 4xx answers before queueing', async () => {
    const t = await createTestApp();
    try {
      const res = await t.app.inject({ method: 'POST', url: '/api/generations', payload: { prompt: 'x', target: 'cobol-css', async: true } });
      expect(res.statusCode).toBe(400);
    } finally {
      await t.close();
    }
  });
});

// Parallel requests at the edge of an allowance: the check and the row are one step per requester,
// on PGlite and on PostgreSQL (where several API instances would race for real).
describe.each([
  { backend: 'embedded' as const, run: true },
  { backend: 'real' as const, run: realServices.available },
])('the Free allowance under parallel requests ($backend)', ({ backend, run }) => {
  it.runIf(run)(`grants exactly the allowance when 8 generations arrive at once, sync or queued [${backend === 'real' ? 'postgres' : 'pglite'}]`, async () => {
    const t = await createTestApp({ backend, env: { FREE_MONTHLY_GENERATIONS: '3', GENERATION_RATE_LIMIT_PER_MINUTE: '100' } });
    try {
      const owner = await signUp(t.app, 'quota-race');
      const answers = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          t.app.inject({
            method: 'POST',
            url: '/api/generations',
            headers: { authorization: owner.authorization },
            // Half queued, half answered at once; each prompt its own, so none is a free cached answer.
            payload: { prompt: `stat card number ${i} ${crypto.randomUUID()}`, target: 'html-css', ...(i % 2 ? { async: true } : {}) },
          }),
        ),
      );
      const statuses = answers.map((a) => a.statusCode);
      expect(statuses.filter((s) => s === 200 || s === 202)).toHaveLength(3);
      expect(statuses.filter((s) => s === 402)).toHaveLength(5);
      expect(answers.find((a) => a.statusCode === 402)!.json().error.code).toBe('QUOTA_EXCEEDED');
      const credits = await t.app.inject({ method: 'GET', url: '/api/generations/credits', headers: { authorization: owner.authorization } });
      expect(credits.json()).toMatchObject({ limit: 3, used: 3, remaining: 0 });
    } finally {
      await t.close();
    }
  });
});

describe.each([
  { backend: 'embedded' as const, run: true },
  { backend: 'real' as const, run: realServices.available },
])('Idempotency-Key on queued generations ($backend)', ({ backend, run }) => {
  const tag = backend === 'real' ? '[postgres] [redis]' : '[pglite]';
  it.runIf(run)(`gives a retry the first request's id, one row and one charge, even when retries race ${tag}`, async () => {
    const t = await createTestApp({ backend, env: { FREE_MONTHLY_GENERATIONS: '10', GENERATION_RATE_LIMIT_PER_MINUTE: '100' } });
    let consumer: ReturnType<typeof consumeGenerations> | undefined;
    try {
      const owner = await signUp(t.app, 'idempotent');
      // On embedded defaults the server runs its queue; on Redis, a consumer as another instance would.
      consumer = backend === 'real' ? consumeGenerations(t.app, 1) : undefined;
      const payload = { prompt: `pricing table ${crypto.randomUUID()}`, target: 'html-css', async: true };
      const post = (key: string, body: object = payload) =>
        t.app.inject({ method: 'POST', url: '/api/generations', headers: { authorization: owner.authorization, 'idempotency-key': key }, payload: body });
      const key = crypto.randomUUID();
      const answers = await Promise.all([post(key), post(key), post(key), post(key)]);
      expect(answers.map((a) => a.statusCode)).toEqual([202, 202, 202, 202]);
      const ids = new Set(answers.map((a) => a.json<{ id: string }>().id));
      expect(ids.size).toBe(1);
      const [id] = [...ids];

      // Later, after it ran: the same answer again, nothing new queued or charged.
      const rows = generationsRepository(t.infra.database.primary);
      await expect.poll(async () => (await rows.findById(id!))?.status, { timeout: 15_000 }).toBe('succeeded');
      expect((await post(key)).json()).toEqual({ id, status: 'queued' });
      const credits = await t.app.inject({ method: 'GET', url: '/api/generations/credits', headers: { authorization: owner.authorization } });
      expect(credits.json<{ used: number }>().used).toBe(1);

      // The same key for something else is refused; a key needs async.
      const reused = await post(key, { ...payload, prompt: 'something else' });
      expect(reused.statusCode).toBe(422);
      expect(reused.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
      const direct = await post(crypto.randomUUID(), { prompt: 'card', target: 'html-css' });
      expect(direct.statusCode).toBe(400);
      expect(direct.json().error.message).toContain('async');
      const bad = await post('has spaces in it');
      expect(bad.statusCode).toBe(400);
    } finally {
      await consumer?.close();
      await t.close();
    }
  });

  it.runIf(run)(`queues the job again when the first attempt died between its row and its job ${tag}`, async () => {
    const t = await createTestApp({ backend, env: { GENERATION_RATE_LIMIT_PER_MINUTE: '100' } });
    let consumer: ReturnType<typeof consumeGenerations> | undefined;
    try {
      const owner = await signUp(t.app, 'idempotent-heal');
      // On embedded defaults the server runs its queue; on Redis, a consumer as another instance would.
      consumer = backend === 'real' ? consumeGenerations(t.app, 1) : undefined;
      const key = crypto.randomUUID();
      const prompt = `alert banner ${crypto.randomUUID()}`;
      // What a process that crashed after its insert leaves: a queued row with the key, and no job.
      const rows = generationsRepository(t.infra.database.primary);
      const orphan = await rows.create({ ownerId: owner.userId, prompt, target: 'html-css', provider: 'offline', model: 'offline', status: 'queued', idempotencyKey: key });
      const retry = await t.app.inject({
        method: 'POST',
        url: '/api/generations',
        headers: { authorization: owner.authorization, 'idempotency-key': key },
        payload: { prompt, target: 'html-css', async: true },
      });
      expect(retry.json()).toEqual({ id: orphan.id, status: 'queued' });
      await expect.poll(async () => (await rows.findById(orphan.id))?.status, { timeout: 15_000 }).toBe('succeeded');
    } finally {
      await consumer?.close();
      await t.close();
    }
  });
});

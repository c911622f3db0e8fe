import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { asc, eq } from 'drizzle-orm';
import { rendersRepository, schema } from '@anclora/db';
import { generateSpec } from '@anclora/engine';
import { CHROMIUM_ARGS, defaultChromiumPath } from '@anclora/render';
import { QUEUES } from '@anclora/shared';
import { backends, createTestApp, type TestApp } from '../testing/test-app.js';
import { signUp } from '../testing/accounts.js';

const chromiumPath = defaultChromiumPath();
/** Largest changed-pixel ratio against html-css, the same for every target (as in the preview suite). */
const EQUIVALENCE_BOUND = 0.0001;
const hasChromium = existsSync(chromiumPath);

type RenderView = {
  status: string;
  error: { code: string } | null;
  results: Array<{
    viewport: number;
    screenshotUrl: string;
    consoleErrors: string[];
    axe: { score: number; violations: unknown[] };
    perf: { domNodes: number };
    diff?: { ratio: number; passed: boolean; diffUrl: string };
  }> | null;
};

async function createComponent(t: TestApp, authorization: string, prompt = 'pricing card with a call to action') {
  const res = await t.app.inject({ method: 'POST', url: '/api/components', headers: { authorization }, payload: { spec: generateSpec(prompt).spec } });
  expect(res.statusCode).toBe(201);
  return res.json<{ component: { id: string } }>().component.id;
}

async function renderAndWait(t: TestApp, authorization: string, componentId: string, body: Record<string, unknown> = {}): Promise<RenderView & { id: string }> {
  const accepted = await t.app.inject({ method: 'POST', url: `/api/components/${componentId}/renders`, headers: { authorization }, payload: body });
  expect(accepted.statusCode).toBe(202);
  const { id } = accepted.json<{ id: string }>();
  const deadline = Date.now() + 60_000;
  for (;;) {
    const view = (await t.app.inject({ method: 'GET', url: `/api/renders/${id}`, headers: { authorization } })).json<RenderView>();
    if (view.status === 'succeeded' || view.status === 'failed' || Date.now() > deadline) return { ...view, id };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.skipIf(!hasChromium)('render jobs, baselines and diffs through the API [chromium]', () => {
  let t: TestApp;
  let owner: { authorization: string };
  beforeAll(async () => {
    t = await createTestApp();
    owner = await signUp(t.app, 'renders');
  });
  afterAll(async () => t.close());

  it('renders a component per viewport in Chromium, stores the screenshots behind signed links, and diffs later renders against the approved baseline', async () => {
    const componentId = await createComponent(t, owner.authorization);
    const first = await renderAndWait(t, owner.authorization, componentId);
    expect(first.error).toBeNull();
    expect(first.status).toBe('succeeded');
    expect(first.results!.map((r) => r.viewport)).toEqual([375, 768, 1200]);
    for (const result of first.results!) {
      expect(result.consoleErrors).toEqual([]);
      expect(result.axe.violations).toEqual([]);
      expect(result.axe.score).toBe(100);
      expect(result.perf.domNodes).toBeGreaterThan(5);
      expect(result.diff).toBeUndefined();
      const image = await t.app.inject({ method: 'GET', url: result.screenshotUrl });
      expect(image.statusCode).toBe(200);
      expect(image.headers['content-type']).toBe('image/png');
      expect(image.rawPayload.subarray(1, 4).toString()).toBe('PNG');
    }
    // A tampered or foreign link shows nothing.
    const tampered = first.results![0]!.screenshotUrl.replace(/sig=./, 'sig=A');
    expect((await t.app.inject({ method: 'GET', url: tampered })).statusCode).toBe(404);

    const approved = await t.app.inject({ method: 'POST', url: `/api/components/${componentId}/baseline`, headers: { authorization: owner.authorization }, payload: {} });
    expect(approved.statusCode).toBe(200);
    expect(approved.json<{ baselines: Array<{ viewport: number; renderId: string }> }>().baselines.map((b) => [b.viewport, b.renderId])).toEqual([
      [375, first.id],
      [768, first.id],
      [1200, first.id],
    ]);

    // The same spec again: identical pixels.
    const second = await renderAndWait(t, owner.authorization, componentId);
    expect(second.results!.map((r) => r.diff?.ratio)).toEqual([0, 0, 0]);
    const diff = (await t.app.inject({ method: 'GET', url: `/api/components/${componentId}/diff`, headers: { authorization: owner.authorization } })).json<{
      passed: boolean;
      render: { id: string };
      viewports: Array<{ screenshotUrl: string; diff: { changedPixels: number; diffUrl: string; baselineUrl: string; baselineRenderId: string } }>;
    }>();
    expect(diff.passed).toBe(true);
    expect(diff.render.id).toBe(second.id);
    expect((await t.app.inject({ method: 'GET', url: diff.viewports[0]!.diff.diffUrl })).statusCode).toBe(200);
    // The viewer's pair: the baseline screenshot the ratio was measured against, next to the current one.
    const pair = diff.viewports[0]!;
    expect(pair.diff.baselineRenderId).toBe(first.id);
    expect(pair.diff.baselineUrl).toMatch(new RegExp(`^/api/renders/${first.id}/images/375\\.png\\?`));
    const baselinePng = await t.app.inject({ method: 'GET', url: pair.diff.baselineUrl });
    expect(baselinePng.statusCode).toBe(200);
    expect(baselinePng.headers['content-type']).toBe('image/png');
    expect((await t.app.inject({ method: 'GET', url: pair.screenshotUrl })).statusCode).toBe(200);
    const metrics = (await t.app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(metrics).toMatch(/render_jobs_total\{target="html-css",status="succeeded"\} 2/);
    expect(metrics).toContain('render_duration_seconds_bucket');
  });

  it('renders every target of one spec and compares each with the html-css reference (target "all")', async () => {
    const componentId = await createComponent(t, owner.authorization, 'login form');
    const render = await renderAndWait(t, owner.authorization, componentId, { target: 'all', viewports: [1200] });
    expect(render.error).toBeNull();
    const [result] = render.results! as Array<RenderView['results'] extends Array<infer R> | null ? R & { targets: Array<{ target: string; ratio: number; consoleErrors: string[]; diffUrl: string }> } : never>;
    expect(result!.targets.map((x) => x.target).sort()).toEqual(
      ['angular-css', 'html-tailwind', 'react-chakra', 'react-css', 'react-tailwind', 'svelte-css', 'vue-css', 'vue-tailwind', 'web-component'],
    );
    for (const other of result!.targets) {
      expect(other.consoleErrors, other.target).toEqual([]);
      expect(other.ratio, other.target).toBeLessThanOrEqual(EQUIVALENCE_BOUND);
    }
    expect((await t.app.inject({ method: 'GET', url: result!.targets[0]!.diffUrl })).statusCode).toBe(200);
    const approve = await t.app.inject({ method: 'POST', url: `/api/components/${componentId}/baseline`, headers: { authorization: owner.authorization }, payload: { renderId: render.id } });
    expect(approve.statusCode).toBe(400);
  });

  it('keeps renders to their owner, and checks targets and viewports', async () => {
    const componentId = await createComponent(t, owner.authorization, 'alert banner');
    const stranger = await signUp(t.app, 'render-stranger');
    const foreign = await t.app.inject({ method: 'POST', url: `/api/components/${componentId}/renders`, headers: { authorization: stranger.authorization }, payload: {} });
    expect(foreign.statusCode).toBe(404);
    const badTarget = await t.app.inject({ method: 'POST', url: `/api/components/${componentId}/renders`, headers: { authorization: owner.authorization }, payload: { target: 'cobol-css' } });
    expect(badTarget.statusCode).toBe(400);
    const badViewport = await t.app.inject({ method: 'POST', url: `/api/components/${componentId}/renders`, headers: { authorization: owner.authorization }, payload: { viewports: [10] } });
    expect(badViewport.statusCode).toBe(400);
    expect((await t.app.inject({ method: 'POST', url: `/api/components/${componentId}/renders`, payload: {} })).statusCode).toBe(401);
  });
});

describe.skipIf(!hasChromium).each(backends())('Idempotency-Key on render requests ($tag) [chromium]', ({ backend }) => {
  let t: TestApp;
  let owner: { authorization: string; userId: string };
  beforeAll(async () => {
    // No consumer: jobs stay in the queue, so each test sees exactly what a request queued.
    t = await createTestApp({ backend, env: { RUN_WORKER_IN_PROCESS: 'false' } });
    owner = await signUp(t.app, 'render-idempotent');
  });
  afterAll(async () => t?.close());

  const post = (componentId: string, key: string | undefined, body: Record<string, unknown> = {}, authorization = owner.authorization) =>
    t.app.inject({ method: 'POST', url: `/api/components/${componentId}/renders`, headers: { authorization, ...(key ? { 'idempotency-key': key } : {}) }, payload: body });
  const rowsOf = (componentId: string) =>
    t.infra.database.primary.select().from(schema.renders).where(eq(schema.renders.componentId, componentId)).orderBy(asc(schema.renders.createdAt));
  const jobOf = (renderId: string) => t.infra.queue.getJob(QUEUES.renders, renderId);
  const waitingJobs = async () => (await t.infra.queue.counts(QUEUES.renders)).waiting;

  it('answers 404 when the render being approved was deleted by the retention job in the meantime', async () => {
    const componentId = await createComponent(t, owner.authorization, 'status badge');
    const db = t.infra.database.primary;
    const old = await rendersRepository(db).create({
      componentId,
      ownerId: owner.userId,
      version: 1,
      target: 'html-css',
      viewports: [375],
      status: 'succeeded',
      results: [{ viewport: 375, screenshotKey: 'renders/x/375.png' }],
    });
    // The render is read, then deleted, then the approval's transaction inserts the baseline.
    const transaction = db.transaction.bind(db);
    const spy = vi.spyOn(db, 'transaction').mockImplementationOnce(async (work, config) => {
      await db.delete(schema.renders).where(eq(schema.renders.id, old.id));
      return transaction(work, config);
    });
    try {
      const approved = await t.app.inject({ method: 'POST', url: `/api/components/${componentId}/baseline`, headers: { authorization: owner.authorization }, payload: { renderId: old.id } });
      expect(approved.statusCode).toBe(404);
      expect(approved.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
    } finally {
      spy.mockRestore();
    }
    expect(await rendersRepository(db).baselinesOf(componentId, 'html-css')).toEqual([]);
  });

  it('gives a retry the first request’s id, with one row and one job', async () => {
    const componentId = await createComponent(t, owner.authorization);
    const jobsBefore = await waitingJobs();
    const key = crypto.randomUUID();
    const first = await post(componentId, key, { viewports: [768, 375] });
    expect(first.statusCode).toBe(202);
    const { id } = first.json<{ id: string }>();
    // The same request after defaults and normalisation: viewports in another order, repeated, the default target spelled out.
    const retry = await post(componentId, key, { target: 'html-css', viewports: [375, 768, 375] });
    expect(retry.statusCode).toBe(202);
    expect(retry.json()).toEqual({ id, status: 'queued' });
    expect((await rowsOf(componentId)).map((row) => [row.id, row.idempotencyKey])).toEqual([[id, key]]);
    expect(await waitingJobs()).toBe(jobsBefore + 1);
    expect((await jobOf(id))?.data).toEqual({ renderId: id });
    // Keys are per owner: another user's request with the same key is a render of its own.
    const stranger = await signUp(t.app, 'render-idempotent-other');
    const theirs = await createComponent(t, stranger.authorization);
    const other = await post(theirs, key, { viewports: [768, 375] }, stranger.authorization);
    expect(other.statusCode).toBe(202);
    expect(other.json<{ id: string }>().id).not.toBe(id);
  });

  it('refuses the same key for a different component, target or viewports with 422 IDEMPOTENCY_KEY_REUSED, and a malformed key with 400', async () => {
    const componentId = await createComponent(t, owner.authorization);
    const otherComponent = await createComponent(t, owner.authorization, 'login form');
    const key = crypto.randomUUID();
    expect((await post(componentId, key, { target: 'all', viewports: [1200] })).statusCode).toBe(202);
    for (const [id, body] of [
      [otherComponent, { target: 'all', viewports: [1200] }],
      [componentId, { target: 'react-css', viewports: [1200] }],
      [componentId, { target: 'all', viewports: [1200, 375] }],
    ] as const) {
      const reused = await post(id, key, body);
      expect(reused.statusCode, JSON.stringify(body)).toBe(422);
      expect(reused.json().error).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', message: expect.stringContaining('use a new key') });
    }
    expect(await rowsOf(otherComponent)).toEqual([]);
    expect(await rowsOf(componentId)).toHaveLength(1);
    const malformed = await post(componentId, 'has spaces in it');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe('VALIDATION_ERROR');
  });

  it('creates one row and one job when requests with the same key race', async () => {
    const componentId = await createComponent(t, owner.authorization);
    const jobsBefore = await waitingJobs();
    const key = crypto.randomUUID();
    const answers = await Promise.all([post(componentId, key), post(componentId, key), post(componentId, key), post(componentId, key)]);
    expect(answers.map((a) => a.statusCode)).toEqual([202, 202, 202, 202]);
    const ids = new Set(answers.map((a) => a.json<{ id: string }>().id));
    expect(ids.size).toBe(1);
    expect((await rowsOf(componentId)).map((row) => row.id)).toEqual([...ids]);
    expect(await waitingJobs()).toBe(jobsBefore + 1);
  });

  it('queues the job again when the first attempt died between its row and its job', async () => {
    const componentId = await createComponent(t, owner.authorization);
    const key = crypto.randomUUID();
    // What a process that crashed after its insert leaves: a queued row with the key, and no job.
    const orphan = await rendersRepository(t.infra.database.primary).createUnlessKeyUsed({
      componentId,
      ownerId: owner.userId,
      version: 1,
      target: 'html-css',
      viewports: [375],
      status: 'queued',
      idempotencyKey: key,
    });
    expect(await jobOf(orphan!.id)).toBeUndefined();
    const retry = await post(componentId, key, { viewports: [375] });
    expect(retry.json()).toEqual({ id: orphan!.id, status: 'queued' });
    expect(await jobOf(orphan!.id)).toMatchObject({ status: 'waiting', data: { renderId: orphan!.id } });
    expect(await rowsOf(componentId)).toHaveLength(1);
  });

  it('releases the key of a request the queue refused, so its retry queues a render', async () => {
    const componentId = await createComponent(t, owner.authorization);
    const key = crypto.randomUUID();
    const add = vi.spyOn(t.infra.queue, 'add').mockRejectedValueOnce(new Error('queue unreachable'));
    try {
      const refusedAnswer = await post(componentId, key);
      expect(refusedAnswer.statusCode).toBe(503);
      expect(refusedAnswer.json()).toMatchObject({ error: { code: 'QUEUE_UNAVAILABLE' } });
    } finally {
      add.mockRestore();
    }
    const [refused] = await rowsOf(componentId);
    expect(refused).toMatchObject({ status: 'failed', error: { code: 'QUEUE_UNAVAILABLE' }, idempotencyKey: null });
    const retry = await post(componentId, key);
    expect(retry.statusCode).toBe(202);
    const { id } = retry.json<{ id: string }>();
    expect(id).not.toBe(refused!.id);
    expect(await jobOf(id)).toMatchObject({ status: 'waiting' });
  });

  it('without a key, queues a new render for every request as before', async () => {
    const componentId = await createComponent(t, owner.authorization);
    const jobsBefore = await waitingJobs();
    const answers = [await post(componentId, undefined), await post(componentId, undefined)];
    expect(answers.map((a) => a.statusCode)).toEqual([202, 202]);
    const ids = answers.map((a) => a.json<{ id: string }>().id);
    expect(new Set(ids).size).toBe(2);
    const rows = await rowsOf(componentId);
    expect(rows.map((row) => row.id).sort()).toEqual([...ids].sort());
    expect(rows.map((row) => row.idempotencyKey)).toEqual([null, null]);
    expect(await waitingJobs()).toBe(jobsBefore + 2);
  });
});

describe('without a browser', () => {
  it('refuses render jobs at once with 503 BROWSER_UNAVAILABLE and reports the browser as degraded, not the service as down', async () => {
    const t = await createTestApp({ env: { CHROMIUM_PATH: '/nonexistent/chromium' } });
    try {
      const owner = await signUp(t.app, 'no-browser');
      const componentId = await createComponent(t, owner.authorization);
      const started = performance.now();
      const res = await t.app.inject({ method: 'POST', url: `/api/components/${componentId}/renders`, headers: { authorization: owner.authorization }, payload: {} });
      expect(performance.now() - started).toBeLessThan(1000);
      expect(res.statusCode).toBe(503);
      expect(res.json().error.code).toBe('BROWSER_UNAVAILABLE');
      const ready = await t.app.inject({ method: 'GET', url: '/api/ready' });
      expect(ready.statusCode).toBe(200);
      expect(ready.json().checks.browser).toMatchObject({ status: 'degraded', required: false });
      // Previews do not need a server-side browser.
      const preview = await t.app.inject({ method: 'POST', url: '/api/previews', payload: { spec: generateSpec('login form').spec, target: 'html-css', audit: true } });
      expect(preview.statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });
});

describe('previews, share and embed pages', () => {
  let t: TestApp;
  let owner: { authorization: string };
  beforeAll(async () => {
    t = await createTestApp();
    owner = await signUp(t.app, 'share');
  });
  afterAll(async () => t.close());

  it('builds a preview on the preview origin with a no-network CSP, and rejects an invalid spec with 400', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/previews', payload: { spec: generateSpec('login form').spec, target: 'react-css' } });
    expect(res.statusCode).toBe(200);
    const { hash, url } = res.json<{ hash: string; url: string }>();
    expect(url).toMatch(new RegExp(`/p/${hash}$`));
    const doc = await t.app.rendering.previewServer.inject({ method: 'GET', url: `/p/${hash}` });
    expect(doc.statusCode).toBe(200);
    const csp = String(doc.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'none'");
    expect(csp).not.toContain('unsafe-eval');
    const invalid = await t.app.inject({ method: 'POST', url: '/api/previews', payload: { spec: { specVersion: 1, name: 'x', root: { kind: 'element', tag: 'script' } }, target: 'html-css' } });
    expect(invalid.statusCode).toBe(400);
    const both = await t.app.inject({ method: 'POST', url: '/api/previews', payload: { target: 'html-css' } });
    expect(both.statusCode).toBe(400);
    expect((await t.app.rendering.previewServer.inject({ method: 'GET', url: '/p/0123456789abcdef0123' })).statusCode).toBe(404);
    expect((await t.app.rendering.previewServer.inject({ method: 'GET', url: '/assets/..%2F..%2Fetc%2Fpasswd' })).statusCode).toBe(404);
  });

  it('serves /share and /embed for public components only, with the preview in a sandboxed iframe', async () => {
    const componentId = await createComponent(t, owner.authorization, 'testimonial card');
    expect((await t.app.inject({ method: 'GET', url: `/share/${componentId}` })).statusCode).toBe(404);
    const shared = await t.app.inject({ method: 'PATCH', url: `/api/components/${componentId}`, headers: { authorization: owner.authorization }, payload: { isPublic: true } });
    expect(shared.json()).toMatchObject({ isPublic: true });
    const page = await t.app.inject({ method: 'GET', url: `/share/${componentId}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/<iframe [^>]*sandbox="allow-scripts"/);
    expect(page.body).not.toContain('allow-same-origin');
    expect(String(page.headers['content-security-policy'])).toContain('frame-src');
    const embed = await t.app.inject({ method: 'GET', url: `/embed/${componentId}` });
    expect(embed.statusCode).toBe(200);
    expect(String(embed.headers['content-security-policy'])).toContain('frame-ancestors *');
    expect(embed.headers['x-frame-options']).toBeUndefined();
    expect((await t.app.inject({ method: 'GET', url: '/share/not-a-uuid' })).statusCode).toBe(404);
  });
});

describe.skipIf(!hasChromium)('preview isolation in real Chromium [chromium]', () => {
  let t: TestApp;
  let browser: Browser;
  let appUrl: string;
  let previewUrl: string;
  beforeAll(async () => {
    // An ephemeral preview port, so the app's documents may frame any port (frame-src http://*:*).
    t = await createTestApp({ env: { PREVIEW_PORT: '0' } });
    appUrl = await t.app.listen({ host: '127.0.0.1', port: 0 });
    previewUrl = await t.app.rendering.listen('127.0.0.1', 0);
    browser = await chromium.launch({ executablePath: chromiumPath, args: [...CHROMIUM_ARGS] });
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('code inside a preview cannot read the app’s cookies or storage, call the API with the session, or navigate the top window', async () => {
    // A hostile "component": what user or AI code would try, reporting each outcome into its own page.
    const hostile = `
      const out = {};
      const attempt = async (name, fn) => { try { out[name] = 'allowed: ' + String(await fn()); } catch (e) { out[name] = 'blocked: ' + e.name; } };
      (async () => {
        await attempt('cookie', () => document.cookie);
        await attempt('localStorage', () => localStorage.getItem('anclora'));
        await attempt('parentDocument', () => parent.document.cookie);
        await attempt('api', async () => (await fetch(${JSON.stringify(appUrl)} + '/api/auth/me', { credentials: 'include' })).status);
        await attempt('topNavigation', () => { top.location.href = 'https://example.com/'; return 'navigated'; });
        document.body.dataset.result = JSON.stringify(out);
      })();`;
    const { createHash } = await import('node:crypto');
    const name = `${createHash('sha256').update(hostile).digest('hex').slice(0, 32)}.js`;
    const hash = createHash('sha256').update(name).digest('hex').slice(0, 32);
    // Published as a real preview (same store, same server, same CSP as a built document).
    const built = await t.app.inject({ method: 'POST', url: '/api/previews', payload: { spec: generateSpec('login form').spec, target: 'html-css' } });
    const realCsp = String((await t.app.rendering.previewServer.inject({ method: 'GET', url: `/p/${built.json().hash}` })).headers['content-security-policy']).replace(/; sandbox allow-scripts; frame-ancestors \*$/, '');
    await t.infra.storage.put(`previews/assets/${name}`, hostile, { contentType: 'text/javascript' });
    await t.infra.storage.put(
      `previews/docs/${hash}.json`,
      JSON.stringify({ hash, csp: realCsp, assets: [name], html: `<!doctype html><html><body><script src="/assets/${name}"></script></body></html>` }),
    );

    const context = await browser.newContext();
    const page = await context.newPage();
    let apiCalls = 0;
    page.on('request', (request) => {
      if (request.url().startsWith(`${appUrl}/api/auth/me`)) apiCalls += 1;
    });
    // The app origin holds a session cookie and storage, as a signed-in user's browser would.
    await context.addCookies([{ name: 'anclora_refresh', value: 'secret-session', url: appUrl }]);
    // A document on the app origin (so it carries the app's document CSP, which frames only the preview origin).
    await page.goto(`${appUrl}/workspace-under-test`);
    await page.evaluate(() => localStorage.setItem('anclora', 'secret-storage'));
    await page.setContent(`<iframe id="preview" sandbox="allow-scripts" src="${previewUrl}/p/${hash}"></iframe>`, { waitUntil: 'load' });
    const frame = page.frames().find((f) => f.url().includes(`/p/${hash}`));
    if (!frame) throw new Error(`preview frame missing; frames: ${page.frames().map((f) => f.url()).join(', ')}`);
    await frame.waitForFunction(() => document.body.dataset.result !== undefined, undefined, { timeout: 10_000 });
    const result = JSON.parse((await frame.evaluate(() => document.body.dataset.result))!) as Record<string, string>;

    expect(result.cookie).not.toContain('secret-session');
    expect(result.localStorage).toMatch(/^blocked/);
    expect(result.parentDocument).toMatch(/^blocked/);
    expect(result.api).toMatch(/^blocked/);
    expect(apiCalls).toBe(0);
    // The top window is still the app's page.
    expect(page.url()).toBe(`${appUrl}/workspace-under-test`);
    expect(await page.evaluate(() => localStorage.getItem('anclora'))).toBe('secret-storage');

    // Opened directly (not framed), a preview is still sandboxed by its own CSP: an opaque origin.
    const direct = await context.newPage();
    await direct.goto(`${previewUrl}/p/${built.json().hash}`);
    expect(await direct.evaluate(() => window.origin)).toBe('null');
    await context.close();
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { AnthropicProvider, OpenAIProvider, generatorCatalog, type AiSettings } from '@anclora/ai';
import { startFakeAnthropic, startFakeOpenAI, type FakeServer } from '@anclora/ai/testing';
import { usersRepository } from '@anclora/db';
import { generateSpec } from '@anclora/engine';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { signUp } from '../testing/accounts.js';

// The API with the real Anthropic SDK talking to a fake Messages API on
// loopback that streams real server-sent events.
const validSpec = generateSpec('pricing table with 3 plans').spec;
const settings = (baseURL: string, overrides: Partial<AiSettings> = {}): AiSettings => ({
  provider: 'anthropic',
  model: 'claude-test',
  maxTokens: 8192,
  timeoutMs: 2000,
  retries: 0,
  anthropic: { apiKey: 'sk-test', baseURL },
  ...overrides,
});

function sseEvents(body: string): Array<{ event: string; data: Record<string, unknown> }> {
  return body
    .split('\n\n')
    .filter((b) => b.trim())
    .map((b) => ({ event: /^event: (.+)$/m.exec(b)![1]!, data: JSON.parse(/^data: (.+)$/m.exec(b)![1]!) }));
}

let fake: FakeServer | undefined;
let other: FakeServer | undefined;
let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  await fake?.close();
  await other?.close();
  t = undefined;
  fake = undefined;
  other = undefined;
});

const openaiSettings = (baseURL: string): AiSettings => ({
  ...settings('http://127.0.0.1:1'),
  provider: 'openai',
  openai: { apiKey: 'sk-test', baseURL: `${baseURL}/v1`, model: 'llama3-test' },
});

describe('generations through the Anthropic provider (fake Messages API)', () => {
  it('streams the model’s partial spec as progress, then stores the component with provider, model and usage', async () => {
    fake = await startFakeAnthropic([{ kind: 'tool', input: validSpec, chunkSize: 200, usage: { input: 900, output: 2100 } }]);
    t = await createTestApp({ generator: new AnthropicProvider(settings(fake.url)) });
    const user = await signUp(t.app, 'anthropic');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/generations',
      headers: { authorization: user.authorization, accept: 'text/event-stream' },
      payload: { prompt: 'pricing table with 3 plans', target: 'angular-css' },
    });
    const events = sseEvents(res.body);
    const progress = events.filter((e) => e.event === 'progress' && e.data.partial !== undefined);
    expect(progress.length).toBeGreaterThan(5);
    expect(events.slice(-4).map((e) => e.event)).toEqual(['spec', 'code', 'quality', 'done']);
    const done = events.at(-1)!.data;
    expect(done).toMatchObject({ provider: 'anthropic', model: 'claude-test', usage: { inputTokens: 900, outputTokens: 2100 }, fromCache: false, version: 1 });
    const row = await t.infra.database.primary.query.generations.findFirst({ where: (g, { eq }) => eq(g.id, done.generationId as string) });
    expect(row).toMatchObject({ status: 'succeeded', provider: 'anthropic', model: 'claude-test', inputTokens: 900, outputTokens: 2100, fromCache: false });
    expect(row!.componentId).toBe(done.componentId);
  });

  it('reports an answer still invalid after two repairs as a failed generation (422), never stored as a success', async () => {
    const invalid = { ...validSpec, root: { kind: 'element', tag: 'script' } };
    fake = await startFakeAnthropic([1, 2, 3].map(() => ({ kind: 'tool' as const, input: invalid })));
    t = await createTestApp({ generator: new AnthropicProvider(settings(fake.url)) });
    const user = await signUp(t.app, 'invalid');
    const res = await t.app.inject({ method: 'POST', url: '/api/generations', headers: { authorization: user.authorization }, payload: { prompt: 'card', target: 'html-css' } });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('GENERATION_FAILED');
    expect(fake.requests).toHaveLength(3);
    const rows = await t.infra.database.primary.query.generations.findMany({ where: (g, { eq }) => eq(g.ownerId, user.userId) });
    expect(rows.map((r) => r.status)).toEqual(['failed']);
    const components = await t.app.inject({ method: 'GET', url: '/api/components', headers: { authorization: user.authorization } });
    expect(components.json().items).toEqual([]);
  });

  it('answers 503 PROVIDER_UNAVAILABLE with Retry-After when the model service is rate limited', async () => {
    fake = await startFakeAnthropic([{ kind: 'rate-limited', retryAfterSeconds: 9 }]);
    t = await createTestApp({ generator: new AnthropicProvider(settings(fake.url)) });
    const res = await t.app.inject({ method: 'POST', url: '/api/generations', payload: { prompt: 'card', target: 'html-css' } });
    expect(res.statusCode).toBe(503);
    expect(res.json().error.code).toBe('PROVIDER_UNAVAILABLE');
    expect(res.headers['retry-after']).toBe('9');
  });

  it('aborts the upstream request when the client disconnects mid-stream', async () => {
    fake = await startFakeAnthropic([{ kind: 'tool', input: validSpec, chunkSize: 40, delayMs: 30 }]);
    t = await createTestApp({ generator: new AnthropicProvider(settings(fake.url, { timeoutMs: 10_000 })) });
    const url = await t.app.listen({ host: '127.0.0.1', port: 0 });
    const controller = new AbortController();
    const res = await fetch(`${url}/api/generations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ prompt: 'pricing table', target: 'react-css' }),
      signal: controller.signal,
    });
    const reader = res.body!.getReader();
    let text = '';
    while (!text.includes('"partial"')) text += new TextDecoder().decode((await reader.read()).value);
    controller.abort();
    await Promise.race([fake.requests[0]!.closed, new Promise((_, reject) => setTimeout(() => reject(new Error('upstream still open')), 3000))]);
    expect(fake.requests[0]!.disconnected).toBe(true);
  });
});

describe('generations through an OpenAI-compatible endpoint (fake chat completions)', () => {
  it('streams progress and stores the component with the endpoint’s model and usage', async () => {
    fake = await startFakeOpenAI([{ kind: 'content', content: JSON.stringify(validSpec), chunkSize: 150, usage: { prompt: 700, completion: 1900 } }]);
    t = await createTestApp({ generator: new OpenAIProvider(openaiSettings(fake.url)) });
    const user = await signUp(t.app, 'openai');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/generations',
      headers: { authorization: user.authorization, accept: 'text/event-stream' },
      payload: { prompt: 'tabla de precios con 3 planes', target: 'vue-tailwind' },
    });
    const events = sseEvents(res.body);
    expect(events.filter((e) => e.event === 'progress' && e.data.partial !== undefined).length).toBeGreaterThan(5);
    expect(events.slice(-4).map((e) => e.event)).toEqual(['spec', 'code', 'quality', 'done']);
    const done = events.at(-1)!.data;
    expect(done).toMatchObject({ provider: 'openai', model: 'llama3-test', usage: { inputTokens: 700, outputTokens: 1900 }, fromCache: false });
    expect(fake.requests[0]!.body).toMatchObject({ model: 'llama3-test', stream: true, response_format: { type: 'json_schema' } });
    const code = events.find((e) => e.event === 'code')!.data as { target: string; files: Array<{ path: string }> };
    expect(code.target).toBe('vue-tailwind');
    expect(code.files.some((f) => f.path.endsWith('.vue'))).toBe(true);
    const row = await t.infra.database.primary.query.generations.findFirst({ where: (g, { eq: is }) => is(g.id, done.generationId as string) });
    expect(row).toMatchObject({ status: 'succeeded', provider: 'openai', model: 'llama3-test', inputTokens: 700, outputTokens: 1900 });
  });
});

describe('choosing the provider per request', () => {
  async function twoProviders() {
    fake = await startFakeAnthropic([{ kind: 'tool', input: validSpec }]);
    other = await startFakeOpenAI([{ kind: 'content', content: JSON.stringify(validSpec) }]);
    t = await createTestApp({
      generators: generatorCatalog(new AnthropicProvider(settings(fake.url)), new OpenAIProvider(openaiSettings(other.url))),
    });
    return t;
  }
  const generate = (app: TestApp['app'], payload: Record<string, unknown>, authorization?: string) =>
    app.inject({ method: 'POST', url: '/api/generations', headers: authorization ? { authorization } : {}, payload: { prompt: 'card', target: 'html-css', ...payload } });

  it('lists the configured providers, with what each caller may choose (GET /api/generations/providers)', async () => {
    const { app, infra } = await twoProviders();
    const user = await signUp(app, 'list-choice');
    const list = async (authorization?: string) =>
      (await app.inject({ method: 'GET', url: '/api/generations/providers', headers: authorization ? { authorization } : {} })).json();
    const forVisitor = await list();
    expect(forVisitor.default).toBe('anthropic');
    expect(forVisitor.providers).toEqual([
      { id: 'anthropic', model: expect.any(String), allowed: true },
      { id: 'openai', model: 'llama3-test', allowed: false },
      { id: 'offline', model: expect.any(String), allowed: true },
    ]);
    expect((await list(user.authorization)).providers.find((p: { id: string }) => p.id === 'openai').allowed).toBe(false);
    await usersRepository(infra.database.primary).setPlan(user.userId, 'pro');
    expect((await list(user.authorization)).providers.every((p: { allowed: boolean }) => p.allowed)).toBe(true);
  });

  it('lets a Pro user pick a configured provider other than the default; the default provider is not called', async () => {
    const { app, infra } = await twoProviders();
    const user = await signUp(app, 'pro-choice');
    await usersRepository(infra.database.primary).setPlan(user.userId, 'pro');
    const res = await generate(app, { provider: 'openai' }, user.authorization);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ provider: 'openai', model: 'llama3-test' });
    expect(other!.requests).toHaveLength(1);
    expect(fake!.requests).toHaveLength(0);
  });

  it('keeps a Free user or a visitor on the default or offline: another model provider is 403 PLAN_REQUIRED, nothing called or charged', async () => {
    const { app } = await twoProviders();
    const user = await signUp(app, 'free-choice');
    for (const authorization of [user.authorization, undefined]) {
      const denied = await generate(app, { provider: 'openai' }, authorization);
      expect(denied.statusCode).toBe(403);
      expect(denied.json().error).toMatchObject({ code: 'PLAN_REQUIRED', message: expect.stringContaining('offline') });
    }
    expect(other!.requests).toHaveLength(0);
    const offline = await generate(app, { provider: 'offline' }, user.authorization);
    expect(offline.json()).toMatchObject({ provider: 'offline', fromCache: false });
    const named = await generate(app, { provider: 'anthropic' }, user.authorization);
    expect(named.json()).toMatchObject({ provider: 'anthropic' });
    expect(fake!.requests).toHaveLength(1);
  });

  it('answers 400 PROVIDER_NOT_CONFIGURED, listing what is, for a provider this server has no key for', async () => {
    fake = await startFakeAnthropic([{ kind: 'tool', input: validSpec }]);
    t = await createTestApp({ generator: new AnthropicProvider(settings(fake.url)) });
    const user = await signUp(t.app, 'unconfigured');
    await usersRepository(t.infra.database.primary).setPlan(user.userId, 'enterprise');
    const res = await generate(t.app, { provider: 'openai' }, user.authorization);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'PROVIDER_NOT_CONFIGURED', details: { available: ['anthropic', 'offline'] } });
    const unknown = await generate(t.app, { provider: 'gemini' }, user.authorization);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe('VALIDATION_ERROR');
  });

  it('caches per provider: the same prompt with another provider is a new generation', async () => {
    const { app } = await twoProviders();
    const first = await generate(app, {});
    const second = await generate(app, { provider: 'offline' });
    const again = await generate(app, { provider: 'offline' });
    expect([first.json().fromCache, second.json().fromCache, again.json().fromCache]).toEqual([false, false, true]);
    expect([first.json().provider, second.json().provider]).toEqual(['anthropic', 'offline']);
  });
});


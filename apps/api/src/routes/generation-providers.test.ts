import { afterEach, describe, expect, it } from 'vitest';
import { AnthropicProvider, type AiSettings } from '@anclora/ai';
import { startFakeAnthropic, type FakeServer } from '@anclora/ai/testing';
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
let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  await fake?.close();
  t = undefined;
  fake = undefined;
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

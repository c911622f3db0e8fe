import { afterEach, describe, expect, it } from 'vitest';
import { GenerationAbortedError } from './generation-aborted-error.js';
import { OpenAIProvider } from './openai-provider.js';
import { schemaInvalidSpec, settings, tokens, validSpec } from './test-fixtures.js';
import { startFakeOpenAI, type FakeOpenAIOptions, type FakeServer, type OpenAIStep } from './testing/index.js';
import { ProviderUnavailableError, type GenerationProgress } from './types.js';

let fake: FakeServer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function providerFor(script: OpenAIStep[], options: FakeOpenAIOptions = {}, overrides: Parameters<typeof settings>[0] = {}) {
  fake = await startFakeOpenAI(script, options);
  const provider = new OpenAIProvider(settings({ provider: 'openai', openai: { apiKey: 'sk-test', baseURL: `${fake.url}/v1`, model: 'gpt-test' }, ...overrides }));
  return { provider, fake };
}

describe('OpenAIProvider against the fake chat-completions API', () => {
  it('uses json_schema structured output, streams progress and reads the usage chunk', async () => {
    const { provider, fake } = await providerFor([{ kind: 'content', content: JSON.stringify(validSpec), chunkSize: 120 }]);
    const progress: GenerationProgress[] = [];
    const out = await provider.generate({ prompt: 'pricing', target: 'vue-css', tokens, onProgress: (p) => progress.push(p) });
    expect(out.spec).toEqual(validSpec);
    expect(out).toMatchObject({ provider: 'openai', model: 'gpt-test', attempts: 1, usage: { inputTokens: 1500, outputTokens: 900 }, notes: [] });
    const body = fake.requests[0]!.body;
    expect(body).toMatchObject({ stream: true, stream_options: { include_usage: true }, response_format: { type: 'json_schema', json_schema: { name: 'component_spec', strict: false } } });
    expect((body.messages as Array<{ role: string }>)[0]!.role).toBe('system');
    expect(progress.length).toBeGreaterThan(10);
    expect(progress.at(-1)!.partial).toEqual(validSpec);
  });

  it('falls back once to plain JSON when the server rejects json_schema, extracting JSON from prose', async () => {
    const prose = `Sure! Here is the component you asked for:\n\n\`\`\`json\n${JSON.stringify(validSpec, null, 2)}\n\`\`\`\n\nLet me know {if} you need changes.`;
    const { provider, fake } = await providerFor([{ kind: 'content', content: prose }], { rejectJsonSchema: true });
    const out = await provider.generate({ prompt: 'pricing', target: 'vue-css', tokens });
    expect(out.spec).toEqual(validSpec);
    expect(out.notes[0]).toContain('extracted from text');
    expect(fake.requests).toHaveLength(2);
    expect(fake.requests[1]!.body.response_format).toBeUndefined();
    // The fallback is remembered: the next generation does not try json_schema again.
    await provider.generate({ prompt: 'pricing', target: 'vue-css', tokens });
    expect(fake.requests).toHaveLength(3);
    expect(fake.requests[2]!.body.response_format).toBeUndefined();
  });

  it('repairs an invalid answer with the issue path', async () => {
    const { provider, fake } = await providerFor([
      { kind: 'content', content: JSON.stringify(schemaInvalidSpec) },
      { kind: 'content', content: JSON.stringify(validSpec) },
    ]);
    const out = await provider.generate({ prompt: 'pricing', target: 'vue-css', tokens });
    expect(out.attempts).toBe(2);
    expect(out.usage.outputTokens).toBe(1800);
    const messages = fake.requests[1]!.body.messages as Array<{ role: string; content: string }>;
    expect(messages.at(-2)!.role).toBe('assistant');
    expect(messages.at(-1)!.content).toContain('root.tag');
  });

  it('retries a 429 per settings.retries, and with retries 0 reports ProviderUnavailableError', async () => {
    const ok = await providerFor([{ kind: 'rate-limited', retryAfterSeconds: 0.05 }, { kind: 'content', content: JSON.stringify(validSpec) }], {}, { retries: 1 });
    expect((await ok.provider.generate({ prompt: 'x', target: 'vue-css', tokens })).spec).toEqual(validSpec);
    expect(ok.fake.requests).toHaveLength(2);
    await fake!.close();
    const failing = await providerFor([{ kind: 'server-error' }]);
    await expect(failing.provider.generate({ prompt: 'x', target: 'vue-css', tokens })).rejects.toBeInstanceOf(ProviderUnavailableError);
  });

  it('times out a slow first token and aborts upstream on caller abort', async () => {
    const slow = await providerFor([{ kind: 'content', content: JSON.stringify(validSpec), firstTokenDelayMs: 5000 }], {}, { timeoutMs: 250 });
    const started = performance.now();
    await expect(slow.provider.generate({ prompt: 'x', target: 'vue-css', tokens })).rejects.toBeInstanceOf(ProviderUnavailableError);
    expect(performance.now() - started).toBeLessThan(900);
    await fake!.close();
    const long = await providerFor([{ kind: 'content', content: JSON.stringify(validSpec), chunkSize: 40, delayMs: 10 }]);
    const controller = new AbortController();
    const pending = long.provider.generate({
      prompt: 'x',
      target: 'vue-css',
      tokens,
      signal: controller.signal,
      onProgress: (p) => p.characters > 300 && controller.abort(),
    });
    await expect(pending).rejects.toBeInstanceOf(GenerationAbortedError);
    await long.fake.requests[0]!.closed;
    expect(long.fake.requests[0]!.disconnected).toBe(true);
  });

  it('a stream cut in the middle is a ProviderUnavailableError', async () => {
    const { provider } = await providerFor([{ kind: 'content', content: JSON.stringify(validSpec), cutAfterDeltas: 3 }], {}, { retries: 2 });
    await expect(provider.generate({ prompt: 'x', target: 'vue-css', tokens })).rejects.toBeInstanceOf(ProviderUnavailableError);
    expect(fake!.requests).toHaveLength(1);
  });

  it('refines with a patch in the json_schema answer', async () => {
    const { provider, fake } = await providerFor([{ kind: 'content', content: JSON.stringify({ patch: [{ op: 'replace', path: '/name', value: 'Plans' }] }) }]);
    const out = await provider.generate({ prompt: 'rename', target: 'vue-css', tokens, currentSpec: validSpec });
    expect(out.spec.name).toBe('Plans');
    expect(fake.requests[0]!.body.response_format).toMatchObject({ json_schema: { name: 'spec_patch' } });
  });
});

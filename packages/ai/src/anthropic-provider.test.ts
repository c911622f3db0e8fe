import { afterEach, describe, expect, it } from 'vitest';
import { specJsonSchema } from '@anclora/engine';
import { AnthropicProvider } from './anthropic-provider.js';
import { GenerationAbortedError } from './generation-aborted-error.js';
import { schemaInvalidSpec, settings, tokens, unknownTokenSpec, validSpec } from './test-fixtures.js';
import { startFakeAnthropic, type AnthropicStep, type FakeServer } from './testing/index.js';
import { GenerationFailedError, ProviderUnavailableError, type GenerationProgress } from './types.js';

let fake: FakeServer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function providerFor(script: AnthropicStep[], overrides: Parameters<typeof settings>[0] = {}) {
  fake = await startFakeAnthropic(script);
  return { provider: new AnthropicProvider(settings({ anthropic: { apiKey: 'sk-test', baseURL: fake.url }, ...overrides })), fake };
}

type Message = { role: string; content: string | Array<{ type: string; content?: string; tool_use_id?: string; id?: string; input?: unknown; is_error?: boolean }> };
const lastUserText = (body: Record<string, unknown>) => {
  const last = (body.messages as Message[]).at(-1)!;
  return typeof last.content === 'string' ? last.content : last.content.map((block) => block.content ?? '').join('\n');
};

describe('AnthropicProvider against the fake Messages API', () => {
  it('streams a valid spec through the forced tool, with growing partials and usage', async () => {
    const { provider, fake } = await providerFor([{ kind: 'tool', input: validSpec, chunkSize: 97, usage: { input: 1234, output: 567 } }]);
    const progress: GenerationProgress[] = [];
    const out = await provider.generate({ prompt: 'pricing card', target: 'react-css', tokens, onProgress: (p) => progress.push(p) });
    expect(out.spec).toEqual(validSpec);
    expect(out).toMatchObject({ provider: 'anthropic', model: 'claude-test', attempts: 1, usage: { inputTokens: 1234, outputTokens: 567 } });
    const body = fake.requests[0]!.body;
    expect(body).toMatchObject({ stream: true, model: 'claude-test', max_tokens: 8192, tool_choice: { type: 'tool', name: 'emit_component_spec' } });
    expect((body.tools as Array<{ input_schema: unknown }>)[0]!.input_schema).toEqual(specJsonSchema());
    expect(String(body.system)).toContain('{color.primary} = #0b6477');
    // The first token at once, then one event per KiB (or 100 ms), then the end.
    const length = JSON.stringify(validSpec).length;
    expect(progress[0]!.characters).toBe(97);
    expect(progress.length).toBeGreaterThanOrEqual(Math.floor(length / 1024) + 1);
    expect(progress.length).toBeLessThan(length / 97 / 3);
    const sizes = progress.map((p) => JSON.stringify(p.partial ?? null).length);
    for (let i = 1; i < progress.length; i += 1) {
      expect(progress[i]!.characters).toBeGreaterThan(progress[i - 1]!.characters);
      expect(sizes[i]).toBeGreaterThanOrEqual(sizes[i - 1]!);
    }
    expect((progress[Math.floor(progress.length / 2)]!.partial as { specVersion: number }).specVersion).toBe(1);
    expect(progress.at(-1)!.partial).toEqual(validSpec);
  });

  it('repairs an invalid first answer, sending the issue path back', async () => {
    const { provider, fake } = await providerFor([{ kind: 'tool', input: schemaInvalidSpec }, { kind: 'tool', input: validSpec }]);
    const out = await provider.generate({ prompt: 'pricing card', target: 'html-css', tokens });
    expect(out.attempts).toBe(2);
    expect(out.usage).toEqual({ inputTokens: 2400, outputTokens: 1600 });
    expect(lastUserText(fake.requests[1]!.body)).toContain('root.tag');
    // The repair answers the model's own tool call: its tool_use, then an error tool_result with the same id.
    const [, answer, repair] = fake.requests[1]!.body.messages as Message[];
    expect(answer).toEqual({ role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_fake_0', name: 'emit_component_spec', input: schemaInvalidSpec }] });
    expect(repair!.content).toEqual([expect.objectContaining({ type: 'tool_result', tool_use_id: 'toolu_fake_0', is_error: true })]);
  });

  it('is answered 400 by the fake, as by the real API, when a tool_use turn has no tool_result', async () => {
    fake = await startFakeAnthropic([{ kind: 'tool', input: validSpec }]);
    const res = await fetch(`${fake.url}/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        model: 'claude-test',
        max_tokens: 10,
        messages: [
          { role: 'user', content: 'hi' },
          { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_1', name: 'x', input: {} }] },
          { role: 'user', content: 'plain text' },
        ],
      }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { type: string } }).error.type).toBe('invalid_request_error');
  });

  it('reports an answer still invalid after two repairs as a failed generation', async () => {
    const { provider, fake } = await providerFor([{ kind: 'tool', input: unknownTokenSpec }]);
    const error = await provider.generate({ prompt: 'pricing card', target: 'html-css', tokens }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenerationFailedError);
    const failed = error as GenerationFailedError;
    expect(failed.attempts).toBe(3);
    expect(failed.code).toBe('GENERATION_FAILED');
    expect(failed.issues).toContainEqual(expect.objectContaining({ code: 'UNKNOWN_TOKEN', path: 'root.style.base.backgroundColor' }));
    expect(fake.requests).toHaveLength(3);
    expect(lastUserText(fake.requests[2]!.body)).toContain('color.brand-x');
  });

  it('retries 429 (honouring retry-after) and overloaded_error per settings.retries', async () => {
    const { provider, fake } = await providerFor(
      [{ kind: 'rate-limited', retryAfterSeconds: 0.05 }, { kind: 'overloaded' }, { kind: 'tool', input: validSpec }],
      { retries: 2 },
    );
    const out = await provider.generate({ prompt: 'pricing card', target: 'html-css', tokens });
    expect(out.spec).toEqual(validSpec);
    expect(out.attempts).toBe(1); // SDK retries are transport retries, not model attempts
    expect(fake.requests).toHaveLength(3);
  });

  it('with retries 0, 429 and overloaded become ProviderUnavailableError (with retry-after)', async () => {
    const limited = await providerFor([{ kind: 'rate-limited', retryAfterSeconds: 7 }]);
    const e1 = await limited.provider.generate({ prompt: 'x', target: 'html-css', tokens }).catch((e: unknown) => e);
    expect(e1).toBeInstanceOf(ProviderUnavailableError);
    expect((e1 as ProviderUnavailableError).retryAfterSeconds).toBe(7);
    expect(limited.fake.requests).toHaveLength(1);
    await fake!.close();
    const overloaded = await providerFor([{ kind: 'overloaded' }]);
    const e2 = await overloaded.provider.generate({ prompt: 'x', target: 'html-css', tokens }).catch((e: unknown) => e);
    expect(e2).toBeInstanceOf(ProviderUnavailableError);
    expect((e2 as Error).message).toContain('529');
    await fake!.close();
    const broken = await providerFor([{ kind: 'server-error' }]);
    await expect(broken.provider.generate({ prompt: 'x', target: 'html-css', tokens })).rejects.toBeInstanceOf(ProviderUnavailableError);
  });

  it('gives up on a slow first token after timeoutMs', async () => {
    const { provider, fake } = await providerFor([{ kind: 'tool', input: validSpec, firstTokenDelayMs: 5000 }], { timeoutMs: 300 });
    const started = performance.now();
    await expect(provider.generate({ prompt: 'x', target: 'html-css', tokens })).rejects.toBeInstanceOf(ProviderUnavailableError);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(280);
    expect(elapsed).toBeLessThan(1000);
    await fake.requests[0]!.closed; // the upstream request was cancelled, not left running
  });

  it('aborts the upstream request when the caller aborts mid-stream', async () => {
    const { provider, fake } = await providerFor([{ kind: 'tool', input: validSpec, chunkSize: 40, delayMs: 10 }]);
    const controller = new AbortController();
    let abortedAt = 0;
    const pending = provider.generate({
      prompt: 'x',
      target: 'html-css',
      tokens,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.characters > 400 && !abortedAt) {
          abortedAt = performance.now();
          controller.abort();
        }
      },
    });
    await expect(pending).rejects.toBeInstanceOf(GenerationAbortedError);
    expect(performance.now() - abortedAt).toBeLessThan(100);
    await fake.requests[0]!.closed;
    expect(fake.requests[0]!.disconnected).toBe(true);
    expect(fake.requests).toHaveLength(1);
  });

  it('a stream cut in the middle is a ProviderUnavailableError; the SDK does not retry a started stream', async () => {
    const { provider, fake } = await providerFor([{ kind: 'tool', input: validSpec, cutAfterDeltas: 5 }], { retries: 2 });
    const progress: GenerationProgress[] = [];
    const error = await provider.generate({ prompt: 'x', target: 'html-css', tokens, onProgress: (p) => progress.push(p) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderUnavailableError);
    // What really happens: undici rejects the body read with "terminated" and the SDK rethrows it (no retry once the stream started).
    expect((error as Error).message).toContain('terminated');
    expect(progress.map((p) => p.characters)).toEqual([64]); // the first token; the rest came in under one step
    expect(fake.requests).toHaveLength(1);
  });

  it('refines with a JSON Patch applied to the current spec', async () => {
    const patch = [
      { op: 'replace', path: '/name', value: 'PricingPlans' },
      { op: 'replace', path: '/root/style/base/gap', value: '{space.lg}' },
    ];
    const { provider, fake } = await providerFor([{ kind: 'tool', input: { patch }, chunkSize: 16, usage: { input: 900, output: 60 } }]);
    const out = await provider.generate({ prompt: 'tighter sections', target: 'html-css', tokens, currentSpec: validSpec });
    expect(out.spec.name).toBe('PricingPlans');
    expect(out.spec.root.style?.base?.gap).toBe('{space.lg}');
    expect(out.spec.root.children).toEqual(validSpec.root.children);
    expect(validSpec.name).toBe('PricingTable'); // the current spec is not mutated
    const body = fake.requests[0]!.body;
    expect(body.tool_choice).toEqual({ type: 'tool', name: 'emit_spec_patch' });
    expect(lastUserText(body)).toContain(JSON.stringify(validSpec));
    expect(out.usage).toEqual({ inputTokens: 900, outputTokens: 60 });
  });

  it('repairs a patch that does not apply', async () => {
    const { provider, fake } = await providerFor([
      { kind: 'tool', input: { patch: [{ op: 'replace', path: '/root/children/99/tag', value: 'div' }] } },
      { kind: 'tool', input: { patch: [{ op: 'replace', path: '/description', value: 'Plans' }] } },
    ]);
    const out = await provider.generate({ prompt: 'x', target: 'html-css', tokens, currentSpec: validSpec });
    expect(out.attempts).toBe(2);
    expect(out.spec.description).toBe('Plans');
    expect(lastUserText(fake.requests[1]!.body)).toContain('patch[0]');
  });
});

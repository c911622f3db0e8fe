import Anthropic from '@anthropic-ai/sdk';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeAnthropic, type FakeServer } from './index.js';

let fake: FakeServer | undefined;
afterEach(() => fake?.close());

describe('startFakeAnthropic', () => {
  it('answers the non-streaming Messages form with a tool_use block the SDK parses', async () => {
    fake = await startFakeAnthropic([{ kind: 'tool', input: { hello: 'world' }, usage: { input: 10, output: 5 } }]);
    const client = new Anthropic({ apiKey: 'k', baseURL: fake.url, maxRetries: 0 });
    const message = await client.messages.create({
      model: 'claude-test',
      max_tokens: 100,
      messages: [{ role: 'user', content: 'hi' }],
      tools: [{ name: 'emit', input_schema: { type: 'object' } }],
      tool_choice: { type: 'tool', name: 'emit' },
    });
    expect(message.stop_reason).toBe('tool_use');
    expect(message.content[0]).toMatchObject({ type: 'tool_use', name: 'emit', input: { hello: 'world' } });
    expect(message.usage).toMatchObject({ input_tokens: 10, output_tokens: 5 });
  });

  it('streams text deltas that the SDK MessageStream accumulates', async () => {
    fake = await startFakeAnthropic([{ kind: 'text', text: 'Hola, mundo', chunkSize: 3 }]);
    const client = new Anthropic({ apiKey: 'k', baseURL: fake.url, maxRetries: 0 });
    const final = await client.messages.stream({ model: 'claude-test', max_tokens: 100, messages: [{ role: 'user', content: 'hi' }] }).finalMessage();
    expect(final.content[0]).toMatchObject({ type: 'text', text: 'Hola, mundo' });
    expect(final.stop_reason).toBe('end_turn');
  });
});

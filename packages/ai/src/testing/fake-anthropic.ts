import { chunk, nextTurn, sendJson, sleep, startFakeServer, write, type FakeServer } from './fake-server.js';

/** One scripted answer of the fake Messages API; calls past the script's end repeat its last step. */
export type AnthropicStep =
  | {
      kind: 'tool';
      /** The tool input the "model" writes, streamed as input_json_delta in small pieces. */
      input: unknown;
      chunkSize?: number;
      /** Delay before the first delta (after headers and message_start): a slow first token. */
      firstTokenDelayMs?: number;
      /** Delay between deltas. */
      delayMs?: number;
      /** Destroy the socket after this many deltas: a stream cut in the middle. */
      cutAfterDeltas?: number;
      usage?: { input: number; output: number };
    }
  | { kind: 'text'; text: string; chunkSize?: number; usage?: { input: number; output: number } }
  | { kind: 'overloaded' }
  | { kind: 'rate-limited'; retryAfterSeconds: number }
  | { kind: 'server-error' };

const sse = (event: string, data: unknown) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
const errorBody = (type: string, message: string) => ({ type: 'error', error: { type, message } });

/**
 * A local Anthropic Messages API: POST /v1/messages, streaming (SSE, the
 * event sequence the real API sends) or not (one JSON message), so the real
 * @anthropic-ai/sdk can be exercised end to end on loopback.
 */
export async function startFakeAnthropic(script: AnthropicStep[]): Promise<FakeServer> {
  return startFakeServer(async (req, res, record, index) => {
    if (req.method !== 'POST' || !req.url?.startsWith('/v1/messages')) {
      sendJson(res, 404, errorBody('not_found_error', `No route ${req.method} ${req.url}`));
      return;
    }
    const step = script[Math.min(index, script.length - 1)];
    if (!step) throw new Error('empty script');
    const body = record.body;
    const invalid = checkToolResults(body.messages);
    if (invalid) {
      sendJson(res, 400, errorBody('invalid_request_error', invalid));
      return;
    }
    const id = `msg_fake_${index}`;
    const model = String(body.model ?? 'claude-fake');
    switch (step.kind) {
      case 'overloaded':
        sendJson(res, 529, errorBody('overloaded_error', 'Overloaded'), { 'x-should-retry': 'true' });
        return;
      case 'rate-limited':
        sendJson(res, 429, errorBody('rate_limit_error', 'Number of request tokens has exceeded your rate limit.'), {
          'retry-after': String(step.retryAfterSeconds),
        });
        return;
      case 'server-error':
        sendJson(res, 500, errorBody('api_error', 'Internal server error'));
        return;
    }
    const usage = step.usage ?? { input: 1200, output: 800 };
    const toolName = toolNameOf(body);
    if (!body.stream) {
      const content =
        step.kind === 'tool'
          ? [{ type: 'tool_use', id: `toolu_fake_${index}`, name: toolName, input: step.input }]
          : [{ type: 'text', text: step.text }];
      sendJson(res, 200, {
        id,
        type: 'message',
        role: 'assistant',
        model,
        content,
        stop_reason: step.kind === 'tool' ? 'tool_use' : 'end_turn',
        stop_sequence: null,
        usage: { input_tokens: usage.input, output_tokens: usage.output },
      });
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    write(
      res,
      sse('message_start', {
        type: 'message_start',
        message: { id, type: 'message', role: 'assistant', model, content: [], stop_reason: null, stop_sequence: null, usage: { input_tokens: usage.input, output_tokens: 1 } },
      }),
    );
    const isTool = step.kind === 'tool';
    write(
      res,
      sse('content_block_start', {
        type: 'content_block_start',
        index: 0,
        content_block: isTool ? { type: 'tool_use', id: `toolu_fake_${index}`, name: toolName, input: {} } : { type: 'text', text: '' },
      }),
    );
    write(res, sse('ping', { type: 'ping' }));
    if (isTool && step.firstTokenDelayMs) await sleep(step.firstTokenDelayMs);
    const text = isTool ? JSON.stringify(step.input) : step.text;
    const pieces = chunk(text, step.chunkSize ?? 64);
    for (const [i, piece] of pieces.entries()) {
      if (isTool && step.cutAfterDeltas !== undefined && i === step.cutAfterDeltas) {
        // Let the deltas already written reach the client first, as a connection lost mid-answer would.
        await sleep(30);
        res.socket?.destroy();
        return;
      }
      const delta = isTool ? { type: 'input_json_delta', partial_json: piece } : { type: 'text_delta', text: piece };
      record.firstTokenAt ??= performance.now();
      if (!write(res, sse('content_block_delta', { type: 'content_block_delta', index: 0, delta }))) return;
      // Each delta its own write on the wire, as a model's tokens are (a synchronous
      // loop would coalesce them all into one packet with the first token).
      await (isTool && step.delayMs ? sleep(step.delayMs) : nextTurn());
    }
    write(res, sse('content_block_stop', { type: 'content_block_stop', index: 0 }));
    write(
      res,
      sse('message_delta', {
        type: 'message_delta',
        delta: { stop_reason: isTool ? 'tool_use' : 'end_turn', stop_sequence: null },
        usage: { output_tokens: usage.output },
      }),
    );
    write(res, sse('message_stop', { type: 'message_stop' }));
    res.end();
  });
}

function toolNameOf(body: Record<string, unknown>): string {
  const choice = body.tool_choice as { name?: string } | undefined;
  const tools = body.tools as Array<{ name: string }> | undefined;
  return choice?.name ?? tools?.[0]?.name ?? 'tool';
}


type Block = { type?: string; id?: string; tool_use_id?: string };

/**
 * The rule the real API enforces on a conversation: every tool_use block in
 * an assistant turn must be answered by a tool_result block with its id at
 * the start of the next user turn. Returns the API's kind of message, or
 * undefined when the conversation is well formed.
 */
function checkToolResults(messages: unknown): string | undefined {
  if (!Array.isArray(messages)) return 'messages: Field required';
  for (const [i, message] of (messages as Array<{ role?: string; content?: unknown }>).entries()) {
    if (message.role !== 'assistant' || !Array.isArray(message.content)) continue;
    const ids = (message.content as Block[]).filter((b) => b.type === 'tool_use').map((b) => b.id);
    if (ids.length === 0) continue;
    const next = messages[i + 1] as { role?: string; content?: unknown } | undefined;
    const results = next?.role === 'user' && Array.isArray(next.content) ? (next.content as Block[]).filter((b) => b.type === 'tool_result').map((b) => b.tool_use_id) : [];
    const missing = ids.filter((id) => !results.includes(id));
    if (missing.length > 0) {
      return `messages.${i + 1}: \`tool_use\` ids were found without \`tool_result\` blocks immediately after: ${missing.join(', ')}. Each \`tool_use\` block must have a corresponding \`tool_result\` block in the next message.`;
    }
  }
  return undefined;
}

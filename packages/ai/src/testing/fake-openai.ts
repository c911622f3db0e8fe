import { chunk, nextTurn, sendJson, sleep, startFakeServer, write, type FakeServer } from './fake-server.js';

/** One scripted answer of the fake chat-completions API; calls past the script's end repeat its last step. */
export type OpenAIStep =
  | {
      kind: 'content';
      /** The assistant message text, streamed as delta.content pieces (JSON, or prose around JSON). */
      content: string;
      chunkSize?: number;
      firstTokenDelayMs?: number;
      delayMs?: number;
      cutAfterDeltas?: number;
      usage?: { prompt: number; completion: number };
    }
  | { kind: 'rate-limited'; retryAfterSeconds: number }
  | { kind: 'server-error' };

export interface FakeOpenAIOptions {
  /** Answer 400 to any request with response_format json_schema, as servers without structured output do. */
  rejectJsonSchema?: boolean;
}

const errorBody = (message: string, type: string, param: string | null = null) => ({ error: { message, type, param, code: null } });

/**
 * A local OpenAI-compatible endpoint: POST /v1/chat/completions, streaming
 * (`data: {chunk}` lines, a usage chunk when stream_options.include_usage,
 * then `data: [DONE]`) or not, so the real `openai` SDK runs against it.
 */
export async function startFakeOpenAI(script: OpenAIStep[], options: FakeOpenAIOptions = {}): Promise<FakeServer> {
  let answered = 0;
  return startFakeServer(async (req, res, record, index) => {
    if (req.method !== 'POST' || !req.url?.startsWith('/v1/chat/completions')) {
      sendJson(res, 404, errorBody(`No route ${req.method} ${req.url}`, 'invalid_request_error'));
      return;
    }
    const body = record.body;
    const format = body.response_format as { type?: string } | undefined;
    if (options.rejectJsonSchema && format?.type === 'json_schema') {
      sendJson(res, 400, errorBody("Invalid parameter: 'response_format' of type 'json_schema' is not supported with this model.", 'invalid_request_error', 'response_format'));
      return;
    }
    // Rejected requests do not consume a step: the script describes answers.
    const step = script[Math.min(answered, script.length - 1)];
    answered += 1;
    if (!step) throw new Error('empty script');
    if (step.kind === 'rate-limited') {
      sendJson(res, 429, errorBody('Rate limit reached.', 'requests'), { 'retry-after': String(step.retryAfterSeconds) });
      return;
    }
    if (step.kind === 'server-error') {
      sendJson(res, 500, errorBody('The server had an error while processing your request.', 'server_error'));
      return;
    }
    const id = `chatcmpl-fake-${index}`;
    const model = String(body.model ?? 'gpt-fake');
    const created = Math.floor(Date.now() / 1000);
    const usage = step.usage ?? { prompt: 1500, completion: 900 };
    const usageBody = { prompt_tokens: usage.prompt, completion_tokens: usage.completion, total_tokens: usage.prompt + usage.completion };
    if (!body.stream) {
      sendJson(res, 200, {
        id,
        object: 'chat.completion',
        created,
        model,
        choices: [{ index: 0, message: { role: 'assistant', content: step.content, refusal: null }, finish_reason: 'stop', logprobs: null }],
        usage: usageBody,
      });
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    const frame = (choices: unknown[], extra: Record<string, unknown> = {}) =>
      `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices, ...extra })}\n\n`;
    write(res, frame([{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }]));
    if (step.firstTokenDelayMs) await sleep(step.firstTokenDelayMs);
    for (const [i, piece] of chunk(step.content, step.chunkSize ?? 64).entries()) {
      if (step.cutAfterDeltas !== undefined && i === step.cutAfterDeltas) {
        // Let the deltas already written reach the client first, as a connection lost mid-answer would.
        await sleep(30);
        res.socket?.destroy();
        return;
      }
      record.firstTokenAt ??= performance.now();
      if (!write(res, frame([{ index: 0, delta: { content: piece }, finish_reason: null }]))) return;
      await (step.delayMs ? sleep(step.delayMs) : nextTurn()); // each delta its own write, as a model's tokens are
    }
    write(res, frame([{ index: 0, delta: {}, finish_reason: 'stop' }]));
    const streamOptions = body.stream_options as { include_usage?: boolean } | undefined;
    if (streamOptions?.include_usage) write(res, frame([], { usage: usageBody }));
    write(res, 'data: [DONE]\n\n');
    res.end();
  });
}

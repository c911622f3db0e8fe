import { describe, expect, it } from 'vitest';
import { createSseParser, readSse, type SseMessage } from './sse';

const collect = (chunks: string[]) => {
  const out: SseMessage[] = [];
  const parser = createSseParser((m) => out.push(m));
  for (const chunk of chunks) parser.push(chunk);
  parser.end();
  return out;
};

describe('SSE parser', () => {
  it('parses named events with JSON data', () => {
    expect(collect(['event: progress\ndata: {"characters":10}\n\nevent: done\ndata: {}\n\n'])).toEqual([
      { event: 'progress', data: '{"characters":10}' },
      { event: 'done', data: '{}' },
    ]);
  });

  it('handles events split across chunks at any point, including inside CRLF', () => {
    const text = 'event: spec\r\ndata: {"a":1}\r\n\r\nevent: code\r\ndata: x\r\n\r\n';
    for (let cut = 1; cut < text.length; cut += 1) {
      expect(collect([text.slice(0, cut), text.slice(cut)])).toEqual([
        { event: 'spec', data: '{"a":1}' },
        { event: 'code', data: 'x' },
      ]);
    }
  });

  it('joins multi-line data, ignores comments, defaults the event name and keeps ids', () => {
    expect(collect([': keep-alive\n', 'id: 7\ndata: one\ndata: two\n\n'])).toEqual([{ event: 'message', data: 'one\ntwo', id: '7' }]);
  });

  it('drops an unterminated event at the end of the stream and events without data', () => {
    expect(collect(['event: a\n\n', 'event: b\ndata: 1'])).toEqual([]);
  });

  it('reads a byte stream with multi-byte characters split between chunks', async () => {
    const bytes = new TextEncoder().encode('event: progress\ndata: "Formulario de inicio de sesión ✓"\n\n');
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 5) controller.enqueue(bytes.slice(i, i + 5));
        controller.close();
      },
    });
    const out: SseMessage[] = [];
    await readSse(stream, (m) => out.push(m));
    expect(out).toEqual([{ event: 'progress', data: '"Formulario de inicio de sesión ✓"' }]);
  });
});

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a fake saw of one request: the JSON body, and whether the client hung up before the answer ended. */
export interface RecordedRequest {
  body: Record<string, unknown>;
  disconnected: boolean;
  /** Resolves when the client closed the connection before the answer was finished. */
  closed: Promise<void>;
  /** performance.now() in the fake's process when the first token was written (benchmarks: relay latency). */
  firstTokenAt?: number;
}

export interface FakeServer {
  /** http://127.0.0.1:<port> */
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export type Handler = (req: IncomingMessage, res: ServerResponse, record: RecordedRequest, index: number) => Promise<void>;

/** A loopback HTTP server on port 0 that records JSON bodies and client disconnects. */
export async function startFakeServer(handler: Handler): Promise<FakeServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      } catch {
        // Recorded as empty: the tests assert on bodies the SDKs send, which are always JSON.
      }
      let markClosed = () => {};
      const record: RecordedRequest = { body, disconnected: false, closed: new Promise((resolve) => (markClosed = resolve)) };
      res.on('close', () => {
        if (!res.writableFinished) {
          record.disconnected = true;
          markClosed();
        }
      });
      requests.push(record);
      handler(req, res, record, requests.length - 1).catch((error: unknown) => {
        console.error('fake server handler failed', error);
        res.destroy();
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Yields to the event loop (after pending I/O), so the previous write is flushed on its own. */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Splits text into chunks of `size` characters: the "many small deltas" a real model streams. */
export function chunk(text: string, size: number): string[] {
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += size) parts.push(text.slice(i, i + size));
  return parts;
}

/** Writes unless the client is gone; returns false once it is. */
export function write(res: ServerResponse, text: string): boolean {
  if (res.destroyed) return false;
  res.write(text);
  return true;
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

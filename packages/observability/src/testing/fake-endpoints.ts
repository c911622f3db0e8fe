import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';

/** Test support: loopback stand-ins for Sentry's ingestion and an OTLP collector. */

export interface ReceivedRequest {
  method: string;
  url: string;
  body: string;
}

export interface FakeEndpoint {
  url: string;
  received: ReceivedRequest[];
  close(): Promise<void>;
}

/** Answers every request 200 and keeps it (gzip bodies unpacked). */
export async function startFakeEndpoint(): Promise<FakeEndpoint> {
  const received: ReceivedRequest[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let raw = Buffer.concat(chunks);
      if (req.headers['content-encoding'] === 'gzip') raw = gunzipSync(raw);
      received.push({ method: req.method ?? '', url: req.url ?? '', body: raw.toString('utf8') });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A DSN that sends to the fake endpoint, as Sentry project `project`. */
export function fakeDsn(endpoint: FakeEndpoint, project = 1): string {
  return `http://public@${endpoint.url.slice('http://'.length)}/${project}`;
}

export interface EnvelopeItem {
  header: { type: string };
  payload: Record<string, unknown>;
}

/** A Sentry envelope: a header line, then header/payload line pairs (newline-delimited JSON). */
export function parseEnvelope(body: string): { header: Record<string, unknown>; items: EnvelopeItem[] } {
  const lines = body.split('\n').filter((l) => l.trim() !== '');
  const header = JSON.parse(lines[0]!) as Record<string, unknown>;
  const items: EnvelopeItem[] = [];
  for (let i = 1; i + 1 < lines.length; i += 2) {
    items.push({ header: JSON.parse(lines[i]!) as EnvelopeItem['header'], payload: JSON.parse(lines[i + 1]!) as Record<string, unknown> });
  }
  return { header, items };
}

/** The error events (not transactions or sessions) the fake Sentry endpoint received. */
export function sentryEvents(endpoint: FakeEndpoint): Array<Record<string, unknown> & { tags?: Record<string, string> }> {
  return endpoint.received
    .flatMap((r) => parseEnvelope(r.body).items)
    .filter((item) => item.header.type === 'event')
    .map((item) => item.payload);
}

export interface OtlpSpan {
  name: string;
  kind: number;
  /** Hex, as the JSON encoding sends ids. */
  traceId: string;
  spanId: string;
  /** Absent on a root span. */
  parentSpanId?: string;
  status?: { code?: number };
  attributes: Array<{ key: string; value: Record<string, unknown> }>;
}

/** The spans of the OTLP/HTTP JSON bodies the fake collector received on /v1/traces. */
export function receivedSpans(endpoint: FakeEndpoint): OtlpSpan[] {
  return endpoint.received
    .filter((r) => r.url === '/v1/traces')
    .flatMap((r) =>
      (JSON.parse(r.body) as { resourceSpans: Array<{ scopeSpans: Array<{ spans: OtlpSpan[] }> }> }).resourceSpans.flatMap((rs) =>
        rs.scopeSpans.flatMap((s) => s.spans),
      ),
    );
}

/** A span's attributes as a plain object (OTLP wraps each value by type; int values arrive as strings). */
export function spanAttributes(span: OtlpSpan): Record<string, unknown> {
  return Object.fromEntries(span.attributes.map((a) => [a.key, Object.values(a.value)[0]]));
}

export async function waitFor(check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 25));
  }
}

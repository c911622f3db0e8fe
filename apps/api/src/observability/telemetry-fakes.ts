import { createServer, type Server } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { loadConfig, type Config } from '@anclora/config';
import { openDatabase, runMigrations } from '@anclora/db';
import { createInfra } from '@anclora/infra';
import { buildApp } from '../app.js';
import { TEST_JWT_SECRET } from '../testing/test-app.js';

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

/**
 * The app exactly as buildApp makes it, with the monitoring part of the
 * profile overridden (the test profile keeps Sentry off), and a hook to add
 * throwaway routes before it is ready.
 */
export async function createMonitoredApp(
  env: Record<string, string>,
  monitoring: Partial<Config['monitoring']>,
  addRoutes: (app: FastifyInstance) => void,
): Promise<{ app: FastifyInstance; config: Config; close(): Promise<void> }> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'anclora-telemetry-'));
  const loaded = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...env }, { version: '0.0.0-test' });
  const config: Config = { ...loaded, monitoring: { ...loaded.monitoring, ...monitoring } };
  const database = await openDatabase({ kind: 'pglite', dataDir: undefined });
  await runMigrations(database);
  const infra = await createInfra(config, { migrate: false, overrides: { database } });
  const app = await buildApp({ config, infra, jwtSecret: TEST_JWT_SECRET });
  addRoutes(app);
  await app.ready();
  return {
    app,
    config,
    close: async () => {
      await app.close();
      await infra.close();
      await database.close().catch(() => {});
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export async function waitFor(check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 25));
  }
}

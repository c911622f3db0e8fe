import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webPlugin } from './web.js';

describe('web plugin: the built app, precompressed', () => {
  const script = `console.log(${JSON.stringify('x'.repeat(2000))});`;
  const html = '<!doctype html><title>Anclora Render</title><div id="root"></div>';
  let dist: string;
  let app: FastifyInstance;

  beforeAll(async () => {
    // A build as apps/web/vite.config.ts writes it: each text file with a .br and a .gz copy (favicon too small for one).
    dist = await mkdtemp(path.join(os.tmpdir(), 'anclora-web-plugin-'));
    await mkdir(path.join(dist, 'assets'));
    for (const [file, body] of [
      ['index.html', html],
      ['assets/index-1234.js', script],
    ] as const) {
      await writeFile(path.join(dist, file), body);
      await writeFile(path.join(dist, `${file}.br`), brotliCompressSync(body));
      await writeFile(path.join(dist, `${file}.gz`), gzipSync(body));
    }
    await writeFile(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    app = Fastify();
    await app.register(webPlugin, { distDir: dist });
    app.setNotFoundHandler((_request, reply) => reply.header('cache-control', 'no-cache').sendFile('index.html'));
    await app.ready();
  });

  afterAll(async () => {
    await app.close();
    await rm(dist, { recursive: true, force: true });
  });

  it('sends the brotli copy of an asset to a browser that accepts it, cached for a year', async () => {
    const res = await app.inject({ method: 'GET', url: '/assets/index-1234.js', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(script);
  });

  it('falls back to gzip, then to the plain file', async () => {
    const gz = await app.inject({ method: 'GET', url: '/assets/index-1234.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(script);
    const plain = await app.inject({ method: 'GET', url: '/assets/index-1234.js' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
    const small = await app.inject({ method: 'GET', url: '/favicon.svg', headers: { 'accept-encoding': 'br' } });
    expect(small.statusCode).toBe(200);
    expect(small.headers['content-encoding']).toBeUndefined();
  });

  it('sends index.html compressed and never cached, at / and for client routes', async () => {
    for (const url of ['/', '/workspace']) {
      const res = await app.inject({ method: 'GET', url, headers: { accept: 'text/html', 'accept-encoding': 'br' } });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-encoding']).toBe('br');
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(brotliDecompressSync(res.rawPayload).toString()).toBe(html);
    }
  });
});

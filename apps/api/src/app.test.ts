import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createTestApp, type TestApp } from './testing/test-app.js';
import { buildApp } from './app.js';
import { profiles } from '@anclora/config';

describe('HTTP surface on embedded defaults', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('GET /api/health answers status, version and uptime', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ status: 'ok', version: '0.0.0-test' });
    expect(body.uptime).toBeGreaterThan(0);
  });

  it('GET /api/ready reports one check per dependency with the adapter in use', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/ready' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.status).toBe('ok');
    expect(Object.keys(body.checks).sort()).toEqual(['browser', 'cache', 'database', 'queue', 'storage']);
    // The browser is optional: without it the service is still ready.
    expect(body.checks.browser.required).toBe(false);
    expect(body.checks.database).toMatchObject({ status: 'up', required: true, kind: 'pglite' });
    expect(body.checks.cache.kind).toBe('memory');
    expect(body.checks.queue.kind).toBe('memory');
    expect(body.checks.storage.kind).toBe('local');
  });

  it('GET /metrics exposes default metrics and the seed histogram with its buckets and labels', async () => {
    await t.app.inject({ method: 'GET', url: '/api/health' });
    const res = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain');
    const text = res.body;
    expect(text).toContain('process_cpu_user_seconds_total');
    expect(text).toContain('nodejs_eventloop_lag_seconds');
    for (const le of ['0.1', '0.3', '0.5', '0.7', '1', '3', '5', '7', '10', '+Inf']) {
      expect(text).toContain(`http_request_duration_seconds_bucket{le="${le}",method="GET",route="/api/health",status_code="200"}`);
    }
    expect(text).toMatch(/http_requests_total\{method="GET",route="\/api\/health",status="200"\} \d+/);
  });

  it('labels unmatched URLs with one constant route so probes cannot create series', async () => {
    await t.app.inject({ method: 'GET', url: '/api/nope-1' });
    await t.app.inject({ method: 'GET', url: '/api/nope-2' });
    const text = (await t.app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(text).not.toContain('nope-1');
    expect(text).toMatch(/http_requests_total\{method="GET",route="unmatched",status="404"\} 2/);
  });

  it('serves an OpenAPI 3.1 document generated from the route schemas', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/ready', '/api/auth/register', '/api/auth/login', '/api/auth/me']),
    );
    expect(doc.paths['/api/auth/register'].post.requestBody.content['application/json'].schema.required).toEqual(
      expect.arrayContaining(['email', 'password']),
    );
    expect(doc.components.schemas).toHaveProperty('ErrorResponse');
    const ui = await t.app.inject({ method: 'GET', url: '/api/docs' });
    expect([200, 302]).toContain(ui.statusCode);
  });

  it('answers unknown routes with 404 in the error shape', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/does-not-exist?x=1' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'ROUTE_NOT_FOUND', message: 'No route for POST /api/does-not-exist.' } });
  });

  it('rejects malformed JSON with 400 INVALID_JSON', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": "a@b.co", "password": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('INVALID_JSON');
  });

  it('rejects wrong types with 400 VALIDATION_ERROR naming the field', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/register', payload: { email: 'x@y.co', password: 12 } });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('VALIDATION_ERROR');
    expect(error.message).toContain('/password');
    const missing = await t.app.inject({ method: 'POST', url: '/api/auth/register', payload: { password: 'longenough' } });
    expect(missing.json().error.details.issues[0].missingProperty).toBe('email');
    const extra = await t.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: { email: 'x@y.co', password: 'longenough', admin: true },
    });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().error.message).toContain('admin');
  });

  it('takes JSON bodies as sent: values of the wrong type are not coerced', async () => {
    for (const payload of [
      { email: 'n@example.com', password: 123456789 },
      { email: ['n@example.com'], password: 'long-enough-password' },
      { email: 'n@example.com', password: 'long-enough-password', name: true },
    ]) {
      const res = await t.app.inject({ method: 'POST', url: '/api/auth/register', payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_ERROR');
    }
  });

  it('strips __proto__ from JSON bodies instead of letting it poison objects', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email":"a@b.co","password":"x","__proto__":{"admin":true}}',
    });
    expect(res.statusCode).toBe(401);
  });

  it('treats an empty JSON body as no body (logout from a bare fetch works)', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { 'content-type': 'application/json' }, payload: '' });
    expect(res.statusCode).toBe(204);
    const needsBody = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: '' });
    expect(needsBody.statusCode).toBe(400);
    expect(needsBody.json().error.code).toBe('VALIDATION_ERROR');
  });

  it('answers a malformed URL in the error shape', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/%E0%A4%A' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_ERROR');
  });

  it('rejects bodies over the limit with 413', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ email: 'a@b.co', password: 'x'.repeat(t.config.server.bodyLimitBytes) }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('rejects an unsupported content type with 415', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/xml' },
      payload: '<login/>',
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('echoes a sane X-Request-Id and replaces a hostile one', async () => {
    const kept = await t.app.inject({ method: 'GET', url: '/api/health', headers: { 'x-request-id': 'lb-abc.123' } });
    expect(kept.headers['x-request-id']).toBe('lb-abc.123');
    const replaced = await t.app.inject({ method: 'GET', url: '/api/health', headers: { 'x-request-id': 'x'.repeat(500) } });
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends the seed CSP and security headers on documents', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/some/page' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self' 'unsafe-inline' https://js.stripe.com https://challenges.cloudflare.com");
    expect(csp).toContain("style-src 'self' 'unsafe-inline' https://fonts.googleapis.com");
    expect(csp).toContain("font-src 'self' https://fonts.gstatic.com");
    expect(csp).toContain("img-src 'self' data: https:");
    expect(csp).toContain("connect-src 'self' https://api.anthropic.com https://api.stripe.com");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("form-action 'self' https://codepen.io");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    // HSTS belongs to staging/production (https); the test profile has none.
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('sends the REST API header set on API answers, errors included', async () => {
    for (const url of ['/api/health', '/api/nope', '/metrics']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.headers['content-security-policy'], url).toBe("default-src 'none';frame-ancestors 'none'");
      expect(res.headers['x-frame-options'], url).toBe('DENY');
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['referrer-policy'], url).toBe('no-referrer');
    }
  });

  it('allows CORS only for the configured origins', async () => {
    const allowed = await t.app.inject({
      method: 'OPTIONS',
      url: '/api/auth/login',
      headers: { origin: 'http://localhost:3000', 'access-control-request-method': 'POST' },
    });
    expect(allowed.headers['access-control-allow-origin']).toBe('http://localhost:3000');
    expect(allowed.headers['access-control-allow-credentials']).toBe('true');
    const denied = await t.app.inject({
      method: 'OPTIONS',
      url: '/api/auth/login',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(denied.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('sends standard RateLimit headers and exempts health probes', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/auth/me' });
    expect(res.headers['ratelimit-limit']).toBe('1000');
    expect(res.headers['x-ratelimit-limit']).toBeUndefined();
    const health = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(health.headers['ratelimit-limit']).toBeUndefined();
  });
});

describe('metrics token', () => {
  it('requires the bearer token on /metrics when METRICS_TOKEN is set', async () => {
    const t = await createTestApp({ env: { METRICS_TOKEN: 'scrape-token-0123456789' } });
    try {
      expect((await t.app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(401);
      expect((await t.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: 'Bearer wrong-token-0123456789' } })).statusCode).toBe(401);
      const ok = await t.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: 'Bearer scrape-token-0123456789' } });
      expect(ok.statusCode).toBe(200);
      expect(ok.body).toContain('http_request_duration_seconds');
    } finally {
      await t.close();
    }
  });
});

describe('when Redis is unreachable', () => {
  it('keeps answering quickly: the rate limiter fails open at once instead of waiting for Redis', async () => {
    const t = await createTestApp({ env: { REDIS_URL: 'redis://127.0.0.1:1' } });
    try {
      const started = performance.now();
      for (let i = 0; i < 5; i++) {
        const res = await t.app.inject({ method: 'GET', url: '/api/auth/me' });
        expect(res.statusCode).toBe(401);
      }
      expect(performance.now() - started).toBeLessThan(2000);
      const ready = await t.app.inject({ method: 'GET', url: '/api/ready' });
      expect(ready.statusCode).toBe(503);
      expect(ready.json().checks.cache.status).toBe('down');
    } finally {
      await t.close();
    }
  });
});

describe('HSTS profile and web app', () => {
  it('sends HSTS with max-age 31536000, includeSubDomains and preload when the profile asks for it', async () => {
    const prod = await createTestApp();
    try {
      // The staging/production profiles switch hsts on; their other required
      // services are not needed to check the headers.
      const app = await buildApp({
        config: { ...prod.config, security: profiles.production.security },
        infra: prod.infra,
        jwtSecret: 'x'.repeat(40),
      });
      const res = await app.inject({ method: 'GET', url: '/index.html' });
      expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains; preload');
      expect(String(res.headers['content-security-policy'])).toContain('upgrade-insecure-requests');
      const api = await app.inject({ method: 'GET', url: '/api/health' });
      expect(api.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains; preload');
      const cors = await app.inject({
        method: 'OPTIONS',
        url: '/api/auth/login',
        headers: { origin: 'https://render.anclora.com', 'access-control-request-method': 'POST' },
      });
      expect(cors.headers['access-control-allow-origin']).toBe('https://render.anclora.com');
      await app.close();
    } finally {
      await prod.close();
    }
  });

  it('serves the built web app at / and falls back to it for client routes, never for /api', async () => {
    const dist = await mkdtemp(path.join(os.tmpdir(), 'anclora-web-'));
    await mkdir(path.join(dist, 'assets'));
    await writeFile(path.join(dist, 'index.html'), '<!doctype html><title>Anclora Render</title><div id="root"></div>');
    await writeFile(path.join(dist, 'assets', 'app-1234.js'), 'console.log(1)');
    const web = await createTestApp({ env: { WEB_DIST_DIR: dist } });
    try {
      const home = await web.app.inject({ method: 'GET', url: '/', headers: { accept: 'text/html' } });
      expect(home.statusCode).toBe(200);
      expect(home.body).toContain('<title>Anclora Render</title>');
      const asset = await web.app.inject({ method: 'GET', url: '/assets/app-1234.js' });
      expect(asset.headers['cache-control']).toContain('immutable');
      const clientRoute = await web.app.inject({ method: 'GET', url: '/workspace', headers: { accept: 'text/html' } });
      expect(clientRoute.statusCode).toBe(200);
      expect(clientRoute.body).toContain('id="root"');
      const api = await web.app.inject({ method: 'GET', url: '/api/nothing', headers: { accept: 'text/html' } });
      expect(api.statusCode).toBe(404);
      expect(api.json().error.code).toBe('ROUTE_NOT_FOUND');
    } finally {
      await web.close();
    }
  });
});

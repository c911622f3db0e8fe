import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './testing/test-app.js';

describe('review probes', () => {
  let t: TestApp;
  beforeAll(async () => { t = await createTestApp(); });
  afterAll(async () => t.close());
  const show = (label: string, res: { statusCode: number; body: string; headers: Record<string, unknown> }) =>
    console.log(`### ${label}: ${res.statusCode} ${res.body.slice(0, 300)} rl=${String(res.headers['ratelimit-remaining'])}`);

  it('probes', async () => {
    const post = (url: string, payload: string, ct = 'application/json', extra: Record<string, string> = {}) =>
      t.app.inject({ method: 'POST', url, payload, headers: { 'content-type': ct, ...extra } });
    show('coerced number password', await post('/api/auth/register', JSON.stringify({ email: 'n1@x.co', password: 123456789 })));
    show('coerced array password', await post('/api/auth/register', JSON.stringify({ email: ['n2@x.co'], password: ['abcdefghij'] })));
    show('coerced bool name', await post('/api/auth/register', JSON.stringify({ email: 'n3@x.co', password: 'abcdefghij', name: true })));
    show('__proto__', await post('/api/auth/login', '{"__proto__":{"x":1},"email":"a@b.co","password":"x"}'));
    show('constructor.prototype', await post('/api/auth/login', '{"constructor":{"prototype":{"x":1}},"email":"a@b.co","password":"x"}'));
    show('deep array', await post('/api/auth/login', '['.repeat(500_000) + ']'.repeat(500_000)));
    show('deep object', await post('/api/auth/login', '{"a":'.repeat(150_000) + '1' + '}'.repeat(150_000)));
    show('charset utf-16', await post('/api/auth/login', '{}', 'application/json; charset=utf-16'));
    show('ct weird', await post('/api/auth/login', '{}', 'application/json;;;=='));
    show('ct text/plain', await post('/api/auth/login', 'hi', 'text/plain'));
    show('ct vnd+json', await post('/api/auth/login', '{}', 'application/vnd.api+json'));
    show('logout empty json', await post('/api/auth/logout', '', 'application/json'));
    show('refresh empty json', await post('/api/auth/refresh', '', 'application/json'));
    show('unicode email', await post('/api/auth/register', JSON.stringify({ email: 'İñtër@exämple.com', password: 'abcdefghij' })));
    show('unicode email 2', await post('/api/auth/register', JSON.stringify({ email: 'a\u0301@x.co', password: 'abcdefghij' })));
    show('unicode email 3', await post('/api/auth/register', JSON.stringify({ email: '\u00e1@x.co', password: 'abcdefghij' })));
    show('email trailing nl', await post('/api/auth/register', JSON.stringify({ email: 'z@x.co\n', password: 'abcdefghij' })));
    show('bad cookie', await t.app.inject({ method: 'POST', url: '/api/auth/refresh', headers: { cookie: 'anclora_rt=%E0%A4%A; x' } }));
    show('bearer weird', await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization: 'Bearer ' + 'a'.repeat(8000) } }));
    show('alg none', await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4Iiwic2lkIjoieSJ9.' } }));
    show('PROPFIND', await t.app.inject({ method: 'PROPFIND' as 'GET', url: '/api/health' }));
    show('404 with bad json', await post('/api/zzz', '{bad'));
    show('404 plain', await post('/api/zzz', '{}'));
    show('options preflight', await t.app.inject({ method: 'OPTIONS', url: '/api/auth/login', headers: { origin: 'http://localhost:3000', 'access-control-request-method': 'POST' } }));
    show('options no origin', await t.app.inject({ method: 'OPTIONS', url: '/anything' }));
    show('docs json', { ...(await t.app.inject({ method: 'GET', url: '/api/docs/json' })), body: '' } as never);
    const d = await t.app.inject({ method: 'GET', url: '/api/docs/static/index.html' });
    console.log('### docs static', d.statusCode, d.headers['content-security-policy'], d.headers['ratelimit-remaining']);
    show('metrics no rl', { ...(await t.app.inject({ method: 'GET', url: '/metrics' })), body: '' } as never);
    show('/API/health', await t.app.inject({ method: 'GET', url: '/API/health' }));
    show('/api/health/', await t.app.inject({ method: 'GET', url: '/api/health/' }));
    show('//api/health', await t.app.inject({ method: 'GET', url: '//api/health' }));
    show('%2e%2e', await t.app.inject({ method: 'GET', url: '/%2e%2e/%2e%2e/etc/passwd', headers: { accept: 'text/html' } }));
    show('bad pct', await t.app.inject({ method: 'GET', url: '/api/%E0%A4%A' }));
    show('long url', { ...(await t.app.inject({ method: 'GET', url: '/api/' + 'a'.repeat(100000) })), body: 'x' } as never);
    const logs = t.logs.join('');
    console.log('### log has stack?', /"stack"/.test(logs), 'log has 500?', /"statusCode":500/.test(logs));
  });
});

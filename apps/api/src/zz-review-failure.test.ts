import { describe, it } from 'vitest';
import { createTestApp } from './testing/test-app.js';

describe('review failure probes', () => {
  it('db failure logs', async () => {
    const t = await createTestApp();
    await t.infra.database.close();
    const r = await t.app.inject({ method: 'POST', url: '/api/auth/register', payload: { email: 'leak@x.co', password: 'super-secret-pw-1' } });
    console.log('### register with db down', r.statusCode, r.body);
    const logs = t.logs.join('');
    console.log('### log contains email', logs.includes('leak@x.co'), 'argon hash', logs.includes('$argon2id'), 'plaintext pw', logs.includes('super-secret-pw-1'));
    const ready = await t.app.inject({ method: 'GET', url: '/api/ready' });
    console.log('### ready', ready.statusCode, ready.body);
    await t.close().catch(() => {});
  });
  it('redis unreachable', async () => {
    const t = await createTestApp({ env: { REDIS_URL: 'redis://127.0.0.1:6399' } });
    for (const url of ['/api/auth/me', '/api/ready']) {
      const started = Date.now();
      const r = await t.app.inject({ method: 'GET', url });
      console.log('### redis down', url, r.statusCode, Date.now() - started, 'ms', r.body.slice(0, 400));
    }
    for (let i = 0; i < 12; i++) {
      const r = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'a@b.co', password: 'xxxxxxxx' } });
      if (i >= 10) console.log('### login attempt', i + 1, r.statusCode);
    }
    await t.close().catch(() => {});
  });
});

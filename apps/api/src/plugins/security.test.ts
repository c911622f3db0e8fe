import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, realServices, type TestApp } from '../testing/test-app.js';

describe.skipIf(!realServices.available)('rate limits shared through Redis [redis] [postgres]', () => {
  let first: TestApp;
  let second: TestApp;
  beforeAll(async () => {
    const namespace = `anclora-test-shared:${randomBytes(4).toString('hex')}:`;
    const env = { RATE_LIMIT_MAX: '6' };
    first = await createTestApp({ backend: 'real', env, rateLimitNamespace: namespace });
    // A second API instance: its own infra and connections, same Redis and namespace.
    second = await createTestApp({ backend: 'real', env, rateLimitNamespace: namespace });
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
  });

  it('counts requests from one IP across two API instances [redis]', async () => {
    const hit = (t: TestApp) => t.app.inject({ method: 'GET', url: '/api/auth/me', remoteAddress: '203.0.113.7' });
    const remaining: string[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await hit(i % 2 === 0 ? first : second);
      expect(res.statusCode).toBe(401);
      remaining.push(String(res.headers['ratelimit-remaining']));
    }
    expect(remaining).toEqual(['5', '4', '3', '2', '1', '0']);
    expect((await hit(first)).statusCode).toBe(429);
    expect((await hit(second)).statusCode).toBe(429);
    // Another client still gets through on both.
    expect((await second.app.inject({ method: 'GET', url: '/api/auth/me', remoteAddress: '203.0.113.8' })).statusCode).toBe(401);
  });
});

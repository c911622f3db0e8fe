import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, createTestApp, type TestApp } from '../testing/test-app.js';
import { REFRESH_COOKIE, SESSION_HINT_COOKIE } from './auth-routes.js';

const refreshCookieOf = (res: { cookies: Array<{ name: string; value: string }> }) =>
  res.cookies.find((c) => c.name === REFRESH_COOKIE);

for (const { backend, tag } of backends()) {
  describe(`accounts and sessions (${tag})`, () => {
    let t: TestApp;
    let seq = 0;
    const email = () => `user${++seq}.${Date.now()}@example.com`;

    beforeAll(async () => {
      t = await createTestApp({ backend });
    });
    afterAll(async () => t?.close());

    const register = (body: Record<string, unknown>) => t.app.inject({ method: 'POST', url: '/api/auth/register', payload: body });
    const login = (body: Record<string, unknown>) => t.app.inject({ method: 'POST', url: '/api/auth/login', payload: body });
    const me = (token: string) => t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization: `Bearer ${token}` } });
    const refresh = (cookie: string | undefined) =>
      t.app.inject({ method: 'POST', url: '/api/auth/refresh', ...(cookie ? { cookies: { [REFRESH_COOKIE]: cookie } } : {}) });

    it('registers (201) with { user, accessToken } and an httpOnly refresh cookie', async () => {
      const address = email();
      const res = await register({ email: address.toUpperCase(), password: 'correct horse battery', name: 'Ada' });
      expect(res.statusCode).toBe(201);
      const body = res.json();
      expect(body.user).toMatchObject({ email: address, name: 'Ada', plan: 'free' });
      expect(body.user).not.toHaveProperty('passwordHash');
      expect(body.accessToken.split('.')).toHaveLength(3);
      expect(body.expiresIn).toBe(t.config.auth.accessTokenTtlSeconds);
      const cookie = refreshCookieOf(res);
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/auth' });
      expect(cookie!.value.length).toBeGreaterThanOrEqual(43);
      // Next to it, a page-readable hint with the same lifetime (no secret: it only says a session exists).
      const hint = res.cookies.find((c) => c.name === SESSION_HINT_COOKIE) as { value: string; path: string; httpOnly?: boolean; expires?: Date };
      expect(hint).toMatchObject({ value: '1', path: '/', sameSite: 'Strict' });
      expect(hint.httpOnly).toBeFalsy();
      expect(String(hint.expires)).toBe(String((cookie as { expires?: Date }).expires));
      expect((await me(body.accessToken)).json().user.email).toBe(address);
    });

    it('answers 409 EMAIL_TAKEN for a duplicate email, whatever its case', async () => {
      const address = email();
      expect((await register({ email: address, password: 'password-one' })).statusCode).toBe(201);
      const dup = await register({ email: address.toUpperCase(), password: 'password-two' });
      expect(dup.statusCode).toBe(409);
      expect(dup.json().error.code).toBe('EMAIL_TAKEN');
    });

    it('logs in with the right password and refuses a wrong one or an unknown email alike', async () => {
      const address = email();
      await register({ email: address, password: 'right-password' });
      const ok = await login({ email: address, password: 'right-password' });
      expect(ok.statusCode).toBe(200);
      expect(ok.json().user.email).toBe(address);
      expect(refreshCookieOf(ok)).toBeDefined();
      const wrong = await login({ email: address, password: 'wrong-password' });
      const unknown = await login({ email: `nobody.${address}`, password: 'right-password' });
      expect(wrong.statusCode).toBe(401);
      expect(unknown.statusCode).toBe(401);
      expect(wrong.json()).toEqual(unknown.json());
      expect(wrong.json().error.code).toBe('INVALID_CREDENTIALS');
    });

    it('protects /me: no token, a garbage token and a forged token are 401', async () => {
      expect((await t.app.inject({ method: 'GET', url: '/api/auth/me' })).json().error.code).toBe('UNAUTHORIZED');
      expect((await me('not.a.jwt')).statusCode).toBe(401);
      const { accessToken } = (await register({ email: email(), password: 'password-123' })).json();
      const [h, p] = accessToken.split('.');
      expect((await me(`${h}.${p}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`)).statusCode).toBe(401);
    });

    it('rotates the refresh token, and reuse of a rotated one revokes the whole family', async () => {
      const first = await register({ email: email(), password: 'password-123' });
      const cookie1 = refreshCookieOf(first)!.value;
      const second = await refresh(cookie1);
      expect(second.statusCode).toBe(200);
      const cookie2 = refreshCookieOf(second)!.value;
      expect(cookie2).not.toBe(cookie1);
      expect(second.cookies.find((c) => c.name === SESSION_HINT_COOKIE)?.value).toBe('1');
      expect((await me(second.json().accessToken)).statusCode).toBe(200);

      const replay = await refresh(cookie1);
      expect(replay.statusCode).toBe(401);
      expect(replay.json().error.code).toBe('REFRESH_TOKEN_REUSED');
      // The attacker's replay also kills the legitimate newer session.
      expect((await refresh(cookie2)).statusCode).toBe(401);
      expect((await me(second.json().accessToken)).statusCode).toBe(401);
    });

    it('refuses a refresh without a cookie or with an unknown one, and clears the page-readable session hint', async () => {
      const missing = await refresh(undefined);
      expect(missing.json().error.code).toBe('REFRESH_TOKEN_MISSING');
      expect(missing.cookies.find((c) => c.name === SESSION_HINT_COOKIE)?.value).toBe('');
      expect((await refresh('x'.repeat(43))).json().error.code).toBe('REFRESH_TOKEN_INVALID');
    });

    it('logout revokes the session at once: /me and refresh stop working', async () => {
      const res = await register({ email: email(), password: 'password-123' });
      const { accessToken } = res.json();
      const cookie = refreshCookieOf(res)!.value;
      const out = await t.app.inject({
        method: 'POST',
        url: '/api/auth/logout',
        headers: { authorization: `Bearer ${accessToken}` },
        cookies: { [REFRESH_COOKIE]: cookie },
      });
      expect(out.statusCode).toBe(204);
      const cleared = refreshCookieOf(out);
      expect(cleared?.value).toBe('');
      expect(out.cookies.find((c) => c.name === SESSION_HINT_COOKIE)?.value).toBe('');
      expect((await me(accessToken)).json().error.code).toBe('SESSION_REVOKED');
      expect((await refresh(cookie)).json().error.code).toBe('SESSION_REVOKED');
      // Logging out twice is harmless.
      expect((await t.app.inject({ method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(204);
    });

    it('rejects a revoked session on every authenticated route, not only /me', async () => {
      const { accessToken } = (await register({ email: email(), password: 'password-123' })).json();
      await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { authorization: `Bearer ${accessToken}` } });
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/design-systems',
        headers: { authorization: `Bearer ${accessToken}` },
        payload: { name: 'x', preset: 'anclora-ocean' },
      });
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('SESSION_REVOKED');
    });

    it('signs in with two sessions independently: logging out one keeps the other', async () => {
      const address = email();
      const a = (await register({ email: address, password: 'password-123' })).json().accessToken;
      const b = (await login({ email: address, password: 'password-123' })).json().accessToken;
      await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { authorization: `Bearer ${a}` } });
      expect((await me(a)).statusCode).toBe(401);
      expect((await me(b)).statusCode).toBe(200);
    });

    it('limits credential attempts to 10 per 15 minutes per IP', async () => {
      const ip = `10.9.${seq}.${backend === 'real' ? 2 : 1}`;
      const attempt = () =>
        t.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: ip, payload: { email: 'x@y.co', password: 'nope-nope' } });
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++) statuses.push((await attempt()).statusCode);
      expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
      const limited = await attempt();
      expect(limited.statusCode).toBe(429);
      expect(limited.json().error.code).toBe('RATE_LIMITED');
      expect(limited.headers['ratelimit-limit']).toBe('10');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(800);
      // Another IP is unaffected.
      const other = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: '10.99.0.1',
        payload: { email: 'x@y.co', password: 'nope-nope' },
      });
      expect(other.statusCode).toBe(401);
    });

    it('never logs the values of a failed query (emails, password hashes)', async () => {
      const broken = await createTestApp({ backend });
      try {
        await broken.infra.database.close();
        const res = await broken.app.inject({
          method: 'POST',
          url: '/api/auth/register',
          payload: { email: 'leak.check@example.com', password: 'password-123' },
        });
        expect(res.statusCode).toBe(500);
        expect(res.json().error).toEqual({ code: 'INTERNAL_ERROR', message: 'An unexpected error occurred.' });
        const logs = broken.logs.join('');
        expect(logs).toContain('request failed');
        expect(logs).not.toContain('leak.check@example.com');
        expect(logs).not.toContain('$argon2id');
      } finally {
        await broken.close();
      }
    });

    it('never writes passwords, tokens or cookies to the log', async () => {
      const res = await register({ email: email(), password: 'super-secret-password-42' });
      const { accessToken } = res.json();
      const cookie = refreshCookieOf(res)!.value;
      await t.app.inject({
        method: 'GET',
        url: '/api/auth/me',
        headers: { authorization: `Bearer ${accessToken}`, cookie: `${REFRESH_COOKIE}=${cookie}` },
      });
      // Force a log line that carries the request with its headers.
      t.app.log.info({ req: { method: 'GET', url: '/x', headers: { authorization: `Bearer ${accessToken}`, cookie } } }, 'probe');
      const all = t.logs.join('');
      expect(all).toContain('[redacted]');
      expect(all).not.toContain('super-secret-password-42');
      expect(all).not.toContain(accessToken);
      expect(all).not.toContain(cookie);
    });
  });
}

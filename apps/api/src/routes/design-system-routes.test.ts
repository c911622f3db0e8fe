import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { signUp } from '../testing/accounts.js';

const DTCG = JSON.stringify({
  color: {
    $type: 'color',
    brand: { $value: '#0B6477' },
    primary: { $value: '{color.brand}' },
    'on-primary': { $value: '#FFFFFF' },
  },
  space: { $type: 'dimension', md: { $value: { value: 1, unit: 'rem' } } },
});

describe('design systems', () => {
  let t: TestApp;
  let owner: { authorization: string };
  let stranger: { authorization: string };
  beforeAll(async () => {
    t = await createTestApp();
    owner = await signUp(t.app, 'owner');
    stranger = await signUp(t.app, 'stranger');
  });
  afterAll(async () => t.close());

  it('lists the four presets to anyone', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/design-systems' });
    expect(res.statusCode).toBe(200);
    expect(res.json().designSystems.map((d: { id: string }) => d.id)).toEqual(['anclora-ocean', 'material-3', 'tailwind', 'bootstrap-5']);
  });

  it('reports what a CSS import left out (values that are not design tokens) instead of dropping it silently', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/design-systems',
      headers: { authorization: owner.authorization },
      payload: { name: 'From CSS', format: 'css', source: ':root { --color-primary: #0b6477; --animate-spin: spin 1s linear infinite; }' },
    });
    expect(created.statusCode).toBe(201);
    const { designSystem } = created.json();
    expect(designSystem.skipped).toEqual([expect.objectContaining({ name: '--animate-spin', reason: expect.any(String) })]);
    await t.app.inject({ method: 'DELETE', url: `/api/design-systems/${designSystem.id}`, headers: { authorization: owner.authorization } });
  });

  it('imports a DTCG file, completes the roles, exports it, and hides it from strangers', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/design-systems',
      headers: { authorization: owner.authorization },
      payload: { name: 'Brand', format: 'dtcg', source: DTCG },
    });
    expect(created.statusCode).toBe(201);
    const { designSystem } = created.json();
    expect(designSystem.builtIn).toBe(false);
    expect(designSystem.filledRoles).toContain('space.lg');
    expect(designSystem.filledRoles).not.toContain('color.primary');

    const css = await t.app.inject({
      method: 'GET',
      url: `/api/design-systems/${designSystem.id}/export?format=css`,
      headers: { authorization: owner.authorization },
    });
    expect(css.statusCode).toBe(200);
    expect(css.headers['content-type']).toContain('text/css');
    expect(css.body.toLowerCase()).toContain('--color-brand: #0b6477');

    const hidden = await t.app.inject({ method: 'GET', url: `/api/design-systems/${designSystem.id}`, headers: { authorization: stranger.authorization } });
    expect(hidden.statusCode).toBe(404);
    const listed = await t.app.inject({ method: 'GET', url: '/api/design-systems', headers: { authorization: stranger.authorization } });
    expect(listed.json().designSystems.some((d: { id: string }) => d.id === designSystem.id)).toBe(false);
  });

  it('answers an alias cycle with 400 naming the token path', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/design-systems',
      headers: { authorization: owner.authorization },
      payload: { name: 'Cycle', format: 'dtcg', source: JSON.stringify({ a: { $type: 'color', $value: '{b}' }, b: { $type: 'color', $value: '{a}' } }) },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('TOKEN_ALIAS_CYCLE');
    expect(res.json().error.message).toMatch(/\ba\b.*\bb\b|\bb\b.*\ba\b/);
  });

  it('answers malformed JSON token files with 400, not 500', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/design-systems',
      headers: { authorization: owner.authorization },
      payload: { name: 'Broken', format: 'dtcg', source: '{ "color": ' },
    });
    expect(res.statusCode).toBe(400);
  });

  it('keeps presets read-only and enforces the Free plan limit of 3', async () => {
    const user = await signUp(t.app, 'limit');
    const patch = await t.app.inject({ method: 'PATCH', url: '/api/design-systems/anclora-ocean', headers: { authorization: user.authorization }, payload: { name: 'x' } });
    expect(patch.statusCode).toBe(403);
    for (let i = 0; i < 3; i++) {
      const ok = await t.app.inject({ method: 'POST', url: '/api/design-systems', headers: { authorization: user.authorization }, payload: { name: `Copy ${i}`, preset: 'bootstrap-5' } });
      expect(ok.statusCode).toBe(201);
    }
    const fourth = await t.app.inject({ method: 'POST', url: '/api/design-systems', headers: { authorization: user.authorization }, payload: { name: 'Copy 4', preset: 'tailwind' } });
    expect(fourth.statusCode).toBe(403);
    expect(fourth.json().error.code).toBe('PLAN_LIMIT');
  });

  it('renames and deletes own design systems only', async () => {
    const { designSystem } = (
      await t.app.inject({ method: 'POST', url: '/api/design-systems', headers: { authorization: owner.authorization }, payload: { name: 'Temp', preset: 'material-3' } })
    ).json();
    const theirs = await t.app.inject({ method: 'DELETE', url: `/api/design-systems/${designSystem.id}`, headers: { authorization: stranger.authorization } });
    expect(theirs.statusCode).toBe(404);
    const renamed = await t.app.inject({ method: 'PATCH', url: `/api/design-systems/${designSystem.id}`, headers: { authorization: owner.authorization }, payload: { name: 'Renamed' } });
    expect(renamed.json().designSystem.name).toBe('Renamed');
    const deleted = await t.app.inject({ method: 'DELETE', url: `/api/design-systems/${designSystem.id}`, headers: { authorization: owner.authorization } });
    expect(deleted.statusCode).toBe(204);
  });
});

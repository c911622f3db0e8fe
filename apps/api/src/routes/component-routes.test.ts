import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { signUp } from '../testing/accounts.js';

const PASTED = `
<style>
  .card { padding: 1rem; border-radius: 8px; background: #ffffff; }
  .card h2 { color: #0f172a; }
  .cta { background: #0b6477; color: #ffffff; padding: 0.5rem 1rem; }
  .cta:hover { background: #0a5566; }
</style>
<div class="card">
  <h2>Weekly report</h2>
  <p>Everything you shipped this week.</p>
  <button class="cta" onclick="steal()">Open</button>
  <script>steal()</script>
</div>`;

describe('components from pasted code and specs', () => {
  let t: TestApp;
  let owner: { authorization: string };
  let stranger: { authorization: string };
  beforeAll(async () => {
    t = await createTestApp();
    owner = await signUp(t.app, 'components');
    stranger = await signUp(t.app, 'other');
  });
  afterAll(async () => t.close());

  it('imports pasted HTML, reports what it could not keep, and exports it to React and Vue', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/components',
      headers: { authorization: owner.authorization },
      payload: { source: PASTED, format: 'html', name: 'WeeklyReport' },
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.spec.name).toBe('WeeklyReport');
    const constructs = body.unsupported.map((u: { construct: string }) => u.construct).join(' ');
    expect(constructs).toMatch(/script/);
    expect(constructs).toMatch(/onclick/);
    expect(JSON.stringify(body.spec)).not.toContain('steal');
    expect(body.quality.tokenCompliance.ratio).toBeGreaterThan(0.5);

    for (const target of ['react-css', 'vue-css']) {
      const code = await t.app.inject({ method: 'GET', url: `/api/components/${body.component.id}/code?target=${target}`, headers: { authorization: owner.authorization } });
      expect(code.statusCode).toBe(200);
      const all = code.json().files.map((f: { content: string }) => f.content).join('\n');
      expect(all).toContain('Weekly report');
      expect(all).not.toContain('<script>');
    }
  });

  it('keeps private components private and lists only your own, newest first', async () => {
    const first = await t.app.inject({ method: 'POST', url: '/api/components', headers: { authorization: owner.authorization }, payload: { source: '<button>One</button>', format: 'html', name: 'One' } });
    const second = await t.app.inject({ method: 'POST', url: '/api/components', headers: { authorization: owner.authorization }, payload: { source: '<button>Two</button>', format: 'html', name: 'Two' } });
    const id = first.json().component.id;
    expect((await t.app.inject({ method: 'GET', url: `/api/components/${id}`, headers: { authorization: stranger.authorization } })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/components/${id}` })).statusCode).toBe(404);
    const list = await t.app.inject({ method: 'GET', url: '/api/components?page=1&limit=2', headers: { authorization: owner.authorization } });
    expect(list.statusCode).toBe(200);
    const { items, total } = list.json();
    expect(items[0].id).toBe(second.json().component.id);
    expect(total).toBeGreaterThanOrEqual(3);
    const theirs = await t.app.inject({ method: 'GET', url: '/api/components', headers: { authorization: stranger.authorization } });
    expect(theirs.json().items).toEqual([]);
  });

  it('rejects a spec that fails validation, and unknown targets, with 400', async () => {
    const bad = await t.app.inject({ method: 'POST', url: '/api/components', headers: { authorization: owner.authorization }, payload: { spec: { specVersion: 1 } } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('INVALID_SPEC');
    const created = await t.app.inject({ method: 'POST', url: '/api/components', headers: { authorization: owner.authorization }, payload: { source: '<p>x</p>', format: 'html', name: 'P' } });
    const code = await t.app.inject({ method: 'GET', url: `/api/components/${created.json().component.id}/code?target=cobol`, headers: { authorization: owner.authorization } });
    expect(code.statusCode).toBe(400);
  });

  it('searches your components by name or description, case-insensitively, with LIKE wildcards taken literally', async () => {
    const searcher = await signUp(t.app, 'search');
    const save = (name: string, source: string) =>
      t.app.inject({ method: 'POST', url: '/api/components', headers: { authorization: searcher.authorization }, payload: { source, format: 'html', name } });
    await save('HarbourCard', '<div><h2>Harbour tours</h2></div>');
    await save('Discount', '<p>Save 100% today</p>');
    await save('PlainButton', '<button>Go</button>');
    const search = async (q: string) => {
      const res = await t.app.inject({ method: 'GET', url: `/api/components?q=${encodeURIComponent(q)}`, headers: { authorization: searcher.authorization } });
      expect(res.statusCode).toBe(200);
      return res.json() as { items: Array<{ name: string }>; total: number };
    };
    expect((await search('harbour')).items.map((item) => item.name)).toEqual(['HarbourCard']);
    expect((await search('%')).total).toBe(0);
    expect((await search('_')).total).toBe(0);
    expect((await search('  ')).total).toBe(3);
    // Others' components never match.
    expect((await t.app.inject({ method: 'GET', url: '/api/components?q=harbour', headers: { authorization: owner.authorization } })).json().total).toBe(0);
    expect((await t.app.inject({ method: 'GET', url: `/api/components?q=${'x'.repeat(101)}`, headers: { authorization: searcher.authorization } })).statusCode).toBe(400);
  });
});

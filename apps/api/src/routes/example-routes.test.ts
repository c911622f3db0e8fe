import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.js';

describe('GET /api/examples', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('lists the 37 curated examples with specs, cacheable, filterable', async () => {
    const all = await t.app.inject({ method: 'GET', url: '/api/examples' });
    expect(all.statusCode).toBe(200);
    expect(all.headers['cache-control']).toBe('public, max-age=300');
    const body = all.json();
    expect(body.items).toHaveLength(37);
    expect(body.categories).toEqual(['buttons', 'cards', 'forms', 'navigation', 'dashboards', 'e-commerce']);
    expect(body.items[0]).toMatchObject({ id: 'css-primary-button', target: 'html-css', designSystemId: 'anclora-ocean', category: 'buttons' });
    expect(body.items[0].spec.root).toBeDefined();
    expect(body.items[0]).not.toHaveProperty('archetype');

    const chakraForms = await t.app.inject({ method: 'GET', url: '/api/examples?target=react-chakra&category=forms' });
    expect(chakraForms.json().items.map((item: { id: string }) => item.id)).toEqual(['chakra-search']);
  });

  it('answers one example, 404 for an unknown id and 400 for a bad filter', async () => {
    const one = await t.app.inject({ method: 'GET', url: '/api/examples/tw-hero' });
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({ id: 'tw-hero', target: 'react-tailwind', name: 'Hero section' });

    const missing = await t.app.inject({ method: 'GET', url: '/api/examples/no-such-example' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('NOT_FOUND');

    const bad = await t.app.inject({ method: 'GET', url: '/api/examples?target=svelte-css' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('VALIDATION_ERROR');
    expect((await t.app.inject({ method: 'GET', url: '/api/examples/..%2Fetc' })).statusCode).toBe(400);
  });

  it('sends the list compressed when the client accepts it (about a tenth of the JSON), the same content either way', async () => {
    const plain = await t.app.inject({ method: 'GET', url: '/api/examples' });
    const br = await t.app.inject({ method: 'GET', url: '/api/examples', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    const gzip = await t.app.inject({ method: 'GET', url: '/api/examples', headers: { 'accept-encoding': 'gzip' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(br.headers.vary).toContain('accept-encoding');
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 8);
    expect(JSON.parse(brotliDecompressSync(br.rawPayload).toString())).toEqual(plain.json());
    expect(JSON.parse(gunzipSync(gzip.rawPayload).toString())).toEqual(plain.json());
  });
});

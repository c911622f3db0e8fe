import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TARGET_IDS, generateSpec } from '@anclora/engine';
import { createTestApp, type TestApp } from '../testing/test-app.js';

const fixture = path.resolve(import.meta.dirname, '../../../../packages/engine/src/spec/fixtures/pricing-card.json');

describe('engine endpoints', () => {
  let t: TestApp;
  let spec: Record<string, unknown>;
  beforeAll(async () => {
    t = await createTestApp();
    spec = JSON.parse(await readFile(fixture, 'utf8'));
  });
  afterAll(async () => t.close());

  it('GET /api/targets lists the ten targets', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/targets' });
    expect(res.statusCode).toBe(200);
    expect(res.json().targets.map((x: { id: string }) => x.id)).toEqual([...TARGET_IDS]);
  });

  it('GET /api/spec/schema serves the spec JSON Schema', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/spec/schema' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/schema+json');
    expect(res.json().properties.specVersion).toBeDefined();
  });

  it('POST /api/compile compiles a spec to every target with the default preset', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/compile', payload: { spec, targets: [...TARGET_IDS] } });
    expect(res.statusCode).toBe(200);
    const { outputs } = res.json();
    expect(Object.keys(outputs).sort()).toEqual([...TARGET_IDS].sort());
    const react = outputs['react-css'];
    expect(react.files.some((f: { content: string }) => f.content.includes('PricingCard'))).toBe(true);
  });

  it('answers an invalid spec with 400 INVALID_SPEC and the path of each issue', async () => {
    const broken = { ...spec, root: { kind: 'element', tag: 'script', children: [] } };
    const res = await t.app.inject({ method: 'POST', url: '/api/compile', payload: { spec: broken, targets: ['html-css'] } });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('INVALID_SPEC');
    expect(error.details.issues[0].path).toBe('root.tag');
  });

  it('rejects unknown targets and unknown design systems', async () => {
    const badTarget = await t.app.inject({ method: 'POST', url: '/api/compile', payload: { spec, targets: ['cobol-css'] } });
    expect(badTarget.statusCode).toBe(400);
    expect(badTarget.json().error.message).toContain('cobol-css');
    const badSystem = await t.app.inject({
      method: 'POST',
      url: '/api/compile',
      payload: { spec, targets: ['html-css'], designSystemId: 'no-such-preset' },
    });
    expect(badSystem.statusCode).toBe(404);
  });

  it('survives a spec nested 10,000 levels deep with a clear 400', async () => {
    // Built as text: JSON.stringify itself would overflow the stack on this.
    const depth = 10_000;
    const root = `${'{"kind":"element","tag":"div","children":['.repeat(depth)}{"kind":"text","value":"deep"}${']}'.repeat(depth)}`;
    const head = JSON.stringify({ ...spec, root: null }).replace('"root":null', `"root":${root}`);
    const payload = `{"spec":${head},"targets":["html-css"]}`;
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/compile',
      headers: { 'content-type': 'application/json' },
      payload,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('INVALID_SPEC');
    expect(res.json().error.details.issues[0].code).toBe('SPEC_TOO_DEEP');
  });

  it('imports pasted HTML statelessly (POST /api/import): spec, quality and what was left out; nothing saved', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/import',
      payload: { source: '<style>.c{padding:1rem;color:#0f172a}</style><div class="c"><h2>Hello</h2><button onclick="x()">Go</button></div>', format: 'html', designSystemId: 'anclora-ocean' },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(JSON.stringify(body.spec)).toContain('Hello');
    expect(body.quality.tokenCompliance.ratio).toBeGreaterThan(0);
    expect(body.unsupported.map((u: { construct: string }) => u.construct).join(' ')).toMatch(/onclick/);
    const bad = await t.app.inject({ method: 'POST', url: '/api/import', payload: { source: '', format: 'html' } });
    expect(bad.statusCode).toBe(400);
    expect((await t.app.inject({ method: 'POST', url: '/api/import', payload: { source: '<p>x</p>', format: 'jsx' } })).statusCode).toBe(400);
  });

  it('exports a spec as a zip for one target (POST /api/export), with clear 400s for a bad spec or target', async () => {
    const spec = generateSpec('Newsletter signup').spec;
    const res = await t.app.inject({ method: 'POST', url: '/api/export', payload: { spec, target: 'svelte-css' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="[a-z0-9-]+-svelte-css\.zip"$/);
    expect(Object.keys(unzipSync(new Uint8Array(res.rawPayload))).some((name) => name.endsWith('.svelte'))).toBe(true);
    expect((await t.app.inject({ method: 'POST', url: '/api/export', payload: { spec, target: 'cobol' } })).json().error.code).toBe('VALIDATION_ERROR');
    const badSpec = await t.app.inject({ method: 'POST', url: '/api/export', payload: { spec: { root: 1 }, target: 'html-css' } });
    expect(badSpec.statusCode).toBe(400);
    expect((await t.app.inject({ method: 'POST', url: '/api/export', payload: { spec, target: 'html-css', designSystemId: '00000000-0000-4000-8000-000000000000' } })).statusCode).toBe(404);
  });
});

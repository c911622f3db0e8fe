import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSpec } from '@anclora/engine';
import { backends, createTestApp, type TestApp } from '../testing/test-app.js';
import { signUp } from '../testing/accounts.js';

const unzip = (body: Buffer) => unzipSync(new Uint8Array(body));

for (const { backend, tag } of backends()) {
  describe(`component versions, restore and export (${tag})`, () => {
    let t: TestApp;
    let owner: { authorization: string };
    let stranger: { authorization: string };
    let id: string;
    const v1 = generateSpec('Pricing table with 3 plans').spec;
    const v2 = { ...v1, description: 'Edited in the spec editor' };

    beforeAll(async () => {
      t = await createTestApp({ backend });
      owner = await signUp(t.app, 'versions');
      stranger = await signUp(t.app, 'versions-other');
      const created = await t.app.inject({ method: 'POST', url: '/api/components', headers: owner, payload: { spec: v1, designSystemId: 'anclora-ocean' } });
      id = created.json().component.id;
    });
    afterAll(async () => t.close());

    it('saves an edited spec as a new version, lists the history newest first, and reads any version', async () => {
      const saved = await t.app.inject({ method: 'POST', url: `/api/components/${id}/versions`, headers: owner, payload: { spec: v2, note: 'tightened copy' } });
      expect(saved.statusCode).toBe(201);
      expect(saved.json().component.version).toBe(2);
      expect(saved.json().spec.description).toBe('Edited in the spec editor');
      expect(saved.json().quality.tokenCompliance.ratio).toBe(1);

      const list = await t.app.inject({ method: 'GET', url: `/api/components/${id}/versions`, headers: owner });
      expect(list.statusCode).toBe(200);
      expect(list.json().items.map((item: { version: number; note: string; current: boolean }) => [item.version, item.note, item.current])).toEqual([
        [2, 'tightened copy', true],
        [1, 'created from a spec', false],
      ]);
      const first = await t.app.inject({ method: 'GET', url: `/api/components/${id}/versions/1`, headers: owner });
      expect(first.json()).toMatchObject({ version: 1, spec: v1 });
      expect((await t.app.inject({ method: 'GET', url: `/api/components/${id}/versions/9`, headers: owner })).json().error).toMatchObject({ code: 'NOT_FOUND', message: 'Version 9 not found.' });
    });

    it('restores a version as a new current version, keeping the history', async () => {
      const restored = await t.app.inject({ method: 'POST', url: `/api/components/${id}/versions/1/restore`, headers: owner });
      expect(restored.statusCode).toBe(201);
      expect(restored.json().component.version).toBe(3);
      expect(restored.json().spec).toEqual(v1);
      const current = await t.app.inject({ method: 'GET', url: `/api/components/${id}`, headers: owner });
      expect(current.json().spec).toEqual(v1);
      const list = await t.app.inject({ method: 'GET', url: `/api/components/${id}/versions`, headers: owner });
      expect(list.json().items.map((item: { version: number; note: string }) => `${item.version}:${item.note}`)).toEqual(['3:Restored from version 1', '2:tightened copy', '1:created from a spec']);
      expect((await t.app.inject({ method: 'POST', url: `/api/components/${id}/versions/7/restore`, headers: owner })).statusCode).toBe(404);
    });

    it('rejects a bad spec with the validation details and keeps the version', async () => {
      const bad = await t.app.inject({ method: 'POST', url: `/api/components/${id}/versions`, headers: owner, payload: { spec: { name: 'x' } } });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.code).toMatch(/SPEC|VALIDATION/);
      expect((await t.app.inject({ method: 'GET', url: `/api/components/${id}`, headers: owner })).json().component.version).toBe(3);
      expect((await t.app.inject({ method: 'GET', url: `/api/components/${id}/versions/0`, headers: owner })).statusCode).toBe(400);
    });

    it('keeps history private: strangers and visitors get 404, writes without an account 401', async () => {
      for (const headers of [stranger, {}]) {
        expect((await t.app.inject({ method: 'GET', url: `/api/components/${id}/versions`, headers })).statusCode).toBe(404);
        expect((await t.app.inject({ method: 'GET', url: `/api/components/${id}/versions/1`, headers })).statusCode).toBe(404);
        expect((await t.app.inject({ method: 'GET', url: `/api/components/${id}/export?target=react-css`, headers })).statusCode).toBe(404);
      }
      expect((await t.app.inject({ method: 'POST', url: `/api/components/${id}/versions/1/restore`, headers: stranger })).statusCode).toBe(404);
      expect((await t.app.inject({ method: 'POST', url: `/api/components/${id}/versions/1/restore` })).statusCode).toBe(401);
      expect((await t.app.inject({ method: 'POST', url: `/api/components/${id}/versions`, headers: stranger, payload: { spec: v2 } })).statusCode).toBe(404);
    });

    it('exports a zip per target: compiled files, spec.json and README, byte-identical on repeat; public ones for anyone', async () => {
      const res = await t.app.inject({ method: 'GET', url: `/api/components/${id}/export?target=react-tailwind`, headers: owner });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/zip');
      expect(res.headers['content-disposition']).toBe('attachment; filename="pricing-table-react-tailwind.zip"');
      const entries = unzip(res.rawPayload);
      const folder = 'pricing-table-react-tailwind';
      expect(Object.keys(entries).sort()).toEqual([`${folder}/${v1.name}.tsx`, `${folder}/README.md`, `${folder}/spec.json`, `${folder}/tailwind.css`].sort());
      expect(JSON.parse(strFromU8(entries[`${folder}/spec.json`]!))).toEqual(v1);
      expect(strFromU8(entries[`${folder}/README.md`]!)).toContain('React + Tailwind');
      expect(strFromU8(entries[`${folder}/tailwind.css`]!)).toContain('@theme');

      const again = await t.app.inject({ method: 'GET', url: `/api/components/${id}/export?target=react-tailwind`, headers: owner });
      expect(Buffer.compare(again.rawPayload, res.rawPayload)).toBe(0);

      expect((await t.app.inject({ method: 'GET', url: `/api/components/${id}/export?target=cobol`, headers: owner })).json().error.code).toBe('VALIDATION_ERROR');
      await t.app.inject({ method: 'PATCH', url: `/api/components/${id}`, headers: owner, payload: { isPublic: true } });
      const visitor = await t.app.inject({ method: 'GET', url: `/api/components/${id}/export?target=vue-css` });
      expect(visitor.statusCode).toBe(200);
      expect(Object.keys(unzip(visitor.rawPayload))).toContain(`pricing-table-vue-css/${v1.name}.vue`);
      // A public link shares the current version, not the history before it; only the owner may edit.
      expect((await t.app.inject({ method: 'GET', url: `/api/components/${id}/versions` })).statusCode).toBe(404);
      expect((await t.app.inject({ method: 'GET', url: `/api/components/${id}/versions/1`, headers: stranger })).statusCode).toBe(404);
      expect((await t.app.inject({ method: 'GET', url: `/api/components/${id}`, headers: stranger })).json().component.canEdit).toBe(false);
      expect((await t.app.inject({ method: 'GET', url: `/api/components/${id}` })).json().component.canEdit).toBe(false);
      expect((await t.app.inject({ method: 'GET', url: `/api/components/${id}`, headers: owner })).json().component.canEdit).toBe(true);
    });

    it('numbers concurrent saves consecutively, each answer describing the version it wrote', async () => {
      const before = (await t.app.inject({ method: 'GET', url: `/api/components/${id}`, headers: owner })).json().component.version as number;
      const notes = ['a', 'b', 'c', 'd', 'e'];
      const answers = await Promise.all(
        notes.map((note) => t.app.inject({ method: 'POST', url: `/api/components/${id}/versions`, headers: owner, payload: { spec: { ...v1, description: `edit ${note}` }, note } })),
      );
      expect(answers.map((answer) => answer.statusCode)).toEqual([201, 201, 201, 201, 201]);
      const written = answers.map((answer) => answer.json() as { component: { version: number }; spec: { description: string } });
      expect(written.map((w) => w.component.version).sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5].map((n) => before + n));
      const list = (await t.app.inject({ method: 'GET', url: `/api/components/${id}/versions`, headers: owner })).json().items as Array<{ version: number; note: string }>;
      for (const w of written) {
        expect(list.find((item) => item.version === w.component.version)!.note).toBe(w.spec.description.replace('edit ', ''));
      }
    });

    it('answers 404, not 500, for a version of a component deleted meanwhile', async () => {
      const created = await t.app.inject({ method: 'POST', url: '/api/components', headers: owner, payload: { spec: v1 } });
      const gone = created.json().component.id as string;
      await t.app.inject({ method: 'DELETE', url: `/api/components/${gone}`, headers: owner });
      for (const request of [
        { method: 'POST' as const, url: `/api/components/${gone}/versions`, payload: { spec: v2 } },
        { method: 'POST' as const, url: `/api/components/${gone}/versions/1/restore` },
      ]) {
        const res = await t.app.inject({ ...request, headers: owner });
        expect(res.statusCode).toBe(404);
        expect(res.json().error.code).toBe('NOT_FOUND');
      }
    });
  });
}

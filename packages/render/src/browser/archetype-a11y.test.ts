import { existsSync } from 'node:fs';
import { ARCHETYPES, compile, defaultSlots, presets } from '@anclora/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlDocument, startStaticSite, type StaticSite } from '../testing/static-site.js';
import { createBrowserPool, defaultChromiumPath, type BrowserPool } from './browser-pool.js';
import { renderPage } from './render-page.js';

const chromiumPath = defaultChromiumPath();
const VIEWPORTS = [375, 768, 1200];

describe.skipIf(!existsSync(chromiumPath))('offline generator archetypes meet WCAG 2.2 AA in axe [chromium]', () => {
  let site: StaticSite;
  let pool: BrowserPool;

  beforeAll(async () => {
    site = await startStaticSite();
    for (const archetype of ARCHETYPES) {
      const output = compile(archetype.build(defaultSlots('en')), presets['anclora-ocean'], 'html-css');
      const html = output.files.find((f) => f.language === 'html');
      if (!html) throw new Error(`${archetype.id}: html-css produced no html file`);
      site.set(`/${archetype.id}`, htmlDocument(html.content, archetype.title.en));
    }
    pool = createBrowserPool({ executablePath: chromiumPath, size: 2 });
  });
  afterAll(async () => {
    await pool.close();
    await site.close();
  });

  it.each(ARCHETYPES.map((a) => a.id))('%s has no axe violations at 375, 768 and 1200 px', async (id) => {
    const results = await renderPage(pool, { url: site.url(`/${id}`), viewports: VIEWPORTS });
    const found = Object.fromEntries(results.map((r) => [r.viewport, r.axe.violations.map((v) => `${v.id} ${v.targets.join(', ')}`)]));
    const ids = Object.fromEntries(results.map((r) => [r.viewport, r.axe.violations.map((v) => v.id)]));
    expect(ids, JSON.stringify(found)).toEqual(Object.fromEntries(VIEWPORTS.map((vp) => [vp, []])));
    for (const result of results) expect(result.consoleErrors).toEqual([]);
  }, 60_000);
});

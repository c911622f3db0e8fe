import { existsSync } from 'node:fs';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffPng } from '../diff/pixel-diff.js';
import { startStaticSite, type StaticSite } from '../testing/static-site.js';
import { createBrowserPool, defaultChromiumPath, type BrowserPool } from './browser-pool.js';
import { MAX_SCREENSHOT_HEIGHT, renderPage } from './render-page.js';

const chromiumPath = defaultChromiumPath();

const head = (extra = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fixture</title><link rel="icon" href="data:,">${extra}</head>`;

const PERF_CSS = 'main { padding: 16px; font-family: sans-serif; } h1 { color: #0f172a; }';
const PERF_JS = 'document.documentElement.dataset.loaded = "yes";';

describe.skipIf(!existsSync(chromiumPath))('renderPage [chromium]', () => {
  let site: StaticSite;
  let pool: BrowserPool;

  beforeAll(async () => {
    site = await startStaticSite({
      '/errors': `${head('<link rel="stylesheet" href="/missing.css"><script src="/errors.js"></script>')}<body><main><h1>Errors</h1><img src="http://127.0.0.1:1/unreachable.png" alt="unreachable"></main></body></html>`,
      '/errors.js': {
        contentType: 'text/javascript',
        body: 'console.error("deliberate console error"); fetch("/missing.json").catch(() => {}); setTimeout(() => { throw new Error("deliberate uncaught error"); });',
      },
      '/strict': {
        headers: { 'content-security-policy': "default-src 'none'; script-src 'self'" },
        body: `${head()}<body><main><h1>Strict</h1><img src="/pixel.png"><script>document.title = 'inline ran';</script></main></body></html>`,
      },
      '/perf': `${head('<link rel="stylesheet" href="/perf.css"><script src="/perf.js"></script>')}<body><main><h1>Perf</h1><p>one</p><p>two</p></main></body></html>`,
      '/perf.css': { contentType: 'text/css', body: PERF_CSS },
      '/perf.js': { contentType: 'text/javascript', body: PERF_JS },
      // A preview-like page: declares itself not ready, shifts its content, then becomes ready.
      '/late': `<!doctype html><html lang="en" data-anclora-ready="false"><head><meta charset="utf-8"><title>Late</title><link rel="icon" href="data:,"><script src="/late.js" defer></script></head><body><main><h1>Late</h1><p>content</p></main></body></html>`,
      // A component that throws before it is up: the render must not wait for its timeout.
      '/broken': `<!doctype html><html lang="en" data-anclora-ready="false"><head><meta charset="utf-8"><title>Broken</title><link rel="icon" href="data:,"><script src="/broken.js" defer></script></head><body><main><h1>Broken</h1></main></body></html>`,
      '/broken.js': { contentType: 'text/javascript', body: `document.documentElement.dataset.ancloraReady = 'failed'; throw new Error('mount failed');` },
      '/tall': `${head()}<body><main><h1>Tall</h1><div style="height: 20000px; background: linear-gradient(#fff, #000)"></div></main></body></html>`,
      '/late.js': {
        contentType: 'text/javascript',
        body: `setTimeout(() => {
  const banner = document.createElement('div');
  banner.style.height = '200px';
  banner.textContent = 'banner';
  document.body.prepend(banner);
  setTimeout(() => { document.documentElement.dataset.ancloraReady = 'true'; }, 100);
}, 200);`,
      },
    });
    pool = createBrowserPool({ executablePath: chromiumPath, size: 2 });
  });
  afterAll(async () => {
    await pool.close();
    await site.close();
  });

  it('renders each default viewport as a full-page PNG of that width', async () => {
    const results = await renderPage(pool, { url: site.url('/perf') });
    expect(results.map((r) => r.viewport)).toEqual([375, 768, 1200]);
    for (const result of results) {
      const png = PNG.sync.read(result.png);
      expect(png.width).toBe(result.viewport);
      expect(png.height).toBe(800);
      expect(result.attempts).toBe(1);
      expect(result.consoleErrors).toEqual([]);
    }
  });

  it('reports console errors, uncaught errors, HTTP errors and failed requests', async () => {
    const [result] = await renderPage(pool, { url: site.url('/errors'), viewports: [768] });
    const errors = result!.consoleErrors;
    expect(errors).toContain('deliberate console error');
    expect(errors).toContain('uncaught Error: deliberate uncaught error');
    expect(errors).toContain(`HTTP 404: GET ${site.url('/missing.css')}`);
    expect(errors).toContain(`HTTP 404: GET ${site.url('/missing.json')}`);
    expect(errors.some((e) => e.startsWith('request failed: GET http://127.0.0.1:1/unreachable.png'))).toBe(true);
  });

  it('audits a page with a strict CSP, and reports the CSP violations', async () => {
    const [result] = await renderPage(pool, { url: site.url('/strict'), viewports: [375] });
    expect(result!.axe.passes).toBeGreaterThan(0);
    expect(result!.axe.violations.map((v) => v.id)).toEqual(['image-alt']);
    expect(result!.axe.violations[0]).toMatchObject({ impact: 'critical', targets: ['img'] });
    expect(result!.axe.violations[0]!.helpUrl).toMatch(/^https:\/\/dequeuniversity\.com\/rules\/axe\/.*image-alt/);
    expect(result!.axe.score).toBeLessThan(100);
    const csp = result!.consoleErrors.filter((e) => /Content Security Policy/.test(e));
    expect(csp.some((e) => /inline/.test(e))).toBe(true);
    expect(csp.some((e) => /pixel\.png/.test(e))).toBe(true);
  });

  it('measures DOM size, stylesheet and script bytes', async () => {
    const [result] = await renderPage(pool, { url: site.url('/perf'), viewports: [1200] });
    // html head meta title link link script body main h1 p p
    expect(result!.perf.domNodes).toBe(12);
    expect(result!.perf.cssBytes).toBe(Buffer.byteLength(PERF_CSS));
    expect(result!.perf.jsBytes).toBe(Buffer.byteLength(PERF_JS));
    expect(result!.perf.renderMs).toBeGreaterThan(0);
    expect(result!.perf.layoutShift).toBe(0);
    expect(result!.axe).toMatchObject({ score: 100, violations: [] });
  });

  it('waits for data-anclora-ready and measures the layout shift before it', async () => {
    const [result] = await renderPage(pool, { url: site.url('/late'), viewports: [768] });
    expect(result!.perf.renderMs).toBeGreaterThanOrEqual(300);
    expect(result!.perf.layoutShift).toBeGreaterThan(0);
    // html head meta title link script body main h1 p, plus the banner: measured after it was inserted.
    expect(result!.perf.domNodes).toBe(11);
  });

  it('takes deterministic screenshots', async () => {
    const [first] = await renderPage(pool, { url: site.url('/perf'), viewports: [375], audit: false });
    const [second] = await renderPage(pool, { url: site.url('/perf'), viewports: [375], audit: false });
    expect(diffPng(first!.png, second!.png, { threshold: 0 }).changedPixels).toBe(0);
  });

  it('stops waiting when the component failed before it was ready, and reports the error', async () => {
    const started = performance.now();
    const [result] = await renderPage(pool, { url: site.url('/broken'), viewports: [768], audit: false, timeoutMs: 10_000 });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(result!.attempts).toBe(1);
    expect(result!.consoleErrors.join(' ')).toContain('mount failed');
  });

  it('cuts the screenshot of a very tall page at MAX_SCREENSHOT_HEIGHT, and reports the real height', async () => {
    const [result] = await renderPage(pool, { url: site.url('/tall'), viewports: [375], audit: false });
    const png = PNG.sync.read(result!.png);
    expect([png.width, png.height]).toEqual([375, MAX_SCREENSHOT_HEIGHT]);
    expect(result!.perf.pageHeight).toBeGreaterThan(20_000);
  });
});

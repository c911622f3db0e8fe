import { existsSync } from 'node:fs';
import { ARCHETYPES, generateSpec, presets, TARGET_IDS } from '@anclora/engine';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, changedPixelRatio, launchChromium, pageProblems, startPreviewServer, watchPage, type PageWatch, type PreviewServer } from '../testing/index.js';
import { createPreviewBuilder } from './build-preview.js';
import type { PreviewDocument } from './types.js';

const tokens = presets['anclora-ocean'];
const VIEWPORT = { width: 1200, height: 800 };
/**
 * Changed-pixel share allowed against html-css: the same for every target.
 * The Tailwind and Chakra targets render under their frameworks' global
 * resets (preflight, Chakra's global CSS) and still match, because the
 * compiler states the user-agent values those resets would change
 * (compile/base-styles.ts), and a file input's button is styled by the
 * spec's `file` block rather than left to the browser and the resets. What
 * remains is glyph-edge noise: the notification list differs by 5 pixels of 960,000 in some targets, an
 * antialiased edge that pixelmatch's detection does not classify.
 */
const PIXEL_BOUND = 0.0001;

describe.skipIf(!existsSync(CHROMIUM_PATH))('[chromium] preview documents', () => {
  const builder = createPreviewBuilder();
  let browser: Browser;
  let server: PreviewServer;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchChromium(), startPreviewServer(builder)]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function newPage(): Promise<{ page: Page; watch: PageWatch }> {
    const page = await browser.newPage({ viewport: VIEWPORT });
    return { page, watch: await watchPage(page) };
  }

  /** Loads a document and waits for the runtime's ready flag; returns what went wrong on the way. */
  async function visit(page: Page, watch: PageWatch, document: PreviewDocument): Promise<string[]> {
    watch.reset();
    await page.goto(server.add(document));
    await page.waitForSelector('html[data-anclora-ready="true"]', { timeout: 10_000 });
    return [...watch.problems, ...(await pageProblems(page))];
  }

  // The timeout guards against a hang; it is not a benchmark. Alone the catalogue takes about 3.5 min on
  // 2 cores, and longer beside other suites in CI.
  it('renders every archetype in every target, without errors, like html-css', { timeout: 900_000 }, async () => {
    const failures: string[] = [];
    const worst = Object.fromEntries(TARGET_IDS.map((t) => [t, { ratio: 0, archetype: '' }]));
    const queue = ARCHETYPES.map((a) => a.title.en);
    // One browser, two pages: the two cores render while Node builds the next archetype.
    const worker = async () => {
      const { page, watch } = await newPage();
      for (let title = queue.shift(); title !== undefined; title = queue.shift()) {
        const spec = generateSpec(title).spec;
        const documents = await Promise.all(TARGET_IDS.map((target) => builder.build({ spec, tokens, target })));
        let reference: Buffer | undefined;
        for (const [i, target] of TARGET_IDS.entries()) {
          const problems = await visit(page, watch, documents[i]!).catch((error: Error) => [error.message]);
          const box = await page.locator('#root').boundingBox();
          if (!box || box.width === 0 || box.height === 0) problems.push('#root has an empty bounding box');
          const hasContent = await page.evaluate(() => {
            const root = document.getElementById('root');
            return Boolean(root && (root.children.length > 0 || (root.textContent ?? '').trim()));
          });
          if (!hasContent) problems.push('#root is empty');
          for (const p of problems) failures.push(`${title} / ${target}: ${p}`);

          const shot = await page.screenshot({ fullPage: true });
          if (target === 'html-css') reference = shot;
          else if (reference) {
            // changedPixelRatio is 1 when the page sizes differ.
            const ratio = changedPixelRatio(reference, shot);
            if (ratio > worst[target]!.ratio) worst[target] = { ratio, archetype: title };
            if (ratio > PIXEL_BOUND) failures.push(`${title} / ${target}: ${(ratio * 100).toFixed(4)}% of pixels differ from html-css`);
          }
        }
      }
      await page.close();
    };
    await Promise.all([worker(), worker()]);
    console.log('worst changed-pixel ratio vs html-css, per target:', worst);
    expect(failures).toEqual([]);
  });

  it('blocks network access from inside a preview', async () => {
    const doc = await builder.build({ spec: generateSpec('login form').spec, tokens, target: 'react-css' });
    const { page, watch } = await newPage();
    await visit(page, watch, doc);
    const fetched = await page.evaluate(() =>
      fetch('https://example.com').then(
        () => 'loaded',
        (error: Error) => `blocked: ${error.message}`,
      ),
    );
    expect(fetched).toMatch(/^blocked/);
    const image = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const img = new Image();
          img.onload = () => resolve('loaded');
          img.onerror = () => resolve('blocked');
          img.src = 'http://127.0.0.1:9/pixel.png';
          document.body.append(img);
        }),
    );
    expect(image).toBe('blocked');
    const violations = (await pageProblems(page)).filter((p) => p.startsWith('CSP'));
    expect(violations).toEqual(expect.arrayContaining([expect.stringContaining('connect-src'), expect.stringContaining('img-src')]));
    await page.close();
  });

  it('runs axe on request and reports through postMessage', async () => {
    const doc = await builder.build({ spec: generateSpec('login form').spec, tokens, target: 'vue-css', audit: true });
    const { page, watch } = await newPage();
    await page.addInitScript(() => {
      window.addEventListener('message', (event: MessageEvent<{ type?: string }>) => {
        if (event.data?.type === 'anclora:audit') (window as unknown as { __audit: unknown }).__audit = event.data;
      });
    });
    expect(await visit(page, watch, doc)).toEqual([]);
    await page.waitForFunction(() => '__audit' in window, undefined, { timeout: 20_000 });
    const report = (await page.evaluate(() => (window as unknown as { __audit: unknown }).__audit)) as {
      violations: Array<{ id: string; targets: string[] }>;
      passes: number;
    };
    expect(report.passes).toBeGreaterThan(0);
    expect(Array.isArray(report.violations)).toBe(true);
    expect(watch.problems).toEqual([]);
    await page.close();
  });

  it('returns a cached build of the same input fast, with the same hash', async () => {
    const spec = generateSpec('pricing table').spec;
    const first = await builder.build({ spec, tokens, target: 'angular-css' });
    const started = performance.now();
    const second = await builder.build({ spec: structuredClone(spec), tokens, target: 'angular-css' });
    expect(performance.now() - started).toBeLessThan(200);
    expect(second.hash).toBe(first.hash);
    for (const name of second.assets) expect(builder.asset(name)).toBeDefined();
  });
});

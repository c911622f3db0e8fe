import { existsSync } from 'node:fs';
import { archetypeById, compile, defaultSlots, presets, type TokenSet } from '@anclora/engine';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBrowserPool, defaultChromiumPath, type BrowserPool } from '../browser/browser-pool.js';
import { renderPage } from '../browser/render-page.js';
import { htmlDocument, startStaticSite, type StaticSite } from '../testing/static-site.js';
import { diffPng } from './pixel-diff.js';

const chromiumPath = defaultChromiumPath();
const ocean = presets['anclora-ocean'];
const VIEWPORT = 768;

// The same component with another primary colour.
const recoloured: TokenSet = {
  name: 'Anclora Ocean (red primary)',
  tokens: { ...ocean.tokens, 'color.primary': { ...ocean.tokens['color.primary']!, css: '#b91c1c', value: '#b91c1c' } },
};

const card = archetypeById('product-card')!.build(defaultSlots('en'));
const htmlOf = (tokens: TokenSet, extraCss = '') => {
  const html = compile(card, tokens, 'html-css').files.find((f) => f.language === 'html')!.content;
  return htmlDocument(extraCss ? `${html}<style>${extraCss}</style>` : html, 'Product card');
};

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function redPixels(png: Buffer): Array<{ x: number; y: number }> {
  const image = PNG.sync.read(png);
  const found: Array<{ x: number; y: number }> = [];
  for (let i = 0; i < image.data.length; i += 4) {
    if (image.data[i] === 255 && image.data[i + 1] === 0 && image.data[i + 2] === 0) found.push({ x: (i / 4) % image.width, y: Math.floor(i / 4 / image.width) });
  }
  return found;
}

describe.skipIf(!existsSync(chromiumPath))('visual regression on a compiled component [chromium]', () => {
  let site: StaticSite;
  let pool: BrowserPool;
  let baseline: Buffer;
  const shot = async (path: string) => (await renderPage(pool, { url: site.url(path), viewports: [VIEWPORT], audit: false }))[0]!.png;

  beforeAll(async () => {
    site = await startStaticSite({
      '/baseline': htmlOf(ocean),
      '/recoloured': htmlOf(recoloured),
      // One block moved down by a single pixel, nothing else changed.
      '/shifted': htmlOf(ocean, '.product-card__product-price { position: relative; top: 1px; }'),
    });
    pool = createBrowserPool({ executablePath: chromiumPath, size: 2 });
    baseline = await shot('/baseline');
  });
  afterAll(async () => {
    await pool.close();
    await site.close();
  });

  it('an unchanged component diffs at zero', async () => {
    const result = diffPng(baseline, await shot('/baseline'));
    expect(result).toMatchObject({ changedPixels: 0, ratio: 0, sizeMismatch: false });
  });

  it('a primary colour token change is caught', async () => {
    const result = diffPng(baseline, await shot('/recoloured'));
    expect(result.ratio).toBeGreaterThan(0);
    expect(result.changedPixels).toBeGreaterThan(100);
  });

  it('a 1 px shift is caught, and marked only where the shifted block is', async () => {
    const result = diffPng(baseline, await shot('/shifted'));
    expect(result.sizeMismatch).toBe(false);
    expect(result.changedPixels).toBeGreaterThan(0);
    const { value: box } = await pool.run(async (page): Promise<Box> => {
      await page.setViewportSize({ width: VIEWPORT, height: 800 });
      await page.goto(site.url('/baseline'));
      return (await page.locator('.product-card__product-price').boundingBox())!;
    });
    const red = redPixels(result.diffPng);
    expect(red.length).toBeGreaterThan(0);
    // The block before and after the move: its box, one pixel taller.
    const outside = red.filter(({ x, y }) => x < Math.floor(box.x) || x > Math.ceil(box.x + box.width) || y < Math.floor(box.y) || y > Math.ceil(box.y + box.height) + 1);
    expect(outside).toEqual([]);
  });
});

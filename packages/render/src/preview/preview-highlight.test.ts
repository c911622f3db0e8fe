import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { generateSpec, presets } from '@anclora/engine';
import { CHROMIUM_PATH, launchChromium, startPreviewServer, type PreviewServer } from '../testing/index.js';
import { createPreviewBuilder } from './build-preview.js';

// The workspace's quality panel asks the preview to point at an element a violation names.
describe.skipIf(!existsSync(CHROMIUM_PATH))('highlighting an element inside a preview [chromium]', () => {
  let browser: Browser;
  let server: PreviewServer;
  const builder = createPreviewBuilder();
  beforeAll(async () => {
    browser = await launchChromium();
    server = await startPreviewServer(builder);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('outlines the element a selector names, moves the outline on the next one, and ignores bad selectors', async () => {
    const document = await builder.build({ spec: generateSpec('login form').spec, tokens: presets['anclora-ocean'], target: 'react-css' });
    const page = await browser.newPage();
    await page.goto(server.add(document));
    await page.waitForFunction(() => window.document.documentElement.dataset.ancloraReady === 'true');
    const outlineOf = (selector: string) => page.evaluate((s) => (window.document.querySelector(s) as HTMLElement).style.outline, selector);
    const send = (selector: unknown) => page.evaluate((s) => window.postMessage({ type: 'anclora:highlight', selector: s }, '*'), selector);

    await send('button');
    await expect.poll(() => outlineOf('button')).toContain('solid 3px');
    await send('input');
    await expect.poll(() => outlineOf('input')).toContain('solid 3px');
    expect(await outlineOf('button')).toBe('');
    await send('::not a selector((');
    await send(42);
    await expect.poll(() => outlineOf('input')).toBe('');
    await page.close();
  });
});

// End-to-end journeys on the component page (/components/:id): versions, visual regression, share, embed and export,
// through the built web app on the real server (which renders with its own headless Chromium), in Debian's Chromium.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { apiAs, axeViolations, firstHeading, hasChromium, signUpInUi, startE2e, waitForPreview, type ApiCall, type E2e } from './harness.js';

// fflate is the API's zip library; the web app does not depend on it, so it is loaded from there.
const { unzipSync, strFromU8 } = createRequire(path.resolve(import.meta.dirname, '../../../api/package.json'))('fflate') as {
  unzipSync(data: Uint8Array): Record<string, Uint8Array>;
  strFromU8(data: Uint8Array): string;
};

const OCEAN_CSS = ':root{--color-primary:#0B6477;--color-primary-light:#0AD1C8;--color-accent:#45DFB1;--color-text:#0F172A;--color-border:#E2E8F0;--radius-md:8px}';

describe.skipIf(!hasChromium)('component page end to end [chromium]', () => {
  let e2e: E2e;
  let base: string;

  beforeAll(async () => {
    e2e = await startE2e();
    base = e2e.base;
  }, 240_000);

  afterAll(async () => {
    await e2e?.stop();
  });

  /** Signs up in the UI and returns an API client for the same account. */
  const signUp = async (page: Page, prefix: string) => apiAs(base, await signUpInUi(page, base, prefix));

  /** A saved component from the offline generator (and a refinement of it, as a new version). */
  const generate = (call: ApiCall, prompt: string, extra: Record<string, unknown> = {}) =>
    call<{ componentId: string; version: number; spec: { name: string } }>('POST', '/api/generations', { prompt, target: 'react-css', ...extra });

  const openComponent = async (page: Page, id: string) => {
    await page.goto(`${base}/components/${id}`);
    await page.getByTestId('component-version').waitFor();
  };

  /** Presses "Render now" and waits for the job to end (the status region says how it went). */
  const renderInUi = async (page: Page) => {
    const status = page.getByTestId('visual-status');
    await page.getByRole('button', { name: 'Render now' }).click();
    await status.getByText(/Render queued|Rendering in Chromium|Render finished/).waitFor({ timeout: 10_000 });
    await status.getByText('Render finished.').waitFor({ timeout: 60_000 });
  };

  it('versions: diff version 1 against 2, then restore version 1 as version 3 with the same spec', async () => {
    const { context, page } = await e2e.newPage();
    try {
      const call = await signUp(page, 'versions');
      const first = await generate(call, 'login form');
      const refined = await generate(call, 'make the button larger', { componentId: first.componentId });
      expect(refined.version).toBe(2);
      const id = first.componentId;
      const v1 = await call<{ spec: unknown }>('GET', `/api/components/${id}/versions/1`);
      const v2 = await call<{ spec: unknown }>('GET', `/api/components/${id}/versions/2`);
      expect(v2.spec).not.toEqual(v1.spec);

      await openComponent(page, id);
      await page.getByTestId('component-version').getByText('version 2').waitFor();
      const table = page.getByTestId('versions-table');
      await table.waitFor();
      expect(await table.locator('tbody tr').count()).toBe(2);
      await table.getByText('refined: make the button larger').waitFor();

      // Any two versions: from 1 to 2 (the defaults), shown as a unified diff with signs and words, not colour alone.
      await page.getByLabel('From version').selectOption('1');
      await page.getByLabel('To version').selectOption('2');
      await page.getByRole('button', { name: 'Show the diff' }).click();
      const diff = page.getByTestId('spec-diff');
      await diff.getByRole('heading', { name: 'Version 1 → version 2' }).waitFor();
      const added = diff.locator('[data-kind="added"]');
      const removed = diff.locator('[data-kind="removed"]');
      expect(await added.count()).toBeGreaterThan(0);
      expect(await removed.count()).toBeGreaterThan(0);
      // Each changed line is a line of the pretty JSON of its version, marked in text as well.
      const pretty = (spec: unknown) => JSON.stringify(spec, null, 2).split('\n');
      const addedText = (await added.first().locator('ins').textContent())!;
      const removedText = (await removed.first().locator('del').textContent())!;
      expect(addedText.startsWith('Added: ')).toBe(true);
      expect(removedText.startsWith('Removed: ')).toBe(true);
      const addedLine = addedText.slice('Added: '.length);
      const removedLine = removedText.slice('Removed: '.length);
      expect(pretty(v2.spec)).toContain(addedLine);
      expect(pretty(v1.spec)).toContain(removedLine);
      expect(await added.first().locator('.spec-diff__sign').innerText()).toBe('+');
      expect(await diff.getByText(/\d+ lines added, \d+ lines removed/).count()).toBe(1);

      // Restore version 1: a new current version, history kept.
      await page.getByRole('button', { name: 'Restore version 1' }).click();
      await page.getByText('Restored version 1 as version 3.').waitFor();
      await page.getByTestId('component-version').getByText('version 3').waitFor();
      await table.locator('tbody tr').nth(2).waitFor();
      expect(await table.locator('tbody tr').count()).toBe(3);
      // The preview shows the restored version (Chromium only runs an off-screen cross-origin frame's animation frames once it is in view).
      await page.locator('iframe.preview__frame').scrollIntoViewIfNeeded();
      await waitForPreview(page);

      const detail = await call<{ component: { version: number }; spec: unknown }>('GET', `/api/components/${id}`);
      expect(detail.component.version).toBe(3);
      expect(detail.spec).toEqual(v1.spec);
      const v3 = await call<{ spec: unknown }>('GET', `/api/components/${id}/versions/3`);
      expect(v3.spec).toEqual(v1.spec);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('visual regression: render, approve the baseline, change a colour token, render again and compare in three viewer modes', async () => {
    const { context, page } = await e2e.newPage();
    try {
      const call = await signUp(page, 'visual');
      const { designSystem } = await call<{ designSystem: { id: string } }>('POST', '/api/design-systems', { name: 'Ocean copy', format: 'css', source: OCEAN_CSS });
      const { componentId: id } = await generate(call, 'login form', { target: 'html-css', designSystemId: designSystem.id });

      await openComponent(page, id);
      await page.getByLabel('Target', { exact: true }).selectOption('html-css');
      const panel = page.locator('section.visual');
      await panel.getByText('No renders yet.', { exact: false }).waitFor();

      await renderInUi(page);
      await panel.getByText('No baseline yet for this target.', { exact: false }).waitFor();
      await page.getByRole('button', { name: 'Approve as baseline' }).click();
      await page.getByTestId('visual-status').getByText('Approved version 1 as the baseline at 3 viewports.').waitFor();
      await panel.getByText('has nothing to compare', { exact: false }).waitFor();

      // The design system's primary colour changes: the next render differs from the baseline.
      await call('PATCH', `/api/design-systems/${designSystem.id}`, { format: 'css', source: OCEAN_CSS.replace('#0B6477', '#B91C1C') });
      await renderInUi(page);

      const ratioCell = page.getByTestId('visual-ratio');
      await ratioCell.waitFor();
      const ratio = Number(await ratioCell.getAttribute('data-ratio'));
      const threshold = Number(await page.getByTestId('visual-threshold').getAttribute('data-threshold'));
      expect(ratio).toBeGreaterThan(0);
      expect(Number((await page.getByTestId('visual-pixels').innerText()).replace(/\D/g, ''))).toBeGreaterThan(0);
      expect(await page.getByTestId('visual-verdict').innerText()).toMatch(ratio <= threshold ? /pass/i : /fail/i);
      // The API agrees with what is shown.
      const apiDiff = await call<{ passed: boolean; viewports: Array<{ viewport: number; diff: { ratio: number; passed: boolean } }> }>('GET', `/api/components/${id}/diff?target=html-css`);
      expect(apiDiff.viewports[0]!.diff.ratio).toBe(ratio);
      expect(await page.getByTestId('visual-overall').innerText()).toMatch(apiDiff.passed ? /pass/i : /fail/i);

      // Side by side: baseline, current and the diff image, all loaded.
      const side = page.getByTestId('viewer-side');
      await side.waitFor();
      const images = side.locator('img');
      expect(await images.count()).toBe(3);
      await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('[data-testid="viewer-side"] img')].every((img) => img.complete && img.naturalWidth > 0));
      expect(await images.nth(0).getAttribute('alt')).toBe('Baseline at 375 px');

      // Another viewport.
      await page.getByRole('button', { name: /^1200 px/ }).click();
      expect(await images.nth(1).getAttribute('alt')).toBe('Current render at 1200 px');

      // Overlay, from the keyboard: the opacity slider goes to 100%.
      await page.getByRole('radio', { name: 'Overlay' }).check();
      const overlay = page.getByTestId('viewer-overlay');
      await overlay.waitFor();
      await page.getByLabel('Current render opacity').focus();
      await page.keyboard.press('End');
      expect(await overlay.locator('img.diff-viewer__top').evaluate((img) => (img as HTMLImageElement).style.opacity)).toBe('1');
      await page.keyboard.press('Home');
      expect(await overlay.locator('img.diff-viewer__top').evaluate((img) => (img as HTMLImageElement).style.opacity)).toBe('0');

      // Swipe: the radio group is reached with arrow keys; the slider reveals the current render from the left.
      await page.getByRole('radio', { name: 'Overlay' }).focus();
      await page.keyboard.press('ArrowRight');
      expect(await page.getByRole('radio', { name: 'Swipe' }).isChecked()).toBe(true);
      const swipe = page.getByTestId('viewer-swipe');
      await swipe.waitFor();
      const slider = page.getByLabel('Reveal the current render over the baseline');
      await slider.focus();
      await page.keyboard.press('Home');
      const clip = () => swipe.locator('img.diff-viewer__top').evaluate((img) => (img as HTMLImageElement).style.clipPath);
      expect(await clip()).toBe('inset(0px 100% 0px 0px)');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      expect(await clip()).toBe('inset(0px 98% 0px 0px)');
      expect(await slider.getAttribute('aria-valuetext')).toBe('2% of the width shows the current render');

      // A server without a browser, and a render that fails, are explained (answers stubbed in the page).
      await page.route('**/api/components/*/renders', (route) =>
        route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: { code: 'BROWSER_UNAVAILABLE', message: 'no browser' } }) }),
      );
      await page.getByRole('button', { name: 'Render now' }).click();
      await page.getByRole('alert').getByText('Server-side rendering is unavailable on this server', { exact: false }).waitFor();
      await page.unroute('**/api/components/*/renders');
      await page.route('**/api/renders/*', (route) =>
        route.fulfill({ contentType: 'application/json', body: JSON.stringify({ id: 'x', status: 'failed', target: 'html-css', version: 1, error: { code: 'RENDER_FAILED', message: 'the page crashed' }, results: null }) }),
      );
      await page.getByRole('button', { name: 'Render now' }).click();
      await page.getByTestId('visual-status').getByText('The render failed: the page crashed').waitFor({ timeout: 20_000 });
    } finally {
      await context.close();
    }
  }, 120_000);

  it('share: a public component opens for a logged-out visitor, a private one is not found, and the embed snippet works on another site', async () => {
    const { context, page } = await e2e.newPage();
    const visitor = await e2e.newPage();
    try {
      const call = await signUp(page, 'share');
      const shared = await generate(call, 'pricing card with a call to action');
      const secret = await generate(call, 'login form');

      await openComponent(page, shared.componentId);
      expect(await page.getByText('Embed snippet (HTML)').count()).toBe(0);
      await page.getByRole('switch', { name: 'Public share link' }).click();
      const link = `${base}/share/${shared.componentId}`;
      await page.getByRole('link', { name: link }).waitFor();
      const snippet = await page.getByLabel('Embed snippet (HTML)').inputValue();
      expect(snippet).toContain(`src="${base}/embed/${shared.componentId}"`);
      expect(snippet).toMatch(/title="[^"]+"/);
      expect(snippet).toContain('loading="lazy"');

      // A fresh context: no cookies, no token.
      const { page: guest } = visitor;
      const answer = await guest.goto(link);
      expect(answer!.status()).toBe(200);
      await guest.getByRole('heading', { level: 1, name: shared.spec.name }).waitFor();
      await firstHeading(guest.frameLocator('iframe')).waitFor({ timeout: 20_000 });
      expect(await axeViolations(guest), 'the share page').toEqual([]);
      await guest.emulateMedia({ colorScheme: 'dark' });
      expect(await axeViolations(guest), 'the share page, dark').toEqual([]);
      await guest.emulateMedia({ colorScheme: 'light' });
      const hidden = await guest.goto(`${base}/share/${secret.componentId}`);
      expect(hidden!.status()).toBe(404);
      await guest.getByRole('heading', { name: 'This component is not shared' }).waitFor();
      expect(await axeViolations(guest), 'the not-shared page').toEqual([]);

      // The snippet on a plain page of another origin (another port on this machine), as a blog would paste it.
      const blog = createServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(`<!doctype html><html lang="en"><title>Blog</title><main><h1>My blog</h1>${snippet}</main></html>`);
      });
      await new Promise<void>((resolve) => blog.listen(0, '127.0.0.1', resolve));
      try {
        await guest.goto(`http://127.0.0.1:${(blog.address() as AddressInfo).port}/post`);
        const embed = guest.frameLocator('iframe').frameLocator('iframe');
        await firstHeading(embed).waitFor({ timeout: 20_000 });
        expect(await firstHeading(embed).innerText()).toMatch(/\S/);
      } finally {
        blog.close();
      }
    } finally {
      await visitor.context.close();
      await context.close();
    }
  }, 120_000);

  it('someone else signed in sees a public component read-only: preview, quality, code and export, no owner panels; axe passes', async () => {
    const owner = await e2e.newPage();
    const other = await e2e.newPage();
    const found: Record<string, unknown> = {};
    try {
      // User A makes the component public from its page.
      const call = await signUp(owner.page, 'owner');
      const { componentId: id, spec } = await generate(call, 'pricing card with a call to action');
      await openComponent(owner.page, id);
      await owner.page.getByRole('switch', { name: 'Public share link' }).click();
      await owner.page.getByRole('link', { name: `${base}/share/${id}` }).waitFor();

      // User B, signed in to another account in another context.
      const { page } = other;
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await signUpInUi(page, base, 'reader');
      for (const theme of ['light', 'dark'] as const) {
        await page.evaluate((value) => localStorage.setItem('anclora.theme', value), theme);
        await openComponent(page, id);
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
        await page.getByRole('heading', { level: 1, name: spec.name }).waitFor();
        await waitForPreview(page);
        await page.getByRole('heading', { name: 'Quality', exact: true }).waitFor();
        await page.getByRole('heading', { name: 'Export', exact: true }).waitFor();
        await page.getByRole('button', { name: 'Download zip' }).waitFor();
        await page.getByTestId('codepen-form').waitFor();
        await page.locator('#detail-code-panel .cm-content').waitFor();
        // The owner's panels are not there at all (their calls would be refused), and nothing failed.
        expect(await page.getByRole('switch', { name: 'Public share link' }).count()).toBe(0);
        expect(await page.getByRole('button', { name: 'Render now' }).count()).toBe(0);
        expect(await page.getByRole('heading', { name: 'Versions', exact: true }).count()).toBe(0);
        expect(await page.getByTestId('versions-table').count()).toBe(0);
        expect(await page.getByRole('link', { name: 'Refine in the workspace' }).count()).toBe(0);
        expect(await page.getByRole('alert').count()).toBe(0);
        const violations = await axeViolations(page);
        if (violations.length > 0) found[theme] = violations;
      }
      expect(found).toEqual({});

      // The export works for them too: the zip of the public component.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download zip' }).click()]);
      expect(download.suggestedFilename()).toMatch(/-react-css\.zip$/);
    } finally {
      await other.context.close();
      await owner.context.close();
    }
  }, 120_000);

  it('export: the react-css zip holds the component file; CodePen gets the compiled files as prefill data', async () => {
    const { context, page } = await e2e.newPage();
    try {
      const call = await signUp(page, 'export');
      const { componentId: id, spec } = await generate(call, 'login form');
      const code = await call<{ entry: string; files: Array<{ path: string; content: string }> }>('GET', `/api/components/${id}/code?target=react-css`);
      const entry = code.files.find((f) => f.path === code.entry)!;

      await openComponent(page, id);
      expect(await page.getByLabel('Target', { exact: true }).inputValue()).toBe('react-css');
      await page.getByTestId('codepen-form').waitFor();

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download zip' }).click()]);
      expect(download.suggestedFilename()).toMatch(/-react-css\.zip$/);
      const files = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
      const names = Object.keys(files);
      const inZip = names.find((name) => name.endsWith(entry.path));
      expect(inZip, names.join(', ')).toBeDefined();
      expect(strFromU8(files[inZip!]!)).toBe(entry.content);
      expect(names.some((name) => name.endsWith('spec.json'))).toBe(true);
      await page.getByText(`Downloaded ${download.suggestedFilename()}.`).waitFor();

      // CodePen: the prefill JSON in the form, per kind of target.
      const formData = async () => JSON.parse((await page.locator('[data-testid="codepen-form"] input[name="data"]').getAttribute('value')) ?? '{}') as Record<string, string>;
      const react = await formData();
      expect(react.title).toBe(spec.name);
      expect(react.js_pre_processor).toBe('typescript');
      expect(react.js).toContain(`export function ${entry.path.replace('.tsx', '')}(`);
      expect(react.js).toContain("from 'https://esm.sh/react@19'");
      expect(react.html).toContain('id="root"');
      expect(react.css).toBe(code.files.find((f) => f.path.endsWith('.css'))!.content);

      await page.getByLabel('Target', { exact: true }).selectOption('svelte-css');
      await page.getByText('CodePen cannot run Svelte 5 without a build step', { exact: false }).waitFor();
      expect(await page.getByTestId('codepen-form').count()).toBe(0);

      await page.getByLabel('Target', { exact: true }).selectOption('html-css');
      await expect.poll(async () => (await page.getByTestId('codepen-form').count()) > 0 && (await formData()).js_pre_processor).toBe('none');
      const html = await formData();
      expect(html.html).toContain('<form');
      expect(html.html).not.toContain('<style');
      expect(html.css).toContain(':root {');

      // The form really posts it: no internet here, so the POST to CodePen is caught and read.
      const posted: string[] = [];
      const violations: string[] = [];
      await page.exposeFunction('reportCsp', (directive: string) => violations.push(directive));
      await page.evaluate(() => document.addEventListener('securitypolicyviolation', (e) => void (window as unknown as { reportCsp(d: string): void }).reportCsp(`${e.violatedDirective} ${e.blockedURI}`)));
      await context.route('https://codepen.io/**', async (route) => {
        posted.push(route.request().postData() ?? '');
        await route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>CodePen</title>' });
      });
      const popup = context.waitForEvent('page', { timeout: 10_000 }).catch(() => null);
      await page.getByRole('button', { name: 'Open in CodePen' }).click();
      await expect.poll(() => posted.length > 0 || violations.length > 0, { timeout: 10_000 }).toBe(true);
      expect(violations, 'the app’s CSP must allow form-action https://codepen.io').toEqual([]);
      expect(JSON.parse(new URLSearchParams(posted[0]).get('data')!)).toEqual(html);
      await (await popup)?.close();
    } finally {
      await context.close();
    }
  }, 120_000);

  it('axe-core finds no WCAG 2.2 AA violations on the component page with the versions diff and the visual diff viewer open, in light and dark themes', async () => {
    const { context, page } = await e2e.newPage();
    const found: Record<string, unknown> = {};
    try {
      // No transitions: axe measures colours at rest, not halfway through a hover fading out.
      await page.emulateMedia({ reducedMotion: 'reduce' });
      const call = await signUp(page, 'axe-component');
      const { designSystem } = await call<{ designSystem: { id: string } }>('POST', '/api/design-systems', { name: 'Axe ocean', format: 'css', source: OCEAN_CSS });
      const { componentId: id } = await generate(call, 'pricing card with a call to action', { designSystemId: designSystem.id });
      await generate(call, 'make the button larger', { componentId: id });
      await call('PATCH', `/api/components/${id}`, { isPublic: true });
      // A baseline and a differing render, through the API (the UI flow is the test above).
      const renderAndWait = async () => {
        const { id: renderId } = await call<{ id: string }>('POST', `/api/components/${id}/renders`, { target: 'react-css' });
        await expect.poll(async () => (await call<{ status: string }>('GET', `/api/renders/${renderId}`)).status, { timeout: 60_000, interval: 500 }).toBe('succeeded');
        return renderId;
      };
      const baseline = await renderAndWait();
      await call('POST', `/api/components/${id}/baseline`, { renderId: baseline });
      await call('PATCH', `/api/design-systems/${designSystem.id}`, { format: 'css', source: OCEAN_CSS.replace('#0B6477', '#7C3AED') });
      await renderAndWait();

      for (const theme of ['light', 'dark'] as const) {
        await page.evaluate((value) => localStorage.setItem('anclora.theme', value), theme);
        await openComponent(page, id);
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
        await waitForPreview(page);
        await page.getByRole('button', { name: 'Show the diff' }).click();
        await page.getByTestId('spec-diff').locator('[data-kind="added"]').first().waitFor();
        await page.getByTestId('viewer-side').waitFor();
        await page.getByLabel('Embed snippet (HTML)').waitFor();
        await page.getByTestId('codepen-form').waitFor();
        const side = await axeViolations(page);
        await page.getByRole('radio', { name: 'Swipe' }).check();
        await page.getByTestId('viewer-swipe').waitFor();
        await page.mouse.move(0, 0);
        const swipe = await axeViolations(page);
        if (side.length > 0) found[`${theme} side by side`] = side;
        if (swipe.length > 0) found[`${theme} swipe`] = swipe;
      }
      expect(found).toEqual({});
    } finally {
      await context.close();
    }
  }, 120_000);
});

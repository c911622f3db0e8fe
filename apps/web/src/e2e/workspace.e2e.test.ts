// End-to-end journeys through the built web app on the real server, in Debian's Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { apiAs, axeViolations, firstHeading, frame, hasChromium, paste, signUpInUi, startE2e, tabTo, waitForPreview, type E2e } from './harness.js';

describe.skipIf(!hasChromium)('web workspace end to end [chromium]', () => {
  let e2e: E2e;
  let base: string;

  beforeAll(async () => {
    e2e = await startE2e();
    base = e2e.base;
  }, 240_000);

  afterAll(async () => {
    await e2e?.stop();
  });

  const newPage = async (): Promise<{ context: BrowserContext; page: Page }> => {
    const { context, page } = await e2e.newPage();
    // Remembers whether the streaming progress panel was ever on screen.
    await page.addInitScript(() => {
      new MutationObserver(() => {
        if (document.querySelector('[data-testid="progress"]')) (window as unknown as { sawProgress: boolean }).sawProgress = true;
      }).observe(document, { childList: true, subtree: true });
    });
    return { context, page };
  };

  it('anonymous: a suggestion, keyboard-only generation, progress, live preview, code, viewport switch; then spec edits update the preview', async () => {
    const { context, page } = await newPage();
    try {
      await page.goto(`${base}/workspace`);
      await page.getByRole('heading', { level: 1, name: 'Workspace' }).waitFor();
      // The server's count (GET /api/generations/credits): this test server allows 100 trial generations.
      await page.getByText('100 of 100 generations left', { exact: false }).waitFor();
      const chip = page.getByRole('button', { name: 'Pricing table with 3 plans, the middle one highlighted' });
      await chip.click();
      expect(await page.locator('#ws-prompt').inputValue()).toBe('Pricing table with 3 plans, the middle one highlighted');

      await tabTo(page, 'Generate');
      await page.keyboard.press('Enter');

      await waitForPreview(page);
      expect(await page.evaluate(() => (window as unknown as { sawProgress?: boolean }).sawProgress)).toBe(true);
      expect(await firstHeading(frame(page)).innerText()).toMatch(/\S/);
      // Code: one tab per file plus the spec, in CodeMirror.
      const tabs = page.getByRole('tab');
      expect(await tabs.count()).toBeGreaterThanOrEqual(2);
      expect(await tabs.first().innerText()).toMatch(/\.tsx$/);
      await page.locator('.cm-content').first().waitFor();
      // The in-preview axe audit reports back, and the anonymous visitor is invited to keep the result.
      await page.getByTestId('audit-summary').waitFor({ timeout: 20_000 });
      // The preview measured itself: time to ready, elements, bytes and layout shift.
      const figures = await page.getByTestId('perf-figures').innerText();
      // English number format: thousands grouped with commas, layout shift with 3 decimals.
      expect(figures).toMatch(/Ready after\s+\d{1,3}(,\d{3})* ms/);
      expect(Number(/DOM elements\s+([\d,]+)/.exec(figures)?.[1]?.replaceAll(',', ''))).toBeGreaterThan(20);
      expect(figures).toMatch(/Layout shift\s+\d\.\d{3}(?!\d)/);
      expect(figures).toMatch(/CSS\s+[1-9][\d.]* kB/);
      // React's runtime and the component count; the preview's own runtime and axe (about 650 kB) do not.
      const js = Number(/JavaScript\s+([\d.]+) kB/.exec(figures)?.[1]);
      expect(js).toBeGreaterThan(100);
      expect(js).toBeLessThan(500);
      await page.getByRole('heading', { name: 'Sign up to keep this component' }).waitFor();
      await page.getByText('99 of 100 generations left', { exact: false }).waitFor();

      // Viewport: 1200 → 375.
      const iframe = page.locator('iframe.preview__frame');
      await page.getByRole('button', { name: 'Mobile 375 px' }).click();
      expect(await iframe.getAttribute('width')).toBe('375');
      expect(Math.round((await iframe.boundingBox())!.width)).toBe(375);
      expect(await page.getByRole('button', { name: 'Mobile 375 px' }).getAttribute('aria-pressed')).toBe('true');

      // Spec edits: invalid JSON is reported inline and the preview stays; a valid edit re-renders it.
      const heading = firstHeading(frame(page));
      const before = (await heading.innerText()).trim();
      await page.getByRole('tab', { name: 'Spec (editable)' }).click();
      const editor = page.getByRole('textbox', { name: 'Component spec JSON, editable' });
      await editor.click();
      const specText = await page.evaluate(async () => {
        const res = await fetch('/api/generations', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ prompt: 'Pricing table with 3 plans, the middle one highlighted', target: 'react-css', designSystemId: 'anclora-ocean' }),
        });
        return JSON.stringify((await res.json()).spec, null, 2);
      });
      expect(specText).toContain(JSON.stringify(before));
      await page.keyboard.press('ControlOrMeta+a');
      await paste(page, '{ "oops": ');
      await page.getByText('Invalid JSON', { exact: false }).waitFor();
      expect(await iframe.count()).toBe(1);
      await page.keyboard.press('ControlOrMeta+a');
      await paste(page, specText.replace(JSON.stringify(before), JSON.stringify('Edited by the e2e test')));
      await page.getByText('Preview updated from the edited spec.').waitFor({ timeout: 15_000 });
      await frame(page).getByText('Edited by the e2e test').first().waitFor({ timeout: 15_000 });
    } finally {
      await context.close();
    }
  }, 90_000);

  it('signed in: sign up, generate, refine into version 2, see it in the component list', async () => {
    const { context, page } = await newPage();
    try {
      const account = await signUpInUi(page, base);

      await page.getByRole('button', { name: 'Formulario de inicio de sesión' }).click();
      await page.getByRole('button', { name: 'Generate', exact: true }).click();
      await page.getByText('Saved as version 1.').waitFor({ timeout: 20_000 });
      await waitForPreview(page);

      await page.getByLabel('Refine it (a new version)').fill('make the button larger');
      await page.keyboard.press('Enter');
      await page.getByText('Saved as version 2.').waitFor({ timeout: 20_000 });
      const href = await page.getByRole('link', { name: 'Open saved component' }).getAttribute('href');
      const id = href!.split('/').pop()!;

      // The API agrees: version 2.
      const body = await (await apiAs(base, account))<{ component: { version: number; name: string } }>('GET', `/api/components/${id}`);
      expect(body.component.version).toBe(2);

      await page.getByRole('link', { name: 'My components' }).click();
      await page.getByTestId('component-list').waitFor();
      // Search (in the URL): a miss says so and offers to clear; a hit lists the component.
      await page.getByLabel('Search your components').fill('no such thing');
      await page.keyboard.press('Enter');
      await page.getByRole('status').getByText('No components match “no such thing”.').waitFor();
      expect(new URL(page.url()).searchParams.get('q')).toBe('no such thing');
      // The list gave way to "no match" around the same form: the keyboard stays in the search box.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('list-search');
      await page.getByRole('button', { name: 'Clear the search' }).click();
      await page.getByTestId('component-list').waitFor();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('list-search');
      await page.getByLabel('Search your components').fill(body.component.name.slice(0, 5).toLowerCase());
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      await page.getByRole('status').getByText(`1 found for “${body.component.name.slice(0, 5).toLowerCase()}”`).waitFor();
      await page.getByRole('link', { name: body.component.name }).click();
      await page.getByTestId('component-version').getByText('version 2').waitFor();
      await page.getByRole('switch', { name: 'Public share link' }).click();
      await page.getByRole('link', { name: `${base}/share/${id}` }).waitFor();
      await waitForPreview(page);
    } finally {
      await context.close();
    }
  }, 90_000);

  it('axe-core finds no WCAG 2.2 AA violations on the app pages, in light and dark themes', async () => {
    const { context, page } = await newPage();
    const found: Record<string, unknown> = {};
    try {
      await signUpInUi(page, base, 'axe');
      for (const theme of ['light', 'dark'] as const) {
        await page.evaluate((value) => localStorage.setItem('anclora.theme', value), theme);
        for (const route of ['/', '/signin', '/signup', '/components', '/workspace']) {
          await page.goto(`${base}${route}`);
          expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
          await page.locator('h1').first().waitFor();
          if (route === '/') await page.getByText('Last checked at', { exact: false }).waitFor();
          if (route === '/components') await page.getByTestId('component-list').or(page.getByText('You have no saved components yet.')).waitFor();
          if (route === '/workspace') {
            await page.getByRole('button', { name: 'Sign out' }).waitFor();
            await page.getByRole('button', { name: 'Pricing table with 3 plans, the middle one highlighted' }).click();
            await page.getByRole('button', { name: 'Generate', exact: true }).click();
            await waitForPreview(page);
            await page.locator('.cm-content').first().waitFor();
            await page.getByTestId('audit-summary').waitFor({ timeout: 20_000 });
          }
          const violations = await axeViolations(page);
          if (violations.length > 0) found[`${theme} ${route}`] = violations;
        }
      }
      expect(found).toEqual({});
    } finally {
      await context.close();
    }
  }, 120_000);
});

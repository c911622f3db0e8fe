// The session on page load: a visitor's first load asks nothing of the auth API (a refresh without a
// cookie is a 401, which the browser logs as a console error and Lighthouse counts against best
// practices); a signed-in user keeps the session across reloads; signing out forgets it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, hasChromium, signUpInUi, startE2e, type E2e } from './harness.js';

/** Counts refresh calls and collects console errors from here on. */
function watch(page: Page) {
  const seen = { refreshes: [] as number[], consoleErrors: [] as string[] };
  page.on('response', (response) => {
    if (new URL(response.url()).pathname === '/api/auth/refresh') seen.refreshes.push(response.status());
  });
  page.on('console', (message) => {
    if (message.type() === 'error') seen.consoleErrors.push(message.text());
  });
  return seen;
}

const signInLink = (page: Page) => page.locator('header').getByRole('link', { name: 'Sign in', exact: true });
/** The page-readable session hint cookie the server sets next to the httpOnly refresh cookie (null when absent). */
const hint = (page: Page) => page.evaluate(() => document.cookie.split('; ').find((c) => c.startsWith('anclora_session='))?.split('=')[1] ?? null);

describe.skipIf(!hasChromium)('session on page load [chromium]', () => {
  let e2e: E2e;

  beforeAll(async () => {
    e2e = await startE2e();
  }, 240_000);

  afterAll(async () => {
    await e2e?.stop();
  });

  it('a visitor: no refresh call, no console error, the sign-in links at once; no axe violations in either theme', async () => {
    const { context, page } = await e2e.newPage();
    try {
      const seen = watch(page);
      for (const theme of ['light', 'dark'] as const) {
        await page.goto(`${e2e.base}/`);
        await page.evaluate((value) => localStorage.setItem('anclora.theme', value), theme);
        await page.reload();
        await signInLink(page).waitFor();
        await page.getByText('Last checked at', { exact: false }).waitFor();
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
        expect(await axeViolations(page)).toEqual([]);
      }
      expect(seen.refreshes).toEqual([]);
      expect(seen.consoleErrors).toEqual([]);
      expect(await hint(page)).toBeNull();
    } finally {
      await context.close();
    }
  }, 90_000);

  it('signed in: a reload keeps the session; after signing out a reload asks nothing', async () => {
    const { context, page } = await e2e.newPage();
    try {
      await signUpInUi(page, e2e.base, 'session');
      expect(await hint(page)).toBe('1');
      const seen = watch(page);

      await page.reload();
      await page.getByRole('button', { name: 'Sign out' }).waitFor();
      expect(seen.refreshes).toEqual([200]);

      await page.getByRole('button', { name: 'Sign out' }).click();
      await signInLink(page).waitFor();
      expect(await hint(page)).toBeNull();
      await page.reload();
      await signInLink(page).waitFor();
      await page.getByText('Last checked at', { exact: false }).waitFor();
      expect(seen.refreshes).toEqual([200]);
      expect(seen.consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 90_000);
});

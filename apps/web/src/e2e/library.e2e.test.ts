// End-to-end journeys for the library, pricing and the landing page's live example, in Debian's Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, hasChromium, signUpInUi, startE2e, waitForFrame, waitForPreview, type E2e } from './harness.js';

interface ExampleSummary {
  id: string;
  name: string;
  category: string;
  target: string;
  spec: unknown;
}

/** The examples whose preview was requested (a build posts the example's spec and target as they are). */
const requestedIds = (bodies: Array<{ spec?: unknown; target?: string }>, examples: ExampleSummary[]) => {
  const key = (spec: unknown, target: unknown) => `${String(target)}:${JSON.stringify(spec)}`;
  const byKey = new Map(examples.map((e) => [key(e.spec, e.target), e.id]));
  return new Set(bodies.map((b) => byKey.get(key(b.spec, b.target)) ?? 'unknown'));
};

/** The cards' ids split by where their thumbnail is: on screen, or within the lazy loader's 200 px margin. */
const cardsByPlace = (page: Page) =>
  page.locator('article[data-example]').evaluateAll((nodes) => {
    const onScreen: string[] = [];
    const nearby: string[] = [];
    for (const node of nodes) {
      const box = (node.querySelector('.library-thumb') ?? node).getBoundingClientRect();
      const id = node.getAttribute('data-example')!;
      if (box.bottom > 0 && box.top < innerHeight) onScreen.push(id);
      // A little beyond the 200 px root margin, so a card on the edge of it does not make the test flaky.
      if (box.bottom > -250 && box.top < innerHeight + 250) nearby.push(id);
    }
    return { onScreen, nearby };
  });

/** Counts POST /api/previews requests and the most ever in flight at once, and keeps what each one asked to build. */
function watchPreviewBuilds(page: Page) {
  const stats = { total: 0, inFlight: 0, maxInFlight: 0, bodies: [] as Array<{ spec?: unknown; target?: string }> };
  const isBuild = (url: string, method: string) => method === 'POST' && new URL(url).pathname === '/api/previews';
  page.on('request', (request) => {
    if (!isBuild(request.url(), request.method())) return;
    stats.bodies.push((request.postDataJSON() ?? {}) as { spec?: unknown; target?: string });
    stats.total += 1;
    stats.inFlight += 1;
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
  });
  const done = (request: { url(): string; method(): string }) => {
    if (isBuild(request.url(), request.method())) stats.inFlight -= 1;
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return stats;
}

const cards = (page: Page) => page.locator('[data-testid="library-grid"] > li');
const thumbnail = (page: Page, id: string) => page.locator(`article[data-example="${id}"] iframe.library-thumb__frame`);

/** Waits until the example's thumbnail is a live preview document with something rendered in it. */
const waitForThumbnail = (page: Page, id: string) =>
  waitForFrame(page, `article[data-example="${id}"] iframe.library-thumb__frame`, { showing: 'body *', readyTimeout: 30_000 });

describe.skipIf(!hasChromium)('library, pricing and landing end to end [chromium]', () => {
  let e2e: E2e;
  let base: string;
  let examples: ExampleSummary[];

  beforeAll(async () => {
    e2e = await startE2e();
    base = e2e.base;
    examples = ((await (await fetch(`${base}/api/examples`)).json()) as { items: ExampleSummary[] }).items;
  }, 240_000);

  afterAll(async () => {
    await e2e?.stop();
  });

  it('library: 37 examples with counts per styling, filters in the URL, lazy live thumbnails, open in workspace', async () => {
    const { context, page } = await e2e.newPage();
    const builds = watchPreviewBuilds(page);
    try {
      await page.goto(`${base}/library`);
      await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
      await page.getByTestId('library-status').getByText('Showing 37 of 37 examples.').waitFor();
      expect(await cards(page).count()).toBe(37);
      const styling = page.getByRole('group', { name: 'Styling' });
      const category = page.getByRole('group', { name: 'Category' });
      for (const name of ['All (37)', 'Vanilla CSS (12)', 'Tailwind (15)', 'Chakra UI (10)']) await styling.getByRole('button', { name, exact: true }).waitFor();
      expect(await styling.getByRole('button', { name: 'All (37)' }).getAttribute('aria-pressed')).toBe('true');

      // Thumbnails are built as cards come into view, a few at a time: the last card has none yet.
      const first = examples[0]!;
      const last = examples[examples.length - 1]!;
      await waitForThumbnail(page, first.id);
      expect(await thumbnail(page, first.id).getAttribute('src')).toMatch(/^http:\/\/[^/]+\/p\/[\w-]+$/);
      expect(await thumbnail(page, first.id).getAttribute('sandbox')).toBe('allow-scripts');
      expect(await thumbnail(page, first.id).getAttribute('tabindex')).toBe('-1');
      // Deterministic, not a fixed wait: every thumbnail on screen is ready and no build is in flight, and yet
      // nothing beyond the loader's margin was ever requested, the last example least of all.
      const { onScreen, nearby } = await cardsByPlace(page);
      expect(onScreen.length).toBeGreaterThan(0);
      expect(onScreen).not.toContain(last.id);
      for (const id of onScreen) await waitForThumbnail(page, id);
      await expect.poll(() => builds.inFlight, { timeout: 10_000 }).toBe(0);
      const requested = requestedIds(builds.bodies, examples);
      expect([...requested].filter((id) => !nearby.includes(id))).toEqual([]);
      expect(requested.has(last.id)).toBe(false);
      expect(await thumbnail(page, last.id).count()).toBe(0);
      expect(builds.total).toBeLessThan(37);
      await page.locator(`article[data-example="${last.id}"]`).scrollIntoViewIfNeeded();
      await waitForThumbnail(page, last.id);
      expect(builds.maxInFlight).toBeLessThanOrEqual(3);

      // Styling, then category: what is shown, the pressed buttons and the URL all follow.
      await page.evaluate(() => scrollTo(0, 0));
      await styling.getByRole('button', { name: 'Tailwind (15)' }).click();
      await page.waitForURL(`${base}/library?target=react-tailwind`);
      await page.getByTestId('library-status').getByText('Showing 15 of 37 examples.').waitFor();
      expect(await cards(page).count()).toBe(15);
      expect(await styling.getByRole('button', { name: 'Tailwind (15)' }).getAttribute('aria-pressed')).toBe('true');
      const tailwindCards = examples.filter((e) => e.target === 'react-tailwind' && e.category === 'cards');
      await category.getByRole('button', { name: `Cards (${tailwindCards.length})` }).click();
      await page.waitForURL(`${base}/library?category=cards&target=react-tailwind`);
      await page.getByTestId('library-status').getByText(`Showing ${tailwindCards.length} of 37 examples.`).waitFor();
      expect(await cards(page).count()).toBe(tailwindCards.length);
      const shownIds = await page.locator('[data-testid="library-grid"] article').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-example')));
      expect(shownIds).toEqual(tailwindCards.map((e) => e.id));
      // Styling counts follow the chosen category.
      const cardsTotal = examples.filter((e) => e.category === 'cards').length;
      await styling.getByRole('button', { name: `All (${cardsTotal})` }).waitFor();
      await expect(page.locator('article .library-card__target').first().innerText()).resolves.toContain('React + Tailwind');

      // Bookmarkable: a category in the address opens filtered.
      await page.goto(`${base}/library?category=forms`);
      const forms = examples.filter((e) => e.category === 'forms');
      await page.getByTestId('library-status').getByText(`Showing ${forms.length} of 37 examples.`).waitFor();
      expect(await category.getByRole('button', { name: `Forms (${forms.length})` }).getAttribute('aria-pressed')).toBe('true');
      expect(await cards(page).count()).toBe(forms.length);

      // Open in workspace: the link carries the example's id, and the workspace shows it.
      const chosen = forms[0]!;
      await page.getByRole('link', { name: `Open in workspace: ${chosen.name}` }).click();
      await page.waitForURL(`${base}/workspace?example=${chosen.id}`);
      await waitForPreview(page);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('pricing: the billing switch changes the Pro price, CTAs lead where they should, a signed-in user sees their plan', async () => {
    const { context, page } = await e2e.newPage();
    try {
      await page.goto(`${base}/pricing`);
      await page.getByRole('heading', { level: 1, name: 'Pricing' }).waitFor();
      const pro = page.getByTestId('price-pro');
      expect(await pro.innerText()).toBe('$19');
      expect(await page.getByTestId('price-free').innerText()).toBe('$0');
      expect(await page.getByTestId('price-enterprise').innerText()).toBe('$199');
      const monthly = page.getByRole('radio', { name: 'Monthly' });
      const yearly = page.getByRole('radio', { name: 'Yearly (save 21%)' });
      expect(await monthly.isChecked()).toBe(true);
      await yearly.click();
      expect(await yearly.isChecked()).toBe(true);
      expect(await pro.innerText()).toBe('$15');
      await page.getByText('Billed yearly: $180 a year.').waitFor();
      // Keyboard: arrows move within the radio group.
      await yearly.focus();
      await page.keyboard.press('ArrowLeft');
      expect(await monthly.isChecked()).toBe(true);
      expect(await pro.innerText()).toBe('$19');

      expect(await page.getByRole('link', { name: 'Sign up free' }).getAttribute('href')).toBe('/signup');
      expect(await page.getByRole('link', { name: 'Start 14-day trial' }).getAttribute('href')).toBe('/signup?plan=pro');
      expect(await page.getByRole('link', { name: 'Contact sales' }).getAttribute('href')).toMatch(/^mailto:sales@anclora\.com\?subject=/);

      // The comparison is a real table: a header per plan and per feature.
      const table = page.getByRole('table');
      for (const name of ['Feature', 'Free', 'Pro', 'Enterprise']) await table.getByRole('columnheader', { name, exact: true }).waitFor();
      await table.getByRole('rowheader', { name: 'Teams with roles' }).waitFor();
      expect(await table.getByRole('row').count()).toBeGreaterThanOrEqual(6);

      await page.getByRole('link', { name: 'Start 14-day trial' }).click();
      await page.waitForURL(`${base}/signup?plan=pro`);

      await signUpInUi(page, base, 'pricing');
      await page.goto(`${base}/pricing`);
      await page.getByTestId('current-plan').getByText('You are on the Free plan.').waitFor();
      const freeCard = page.locator('article[data-plan="free"]');
      await freeCard.getByText('Your current plan').first().waitFor();
      expect(await page.getByRole('link', { name: 'Sign up free' }).count()).toBe(0);
      expect(await page.getByRole('link', { name: 'Start 14-day trial' }).count()).toBe(1);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('landing: the live example frame loads after the page, with links to the library and pricing', async () => {
    const { context, page } = await e2e.newPage();
    const builds = watchPreviewBuilds(page);
    try {
      await page.goto(`${base}/`);
      await page.getByRole('heading', { level: 2, name: 'A live example' }).scrollIntoViewIfNeeded();
      await waitForFrame(page, 'iframe.live-example__frame', { readyTimeout: 30_000 });
      const live = page.locator('iframe.live-example__frame');
      expect(await live.getAttribute('sandbox')).toBe('allow-scripts');
      expect(await live.getAttribute('title')).toMatch(/^Live example: \S/);
      expect(builds.total).toBe(1);
      expect(await page.getByRole('link', { name: 'Browse the library of curated examples' }).getAttribute('href')).toBe('/library');
      expect(await page.getByRole('link', { name: 'See plans and pricing' }).getAttribute('href')).toBe('/pricing');
    } finally {
      await context.close();
    }
  }, 90_000);

  it('axe-core finds no WCAG 2.2 AA violations on the library, pricing and landing pages, in light and dark themes', async () => {
    const { context, page } = await e2e.newPage();
    const found: Record<string, unknown> = {};
    try {
      await page.goto(`${base}/`);
      for (const theme of ['light', 'dark'] as const) {
        await page.evaluate((value) => localStorage.setItem('anclora.theme', value), theme);
        for (const route of ['/', '/library', '/library?category=cards&target=react-chakra', '/pricing']) {
          await page.goto(`${base}${route}`);
          expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
          await page.locator('h1').first().waitFor();
          if (route === '/') {
            await page.getByText('Last checked at', { exact: false }).waitFor();
            await page.getByRole('heading', { name: 'A live example' }).scrollIntoViewIfNeeded();
            await page.locator('iframe.live-example__frame[data-ready="true"]').waitFor({ timeout: 30_000 });
          }
          if (route.startsWith('/library')) await page.locator('iframe.library-thumb__frame[data-ready="true"]').first().waitFor({ timeout: 30_000 });
          if (route === '/pricing') await page.getByRole('table').waitFor();
          const violations = await axeViolations(page);
          if (violations.length > 0) found[`${theme} ${route}`] = violations;
        }
      }
      // Signed in, the pricing page marks the current plan.
      await signUpInUi(page, base, 'axe-pricing');
      for (const theme of ['light', 'dark'] as const) {
        await page.evaluate((value) => localStorage.setItem('anclora.theme', value), theme);
        await page.goto(`${base}/pricing`);
        await page.getByTestId('current-plan').waitFor();
        const violations = await axeViolations(page);
        if (violations.length > 0) found[`${theme} /pricing (signed in)`] = violations;
      }
      expect(found).toEqual({});
    } finally {
      await context.close();
    }
  }, 120_000);
});

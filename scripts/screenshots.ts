/**
 * `npm run screenshots`: the README's screenshots, taken from the running app.
 * Starts the production server bundle on embedded defaults (as `npm start`
 * does, with a temporary DATA_DIR), drives Debian's Chromium through
 * playwright-core at 1440×900 in the light theme, signs up a fresh account,
 * and saves PNGs into docs/screenshots/:
 *   landing, workspace (a generated suggestion: preview, code and quality panel),
 *   library, design-systems (a token table), component, pricing, and workspace-dark.
 * Each shot waits for its page's real content; one that fails is reported and
 * the others are still taken (exit 1 if any failed).
 *
 * Options: --only name,name (take just these shots), --out DIR (save them
 * there instead, e.g. to compare with the committed ones).
 * Env: CHROMIUM_PATH (default /usr/bin/chromium). Needs `npm run build` first.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { checkBuild, root, startBuiltApp } from './lib/built-app.js';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const VIEWPORT = { width: 1440, height: 900 };
/** The suggestion chip the workspace shots generate from. */
const SUGGESTION = 'Pricing table with 3 plans, the middle one highlighted';
/** Content the pages fetch or render after their heading (previews, lists) gets this long. */
const CONTENT_TIMEOUT = 30_000;

const { values: options } = parseArgs({ options: { only: { type: 'string' }, out: { type: 'string' } } });
const only = options.only?.split(',').map((name) => name.trim());
const outDir = path.resolve(options.out ?? path.join(root, 'docs/screenshots'));

checkBuild('to picture the current code');
if (!existsSync(chromiumPath)) {
  console.error(`Chromium not found at ${chromiumPath}: install Debian's chromium or set CHROMIUM_PATH.`);
  process.exit(2);
}

/** The sandboxed preview (workspace, component page) is rendered, with a heading inside. */
async function previewReady(page: Page, scope = 'iframe.preview__frame') {
  await page.locator(`${scope}[data-ready="true"]`).first().waitFor({ timeout: CONTENT_TIMEOUT });
  await page.frameLocator(scope).first().locator('h1, h2, h3').first().waitFor({ state: 'visible', timeout: CONTENT_TIMEOUT });
}

/** Waits for the page to be still: no requests in flight, fonts and images in, one more frame painted. */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
  await page.evaluate(async () => {
    await document.fonts.ready;
    await Promise.all([...document.images].map((img) => (img.complete ? undefined : img.decode().catch(() => undefined))));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

/**
 * Saves the top of the page, at most `maxHeight` CSS px tall (a README image,
 * not the whole scroll); with `until`, just down to that element's bottom.
 */
async function save(page: Page, name: string, maxHeight: number, until?: string) {
  await settle(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  // Focus rings, hover states and the caret belong to interaction, not to a picture of the page.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.mouse.move(0, 0);
  const bottom = await page.evaluate((selector) => {
    const element = selector ? document.querySelector(selector) : null;
    return element ? Math.ceil(element.getBoundingClientRect().bottom + window.scrollY) + 24 : document.documentElement.scrollHeight;
  }, until ?? null);
  const height = Math.min(maxHeight, bottom);
  const file = path.join(outDir, `${name}.png`);
  // A viewport as tall as the picture instead of fullPage: a full-page capture resizes the view
  // while it paints, and an out-of-process preview frame was captured mid-resize (a narrow column).
  await page.setViewportSize({ width: VIEWPORT.width, height });
  await settle(page);
  // Preview frames paint in their own process, after the page's frames settle.
  await page.waitForTimeout(300);
  await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
  await page.setViewportSize(VIEWPORT);
  return file;
}

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor({ timeout: CONTENT_TIMEOUT });

/** Generates the suggestion in the workspace and waits for preview, code and the measured audit. */
async function generateInWorkspace(page: Page, base: string) {
  await page.goto(`${base}/workspace`);
  await heading(page, 'Workspace');
  await page.getByRole('button', { name: SUGGESTION }).click();
  await page.getByRole('button', { name: 'Generate', exact: true }).click();
  await previewReady(page);
  await page.locator('.cm-content').first().waitFor({ timeout: CONTENT_TIMEOUT });
  await page.getByTestId('audit-summary').waitFor({ timeout: CONTENT_TIMEOUT });
}

interface Shot {
  name: string;
  alt: string;
  take(page: Page, base: string, state: { componentUrl?: string }): Promise<string>;
}

const SHOTS: Shot[] = [
  {
    name: 'landing',
    alt: 'The Anclora Render landing page: what it does, a live example rendered from its spec, and the supported targets',
    async take(page, base) {
      await page.goto(base);
      await heading(page, /./);
      // The live example loads once the page is idle and the section is on screen; it may not exist yet.
      await page
        .locator('iframe.live-example__frame[data-ready="true"]')
        .waitFor({ timeout: CONTENT_TIMEOUT })
        .catch(() => console.warn('  landing: the live example did not render in time; shooting without it'));
      return save(page, 'landing', 1400);
    },
  },
  {
    name: 'workspace',
    alt: 'The workspace after generating "Pricing table with 3 plans": live preview, the generated code and the quality panel',
    async take(page, base, state) {
      await generateInWorkspace(page, base);
      await page.getByText('Saved as version 1.').waitFor({ timeout: CONTENT_TIMEOUT });
      const href = await page.getByRole('link', { name: 'Open saved component' }).getAttribute('href');
      if (href) state.componentUrl = new URL(href, base).href;
      return save(page, 'workspace', 2000, '.quality');
    },
  },
  {
    name: 'library',
    alt: 'The library: curated examples filtered by category and styling, each rendered live',
    async take(page, base) {
      await page.goto(`${base}/library`);
      await heading(page, 'Library');
      await page.getByTestId('library-grid').waitFor({ timeout: CONTENT_TIMEOUT });
      // The thumbnails render lazily: wait for those in the first screen to have content.
      await page.waitForFunction(
        () => {
          const frames = [...document.querySelectorAll('iframe')].filter((f) => f.getBoundingClientRect().top < window.innerHeight);
          return frames.length > 0 && frames.every((f) => f.dataset.ready === 'true');
        },
        undefined,
        { timeout: CONTENT_TIMEOUT },
      ).catch(() => console.warn('  library: some thumbnails were not ready in time'));
      return save(page, 'library', 1200);
    },
  },
  {
    name: 'design-systems',
    alt: 'Design systems: the Anclora Ocean preset with its token table, swatches and contrast hints',
    async take(page, base) {
      await page.goto(`${base}/design-systems?id=anclora-ocean`);
      await heading(page, 'Design systems');
      await page.getByTestId('ds-detail').waitFor({ timeout: CONTENT_TIMEOUT });
      await page.locator('table').first().waitFor({ timeout: CONTENT_TIMEOUT });
      return save(page, 'design-systems', 1200);
    },
  },
  {
    name: 'component',
    alt: 'A saved component: its live preview, version, share link and exports',
    async take(page, base, state) {
      if (!state.componentUrl) {
        // The workspace shot saves the component; taken alone, generate one here.
        await generateInWorkspace(page, base);
        const href = await page.getByRole('link', { name: 'Open saved component' }).getAttribute('href', { timeout: CONTENT_TIMEOUT });
        state.componentUrl = new URL(href!, base).href;
      }
      await page.goto(state.componentUrl);
      await page.getByTestId('component-version').waitFor({ timeout: CONTENT_TIMEOUT });
      await previewReady(page);
      return save(page, 'component', 1400);
    },
  },
  {
    name: 'pricing',
    alt: 'Pricing: Free, Pro and Enterprise plans with a monthly or yearly switch and a comparison table',
    async take(page, base) {
      await page.goto(`${base}/pricing`);
      await heading(page, 'Pricing');
      await page.locator('.pricing__plans').waitFor({ timeout: CONTENT_TIMEOUT });
      return save(page, 'pricing', 1300);
    },
  },
  {
    name: 'workspace-dark',
    alt: 'The workspace in the dark theme',
    async take(page, base) {
      await page.evaluate(() => localStorage.setItem('anclora.theme', 'dark'));
      try {
        await generateInWorkspace(page, base);
        if ((await page.evaluate(() => document.documentElement.dataset.theme)) !== 'dark') throw new Error('the dark theme did not apply');
        return await save(page, 'workspace-dark', 2000, '.quality');
      } finally {
        await page.evaluate(() => localStorage.setItem('anclora.theme', 'light'));
      }
    },
  },
];

const app = await startBuiltApp('anclora-screenshots-');
const base = app.url;
const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS }).catch(async (error: unknown) => {
  await app.stop();
  throw error;
});
const results: Array<{ shot: Shot; file?: string; error?: string }> = [];
try {
  await mkdir(outDir, { recursive: true });
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'en-US', colorScheme: 'light', reducedMotion: 'reduce' });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.warn(`  page error: ${error.message}`));

  // A fresh account, signed up as a person would: signed-in pages show saved work and no trial prompts.
  await page.goto(`${base}/signup`);
  await page.evaluate(() => localStorage.setItem('anclora.theme', 'light'));
  // A fixed address (each run starts on a fresh database), so the header reads the same in every picture.
  await page.getByLabel('Email').fill('ana@example.com');
  await page.getByLabel('Password').fill('correct horse battery');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL(`${base}/workspace`);
  await page.getByRole('button', { name: 'Sign out' }).waitFor();

  const state: { componentUrl?: string } = {};
  for (const shot of SHOTS.filter((s) => !only || only.includes(s.name))) {
    const started = performance.now();
    try {
      const file = await shot.take(page, base, state);
      results.push({ shot, file });
      console.log(`ok    ${shot.name.padEnd(15)} ${path.relative(root, file)} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    } catch (error) {
      const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
      results.push({ shot, error: message });
      console.log(`FAIL  ${shot.name.padEnd(15)} ${message}`);
    }
  }
  await context.close();
} finally {
  await browser.close();
  await app.stop();
}

console.log('\nREADME snippet:\n');
for (const { shot } of results.filter((r) => r.file)) console.log(`![${shot.alt}](docs/screenshots/${shot.name}.png)`);
if (results.some((r) => r.error)) process.exit(1);

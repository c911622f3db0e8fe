// End-to-end journeys for the workspace's trial hand-over, paste-and-export, URL loading and provider picker.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { usersRepository } from '@anclora/db';
import { apiAs, apiClient, axeViolations, firstHeading, frame, hasChromium, paste, signUpByApi, signUpInUi, startE2e, submitSignUp, waitForPreview, type E2e } from './harness.js';

/** The entry names of a zip, read from its central directory (enough to check what an export holds). */
function zipEntries(bytes: Buffer): string[] {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip: no end of central directory');
  const count = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i += 1) {
    if (bytes.readUInt32LE(offset) !== 0x02014b50) throw new Error('corrupt central directory');
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    names.push(bytes.subarray(offset + 46, offset + 46 + nameLength).toString('utf8'));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/** Clicks "Download zip" and resolves with the browser's download: its suggested name and the zip's entries. */
async function downloadZip(page: Page) {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), page.getByRole('button', { name: 'Download zip' }).click()]);
  const file = await download.path();
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 4).toString('hex')).toBe('504b0304');
  return { name: download.suggestedFilename(), entries: zipEntries(bytes) };
}

/** Anything a component renders: an example need not have a heading. */
const ANY_CONTENT = 'body :is(button, a, input, h1, h2, h3, p, span, div)';

const codeTabs = (page: Page) => page.locator('#ws-code-title').locator('xpath=ancestor::section').getByRole('tab');
const codeText = (page: Page) => page.locator('#ws-code-panel .cm-content').innerText();

const CARD_HTML = `<style>
  .card { padding: 16px; border: 1px solid #e2e8f0; border-radius: 8px; background: #ffffff; }
  .card h2 { color: #0b6477; margin: 0 0 8px; }
  .card p { color: #64748b; }
</style>
<article class="card">
  <h2>Harbour tour</h2>
  <p>Two hours around the old port, every morning.</p>
  <button type="button" onclick="book()">Book a seat</button>
</article>`;

/** Paste mode: the HTML goes into the editor, Import turns it into a spec, the preview shows the card. */
async function importCard(page: Page) {
  await page.getByRole('radio', { name: 'Paste code' }).check();
  const editor = page.getByRole('textbox', { name: 'HTML and CSS to import' });
  await editor.click();
  await paste(page, CARD_HTML);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await waitForPreview(page);
  await frame(page).getByText('Harbour tour').waitFor();
  await page.getByTestId('import-report').waitFor();
}

// The keep-it links come back to the workspace with a marker: only then is the stashed work read.
const KEEP_NEXT = encodeURIComponent('/workspace?keep=1');

describe.skipIf(!hasChromium)('workspace: trial hand-over, paste and export, URL loading [chromium]', () => {
  let e2e: E2e;
  let base: string;

  beforeAll(async () => {
    e2e = await startE2e();
    base = e2e.base;
  }, 240_000);

  afterAll(async () => {
    await e2e?.stop();
  });

  it('anonymous trial to sign-up keeps the work: generate, download the zip, sign up from the prompt, find it saved', async () => {
    const { context, page } = await e2e.newPage();
    try {
      await page.goto(`${base}/workspace`);
      await page.getByRole('button', { name: 'Profile card with avatar, name and a follow button' }).click();
      await page.getByRole('button', { name: 'Generate', exact: true }).click();
      await waitForPreview(page);
      const done = await page.getByText(/^Generated \w+ in \d+ ms\./).innerText();
      const name = /^Generated (\w+) in/.exec(done)![1]!;
      const heading = (await firstHeading(frame(page)).innerText()).trim();

      // The zip for the current target (React + CSS): the component file the code panel shows, plus spec and readme.
      const mainFile = (await codeTabs(page).first().innerText()).trim();
      expect(mainFile).toMatch(/\.tsx$/);
      const zip = await downloadZip(page);
      expect(zip.name).toMatch(/react-css\.zip$/);
      expect(zip.entries.some((e) => e.endsWith(mainFile))).toBe(true);
      expect(zip.entries.some((e) => e.endsWith('spec.json'))).toBe(true);

      // Follow "Sign up" in the keep-it prompt (not the header's); the sign-up page says the work comes along.
      const callout = page.locator('.callout').filter({ has: page.getByRole('heading', { name: 'Sign up to keep this component' }) });
      await callout.getByRole('link', { name: 'Sign up' }).click();
      await page.waitForURL(`${base}/signup?next=${KEEP_NEXT}`);
      await page.getByText('The component from your trial will be saved to your account.').waitFor();
      const account = await submitSignUp(page, 'trial');
      // Back on /workspace?keep=1, which drops the marker from the address as it reads the stash.
      await page.waitForURL(`${base}/workspace`);

      // Back on the workspace: saved as version 1, with a link to it, and the preview shows the same component.
      await page.getByText(`Saved ${name} to your account as version 1.`).waitFor({ timeout: 20_000 });
      const href = await page.getByRole('link', { name: 'Open saved component' }).getAttribute('href');
      await waitForPreview(page);
      expect((await firstHeading(frame(page)).innerText()).trim()).toBe(heading);
      expect(await page.evaluate(() => sessionStorage.getItem('anclora.trial-work'))).toBeNull();

      const call = await apiAs(base, account);
      const list = await call<{ items: Array<{ id: string }>; total: number }>('GET', '/api/components');
      expect(list.total).toBe(1);
      expect(href).toBe(`/components/${list.items[0]!.id}`);
      const detail = await call<{ spec: { name: string }; component: { version: number } }>('GET', `/api/components/${list.items[0]!.id}`);
      expect(detail.spec.name).toBe(name);
      expect(detail.component.version).toBe(1);

      // Reloading does not save it a second time.
      await page.reload();
      await page.getByRole('button', { name: 'Sign out' }).waitFor();
      await page.getByRole('heading', { name: 'Nothing generated yet' }).waitFor();
      const again = await call<{ total: number }>('GET', '/api/components');
      expect(again.total).toBe(1);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('the keep-it prompt works with sign-in too: pasted work is saved to an existing account', async () => {
    const account = await signUpByApi(base, 'keep-signin');
    const { context, page } = await e2e.newPage();
    try {
      await page.goto(`${base}/workspace`);
      await importCard(page);
      const name = /^Imported (\w+)\.$/.exec(await page.getByText(/^Imported \w+\.$/).innerText())![1]!;
      await page.getByRole('link', { name: 'I have an account: sign in' }).click();
      await page.waitForURL(`${base}/signin?next=${KEEP_NEXT}`);
      await page.getByLabel('Email').fill(account.email);
      await page.getByLabel('Password').fill(account.password);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.waitForURL(`${base}/workspace`);
      await page.getByText(`Saved ${name} to your account as version 1.`).waitFor({ timeout: 20_000 });
      await waitForPreview(page);
      await frame(page).getByText('Harbour tour').waitFor();
      const list = await apiClient(base, account.authorization)<{ items: Array<{ name: string }>; total: number }>('GET', '/api/components');
      expect(list.total).toBe(1);
      expect(list.items[0]!.name).toBe(name);
    } finally {
      await context.close();
    }
  }, 90_000);

  it('paste HTML and export it to React and Vue: import saves it, the code follows the target, each zip holds its files', async () => {
    const { context, page } = await e2e.newPage();
    try {
      const account = await signUpInUi(page, base, 'paste');
      await page.locator('#ws-target').selectOption('html-css');
      await importCard(page);
      const saved = await page.getByText(/^Imported \w+\. Saved as version 1\.$/).innerText();
      const name = /^Imported (\w+)\./.exec(saved)![1]!;
      // The importer lists what it skipped (the inline event handler), never dropping it silently.
      expect(await page.getByTestId('import-report').innerText()).toContain('onclick');
      expect((await codeTabs(page).first().innerText()).trim()).toMatch(/\.html$/);

      // Signed in, the import is a saved component (POST /api/components with the source).
      const list = await (await apiAs(base, account))<{ items: Array<{ name: string }>; total: number }>('GET', '/api/components');
      expect(list.total).toBe(1);
      expect(list.items[0]!.name).toBe(name);

      await page.locator('#ws-target').selectOption('react-css');
      await expect.poll(async () => (await codeTabs(page).first().innerText()).trim(), { timeout: 15_000 }).toMatch(/\.tsx$/);
      const tsx = (await codeTabs(page).first().innerText()).trim();
      await expect.poll(() => codeText(page), { timeout: 10_000 }).toContain('Harbour tour');
      const react = await downloadZip(page);
      expect(react.name).toMatch(/react-css\.zip$/);
      expect(react.entries.some((e) => e.endsWith(tsx))).toBe(true);
      expect(react.entries.some((e) => e.endsWith('.css'))).toBe(true);
      expect(react.entries.some((e) => e.endsWith('README.md'))).toBe(true);

      await page.locator('#ws-target').selectOption('vue-css');
      await expect.poll(async () => (await codeTabs(page).first().innerText()).trim(), { timeout: 15_000 }).toMatch(/\.vue$/);
      const vueFile = (await codeTabs(page).first().innerText()).trim();
      await expect.poll(() => codeText(page), { timeout: 10_000 }).toContain('Harbour tour');
      const vue = await downloadZip(page);
      expect(vue.name).toMatch(/vue-css\.zip$/);
      expect(vue.entries.some((e) => e.endsWith(vueFile))).toBe(true);
      expect(vue.entries.some((e) => e.endsWith('.tsx'))).toBe(false);
      await waitForPreview(page);
      await frame(page).getByText('Harbour tour').waitFor();
    } finally {
      await context.close();
    }
  }, 120_000);

  it('?example= loads a library example into the pickers, code and preview; ?designSystem= preselects, an unknown one says so', async () => {
    const { context, page } = await e2e.newPage();
    try {
      const examples = (await (await fetch(`${base}/api/examples`)).json()) as { items: Array<{ id: string; name: string; target: string; designSystemId: string }> };
      const example = examples.items.find((e) => e.target !== 'react-css') ?? examples.items[0]!;
      await page.goto(`${base}/workspace?example=${encodeURIComponent(example.id)}`);
      await page.getByText(`Loaded the example “${example.name}”.`).waitFor({ timeout: 20_000 });
      expect(await page.locator('#ws-target').inputValue()).toBe(example.target);
      expect(await page.locator('#ws-ds').inputValue()).toBe(example.designSystemId);
      await waitForPreview(page, ANY_CONTENT);
      await expect.poll(() => codeTabs(page).count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(2);

      await page.goto(`${base}/workspace?designSystem=material-3`);
      await page.locator('#ws-ds optgroup').first().waitFor({ state: 'attached' });
      expect(await page.locator('#ws-ds').inputValue()).toBe('material-3');

      await page.goto(`${base}/workspace?designSystem=no-such-system`);
      await page.getByText('The design system “no-such-system” was not found', { exact: false }).waitFor();
      expect(await page.locator('#ws-ds').inputValue()).toBe('anclora-ocean');

      // An example that does not exist: the error is shown with a way forward.
      await page.goto(`${base}/workspace?example=no-such-example`);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      await alert.getByRole('button', { name: 'Try again' }).waitFor();
    } finally {
      await context.close();
    }
  }, 90_000);

  it('axe-core finds no WCAG 2.2 AA violations in paste mode with an imported component, light and dark', async () => {
    const { context, page } = await e2e.newPage();
    const found: Record<string, unknown> = {};
    try {
      await page.goto(`${base}/`);
      for (const theme of ['light', 'dark'] as const) {
        await page.evaluate((value) => localStorage.setItem('anclora.theme', value), theme);
        await page.goto(`${base}/workspace`);
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
        await importCard(page);
        await page.locator('#ws-code-panel .cm-content').waitFor();
        await page.getByTestId('audit-summary').waitFor({ timeout: 20_000 });
        await page.getByRole('heading', { name: 'Sign up to keep this component' }).waitFor();
        const violations = await axeViolations(page);
        if (violations.length > 0) found[theme] = violations;
      }
      expect(found).toEqual({});
    } finally {
      await context.close();
    }
  }, 120_000);
});

describe.skipIf(!hasChromium)('workspace: provider picker with a second provider configured [chromium]', () => {
  let e2e: E2e;
  let base: string;

  beforeAll(async () => {
    // An OpenAI-compatible provider that is configured but unreachable (nothing listens on port 9): the list only
    // needs it configured. The offline generator stays the default.
    e2e = await startE2e({ AI_PROVIDER: 'offline', OPENAI_API_KEY: 'sk-e2e-not-real', OPENAI_BASE_URL: 'http://127.0.0.1:9/v1', OPENAI_MODEL: 'e2e-model' });
    base = e2e.base;
  }, 240_000);

  afterAll(async () => {
    await e2e?.stop();
  });

  it('free users see the model provider disabled with a Pro hint and a link to pricing; a Pro user can choose it and fall back to the default', async () => {
    const { context, page } = await e2e.newPage();
    try {
      const account = await signUpInUi(page, base, 'provider');
      const picker = page.getByLabel('AI provider');
      await picker.waitFor();
      expect(await picker.inputValue()).toBe('offline');
      const openai = picker.locator('option[value="openai"]');
      expect(await openai.isDisabled()).toBe(true);
      expect(await openai.innerText()).toContain('Pro');
      expect(await picker.locator('option[value="offline"]').innerText()).toContain('(default)');
      const plans = page.getByRole('link', { name: 'See plans' });
      expect(await plans.getAttribute('href')).toBe('/pricing');

      // The picker with its hint passes axe in both themes.
      for (const theme of ['light', 'dark'] as const) {
        await page.evaluate((value) => localStorage.setItem('anclora.theme', value), theme);
        await page.reload();
        await page.getByLabel('AI provider').waitFor();
        expect(await axeViolations(page)).toEqual([]);
      }

      // Pro (set as billing would): the provider can be chosen; unreachable, it offers the default instead.
      const me = await (await apiAs(base, account))<{ user: { id: string } }>('GET', '/api/auth/me');
      await usersRepository(e2e.server.app.infra.database.primary).setPlan(me.user.id, 'pro');
      await page.reload();
      await page.getByRole('button', { name: 'Sign out' }).waitFor();
      await expect.poll(() => page.getByLabel('AI provider').locator('option[value="openai"]').isDisabled(), { timeout: 10_000 }).toBe(false);
      await page.getByLabel('AI provider').selectOption('openai');
      await page.getByRole('button', { name: 'Newsletter signup with an email field' }).click();
      await page.getByRole('button', { name: 'Generate', exact: true }).click();
      const alert = page.locator('[data-error-code]');
      await alert.waitFor({ timeout: 60_000 });
      expect(await alert.getAttribute('data-error-code')).toMatch(/^PROVIDER_/);
      await alert.getByRole('button', { name: 'Use the default provider' }).click();
      await waitForPreview(page);
      expect(await page.getByLabel('AI provider').inputValue()).toBe('offline');
    } finally {
      await context.close();
    }
  }, 120_000);
});
